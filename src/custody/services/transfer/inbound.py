"""Transfer in (docs/TRANSFER.md 7-8): check a package, show what it proves, accept it.

:func:`check_package` verifies without writing anything (what the receiving officer sees before accepting).
:func:`transfer_in` verifies again inside the transaction and, only if everything holds, registers the items under
their ids, stores the package and its attachments, and writes one ``custody.transferred_in`` per item signed by the
receiving officer. A package that fails is refused with the reason (:class:`PackageRefused`); nothing is written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, ItemState, LedgerEntry, Seizure
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, CustodyError
from custody.domain.i18n import N_
from custody.domain.ids import format_seizure_number
from custody.ledger.entry import format_time
from custody.ledger.segments import TRANSFERRED_IN, TRANSFERRED_OUT, TimelineEvent
from custody.ledger.transfer_package import PackageReport, verify_package
from custody.security.permissions import Action
from custody.services import trusted as trusted_svc
from custody.services.attachments import _store_blob
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.intake.common import allocate
from custody.services.intake.values import _from_ledger_fields
from custody.services.ledger import NewEvent, append
from custody.services.transfer.history import PACKAGE_MEDIA_TYPE
from custody.services.transfer.trust import trusted_keys
from custody.verifier import check_report_in_package

__all__ = ["InResult", "PackageCheck", "PackageRefused", "ProvenLine", "check_package", "transfer_in"]

MSG_REFUSED = N_("Transfer", "The package was refused: {reason}. Nothing was recorded.")
MSG_HELD = N_("Transfer", "Item {item} is already in this station's custody ({status}); a package cannot bring it in "
                          "again. Nothing was recorded.")
MSG_NOT_FOR_US = N_("Transfer", "This package was made by this station itself; it is received by the other station.")


class PackageRefused(CustodyError):
    def __init__(self, reason: str, failures: Sequence[str] = ()) -> None:
        super().__init__(MSG_REFUSED, reason=reason)
        self.failures = list(failures) or [reason]


@dataclass(frozen=True)
class ProvenLine:
    item: str
    origin: str
    seq: int
    at: str
    kind: str
    actor: str
    signers: tuple[str, ...]


@dataclass(frozen=True)
class PackageCheck:
    ok: bool
    failures: tuple[str, ...]
    package_sha256: str
    package_id: str
    sender: dict[str, Any]
    receiver: dict[str, Any]
    item_ids: tuple[str, ...]
    descriptions: dict[str, str]
    history: tuple[ProvenLine, ...]
    segments: tuple[str, ...]  # "origin, tree size N, root …" of each segment


def _lines(timeline: dict[str, list[TimelineEvent]]) -> tuple[ProvenLine, ...]:
    return tuple(ProvenLine(item, t.origin, t.event.seq, t.event.at, t.event.kind, t.event.actor,
                            tuple(t.event.signers)) for item, tl in timeline.items() for t in tl)


def _describe(rep: PackageReport) -> PackageCheck:
    m = rep.manifest or {}
    desc: dict[str, str] = {}
    for item, tl in rep.timeline.items():
        for t in tl:
            if t.event.kind == "item.registered":
                desc[item] = str(t.event.data.get("description") or "")
            elif t.event.kind == "item.corrected" and t.event.data.get("field") == "description":
                desc[item] = str(t.event.data.get("new") or desc.get(item, ""))
    return PackageCheck(
        ok=rep.ok, failures=tuple(rep.failures), package_sha256=rep.package_sha256,
        package_id=str(m.get("package_id") or ""), sender=dict(m.get("sender") or {}),
        receiver=dict(m.get("receiver") or {}), item_ids=tuple(m.get("items") or ()), descriptions=desc,
        history=_lines(rep.timeline),
        segments=tuple(f"{g.origin}, tree size {g.size}, root {g.root_hex}" for g in rep.segments),
    )


def _verify(ctx: AppContext, s: Session, data: bytes, extra_trust: Iterable[str]) -> PackageReport:
    return verify_package(data, trusted_keys(ctx, s, extra_trust), check_report_in_package)


def check_package(ctx: AppContext, session: AuthSession, data: bytes, extra_trust: Iterable[str] = ()) -> PackageCheck:
    """What the package proves (or why it is refused). Writes nothing."""
    authorize(ctx, session, Action.ITEM_VIEW)
    with unit_of_work(ctx.engine, read_only=True) as s:
        return _describe(_verify(ctx, s, data, extra_trust))


@dataclass(frozen=True)
class InResult:
    item_ids: tuple[str, ...]
    seqs: tuple[int, ...]
    package_sha256: str


def _registration(rep: PackageReport, item: str) -> dict[str, Any]:
    reg: dict[str, Any] = {}
    for t in rep.timeline.get(item, ()):
        if t.event.kind == "item.registered":
            reg = dict(t.event.data)
            reg.setdefault("case_number", t.event.case)
    return reg


def _seizure_row(s: Session, ctx: AppContext, case: Case, number: str | None, occurred: str, now: str) -> Seizure:
    if number:
        row = s.execute(select(Seizure).where(Seizure.document_number == number)).scalar_one_or_none()
        if row is not None and row.case_id == case.id:
            return row
        if row is not None:
            number = None  # taken here by another case: a local number (the report states the sender's)
    if not number:
        year = int(now[:4])
        number = format_seizure_number(year, allocate(s, f"seizure:{year:04d}"))
    row = Seizure(document_number=number, case_id=case.id, occurred_at=occurred or now,
                  place="", seizing_officer="", recorded_at=now)
    s.add(row)
    s.flush()
    return row


def _register(s: Session, ctx: AppContext, rep: PackageReport, item: str, officer: str, now: str) -> None:
    reg = _registration(rep, item)
    case_number = str(reg.get("case_number") or "TRANSFER")
    case = s.execute(select(Case).where(Case.case_number == case_number)).scalar_one_or_none()
    if case is None:
        case = Case(case_number=case_number, offence_type="other", opened_at=now, opened_by=officer)
        s.add(case)
        s.flush()
    seizure = _seizure_row(s, ctx, case, reg.get("seizure") if isinstance(reg.get("seizure"), str) else None,
                           "", now)
    row = Item(item_id=item, seizure_id=seizure.id, item_number=int(reg.get("item_number") or 1),
               category=str(reg.get("category") or "other"), description=str(reg.get("description") or ""),
               quantity=str(reg.get("quantity") or "1"), unit=str(reg.get("unit") or "item"),
               sealed=bool(reg.get("sealed")), seal_number=str(reg.get("seal_number") or ""),
               biohazard=bool(reg.get("biohazard")),
               fields_json=json.dumps(_from_ledger_fields(reg.get("fields") or {}), ensure_ascii=False,
                                       sort_keys=True),
               registered_at=now)
    s.add(row)
    s.flush()
    # searchable here like an item registered here (the words of its description, case, seizure, fields)
    from custody.services.intake.items import _index_item, search_body

    try:
        body = search_body(item_id=item, category=row.category, description=row.description,
                           case_number=case_number, case_title="", seizure=str(reg.get("seizure") or ""),
                           seal_number=row.seal_number, fields=_from_ledger_fields(reg.get("fields") or {}), officer="",
                           officer_name="")
    except (ValueError, KeyError, TypeError):
        body = " ".join([item, row.description, case_number])
    _index_item(s, row.id, item, body)


def _refuse_replay(s: Session, origin: str, items: Sequence[str], rep: PackageReport) -> None:
    """A package is received once; an item that left this station comes back only by a package whose history
    continues from its latest ``custody.transferred_out`` here (an older package cannot bring it back)."""
    q = select(LedgerEntry.seq, LedgerEntry.body).where(LedgerEntry.kind == TRANSFERRED_IN,
                                                        LedgerEntry.item.in_(list(items)))
    for seq, raw in s.execute(q).all():
        if (json.loads(bytes(raw)).get("data") or {}).get("package_sha256") == rep.package_sha256:
            raise PackageRefused(f"this package was already received (ledger entry {seq})")
    for item in items:
        last_out = s.execute(select(LedgerEntry.entry_hash).where(
            LedgerEntry.item == item, LedgerEntry.kind == TRANSFERRED_OUT).order_by(LedgerEntry.seq.desc())
            .limit(1)).scalar_one_or_none()
        if last_out is None:
            continue
        if not any(t.origin == origin and t.event.entry_hash_hex == bytes(last_out).hex()
                   for t in rep.timeline.get(item, ())):
            raise PackageRefused(f"item {item} left this station by a later hand-over than the one this package "
                                 "continues from: the package is out of date")


def transfer_in(ctx: AppContext, session: AuthSession, data: bytes, extra_trust: Iterable[str] = ()) -> InResult:
    """Accept a package: see the module doc. PackageRefused (nothing written) if it does not verify."""
    authorize(ctx, session, Action.CUSTODY_TRANSFER)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        trusted_svc.verify_since(ctx, s, station)  # the trust list is read from a verified ledger
        rep = _verify(ctx, s, data, extra_trust)
        if not rep.ok:
            raise PackageRefused(rep.failures[0], rep.failures)
        m = rep.manifest or {}
        last = rep.last
        assert last is not None
        if m["sender"].get("verifier_key") == station.verifier_key:
            raise PackageRefused(MSG_NOT_FOR_US)
        items = list(m["items"])
        for item in items:
            st = s.get(ItemState, item)
            if st is not None and st.status != "transferred_out":
                raise Conflict(MSG_HELD, item=item, status=st.status)
        _refuse_replay(s, station.origin, items, rep)
        now = format_time(ctx.clock())
        file_sha = hashlib.sha256(data).hexdigest()
        _store_blob(s, file_sha, PACKAGE_MEDIA_TYPE, bytes(data), now)
        for name, blob in rep.members.items():
            if name.startswith("attachments/"):
                _store_blob(s, name.split("/", 1)[1], "application/octet-stream", blob, now)
        for item in items:
            if s.execute(select(Item.id).where(Item.item_id == item)).scalar_one_or_none() is None:
                _register(s, ctx, rep, item, session.username, now)
        cases = {i: (_registration(rep, i).get("case_number") or None) for i in items}
        events = [NewEvent(TRANSFERRED_IN, {
            "package_sha256": rep.package_sha256, "package_file_sha256": file_sha, "package_id": m["package_id"],
            "sender_origin": last.origin, "sender_station": m["sender"].get("station"),
            "sender_verifier_key": m["sender"]["verifier_key"], "sender_size": last.size,
            "sender_root": last.root_hex, "sender_entry": rep.sent_entries[item], "label": item,
            "custodian": session.username,
        }, item=item, case=cases[item]) for item in items]
        appended = append(s, events, station=station.code, actor=session.username, signers=[session.signer],
                          clock=ctx.clock)
        return InResult(tuple(items), tuple(a.seq for a in appended), rep.package_sha256)
