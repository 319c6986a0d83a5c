"""Start-page alerts: items overdue at the laboratory or at court, disposals waiting, open discrepancies, audit
findings (missing / misplaced items) not yet resolved by a supervisor (:mod:`custody.services.audit_alerts`).

An item is *overdue* when it has been at the laboratory (court) for longer than the station's
``overdue_lab_days`` (``overdue_court_days``), default 30 (7) days, counted from the ``at`` time of its latest
``lab.submitted`` (``court.out``) entry: strictly more than N x 24 hours. A disposal is *waiting* when a
``disposal.authorized`` has not been followed by ``disposal.completed`` or ``item.released``.

Items held too long and items with no label can be counted in hundreds of thousands at a large station (10^6 items:
~250,000 and ~750,000 in the benchmark data; reading them all took ~10 s of CPU). For those two kinds
:func:`alerts` lists the first ``limit`` (:data:`ALERTS_LISTED`, the oldest first, as before) read through
``ix_item_state_status_age`` and counts the rest in SQL: :meth:`AlertsDTO.total` gives the whole count of a kind
(issue 18, 5). The other kinds (items at the laboratory or at court, disposals authorised, open discrepancies and
audit findings) are few at any station and stay complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, select, union_all
from sqlalchemy.orm import Session

from custody.db.models import Item, ItemState, LedgerEntry
from custody.db.uow import unit_of_work
from custody.ledger.canonical import parse_canonical
from custody.ledger.entry import format_time, parse_time
from custody.services.audit_alerts import AuditAlertDTO, open_audit_alerts_in
from custody.services.context import AppContext
from custody.services.custody import (
    AT_COURT,
    AT_LAB,
    FINAL_STATUSES,
    K_COURT_OUT,
    K_DISPOSAL_AUTHORIZED,
    K_LAB_SUBMITTED,
    DiscrepancyDTO,
    open_discrepancies_in,
)
from custody.services.settings import load_settings

__all__ = ["ALERTS_LISTED", "HELD_DAYS", "AlertsDTO", "HeldItemDTO", "OverdueItemDTO", "PendingDisposalDTO", "alerts"]

#: An item with an officer for longer than this (since its latest entry) belongs in the evidence room.
HELD_DAYS = 7

#: Items held too long / with no label listed, the oldest first (the rest are counted: AlertsDTO.total).
ALERTS_LISTED = 200


@dataclass(frozen=True)
class HeldItemDTO:
    item_id: str
    description: str
    status: str  # with_officer / in_storage
    custodian: str | None
    location_code: str | None
    since: str  # the item's latest entry


@dataclass(frozen=True)
class OverdueItemDTO:
    item_id: str
    case_number: str | None
    description: str
    status: str  # at_lab / at_court
    since: str  # ledger time of the lab.submitted / court.out entry
    days: int  # whole days away so far
    limit_days: int
    place: str  # laboratory name / hearing
    reference: str  # laboratory number / court reference
    sent_by: str  # actor of that entry
    seq: int  # that entry


@dataclass(frozen=True)
class PendingDisposalDTO:
    item_id: str
    case_number: str | None
    description: str
    status: str
    location_code: str | None
    custodian: str | None
    method: str  # DisposalMethod value
    authority: str
    order_reference: str
    authorized_by: str
    authorized_at: str
    seq: int  # the disposal.authorized entry


@dataclass(frozen=True)
class AlertsDTO:
    at: str  # the time the alerts were computed for (ISO, UTC)
    lab_overdue: tuple[OverdueItemDTO, ...]
    court_overdue: tuple[OverdueItemDTO, ...]
    disposal_pending: tuple[PendingDisposalDTO, ...]
    open_discrepancies: tuple[DiscrepancyDTO, ...]
    audit_findings: tuple[AuditAlertDTO, ...] = ()  # missing / misplaced at an audit, not yet resolved
    held_too_long: tuple[HeldItemDTO, ...] = ()  # with an officer for more than HELD_DAYS days
    unlabelled: tuple[HeldItemDTO, ...] = ()  # held or stored, no label.printed entry
    # how many there are when more than listed (None: every one is listed)
    held_too_long_total: int | None = None
    unlabelled_total: int | None = None

    KINDS = ("audit_findings", "lab_overdue", "court_overdue", "disposal_pending", "open_discrepancies",
             "held_too_long", "unlabelled")

    def total(self, kind: str) -> int:
        """How many alerts of ``kind`` there are (a kind's tuple may list only the first of them)."""
        whole = getattr(self, f"{kind}_total", None)
        return len(getattr(self, kind)) if whole is None else whole

    @property
    def count(self) -> int:
        return sum(self.total(k) for k in self.KINDS)


def _latest_entries(s: Session, status: str, kind: str) -> list[tuple[dict[str, Any], str]]:
    """For every item with ``status``: its latest ``kind`` entry (parsed) and its description."""
    latest = (
        select(LedgerEntry.item.label("item"), func.max(LedgerEntry.seq).label("seq"))
        .join(ItemState, ItemState.item_id == LedgerEntry.item)
        .where(ItemState.status == status, LedgerEntry.kind == kind)
        .group_by(LedgerEntry.item)
        .subquery()
    )
    rows = s.execute(
        select(LedgerEntry.body, Item.description)
        .join(latest, latest.c.seq == LedgerEntry.seq)
        .outerjoin(Item, Item.item_id == LedgerEntry.item)
        .order_by(LedgerEntry.seq)
    ).all()
    return [(parse_canonical(bytes(body)), desc or "") for body, desc in rows]


def _overdue(s: Session, now: datetime, status: str, kind: str, limit_days: int) -> list[OverdueItemDTO]:
    out = []
    limit = timedelta(days=limit_days)
    for body, desc in _latest_entries(s, status, kind):
        away = now - parse_time(body["at"])
        if away <= limit:
            continue
        data = body.get("data") or {}
        if kind == K_LAB_SUBMITTED:
            place, ref = data.get("lab_name") or "", data.get("lab_number") or ""
        else:
            place, ref = data.get("hearing") or "", data.get("court_reference") or ""
        out.append(OverdueItemDTO(
            item_id=body["item"], case_number=body.get("case"), description=desc, status=status,
            since=body["at"], days=away.days, limit_days=limit_days, place=place, reference=ref,
            sent_by=body["actor"], seq=body["seq"],
        ))
    return out


def _pending_disposals(s: Session) -> list[PendingDisposalDTO]:
    latest = (
        select(LedgerEntry.item.label("item"), func.max(LedgerEntry.seq).label("seq"))
        .join(ItemState, ItemState.item_id == LedgerEntry.item)
        .where(LedgerEntry.kind == K_DISPOSAL_AUTHORIZED, ItemState.status.not_in(list(FINAL_STATUSES)))
        .group_by(LedgerEntry.item)
        .subquery()
    )
    rows = s.execute(
        select(LedgerEntry.body, Item.description, ItemState.status, ItemState.location_code,
               ItemState.custodian)
        .join(latest, latest.c.seq == LedgerEntry.seq)
        .join(ItemState, ItemState.item_id == LedgerEntry.item)
        .outerjoin(Item, Item.item_id == LedgerEntry.item)
        .order_by(LedgerEntry.seq)
    ).all()
    out = []
    for raw, desc, status, loc, custodian in rows:
        body = parse_canonical(bytes(raw))
        data = body.get("data") or {}
        out.append(PendingDisposalDTO(
            item_id=body["item"], case_number=body.get("case"), description=desc or "", status=status,
            location_code=loc, custodian=custodian, method=data.get("method", ""),
            authority=data.get("authority", ""), order_reference=data.get("order_reference", ""),
            authorized_by=body["actor"], authorized_at=body["at"], seq=body["seq"],
        ))
    return out


def _held(s: Session, now: datetime, limit: int | None
          ) -> tuple[list[HeldItemDTO], int | None, list[HeldItemDTO], int | None]:
    """Items with an officer for more than HELD_DAYS days, and held or stored items with no label: the first
    ``limit`` of each (the oldest first; None: all) and how many there are when the list is full (else None).

    Each is read through ``ix_item_state_status_age`` (status, updated_at, item_id) in its order and stops after
    ``limit`` rows; "no label" is one probe of ``ix_ledger_entry_item_kind`` per item read."""
    before = format_time(now - timedelta(days=HELD_DAYS))
    cols = (ItemState.item_id, Item.description, ItemState.status, ItemState.custodian, ItemState.location_code,
            ItemState.updated_at)
    order = (ItemState.updated_at, ItemState.item_id)
    no_label = ~exists().where(LedgerEntry.item == ItemState.item_id, LedgerEntry.kind == "label.printed")

    def rows(stmt: Any) -> list[HeldItemDTO]:
        return [HeldItemDTO(i, d or "", st, c, loc, at) for i, d, st, c, loc, at in s.execute(stmt).all()]

    def listed(stmt: Any) -> Any:
        return stmt.order_by(*order) if limit is None else stmt.order_by(*order).limit(limit)

    base = select(*cols).join(Item, Item.item_id == ItemState.item_id)
    held_where = (ItemState.status == "with_officer", ItemState.updated_at < before)
    # the oldest held items, then those held too long among them (a prefix: the same rows as with the time in the
    # query; without it PostgreSQL's planner keeps to the index's order even before it has statistics)
    held = [h for h in rows(listed(base.where(held_where[0]))) if h.since < before]
    held_total = None
    if limit is not None and len(held) >= limit:
        held_total = s.execute(select(func.count()).select_from(ItemState).where(*held_where)).scalar_one()
    # one ordered read per status, merged by the database (in its own collation) and cut again
    parts = [listed(base.where(ItemState.status == st, no_label)).subquery()
             for st in ("with_officer", "in_storage")]
    merged = union_all(*(select(*p.c) for p in parts)).subquery()
    unlabelled = rows(_ordered(merged, limit))
    unlabelled_total = None
    if limit is not None and len(unlabelled) >= limit:
        unlabelled_total = s.execute(select(func.count()).select_from(ItemState).where(
            ItemState.status.in_(["with_officer", "in_storage"]), no_label)).scalar_one()
    return held, held_total, unlabelled, unlabelled_total


def _ordered(merged: Any, limit: int | None) -> Any:
    stmt = select(*merged.c).order_by(merged.c.updated_at, merged.c.item_id)
    return stmt if limit is None else stmt.limit(limit)


class _Listed:
    """``alerts``' default limit: :data:`ALERTS_LISTED` as it is when called."""


_LISTED = _Listed()


def alerts(ctx: AppContext, now: datetime | None = None, limit: int | None | _Listed = _LISTED) -> AlertsDTO:
    """Everything the start page should warn about, as of ``now`` (default: the context's clock).

    Items held too long and items with no label: the first ``limit`` (default :data:`ALERTS_LISTED`) of each, the
    oldest first, and their whole count (:meth:`AlertsDTO.total`); ``limit=None`` lists them all."""
    station = ctx.station()
    now = now or ctx.clock()
    if isinstance(limit, _Listed):
        limit = ALERTS_LISTED
    with unit_of_work(ctx.engine, read_only=True) as s:
        settings = load_settings(s, station.code)
        held, held_total, unlabelled, unlabelled_total = _held(s, now, limit)
        return AlertsDTO(
            at=format_time(now),
            lab_overdue=tuple(_overdue(s, now, AT_LAB, K_LAB_SUBMITTED, settings.overdue_lab_days)),
            court_overdue=tuple(_overdue(s, now, AT_COURT, K_COURT_OUT, settings.overdue_court_days)),
            disposal_pending=tuple(_pending_disposals(s)),
            open_discrepancies=tuple(open_discrepancies_in(s)),
            audit_findings=tuple(open_audit_alerts_in(s)),
            held_too_long=tuple(held), unlabelled=tuple(unlabelled),
            held_too_long_total=held_total, unlabelled_total=unlabelled_total,
        )
