"""Producing court reports (LEDGER.md section 5): ``report.issued`` entries, a checkpoint, the proof
bundle, the rendered PDF with the bundle attached, and the station's PAdES signature.

Everything happens in one transaction: if rendering or signing fails, no ``report.issued`` entry stays.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import uuid
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import (
    Attachment,
    Case,
    Item,
    ItemState,
    LedgerEntry,
    LedgerSignature,
    Seizure,
    Station,
    User,
)
from custody.db.uow import unit_of_work
from custody.domain.categories import field_specs
from custody.domain.enums import Category, EventKind, ItemStatus, OffenceType
from custody.domain.errors import NotFound
from custody.domain.i18n import N_
from custody.domain.values import format_weight
from custody.ledger.bundle import build_bundle, bundle_entry
from custody.ledger.entry import parse_time
from custody.reports import model as rm
from custody.reports.custody_report import CustodyReportRenderer
from custody.reports.pdfsign import (
    certificate_fingerprint,
    create_station_certificate,
    embed_attachment,
    sign_pdf,
)
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO, write_private_file
from custody.services.intake import display_value
from custody.services.ledger import NewEvent


def action_label(kind: str) -> str:
    """The event's name as printed in the custody table (EventKind's label; the raw kind if unknown)."""
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


@dataclass(frozen=True)
class ReportResult:
    pdf: bytes
    report_id: str
    checkpoint_note: str
    item_ids: tuple[str, ...]


# --- station certificate for PDF signatures ------------------------------------------------


def ensure_station_certificate(ctx: AppContext, s: Session, station: StationDTO) -> tuple[bytes, bytes]:
    """The station's X.509 key and certificate for PAdES; created on first use if missing."""
    path = ctx.station_cert_key_path(station.log_id, station.code)
    row = s.get(Station, station.code)
    assert row is not None
    if row.cert_pem and path.exists():
        return path.read_bytes(), row.cert_pem.encode()
    key_pem, cert_pem = create_station_certificate(
        f"{station.agency} / {station.evidence_room} ({station.code})"[:64], station.agency[:64]
    )
    write_private_file(path, key_pem)
    row.cert_pem = cert_pem.decode()
    return key_pem, cert_pem


