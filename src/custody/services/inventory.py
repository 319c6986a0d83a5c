"""Inventory audit: pick a location, scan everything there, report missing / unexpected / misplaced items.

Scope: the audited location **and every location below it** (auditing a room covers its shelves and bins).

- :func:`start_audit` (Action.INVENTORY_AUDIT) reads what the ledger says is in scope and returns an
  :class:`AuditSession`: a plain in-memory object the scanner screen keeps while the auditor scans.
- :func:`audit_scan` classifies one scan. Scanning a location code of the scope says "the next items are on
  this shelf". Without ``ctx`` it is pure (no database): a scanned item that was not expected is kept as
  *pending* and classified later; with ``ctx`` it is looked up at once (one small read).
- :func:`finish_audit` (Action.INVENTORY_AUDIT) classifies what is pending, then writes, in one transaction,
  ``inventory.seen`` per found item, ``inventory.missing`` per missing item, ``inventory.unexpected`` per
  unexpected or misplaced item (``data.reason`` says which and ``data.recorded_location`` /
  ``recorded_status`` where the ledger has it), and one ``inventory.audited`` summary entry (no item), and
  returns an :class:`AuditResultDTO` for the discrepancy report. Nothing changes where items are recorded
  to be: putting a misplaced item back is a ``storage.moved``.

Classification of a scanned item:
- **found**: expected (recorded in storage within the scope) and scanned where it is recorded (or before
  any location of the scope was scanned, or at a location that contains its recorded one);
- **misplaced**: recorded in storage somewhere else: outside the scope, or inside it but under another
  location than the one scanned last;
- **unexpected**: not recorded in any storage location (with an officer, at the laboratory or court,
  disposed of, released) or not registered at all;
- **missing**: expected and neither found nor misplaced. An expected item that a recorded action took out
  of the scope while the audit ran is not missing: it is listed in ``left_during_audit``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, ItemState, Location, Seizure
from custody.db.uow import unit_of_work
from custody.domain.errors import ValidationError
from custody.domain.i18n import N_
from custody.domain.ids import classify_scan, normalise_code
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody import IN_STORAGE, get_location, text_field, write
from custody.services.ledger import NewEvent

__all__ = [
    "AuditLineDTO",
    "AuditResultDTO",
    "AuditSession",
    "RecordedState",
    "ScanOutcome",
    "audit_scan",
    "finish_audit",
    "resolve_audit",
    "start_audit",
]

K_SEEN = "inventory.seen"
K_MISSING = "inventory.missing"
K_UNEXPECTED = "inventory.unexpected"
K_AUDITED = "inventory.audited"

MSG_OUTSIDE = N_("Inventory", "Location {location} is not part of this audit of {root}.")
MSG_NOT_ITEM = N_("Inventory", "That is an officer's badge, not an item or a location.")
MSG_FOUND = N_("Inventory", "{item} found.")
MSG_AGAIN = N_("Inventory", "{item} was already scanned.")
MSG_MISPLACED = N_("Inventory", "{item} is recorded at {recorded}: misplaced.")
MSG_UNEXPECTED = N_("Inventory", "{item} is not recorded in any storage location ({status}): unexpected.")
MSG_UNKNOWN = N_("Inventory", "{item} is not registered: unexpected.")
MSG_PENDING = N_("Inventory", "{item} was not expected here; it will be looked up.")
MSG_LOCATION = N_("Inventory", "Now scanning at {location}.")

ScanKind = Literal["found", "again", "misplaced", "unexpected", "pending", "location"]


@dataclass(frozen=True)
class RecordedState:
    """What the ledger says about an item that was scanned but not expected (``status`` None: unknown id)."""

    status: str | None
    location_code: str | None = None
    custodian: str | None = None
    description: str = ""
    case_number: str | None = None


@dataclass(frozen=True)
class ScanOutcome:
    code: str
    kind: ScanKind
    item_id: str | None = None
    recorded_location: str | None = None
    template: str = ""  # N_-marked English ("Inventory" context); format with params
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(eq=False)
class AuditSession:
    """An audit in progress (in memory only until :func:`finish_audit`)."""

    audit_id: str
    location_code: str
    location_name: str
    started_at: str
    started_by: str
    started_seq: int  # ledger size when the audit started
    parents: dict[str, str | None]  # every location of the scope -> its parent's code (None above the root)
    expected: dict[str, str]  # item id -> recorded location code
    descriptions: dict[str, str] = field(default_factory=dict)
    current_location: str = ""
    found: dict[str, str] = field(default_factory=dict)  # item -> location it was scanned at
    # item -> (recorded location, location it was scanned at)
    misplaced: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    unexpected: dict[str, tuple[RecordedState | None, str]] = field(default_factory=dict)  # None: pending
    scans: list[str] = field(default_factory=list)  # every code scanned, in order

    @property
    def scope(self) -> frozenset[str]:
        return frozenset(self.parents)

    @property
    def missing(self) -> list[str]:
        return [i for i in self.expected if i not in self.found and i not in self.misplaced]

    @property
    def pending(self) -> list[str]:
        return [i for i, (rec, _) in self.unexpected.items() if rec is None]

    def contains(self, outer: str, inner: str | None) -> bool:
        """Is location ``inner`` ``outer`` or below it (both in the scope)?"""
        seen = 0
        while inner is not None and seen <= len(self.parents):
            if inner == outer:
                return True
            inner = self.parents.get(inner)
            seen += 1
        return False


@dataclass(frozen=True)
class AuditLineDTO:
    item_id: str
    description: str = ""
    case_number: str | None = None
    recorded_location: str | None = None  # where the ledger has it (None: not in storage / unknown)
    found_location: str | None = None  # where it was scanned (None: not scanned)
    recorded_status: str | None = None  # ItemStatus value; None: not registered
    recorded_custodian: str | None = None
    note: str = ""  # "misplaced", "unexpected", "not registered", "left during audit"


@dataclass(frozen=True)
class AuditResultDTO:
    audit_id: str
    location_code: str
    location_name: str
    started_at: str
    finished_at: str
    auditor: str
    expected_count: int
    scanned_count: int  # distinct items scanned
    found: tuple[AuditLineDTO, ...]
    missing: tuple[AuditLineDTO, ...]
    unexpected: tuple[AuditLineDTO, ...]
    misplaced: tuple[AuditLineDTO, ...]
    left_during_audit: tuple[AuditLineDTO, ...]
    seqs: tuple[int, ...]  # every entry written, in order (the last is the inventory.audited summary)


# --- start -------------------------------------------------------------------------------------------------


def start_audit(ctx: AppContext, session: AuthSession, location_code: str) -> AuditSession:
    """Begin an audit of ``location_code`` and everything below it; nothing is written yet."""
    authorize(ctx, session, Action.INVENTORY_AUDIT)
    with unit_of_work(ctx.engine, read_only=True) as s:
        root = get_location(s, location_code, require_active=False)
        rows = s.execute(select(Location.id, Location.code, Location.parent_id)).all()
        by_id = {lid: code for lid, code, _ in rows}
        children: dict[int | None, list[int]] = {}
        for lid, _, parent in rows:
            children.setdefault(parent, []).append(lid)
        parents: dict[str, str | None] = {root.code: None}
        stack = [root.id]
        while stack:
            pid = stack.pop()
            for lid in children.get(pid, ()):
                if by_id[lid] not in parents:
                    parents[by_id[lid]] = by_id[pid]
                    stack.append(lid)
        expected: dict[str, str] = {}
        descriptions: dict[str, str] = {}
        for item_id, loc, desc in s.execute(
            select(ItemState.item_id, ItemState.location_code, Item.description)
            .outerjoin(Item, Item.item_id == ItemState.item_id)
            .where(ItemState.status == IN_STORAGE, ItemState.location_code.in_(list(parents)))
            .order_by(ItemState.location_code, ItemState.item_id)
        ).all():
            expected[item_id] = loc
            descriptions[item_id] = desc or ""
        size = ledger_svc.ledger_size(s)
        root_code, root_name = root.code, root.name
    return AuditSession(
        audit_id=str(uuid.uuid4()),
        location_code=root_code,
        location_name=root_name,
        started_at=format_time(ctx.clock()),
        started_by=session.username,
        started_seq=size,
        parents=parents,
        expected=expected,
        descriptions=descriptions,
        current_location=root_code,
    )


# --- scanning ----------------------------------------------------------------------------------------------


def audit_scan(audit: AuditSession, code: str, ctx: AppContext | None = None) -> ScanOutcome:
    """Classify one scan (updates ``audit``). Raises ValidationError for a code that is not an item or a
    location of the scope. With ``ctx``, an item that was not expected is looked up at once."""
    norm = normalise_code(code or "")
    if norm in audit.parents:
        audit.current_location = norm
        audit.scans.append(norm)
        return ScanOutcome(norm, "location", template=MSG_LOCATION, params={"location": norm})
    scan = classify_scan(norm)
    if scan.kind == "location":
        raise ValidationError(None, MSG_OUTSIDE, location=scan.value, root=audit.location_code)
    if scan.kind == "officer":
        raise ValidationError(None, MSG_NOT_ITEM)
    item = scan.value
    audit.scans.append(item)
    here = audit.current_location or audit.location_code
    if item in audit.found or item in audit.misplaced or item in audit.unexpected:
        return ScanOutcome(item, "again", item, audit.expected.get(item), MSG_AGAIN, {"item": item})
    if item in audit.expected:
        return _place_expected(audit, item, here)
    audit.unexpected[item] = (None, here)
    if ctx is not None:
        resolve_audit(ctx, audit, only=[item])
        return _outcome_after_resolve(audit, item)
    return ScanOutcome(item, "pending", item, None, MSG_PENDING, {"item": item})


def _place_expected(audit: AuditSession, item: str, here: str) -> ScanOutcome:
    recorded = audit.expected[item]
    if audit.contains(here, recorded):
        audit.found[item] = here
        return ScanOutcome(item, "found", item, recorded, MSG_FOUND, {"item": item})
    audit.misplaced[item] = (recorded, here)
    return ScanOutcome(item, "misplaced", item, recorded, MSG_MISPLACED, {"item": item, "recorded": recorded})


def _outcome_after_resolve(audit: AuditSession, item: str) -> ScanOutcome:
    if item in audit.found:
        return ScanOutcome(item, "found", item, audit.expected.get(item), MSG_FOUND, {"item": item})
    if item in audit.misplaced:
        recorded = audit.misplaced[item][0] or "?"
        params = {"item": item, "recorded": recorded}
        return ScanOutcome(item, "misplaced", item, recorded, MSG_MISPLACED, params)
    rec = audit.unexpected[item][0]
    if rec is None or rec.status is None:
        return ScanOutcome(item, "unexpected", item, None, MSG_UNKNOWN, {"item": item})
    return ScanOutcome(item, "unexpected", item, None, MSG_UNEXPECTED, {"item": item, "status": rec.status})


def _lookup(s: Session, item_ids: list[str]) -> dict[str, RecordedState]:
    out: dict[str, RecordedState] = {}
    if not item_ids:
        return out
    for item_id, status, loc, custodian, desc, case in s.execute(
        select(Item.item_id, ItemState.status, ItemState.location_code, ItemState.custodian, Item.description,
               Case.case_number)
        .outerjoin(ItemState, ItemState.item_id == Item.item_id)
        .outerjoin(Seizure, Item.seizure_id == Seizure.id)
        .outerjoin(Case, Seizure.case_id == Case.id)
        .where(Item.item_id.in_(item_ids))
    ).all():
        out[item_id] = RecordedState(status, loc, custodian, desc or "", case)
    return out


def _classify(audit: AuditSession, lookups: Mapping[str, RecordedState], items: list[str]) -> None:
    for item in items:
        if item not in audit.unexpected or audit.unexpected[item][0] is not None:
            continue
        here = audit.unexpected[item][1]
        rec = lookups.get(item) or RecordedState(None)
        if rec.description:
            audit.descriptions[item] = rec.description
        if rec.status == IN_STORAGE and rec.location_code:
            del audit.unexpected[item]
            if rec.location_code in audit.parents:  # checked in to the scope after the audit started
                audit.expected[item] = rec.location_code
                _place_expected(audit, item, here)
            else:
                audit.misplaced[item] = (rec.location_code, here)
        else:
            audit.unexpected[item] = (rec, here)


def resolve_audit(ctx: AppContext, audit: AuditSession, only: list[str] | None = None) -> None:
    """Look up the pending scans (items that were not expected) and classify them."""
    items = only if only is not None else audit.pending
    if not items:
        return
    with unit_of_work(ctx.engine, read_only=True) as s:
        lookups = _lookup(s, items)
    _classify(audit, lookups, items)


# --- finish ------------------------------------------------------------------------------------------------


def finish_audit(
    ctx: AppContext, session: AuthSession, audit: AuditSession, memo: str = ""
) -> AuditResultDTO:
    """Record the audit: one entry per found, missing, unexpected and misplaced item plus a summary."""
    authorize(ctx, session, Action.INVENTORY_AUDIT)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    root = audit.location_code
    with unit_of_work(ctx.engine) as s:
        _classify(audit, _lookup(s, audit.pending), audit.pending)
        involved = list({*audit.expected, *audit.unexpected, *audit.misplaced})
        info = _lookup(s, involved)
        last_seq: dict[str, int] = {}
        if involved:
            q = select(ItemState.item_id, ItemState.last_seq).where(ItemState.item_id.in_(involved))
            last_seq = {i: n for i, n in s.execute(q).all()}

        def line(item: str, note: str = "", found_at: str | None = None, recorded: str | None = None,
                 rec: RecordedState | None = None) -> AuditLineDTO:
            r = rec or info.get(item) or RecordedState(None)
            return AuditLineDTO(
                item_id=item, description=audit.descriptions.get(item) or r.description,
                case_number=r.case_number,
                recorded_location=recorded, found_location=found_at, recorded_status=r.status,
                recorded_custodian=r.custodian, note=note,
            )

        found = [line(i, "", at, audit.expected[i]) for i, at in audit.found.items()]
        missing, left = [], []
        for i in audit.missing:
            now = info.get(i)
            moved = last_seq.get(i, 0) > audit.started_seq and (
                now is None or now.status != IN_STORAGE or now.location_code not in audit.parents
            )
            if moved:
                left.append(line(i, "left during audit", None, audit.expected[i]))
            else:
                missing.append(line(i, "missing", None, audit.expected[i]))
        misplaced = [line(i, "misplaced", at, rec_loc) for i, (rec_loc, at) in audit.misplaced.items()]
        unexpected = [
            line(i, "unexpected" if (rec and rec.status) else "not registered", at, None, rec)
            for i, (rec, at) in audit.unexpected.items()
        ]

        base = {"audit_id": audit.audit_id, "location": root}
        events: list[NewEvent] = []

        def ev(kind: str, ln: AuditLineDTO, data: dict) -> None:
            if ln.recorded_status is None:  # not registered: no item entry (it would create an item state)
                events.append(NewEvent(kind, data={**base, **data, "item_id": ln.item_id}))
            else:
                events.append(NewEvent(kind, data={**base, **data}, item=ln.item_id, case=ln.case_number))

        for ln in found:
            ev(K_SEEN, ln, {"found_location": ln.found_location, "recorded_location": ln.recorded_location})
        for ln in missing:
            ev(K_MISSING, ln, {"recorded_location": ln.recorded_location})
        for ln in misplaced:
            ev(K_UNEXPECTED, ln, {
                "reason": "misplaced", "found_location": ln.found_location,
                "recorded_location": ln.recorded_location, "recorded_status": ln.recorded_status,
                "recorded_custodian": ln.recorded_custodian,
            })
        for ln in unexpected:
            ev(K_UNEXPECTED, ln, {
                "reason": "unexpected" if ln.recorded_status else "unregistered",
                "found_location": ln.found_location, "recorded_location": None,
                "recorded_status": ln.recorded_status, "recorded_custodian": ln.recorded_custodian,
            })
        finished_at = format_time(ctx.clock())
        events.append(NewEvent(K_AUDITED, data={
            **base,
            "locations": sorted(audit.parents),
            "started_at": audit.started_at,
            "started_seq": audit.started_seq,
            "expected": len(audit.expected),
            "found": len(found),
            "missing": [ln.item_id for ln in missing],
            "misplaced": [ln.item_id for ln in misplaced],
            "unexpected": [ln.item_id for ln in unexpected],
            "left_during_audit": [ln.item_id for ln in left],
            "memo": memo or None,
        }))
        appended = write(ctx, s, station, session, events)
        return AuditResultDTO(
            audit_id=audit.audit_id,
            location_code=root,
            location_name=audit.location_name,
            started_at=audit.started_at,
            finished_at=appended[-1].at if appended else finished_at,
            auditor=session.username,
            expected_count=len(audit.expected),
            scanned_count=len(audit.found) + len(audit.misplaced) + len(audit.unexpected),
            found=tuple(found),
            missing=tuple(missing),
            unexpected=tuple(unexpected),
            misplaced=tuple(misplaced),
            left_during_audit=tuple(left),
            seqs=tuple(a.seq for a in appended),
        )
