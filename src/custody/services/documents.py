"""The other printed documents: case inventory, disposal (or release) certificate, laboratory submission form
and the inventory audit's discrepancy report (DESIGN.md section 5, "Reports").

Each function reads what it prints from the database and the ledger (one read-only transaction), fills the
renderer's DTO, renders it, signs the PDF (PAdES) with the station's certificate as the custody report is
signed, and only then records what was printed: one ``export.report`` entry, alone in its own transaction
(data: ``report`` (kind of document), ``title``, ``reference``, ``sha256`` and ``size`` of the signed PDF,
and ``items`` / ``audit_id`` where they apply; the entry's ``item`` / ``case`` name what the document is
about). A court can so match every paper copy with the moment it was printed. These documents carry no
proof bundle and write no ``report.issued`` (that is the custody report's, LEDGER.md section 5).

A refusal (unknown case or item, an item that was never disposed of or sent to a laboratory) raises a typed
error in words and writes nothing. Every function needs ``Action.REPORT_PRODUCE``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, ItemState, LedgerEntry, Location, Seizure, Station
from custody.db.uow import unit_of_work
from custody.domain.categories import field_specs
from custody.domain.enums import Category, DisposalMethod, ItemStatus, OffenceType
from custody.domain.errors import Conflict, NotFound
from custody.domain.i18n import N_, document_language
from custody.domain.values import format_weight
from custody.ledger.canonical import parse_canonical
from custody.reports import model as rm
from custody.reports.other_reports import (
    AuditDiscrepancyRenderer,
    CaseInventoryRenderer,
    DisposalCertificateRenderer,
    LabSubmissionRenderer,
)
from custody.reports.pdfsign import sign_pdf
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services import trusted
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.custody import current_seal, latest_weights, load_item
from custody.services.intake import display_value
from custody.services.inventory import K_AUDITED, K_MISSING, K_SEEN, K_UNEXPECTED, AuditResultDTO
from custody.services.ledger import NewEvent
from custody.services.preferences import document_translator
from custody.services.reports import _label, _local, _Names, action_label, ensure_station_certificate

__all__ = [
    "K_EXPORT_REPORT",
    "audit_discrepancy_report",
    "case_inventory_report",
    "disposal_certificate",
    "lab_submission_form",
]

K_EXPORT_REPORT = "export.report"

# ``data.report`` of the export.report entry
DOC_CASE_INVENTORY = "case_inventory"
DOC_DISPOSAL_CERTIFICATE = "disposal_certificate"
DOC_LAB_SUBMISSION = "lab_submission"
DOC_AUDIT_DISCREPANCIES = "audit_discrepancies"

TITLE_CASE_INVENTORY = N_("Reports", "Case inventory")
TITLE_DISPOSAL = N_("Reports", "Certificate of disposal")
TITLE_RELEASE = N_("Reports", "Certificate of release to the owner")
TITLE_LAB = N_("Reports", "Laboratory submission form")
TITLE_AUDIT = N_("Reports", "Inventory audit: discrepancies")

MSG_NOT_DISPOSED = N_(
    "Documents",
    "Item {item} was neither disposed of nor released to its owner (it is {status}): "
    "there is no disposal certificate to print.",
)
MSG_NEVER_SUBMITTED = N_(
    "Documents", "Item {item} was never sent to a laboratory: there is no submission form to print."
)
MSG_NO_AUDIT = N_("Documents", "There is no recorded inventory audit {audit}.")

#: Entries that record paperwork about an item rather than something that happened to it.
PAPERWORK = frozenset({"report.issued", K_EXPORT_REPORT, "label.printed"})
SEAL_KINDS = ("seal.applied", "seal.broken")
K_LAB_SUBMITTED = "lab.submitted"
FINAL_KINDS = ("disposal.completed", "item.released")
WEIGHT_SOURCES = {
    "registration": N_("Documents", "Registration"),
    "weight.recorded": N_("Documents", "Weighing, entry {seq}"),
    "lab.returned": N_("Documents", "Laboratory return, entry {seq}"),
}


# --- shared ------------------------------------------------------------------------------------------------


def _station_info(s: Session, station: StationDTO) -> rm.StationInfo:
    row = s.get(Station, station.code)
    pub = bytes(row.public_key) if row is not None else b""
    return rm.StationInfo(
        agency=station.agency, station_code=station.code, evidence_room=station.evidence_room,
        time_zone=station.time_zone, verifier_key=station.verifier_key,
        key_fingerprint=hashlib.sha256(pub).hexdigest(),
    )


def _case_info(case: Case | None) -> rm.CaseInfo:
    if case is None:
        return rm.CaseInfo(case_number="")
    return rm.CaseInfo(
        case_number=case.case_number, offence_label=_label(OffenceType, case.offence_type),
        agency_ref=case.agency_ref, prosecutor_ref=case.prosecutor_ref, court_ref=case.court_ref,
    )


def _case_of(s: Session, item: Item) -> Case | None:
    return s.execute(
        select(Case).join(Seizure, Seizure.case_id == Case.id).where(Seizure.id == item.seizure_id)
    ).scalar_one_or_none()


def _status_label(status: str | None) -> str:
    return _label(ItemStatus, status) if status else ""


def _field_rows(item: Item) -> tuple[tuple[str, str], ...]:
    """Category fields as (label, display text), in the order of the category's form."""
    try:
        fields = json.loads(item.fields_json or "{}")
        specs = field_specs(item.category)
    except ValueError:
        return ()
    if not isinstance(fields, dict):
        return ()
    out = []
    names = [sp.name for sp in specs] + [k for k in fields if k not in {sp.name for sp in specs}]
    labels = {sp.name: sp.label for sp in specs}
    for name in names:
        if name not in fields or fields[name] in (None, "", {}, []):
            continue
        try:
            shown = display_value(item.category, name, fields[name], fields)
        except (ValueError, TypeError, KeyError):
            shown = str(fields[name])
        out.append((labels.get(name, name), shown))
    return tuple(out)


