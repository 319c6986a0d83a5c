"""The start page of each role: my items and what to do next; for custodians and supervisors the backlog.

Everything here is read from the ledger and its projections (``item_state`` is the ledger's own projection, kept
in the same transaction as each entry), so every count can be checked against a query of the ledger:

- *my items*: items whose latest custody event leaves them with me (status ``with_officer``, custodian = me),
  with the next step: an officer hands them to the evidence room; a custodian checks them in to storage;
- *backlog* (custodian, supervisor): overdue at the laboratory / at court (:mod:`custody.services.alerts`),
  eligible for disposal by case outcome (:mod:`custody.services.case_outcome`), disposals authorised and not
  carried out, open weight discrepancies, audit findings not resolved, items held by an officer for more than
  ``HELD_DAYS`` days (since the item's latest entry), items never labelled (no ``label.printed`` entry);
- the last whole-ledger verification of this station and the last checkpoint that left the station in a report
  (the first ``checkpoint.signed`` after the latest ``report.issued``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from custody.db.models import Item, ItemState, LedgerEntry, Location, StationState, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.ledger.canonical import parse_canonical
from custody.security.permissions import Action
from custody.services.alerts import HELD_DAYS, AlertsDTO, alerts
from custody.services.audit_alerts import open_audit_alerts_in
from custody.services.auth import AuthSession
from custody.services.case_outcome import CaseBacklogDTO, disposal_backlog_in
from custody.services.context import AppContext
from custody.services.custody import WITH_OFFICER

__all__ = ["HELD_DAYS", "BacklogDTO", "MyItemDTO", "StartDTO", "main_role", "start_page"]



@dataclass(frozen=True)
class MyItemDTO:
    item_id: str
    description: str
    status: str
    since: str  # the item's latest entry
    next_step: str  # "hand_over" (to the evidence room) / "check_in" (to storage)


@dataclass(frozen=True)
class BacklogDTO:
    lab_overdue: int
    court_overdue: int
    disposal_eligible: int  # items, over every case with a final outcome
    disposal_cases: tuple[CaseBacklogDTO, ...]
    disposal_pending: int
    open_discrepancies: int
    audit_findings: int
    held_too_long: int  # with an officer for more than HELD_DAYS days
    unlabelled: int  # held or stored items with no label.printed entry


#: Held items listed on the start page, the oldest first (an account holding 10^5 items froze the window for
#: seconds while they were all loaded and formatted; issue 18); the page gives the whole count.
MY_ITEMS_LISTED = 200


@dataclass(frozen=True)
class StartDTO:
    role: str  # the role the page is for (the highest of the session's roles)
    my_items: tuple[MyItemDTO, ...]
    backlog: BacklogDTO | None  # custodians and supervisors only
    alerts: AlertsDTO | None
    last_verified_at: str | None
    last_verified_ok: bool | None
    last_exported_size: int | None
    last_exported_at: str | None
    ledger_size: int
    last_audit_at: str | None = None  # the latest inventory.audited
    last_audit_location: str | None = None
    audit_findings: int = 0  # open for everyone to see (auditors follow them up)
    held_by_disabled: int = 0  # items whose holder's account is disabled: a supervisor recovers them
    my_items_total: int = 0  # how many items the officer holds (my_items lists the oldest MY_ITEMS_LISTED)


_ORDER = (Role.ADMIN, Role.SUPERVISOR, Role.CUSTODIAN, Role.AUDITOR, Role.PROSECUTOR, Role.OFFICER)


def main_role(session: AuthSession) -> Role:
    for r in _ORDER:
        if r in session.roles:
            return r
    return Role.OFFICER


def start_page(ctx: AppContext, session: AuthSession, now: datetime | None = None) -> StartDTO:
    now = now or ctx.clock()
    role = main_role(session)
    backlog_role = bool({Role.CUSTODIAN, Role.SUPERVISOR} & set(session.roles))
    code = ctx.station().code
    al = alerts(ctx, now) if backlog_role else None
    with unit_of_work(ctx.engine, read_only=True) as s:
        mine = s.execute(
            select(ItemState.item_id, Item.description, ItemState.status, ItemState.updated_at)
            .join(Item, Item.item_id == ItemState.item_id)
            .where(ItemState.status == WITH_OFFICER, ItemState.custodian == session.username)
            .order_by(ItemState.updated_at, ItemState.item_id).limit(MY_ITEMS_LISTED)
        ).all()
        total = len(mine) if len(mine) < MY_ITEMS_LISTED else s.execute(
            select(func.count()).select_from(ItemState)
            .where(ItemState.status == WITH_OFFICER, ItemState.custodian == session.username)).scalar_one()
        step = "check_in" if session.can(Action.STORAGE_CHECK_IN) else "hand_over"
        my_items = tuple(MyItemDTO(i, d or "", st, at, step) for i, d, st, at in mine)
        backlog = None
        if backlog_role and al is not None:
            cases = tuple(disposal_backlog_in(s))
            backlog = BacklogDTO(
                lab_overdue=len(al.lab_overdue), court_overdue=len(al.court_overdue),
                disposal_eligible=sum(len(c.item_ids) for c in cases), disposal_cases=cases,
                disposal_pending=len(al.disposal_pending), open_discrepancies=len(al.open_discrepancies),
                audit_findings=len(al.audit_findings), held_too_long=al.total("held_too_long"),
                unlabelled=al.total("unlabelled"),
            )
        st = s.get(StationState, code)
        last_report = s.execute(select(func.max(LedgerEntry.seq)).where(LedgerEntry.kind == "report.issued")).scalar()
        exported_size = exported_at = None
        if last_report is not None:
            raw = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "checkpoint.signed",
                                                           LedgerEntry.seq > last_report)
                            .order_by(LedgerEntry.seq).limit(1)).scalar()
            if raw is not None:
                body = parse_canonical(bytes(raw))
                exported_size, exported_at = (body.get("data") or {}).get("size"), body["at"]
        size = s.execute(select(func.max(LedgerEntry.seq))).scalar() or 0
        raw = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "inventory.audited")
                        .order_by(LedgerEntry.seq.desc()).limit(1)).scalar()
        audit = parse_canonical(bytes(raw)) if raw is not None else None
        audit_location = (audit.get("data") or {}).get("location") if audit else None
        if audit_location:
            name = s.execute(select(Location.name).where(Location.code == audit_location)).scalar()
            audit_location = f"{name} ({audit_location})" if name else audit_location
        held_by_disabled = s.execute(
            select(func.count()).select_from(ItemState).join(User, User.username == ItemState.custodian)
            .where(ItemState.status == WITH_OFFICER, User.active.is_(False))
        ).scalar_one()
        findings = len(al.audit_findings) if al is not None else len(open_audit_alerts_in(s))
        return StartDTO(
            role=role.value, my_items=my_items, my_items_total=total, backlog=backlog, alerts=al,
            last_verified_at=st.last_verified_at if st else None,
            last_verified_ok=st.last_verified_ok if st else None,
            last_exported_size=exported_size, last_exported_at=exported_at, ledger_size=size,
            last_audit_at=audit["at"] if audit else None,
            last_audit_location=audit_location,
            audit_findings=findings, held_by_disabled=held_by_disabled,
        )

