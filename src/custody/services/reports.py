"""Producing court reports (LEDGER.md section 5): ``report.issued`` entries, a checkpoint, the proof
bundle, the rendered PDF with the bundle attached, and the station's PAdES signature.

Everything happens in one transaction: if rendering or signing fails, no ``report.issued`` entry stays.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from custody.db.models import Attachment, Case, Item, LedgerEntry, Seizure, Station, User
from custody.db.uow import unit_of_work
from custody.domain.errors import NotFound
from custody.domain.i18n import N_, Translate, document_language, document_text
from custody.reports import model as rm
from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.pdfsign import (
    embed_attachment,
    sign_pdf,
)
from custody.security.permissions import Action
from custody.services import certificate, report_facts, report_proof, trusted
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.ledger import NewEvent
from custody.services.preferences import document_translator
from custody.services.report_facts import _label, action_label
from custody.services.report_facts import local_time as _local


class _Names:
    """Officers' names from the officer table, for the documents that are not yet built from proof bundles
    (custody.services.documents); court reports take names from the ledger (report_facts.Context)."""

    def __init__(self, s: Session) -> None:
        self.users = {u.username: u for u in s.execute(select(User)).scalars()}

    def person(self, username: str) -> rm.Person:
        u = self.users.get(username)
        if u is None:
            return rm.Person(username=username, full_name=username)
        return rm.Person(username=u.username, full_name=u.full_name, badge=u.badge_number or "", rank=u.rank)

    def name(self, username: str | None) -> str:
        if not username:
            return ""
        u = self.users.get(username)
        return u.full_name if u else username


@dataclass(frozen=True)
class ReportResult:
    pdf: bytes
    report_id: str
    checkpoint_note: str
    item_ids: tuple[str, ...]


# --- station certificate for PDF signatures (custody.services.certificate) -----------------


def ensure_station_certificate(ctx: AppContext, s: Session, station: StationDTO) -> certificate.Stored:
    """The station's PDF-signing key, certificate and chain, checked against the ledger (services.certificate)."""
    return certificate.ensure_certificate(ctx, s, station)


# --- producing reports -------------------------------------------------------------------


def produce_item_report(ctx: AppContext, session: AuthSession, item_id: str, *,
                        language: str | None = None) -> ReportResult:
    """The chain-of-custody report of one item, written in ``language`` (default: the station's)."""
    authorize(ctx, session, Action.REPORT_PRODUCE)
    tr = document_translator(ctx, language)
    with unit_of_work(ctx.engine) as s:
        item = s.execute(select(Item).where(Item.item_id == item_id.strip().upper())).scalar_one_or_none()
        if item is None:
            raise NotFound(N_("Nouns", "item"), item_id)
        return _produce(ctx, s, session, [item], title=N_("Reports", "Chain of custody report"), tr=tr)


def produce_case_report(ctx: AppContext, session: AuthSession, case_number: str, *,
                        language: str | None = None) -> ReportResult:
    """The chain-of-custody report of every item of a case, written in ``language`` (default: the station's)."""
    authorize(ctx, session, Action.REPORT_PRODUCE)
    tr = document_translator(ctx, language)
    with unit_of_work(ctx.engine) as s:
        case = s.execute(select(Case).where(Case.case_number == case_number.strip())).scalar_one_or_none()
        if case is None:
            raise NotFound(N_("Nouns", "case"), case_number)
        items = list(
            s.execute(
                select(Item).join(Seizure, Item.seizure_id == Seizure.id).where(Seizure.case_id == case.id)
                .order_by(Seizure.document_number, Item.item_number, Item.id)
            ).scalars()
        )
        if not items:
            raise NotFound(N_("Nouns", "items of case"), case_number)
        return _produce(ctx, s, session, items, title=N_("Reports", "Chain of custody report (case)"), tr=tr)


def _produce(ctx: AppContext, s: Session, session: AuthSession, items: Sequence[Item], *, title: str,
             tr: Translate | None = None) -> ReportResult:
    """Record ``report.issued`` for each item, sign a checkpoint, collect and verify the proof bundle, render the
    report from what the bundle proves (LEDGER.md 5.1), attach the bundle and sign the PDF, in one transaction."""
    station = ctx.station()
    ctx.station_signer(station, s)  # a wrong or missing station key: refused before anything is recorded
    cert = ensure_station_certificate(ctx, s, station)  # bound to the ledger before the checkpoint
    verified = trusted.verify_since(ctx, s, station)  # never report over a ledger that fails verification
    report_id = str(uuid.uuid4())
    item_ids = [it.item_id for it in items]
    counts = dict(s.execute(select(LedgerEntry.item, func.count()).where(LedgerEntry.item.in_(item_ids))
                            .group_by(LedgerEntry.item)).all())
    cases = dict(s.execute(select(Item.item_id, Case.case_number).join(Seizure, Item.seizure_id == Seizure.id)
                           .join(Case, Seizure.case_id == Case.id).where(Item.item_id.in_(item_ids))).all())
    ledger_svc.append(
        s,
        [NewEvent("report.issued", {"report_id": report_id, "events": counts.get(i, 0), "title": title},
                  item=i, case=cases.get(i)) for i in item_ids],
        station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
    )
    note = trusted.sign_checkpoint(ctx, s, station, verified=verified)
    size = int(note.split("\n")[1])
    bundle = report_proof.collect(s, note, size, item_ids, station.code, [station.verifier_key])
    proof = report_proof.proven(bundle, ctx.trusted_station_keys(station) or [])

    def blobs(sha256: str) -> bytes | None:
        att = s.get(Attachment, sha256)
        return bytes(att.data) if att is not None else None

    # Items that came from other stations: their earlier history, proven by those stations (docs/TRANSFER.md 9).
    from custody.services.transfer.history import for_report

    proof, segments = for_report(ctx, s, item_ids, proof)
    # The ledger above stays in English; the document is written in its language (field names, actions,
    # certification text, "How to check"); the data (names, descriptions, ids) stays as entered.
    with document_language(tr):
        data = report_facts.report_data(
            proof, item_ids, station=_station_info(s, station), key_name=station.key_name, note=note,
            report_id=report_id, title=document_text("Reports", title), issued_by=session.username,
            generated_at=report_facts.local_time(ledger_svc.format_time(ctx.clock()), station.time_zone),
            blobs=blobs,
        )
        pdf = CustodyReportRenderer(data).render()
    pdf = embed_attachment(pdf, data=bundle)
    if segments is not None:
        pdf = embed_attachment(pdf, "custody-segments.json", segments,
                               description="Proof segments of other stations (custody-segments/v1)")
    pdf = sign_pdf(pdf, cert.key_pem, cert.cert_pem, reason=title, location=f"{station.agency}, {station.evidence_room}",
                   extra_certs_pem=cert.chain_pem or None)
    return ReportResult(pdf=pdf, report_id=report_id, checkpoint_note=note, item_ids=tuple(item_ids))


def _station_info(s: Session, station: StationDTO) -> rm.StationInfo:
    registered = s.get(Station, station.code)
    pub = bytes(registered.public_key) if registered else b""
    return rm.StationInfo(
        agency=station.agency, station_code=station.code, evidence_room=station.evidence_room,
        time_zone=station.time_zone, verifier_key=station.verifier_key, key_fingerprint=hashlib.sha256(pub).hexdigest(),
    )


def now_local(ctx: AppContext) -> str:
    return _local(ledger_svc.format_time(ctx.clock()), ctx.station().time_zone)


__all__ = ["ReportResult", "_Names", "_label", "_local", "action_label", "ensure_station_certificate",
           "produce_case_report", "produce_item_report"]