def _item_info(item: Item, *, seal: str | None, status: str = "") -> rm.ItemInfo:
    return rm.ItemInfo(
        item_id=item.item_id, item_number=str(item.item_number), category_label=_label(Category, item.category),
        description=item.description, quantity=item.quantity, unit=item.unit if item.unit != "item" else "",
        sealed=seal is not None, seal_number=seal or "", fields=_field_rows(item), status_label=status,
    )


def _bodies_by_item(s: Session, item_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in item_ids}
    ids = list(item_ids)
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = select(LedgerEntry.body).where(LedgerEntry.item.in_(chunk)).order_by(LedgerEntry.seq)
        for raw in s.execute(q).scalars():
            body = parse_canonical(bytes(raw))
            out[body["item"]].append(body)
    return out


def _entry_hash(s: Session, seq: int) -> str:
    h = s.execute(select(LedgerEntry.entry_hash).where(LedgerEntry.seq == seq)).scalar_one()
    return bytes(h).hex()


def _location_names(s: Session) -> dict[str, str]:
    return {code: name for code, name in s.execute(select(Location.code, Location.name)).all()}


def _place(code: str | None, names: dict[str, str]) -> str:
    if not code:
        return ""
    return f"{code} · {names[code]}" if names.get(code) else code


def _in_document_language(fn: Callable[..., bytes]) -> Callable[..., bytes]:
    """``language=`` for a document service: the PDF's words in that language (default: the station's); the
    ``export.report`` entry stays in English (its title is the English constant)."""

    @functools.wraps(fn)
    def written_in(ctx: AppContext, session: AuthSession, *args: Any, language: str | None = None,
                   **kwargs: Any) -> bytes:
        with document_language(document_translator(ctx, language)):
            return fn(ctx, session, *args, **kwargs)

    return written_in


def _now(ctx: AppContext, station: StationDTO) -> str:
    return _local(ledger_svc.format_time(ctx.clock()), station.time_zone)


def _certificate(ctx: AppContext, station: StationDTO):
    """The station's PDF-signing key, certificate and chain, checked against the fingerprint the ledger binds."""
    with unit_of_work(ctx.engine) as s:
        return ensure_station_certificate(ctx, s, station)


@dataclass(frozen=True)
class _Record:
    """What the ``export.report`` entry says about the document."""

    report: str
    title: str
    reference: str
    item: str | None = None
    case: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()