def import_station_certificate(ctx: AppContext, session: AuthSession, key_pem: bytes, cert_pem: bytes) -> str:
    """Use an agency certificate (from PKCS#12) for this station's report signatures."""
    authorize(ctx, session, Action.STATION_CONFIGURE)
    station = ctx.station()
    fp = certificate_fingerprint(cert_pem)
    with unit_of_work(ctx.engine) as s:
        row = s.get(Station, station.code)
        assert row is not None
        write_private_file(ctx.station_cert_key_path(station.log_id, station.code), key_pem)
        row.cert_pem = cert_pem.decode()
        ledger_svc.append(
            s, [NewEvent("station.certificate_imported", {"station": station.code, "sha256": fp})],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
    return fp


# --- producing reports -------------------------------------------------------------------


def produce_item_report(ctx: AppContext, session: AuthSession, item_id: str) -> ReportResult:
    authorize(ctx, session, Action.REPORT_PRODUCE)
    with unit_of_work(ctx.engine) as s:
        item = s.execute(select(Item).where(Item.item_id == item_id.strip().upper())).scalar_one_or_none()
        if item is None:
            raise NotFound(N_("Nouns", "item"), item_id)
        return _produce(ctx, s, session, [item], title=N_("Reports", "Chain of custody report"))


def produce_case_report(ctx: AppContext, session: AuthSession, case_number: str) -> ReportResult:
    authorize(ctx, session, Action.REPORT_PRODUCE)
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
        return _produce(ctx, s, session, items, title=N_("Reports", "Chain of custody report (case)"))


def _item_entries(s: Session, item_id: str) -> list[LedgerEntry]:
    return list(s.execute(select(LedgerEntry).where(LedgerEntry.item == item_id).order_by(LedgerEntry.seq)).scalars())


def _produce(ctx: AppContext, s: Session, session: AuthSession, items: Sequence[Item], *, title: str) -> ReportResult:
    station = ctx.station()
    report_id = str(uuid.uuid4())
    item_ids = [it.item_id for it in items]
    counts = {i: len(_item_entries(s, i)) for i in item_ids}
    case_numbers = _case_numbers(s, items)
    ledger_svc.append(
        s,
        [
            NewEvent("report.issued", {"report_id": report_id, "events": counts[i], "title": title},
                     item=i, case=case_numbers.get(i))
            for i in item_ids
        ],
        station=station.code,
        actor=session.username,
        signers=[session.signer],
        clock=ctx.clock,
    )
    note = ledger_svc.sign_new_checkpoint(
        s,
        origin=station.origin,
        station=station.code,
        key_name=station.key_name,
        station_key=ctx.load_station_key(station),
        verifier_keys=ctx.verifier_keys(),
        actor=session.username,
        signers=[session.signer],
        clock=ctx.clock,
    )
    cp_size = int(note.split("\n")[1])
    entries_by_item = {i: _item_entries(s, i) for i in item_ids}
    bundle = _bundle(s, note, cp_size, entries_by_item, [station.verifier_key])
    data = _report_data(ctx, s, session, station, items, entries_by_item, note, cp_size, report_id, title)
    pdf = CustodyReportRenderer(data).render()
    pdf = embed_attachment(pdf, data=bundle)
    key_pem, cert_pem = ensure_station_certificate(ctx, s, station)
    pdf = sign_pdf(pdf, key_pem, cert_pem, reason=title, location=f"{station.agency}, {station.evidence_room}")
    return ReportResult(pdf=pdf, report_id=report_id, checkpoint_note=note, item_ids=tuple(item_ids))


def _case_numbers(s: Session, items: Sequence[Item]) -> dict[str, str]:
    out = {}
    for it in items:
        seizure = s.get(Seizure, it.seizure_id)
        case = s.get(Case, seizure.case_id) if seizure else None
        if case:
            out[it.item_id] = case.case_number
    return out


def _signatures(s: Session, seqs: Sequence[int]) -> dict[int, list[LedgerSignature]]:
    out: dict[int, list[LedgerSignature]] = {}
    for i in range(0, len(seqs), 500):
        chunk = seqs[i : i + 500]
        for sig in s.execute(select(LedgerSignature).where(LedgerSignature.seq.in_(chunk))).scalars():
            out.setdefault(sig.seq, []).append(sig)
    return out


def _bundle(s: Session, note: str, size: int, entries_by_item: dict[str, list[LedgerEntry]],
            verifier_keys: list[str]) -> bytes:
    rows: dict[int, LedgerEntry] = {}
    for entries in entries_by_item.values():
        for e in entries:
            rows[e.seq] = e
    sigs = _signatures(s, sorted(rows))
    registrations: dict[str, LedgerEntry] = {}
    for e in s.execute(select(LedgerEntry).where(LedgerEntry.kind == "user.key_registered",
                                                 LedgerEntry.seq <= size)).scalars():
        registrations[json.loads(e.body)["data"].get("key_id")] = e
    # Every key that signed an included entry must be proven by its registration entry, whose own
    # signatures (an administrator countersigns) need their registrations in turn: take the closure.
    key_entries: dict[str, LedgerEntry] = {}
    pending = {sg.key_id for lst in sigs.values() for sg in lst}
    while pending:
        kid = pending.pop()
        if kid in key_entries or kid not in registrations:
            continue
        e = registrations[kid]
        key_entries[kid] = e
        if e.seq not in rows:
            rows[e.seq] = e
            sigs.update(_signatures(s, [e.seq]))
            pending |= {sg.key_id for sg in sigs.get(e.seq, [])}
    keys = []
    for kid, e in sorted(key_entries.items()):
        data = json.loads(e.body)["data"]
        keys.append({"key_id": kid, "public_key": data["public_key"], "owner": f"user:{data['username']}"})
    bundle_entries = [
        bundle_entry(bytes(e.body), sorted(sigs.get(seq, []), key=lambda x: x.signer),
                     ledger_svc.inclusion_proof(s, seq, size))
        for seq, e in sorted(rows.items())
    ]
    return build_bundle(checkpoint_note=note, verifier_keys=verifier_keys, keys=keys, entries=bundle_entries)


# --- report data (DTOs for the renderer) ------------------------------------------------------


class _Names:
    def __init__(self, s: Session) -> None:
        self.users = {u.username: u for u in s.execute(select(User)).scalars()}

    def person(self, username: str) -> rm.Person:
        u = self.users.get(username)
        if u is None:
            return rm.Person(username=username, full_name=username)
        return rm.Person(username=u.username, full_name=u.full_name, badge=u.badge_number, rank=u.rank)

    def name(self, username: str | None) -> str:
        if not username:
            return ""
        u = self.users.get(username)
        return u.full_name if u else username


def _local(at: str, tz: str) -> str:
    try:
        zone = zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    dt = parse_time(at).astimezone(zone)
    return dt.strftime("%Y-%m-%d %H:%M:%S ") + (dt.tzname() or tz)


def _label(enum_cls: Any, value: str) -> str:
    try:
        member = enum_cls(value)
        return getattr(member, "label", value)
    except ValueError:
        return value


def _row(body: dict[str, Any], e: LedgerEntry, names: _Names, tz: str, blobs: dict[str, bytes]) -> rm.CustodyRow:
    kind, data, actor = body["kind"], body["data"], body["actor"]
    released = received = location = purpose = seal = ""
    if kind == "item.registered":
        released = data.get("received_from", "") or names.name(data.get("seizing_officer"))
        received = names.name(data.get("custodian") or actor)
    elif kind == "custody.transferred":
        released, received = names.name(data.get("from") or actor), names.name(data.get("to"))
    elif kind in ("storage.checked_in", "storage.moved"):
        released = names.name(actor)
        location = data.get("location") or data.get("to_location") or ""
    elif kind == "storage.checked_out":
        location = data.get("location", "")
        received = names.name(data.get("to") or actor)
    elif kind in ("lab.submitted", "court.out"):
        released = names.name(actor)
        received = data.get("lab_name") or data.get("lab") or data.get("court") or data.get("hearing") or ""
    elif kind in ("lab.returned", "court.returned"):
        received = names.name(data.get("to") or actor)
    else:
        released = names.name(actor)
    purpose = str(data.get("purpose") or data.get("request") or data.get("results") or data.get("reason")
                  or data.get("memo") or data.get("hearing") or "")
    weights = [f"{label} {format_weight(data[key])}" for key, label in
               (("gross_weight_mg", N_("Reports", "gross")), ("net_weight_mg", N_("Reports", "net")))
               if isinstance(data.get(key), int) and not isinstance(data.get(key), bool)]
    note = "; ".join(filter(None, [", ".join(weights), str(data.get("lab_number") or data.get("court_reference")
                                                          or data.get("order_reference") or "")]))
    if "seal_intact" in data:
        seen = data.get("seal_number_seen") or ""
        seal = (N_("Reports", "Intact") if data["seal_intact"] else N_("Reports", "Broken")) + (f", {seen}" if seen else "")
    elif kind in ("seal.applied", "seal.broken"):
        seal = f"{action_label(kind)}: {data.get('seal_number') or data.get('new_seal_number') or ''}"
    sig_sha = data.get("signature_attachment")
    return rm.CustodyRow(
        seq=body["seq"],
        at_local=_local(body["at"], tz),
        action_label=action_label(kind),
        released_by=released,
        received_by=received,
        purpose=purpose[:500],
        location=str(location),
        seal_state=seal,
        signatures=tuple(names.name(u) for u in body["signers"]),
        signature_image_png=blobs.get(sig_sha) if sig_sha else None,
        entry_hash_hex=bytes(e.entry_hash).hex(),
        corrects_seq=data.get("corrects_seq") if kind == "item.corrected" else None,
        note=note[:300],
    )


def _photo(s: Session, bodies: list[dict[str, Any]]) -> bytes | None:
    for b in bodies:
        if b["kind"] == "attachment.added" and str(b["data"].get("media_type", "")).startswith("image/"):
            att = s.get(Attachment, b["data"].get("sha256"))
            if att is None:
                continue
            if att.media_type == "image/jpeg":
                return bytes(att.data)
            try:
                from PIL import Image

                img = Image.open(io.BytesIO(bytes(att.data))).convert("RGB")
                out = io.BytesIO()
                img.save(out, "JPEG", quality=85)
                return out.getvalue()
            except Exception:  # an unreadable image is left out, not fatal
                continue
    return None


def _fmt_value(v: Any) -> str:
    if isinstance(v, bool):
        return N_("Reports", "yes") if v else N_("Reports", "no")
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items())
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def _report_data(ctx: AppContext, s: Session, session: AuthSession, station: StationDTO, items: Sequence[Item],
                 entries_by_item: dict[str, list[LedgerEntry]], note: str, size: int, report_id: str,
                 title: str) -> rm.CustodyReportData:
    names = _Names(s)
    tz = station.time_zone
    first = items[0]
    seizure = s.get(Seizure, first.seizure_id)
    case = s.get(Case, seizure.case_id) if seizure else None
    st_row = s.get(Station, station.code)
    pub = bytes(st_row.public_key) if st_row else b""
    station_info = rm.StationInfo(
        agency=station.agency, station_code=station.code, evidence_room=station.evidence_room, time_zone=tz,
        verifier_key=station.verifier_key, key_fingerprint=hashlib.sha256(pub).hexdigest(),
    )
    case_info = rm.CaseInfo(
        case_number=case.case_number if case else "",
        offence_label=_label(OffenceType, case.offence_type) if case else "",
        agency_ref=case.agency_ref if case else "", prosecutor_ref=case.prosecutor_ref if case else "",
        court_ref=case.court_ref if case else "",
    )
    seizure_info = rm.SeizureInfo(
        document_number=seizure.document_number if seizure else "",
        occurred_at=_local(seizure.occurred_at, tz) if seizure else "",
        place=seizure.place if seizure else "",
        seizing_officer=names.person(seizure.seizing_officer) if seizure else rm.Person("", ""),
        witnesses=tuple(json.loads(seizure.witnesses_json or "[]")) if seizure else (),
        legal_authority=seizure.legal_authority if seizure else "",
        received_from=seizure.received_from if seizure else "",
    )
    blob_shas = set()
    parsed: dict[str, list[dict[str, Any]]] = {}
    for i, entries in entries_by_item.items():
        parsed[i] = [json.loads(e.body) for e in entries]
        blob_shas |= {b["data"].get("signature_attachment") for b in parsed[i] if b["data"].get("signature_attachment")}
    blobs = {a.sha256: bytes(a.data) for a in s.execute(select(Attachment).where(Attachment.sha256.in_(blob_shas))).scalars()} if blob_shas else {}
    histories = []
    for it in items:
        bodies = parsed[it.item_id]
        rows = tuple(_row(b, e, names, tz, blobs) for b, e in zip(bodies, entries_by_item[it.item_id], strict=True))
        fields = json.loads(it.fields_json or "{}")
        corrections = []
        reg_seq = next((b["seq"] for b in bodies if b["kind"] == "item.registered"), None)
        for b in bodies:
            if b["kind"] == "item.corrected":
                d = b["data"]
                corrections.append(rm.Correction(
                    seq=b["seq"], field_label=str(d.get("field_label") or d.get("field", "")),
                    old=_fmt_value(d.get("old")), new=_fmt_value(d.get("new")), reason=str(d.get("reason", "")),
                    requested_by=names.name(d.get("requested_by") or b["actor"]),
                    approved_by=names.name(d.get("approved_by")), at=_local(b["at"], tz),
                    corrects_seq=d.get("corrects_seq") or reg_seq,
                ))
        try:
            specs = field_specs(it.category)
        except (ValueError, KeyError):
            specs = ()
        known = {f.name for f in specs}
        # In form order, formatted as on the item page (weights in g/kg, money with its currency, choices).
        field_rows = tuple(
            (f.label, display_value(it.category, f.name, fields[f.name], fields))
            for f in specs if fields.get(f.name) not in (None, "", {}, [])
        ) + tuple((k, _fmt_value(v)) for k, v in fields.items() if k not in known and v not in (None, "", {}, []))
        state = s.get(ItemState, it.item_id)
        status = next((b for b in reversed(bodies) if b["kind"] in ("disposal.completed", "item.released")), None)
        disposition = None
        if status is not None:
            d = status["data"]
            disposition = f"{action_label(status['kind'])} {_local(status['at'], tz)}: " + ", ".join(
                f"{k}: {_fmt_value(v)}" for k, v in d.items() if k in ("method", "order_reference", "authority", "owner_name", "memo")
            )
        info = rm.ItemInfo(
            item_id=it.item_id, item_number=str(it.item_number), category_label=_label(Category, it.category),
            description=it.description, quantity=it.quantity, unit=it.unit, sealed=it.sealed,
            seal_number=it.seal_number, fields=field_rows, photo_jpeg=_photo(s, bodies), disposition=disposition,
            status_label=_label(ItemStatus, state.status) if state else "",
        )
        histories.append(rm.ItemWithHistory(item=info, rows=rows, corrections=tuple(corrections)))
    root_b64 = note.split("\n")[2]
    return rm.CustodyReportData(
        station=station_info, case=case_info, seizure=seizure_info, items=tuple(histories),
        integrity=rm.IntegrityInfo(
            checkpoint_note=note, checkpoint_size=size, root_hex=base64.b64decode(root_b64).hex(),
            station_key_name=station.key_name, verifier_key=station.verifier_key, report_id=report_id,
        ),
        generated_at=_local(ledger_svc.format_time(ctx.clock()), tz),
        generated_by=names.person(session.username),
        title=title,
        custodian=names.person(session.username),
    )


def now_local(ctx: AppContext) -> str:
    return _local(ledger_svc.format_time(ctx.clock()), ctx.station().time_zone)


__all__ = ["ReportResult", "produce_item_report", "produce_case_report", "import_station_certificate",
           "datetime"]