def _sign_and_record(ctx: AppContext, session: AuthSession, station: StationDTO, pdf: bytes,
                     record: _Record) -> bytes:
    """Sign the rendered PDF, then append its ``export.report`` entry (a transaction with nothing else).

    Refused (nothing signed or recorded) over a ledger that fails verification since the last checkpoint."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        trusted.verify_since(ctx, s, station)
    cert = _certificate(ctx, station)
    signed = sign_pdf(pdf, cert.key_pem, cert.cert_pem, extra_certs_pem=cert.chain_pem or None, reason=record.title,
                      location=f"{station.agency}, {station.evidence_room}")
    data: dict[str, Any] = {
        "report": record.report,
        "title": record.title,
        "reference": record.reference,
        "sha256": hashlib.sha256(signed).hexdigest(),
        "size": len(signed),
    }
    data.update(dict(record.extra))
    with unit_of_work(ctx.engine) as s:
        ledger_svc.append(
            s, [NewEvent(K_EXPORT_REPORT, data=data, item=record.item, case=record.case)],
            station=station.code, actor=session.username, signers=[session.signer], clock=ctx.clock,
        )
    return signed


# --- case inventory ----------------------------------------------------------------------------------------


def _holder(state: ItemState | None, history: Sequence[dict[str, Any]], names: _Names,
            locations: dict[str, str]) -> tuple[str, str]:
    """(location, holder) as printed: the storage place, the officer, the laboratory or the court."""
    if state is None:
        return "", ""
    if state.status == ItemStatus.IN_STORAGE.value:
        return _place(state.location_code, locations), ""
    if state.status == ItemStatus.AT_LAB.value:
        sub = next((b for b in reversed(history) if b["kind"] == K_LAB_SUBMITTED), None)
        d = (sub or {}).get("data") or {}
        lab = str(d.get("lab_name") or "")
        return lab, (f"{N_('Documents', 'lab number')} {d['lab_number']}" if d.get("lab_number") else "")
    if state.status == ItemStatus.AT_COURT.value:
        out = next((b for b in reversed(history) if b["kind"] == "court.out"), None)
        d = (out or {}).get("data") or {}
        return str(d.get("hearing") or ""), str(d.get("court_reference") or "")
    if state.custodian:
        return "", names.person(state.custodian).display
    return "", ""


def _last_event(history: Sequence[dict[str, Any]], tz: str) -> str:
    last = next((b for b in reversed(history) if b["kind"] not in PAPERWORK), None)
    if last is None:
        return ""
    return f"{_local(last['at'], tz)} {action_label(last['kind'])} (#{last['seq']})"


@_in_document_language
def case_inventory_report(ctx: AppContext, session: AuthSession, case_number: str) -> bytes:
    """Every item of the case: description, category, seal, where it is or who holds it, its last event."""
    authorize(ctx, session, Action.REPORT_PRODUCE)
    station = ctx.station()
    tz = station.time_zone
    report_id = str(uuid.uuid4())
    with unit_of_work(ctx.engine, read_only=True) as s:
        case = s.execute(select(Case).where(Case.case_number == (case_number or "").strip())).scalar_one_or_none()
        if case is None:
            raise NotFound(N_("Nouns", "case"), case_number)
        items = list(s.execute(
            select(Item).join(Seizure, Item.seizure_id == Seizure.id).where(Seizure.case_id == case.id)
            .order_by(Seizure.document_number, Item.item_number, Item.id)
        ).scalars())
        ids = [it.item_id for it in items]
        states: dict[str, ItemState] = {}
        for k in range(0, len(ids), 500):
            q = select(ItemState).where(ItemState.item_id.in_(ids[k:k + 500]))
            states.update({st.item_id: st for st in s.execute(q).scalars()})
        histories = _bodies_by_item(s, ids)
        names = _Names(s)
        locations = _location_names(s)
        lines = []
        for it in items:
            history = histories[it.item_id]
            state = states.get(it.item_id)
            location, holder = _holder(state, history, names, locations)
            info = _item_info(it, seal=current_seal(it, history),
                              status=_status_label(state.status if state else None))
            lines.append(rm.InventoryLine(item=info, location=location, holder=holder,
                                          last_event=_last_event(history, tz)))
        data = rm.CaseInventoryData(
            station=_station_info(s, station), case=_case_info(case), lines=tuple(lines),
            generated_at=_now(ctx, station), generated_by=names.person(session.username),
            title=TITLE_CASE_INVENTORY, report_id=report_id,
        )
        case_no = case.case_number
    pdf = CaseInventoryRenderer(data).render()
    return _sign_and_record(ctx, session, station, pdf, _Record(
        DOC_CASE_INVENTORY, TITLE_CASE_INVENTORY, report_id, case=case_no, extra=(("items", len(ids)),)))


# --- disposal certificate ----------------------------------------------------------------------------------


@_in_document_language
def disposal_certificate(ctx: AppContext, session: AuthSession, item_id: str) -> bytes:
    """The certificate of an item's disposal (authorisation, completion, witnesses) or of its release to the
    owner (owner, identity document). Refused in words for an item that was neither."""
    authorize(ctx, session, Action.REPORT_PRODUCE)
    station = ctx.station()
    tz = station.time_zone
    with unit_of_work(ctx.engine, read_only=True) as s:
        ref = load_item(s, item_id, lock=False)
        history = ref.history(s)
        final = next((b for b in reversed(history) if b["kind"] in FINAL_KINDS), None)
        if final is None:
            raise Conflict(MSG_NOT_DISPOSED, item=ref.item_id, status=_status_label(ref.state.status))
        names = _Names(s)
        d = final.get("data") or {}
        released = final["kind"] == "item.released"
        by_seq = {b["seq"]: b for b in history}
        auth = by_seq.get(d.get("authorization_seq")) if d.get("authorization_seq") else None
        auth_data = (auth or {}).get("data") or {}
        before = [b for b in history if b["seq"] < final["seq"]]
        if released:
            doc = d.get("identity_document") or {}
            method = DisposalMethod.RETURN_TO_OWNER.label
            identity = " ".join(str(x) for x in (doc.get("type"), doc.get("number")) if x)
            recipient = str(d.get("owner_name") or "")
            witnesses: tuple[rm.Person, ...] = ()
        else:
            method = _label(DisposalMethod, str(d.get("method") or auth_data.get("method") or ""))
            identity, recipient = "", ""
            witnesses = tuple(names.person(w) for w in d.get("witnesses") or ())
        number = f"{final['station']}-{'REL' if released else 'DISP'}-{final['seq']}"
        title = TITLE_RELEASE if released else TITLE_DISPOSAL
        data = rm.DisposalCertificateData(
            station=_station_info(s, station), case=_case_info(_case_of(s, ref.item)),
            certificate_number=number, method=method,
            authority=str(d.get("authority") or auth_data.get("authority") or ""),
            performed_at=_local(final["at"], tz), place=str(d.get("place") or ""),
            items=(_item_info(ref.item, seal=current_seal(ref.item, before),
                              status=_status_label(ref.state.status)),),
            performed_by=names.person(final["actor"]), witnesses=witnesses, recipient=recipient,
            entry_hashes=((ref.item_id, _entry_hash(s, final["seq"])),),
            generated_at=_now(ctx, station), title=title,
            order_reference=str(d.get("order_reference") or auth_data.get("order_reference") or ""),
            authorized_by=names.person(auth["actor"]) if auth else None,
            authorized_at=_local(auth["at"], tz) if auth else "",
            details=str(d.get("details") or ""), identity_document=identity, memo=str(d.get("memo") or ""),
            released=released,
        )
        item, case = ref.item_id, ref.case_number
    pdf = DisposalCertificateRenderer(data).render()
    return _sign_and_record(ctx, session, station, pdf, _Record(
        DOC_DISPOSAL_CERTIFICATE, title, number, item=item, case=case, extra=(("entry_seq", final["seq"]),)))


# --- laboratory submission form ----------------------------------------------------------------------------


def _same_submission(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two lab.submitted entries of one action (one basket sent together)."""
    da, db = a.get("data") or {}, b.get("data") or {}
    return (a["kind"] == b["kind"] == K_LAB_SUBMITTED and a["at"] == b["at"] and a["actor"] == b["actor"]
            and all(da.get(k) == db.get(k) for k in ("lab_name", "request", "lab_number")))


def _basket(s: Session, sub: dict[str, Any]) -> list[dict[str, Any]]:
    """The lab.submitted entries written with ``sub`` (one action writes its entries one after the other)."""
    seq = sub["seq"]
    q = (select(LedgerEntry.seq, LedgerEntry.body)
         .where(LedgerEntry.kind == K_LAB_SUBMITTED, LedgerEntry.seq.between(seq - 1000, seq + 1000))
         .order_by(LedgerEntry.seq))
    near = {n: parse_canonical(bytes(b)) for n, b in s.execute(q).all()}
    out = [sub]
    n = seq - 1
    while n in near and _same_submission(near[n], sub):
        out.insert(0, near[n])
        n -= 1
    n = seq + 1
    while n in near and _same_submission(near[n], sub):
        out.append(near[n])
        n += 1
    return out


def _weight_row(item: Item, history: Iterable[dict[str, Any]]) -> tuple[str, str, str, str] | None:
    refs = latest_weights(item, list(history))
    if not refs:
        return None
    gross, net = refs.get("gross_weight_mg"), refs.get("net_weight_mg")
    sources = []
    for r in (gross, net):
        if r is None:
            continue
        text = WEIGHT_SOURCES.get(r.source, r.source).format(seq=r.seq)
        if text not in sources:
            sources.append(text)
    return (item.item_id, format_weight(gross.mg) if gross else "", format_weight(net.mg) if net else "",
            "; ".join(sources))


@_in_document_language
def lab_submission_form(ctx: AppContext, session: AuthSession, item_id: str) -> bytes:
    """The form of the item's (latest) laboratory submission, with every item sent in the same action:
    laboratory, request, laboratory number, seals and weights on record when sent, who sent them."""
    authorize(ctx, session, Action.REPORT_PRODUCE)
    station = ctx.station()
    tz = station.time_zone
    with unit_of_work(ctx.engine, read_only=True) as s:
        ref = load_item(s, item_id, lock=False)
        history = ref.history(s)
        sub = next((b for b in reversed(history) if b["kind"] == K_LAB_SUBMITTED), None)
        if sub is None:
            raise Conflict(MSG_NEVER_SUBMITTED, item=ref.item_id)
        basket = _basket(s, sub)
        ids = [b["item"] for b in basket]
        rows = {it.item_id: it for it in s.execute(select(Item).where(Item.item_id.in_(ids))).scalars()}
        histories = _bodies_by_item(s, ids)
        states = {st.item_id: st for st in s.execute(select(ItemState).where(ItemState.item_id.in_(ids))).scalars()}
        infos, weights, hashes, hazards = [], [], [], []
        for b in basket:
            it = rows.get(b["item"])
            if it is None:  # pragma: no cover - every item entry has its item row
                continue
            before = [h for h in histories[it.item_id] if h["seq"] < b["seq"]]
            st = states.get(it.item_id)
            infos.append(_item_info(it, seal=current_seal(it, before), status=_status_label(st.status if st else None)))
            w = _weight_row(it, before)
            if w is not None:
                weights.append(w)
            hashes.append((it.item_id, _entry_hash(s, b["seq"])))
            if it.biohazard:
                hazards.append(it.item_id)
        names = _Names(s)
        d = sub.get("data") or {}
        case = _case_of(s, ref.item)
        number = f"{sub['station']}-LAB-{sub['seq']}"
        data = rm.LabSubmissionData(
            station=_station_info(s, station), case=_case_info(case), submission_number=number,
            laboratory=str(d.get("lab_name") or ""), examinations_requested=str(d.get("request") or ""),
            items=tuple(infos), submitted_by=names.person(sub["actor"]), submitted_at=_local(sub["at"], tz),
            hazards=(N_("Documents", "Biohazard: {items}").format(items=", ".join(hazards)) if hazards else ""),
            case_summary=case.title if case is not None else "",
            generated_at=_now(ctx, station), title=TITLE_LAB, lab_number=str(d.get("lab_number") or ""),
            weights=tuple(weights), entry_hashes=tuple(hashes),
        )
        item, case_no = ref.item_id, ref.case_number
    pdf = LabSubmissionRenderer(data).render()
    return _sign_and_record(ctx, session, station, pdf, _Record(
        DOC_LAB_SUBMISSION, TITLE_LAB, number, item=item, case=case_no,
        extra=(("items", ids), ("entry_seq", sub["seq"]))))


# --- inventory audit ---------------------------------------------------------------------------------------


def _audit_entries(s: Session, audit: AuditResultDTO | str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(the inventory.audited summary, the audit's item entries), from the ledger."""
    if isinstance(audit, AuditResultDTO):
        audit_id = audit.audit_id
        q = select(LedgerEntry.body).where(LedgerEntry.seq.in_(list(audit.seqs))).order_by(LedgerEntry.seq)
        bodies = [parse_canonical(bytes(b)) for b in s.execute(q).scalars()]
        summary = next((b for b in bodies if b["kind"] == K_AUDITED
                        and (b.get("data") or {}).get("audit_id") == audit_id), None)
        if summary is None:
            raise NotFound(N_("Nouns", "audit"), audit_id, MSG_NO_AUDIT, audit=audit_id)
    else:
        audit_id = (audit or "").strip()
        q = select(LedgerEntry.body).where(LedgerEntry.kind == K_AUDITED).order_by(LedgerEntry.seq.desc())
        summary = None
        for raw in s.execute(q).scalars():
            body = parse_canonical(bytes(raw))
            if (body.get("data") or {}).get("audit_id") == audit_id:
                summary = body
                break
        if summary is None:
            raise NotFound(N_("Nouns", "audit"), audit_id, MSG_NO_AUDIT, audit=audit_id)
        started = int(summary["data"].get("started_seq") or 0)
        q = (select(LedgerEntry.body)
             .where(LedgerEntry.kind.in_((K_SEEN, K_MISSING, K_UNEXPECTED)),
                    LedgerEntry.seq > started, LedgerEntry.seq < summary["seq"])
             .order_by(LedgerEntry.seq))
        bodies = [parse_canonical(bytes(b)) for b in s.execute(q).scalars()]
    lines = [b for b in bodies if b["kind"] in (K_SEEN, K_MISSING, K_UNEXPECTED)
             and (b.get("data") or {}).get("audit_id") == audit_id]
    return summary, lines


@_in_document_language
def audit_discrepancy_report(ctx: AppContext, session: AuthSession, audit: AuditResultDTO | str) -> bytes:
    """The discrepancy report of a recorded inventory audit (``audit``: the result ``finish_audit`` returned,
    or the audit id). Everything printed is read back from the audit's ledger entries."""
    authorize(ctx, session, Action.REPORT_PRODUCE)
    station = ctx.station()
    tz = station.time_zone
    with unit_of_work(ctx.engine, read_only=True) as s:
        summary, entries = _audit_entries(s, audit)
        sd = summary.get("data") or {}
        audit_id = str(sd.get("audit_id"))
        names = _Names(s)
        locations = _location_names(s)
        ids = [b.get("item") or (b.get("data") or {}).get("item_id") for b in entries]
        descriptions = {
            i: d for i, d in s.execute(
                select(Item.item_id, Item.description).where(Item.item_id.in_([i for i in ids if i]))).all()
        }
        missing, unexpected, misplaced = [], [], []
        found = 0
        for b in entries:
            d = b.get("data") or {}
            item = b.get("item") or str(d.get("item_id") or "")
            line = dict(item_id=item, description=descriptions.get(item, ""),
                        expected_location=_place(d.get("recorded_location"), locations),
                        found_location=_place(d.get("found_location"), locations))
            if b["kind"] == K_SEEN:
                found += 1
            elif b["kind"] == K_MISSING:
                missing.append(rm.AuditLine(**line))
            elif d.get("reason") == "misplaced":
                misplaced.append(rm.AuditLine(**line))
            else:
                if d.get("reason") == "unregistered" or not d.get("recorded_status"):
                    note = N_("Documents", "Not registered")
                else:
                    note = _status_label(d.get("recorded_status"))
                    if d.get("recorded_custodian"):
                        note += f" ({names.name(d['recorded_custodian'])})"
                unexpected.append(rm.AuditLine(**line, note=note))
        root = str(sd.get("location") or "")
        auditor = names.person(summary["actor"])
        data = rm.AuditDiscrepancyData(
            station=_station_info(s, station), audit_id=audit_id, scope=_place(root, locations),
            started_at=_local(sd["started_at"], tz) if sd.get("started_at") else "",
            finished_at=_local(summary["at"], tz), auditors=(auditor,),
            expected_count=int(sd.get("expected") or 0), scanned_count=found + len(misplaced) + len(unexpected),
            missing=tuple(missing), unexpected=tuple(unexpected), misplaced=tuple(misplaced),
            remarks=str(sd.get("memo") or ""),
            generated_at=_now(ctx, station), generated_by=names.person(session.username), title=TITLE_AUDIT,
        )
    pdf = AuditDiscrepancyRenderer(data).render()
    return _sign_and_record(ctx, session, station, pdf, _Record(
        DOC_AUDIT_DISCREPANCIES, TITLE_AUDIT, audit_id,
        extra=(("audit_id", audit_id), ("location", root), ("audit_seq", summary["seq"]))))

