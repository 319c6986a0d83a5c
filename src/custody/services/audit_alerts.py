"""Audit findings that stay open until a supervisor resolves them.

An inventory audit writes ``inventory.missing`` for an item it expected and did not find, and
``inventory.unexpected`` with ``data.reason = "misplaced"`` for an item found where the ledger does not put it.
Each such entry (about a registered item) is an *audit alert*: it shows on the start page and the Alerts page
until an ``inventory.resolved`` entry for the same item names it in ``data.alerts``.

:func:`resolve_audit_alert` writes ``inventory.resolved``: ``outcome`` ``found`` (the item was found; where, in
``data.found_location`` if given) or ``written_off`` (it is gone; the reason is required), ``reason``,
``alerts`` (the seqs of the open alerts it closes), ``second`` (the co-signer). Either outcome is signed by the
supervisor who resolves it and by a second supervisor or administrator: closing a missing-evidence finding is
never the word of one person. A found item that is somewhere else than recorded is then put back with a
``storage.moved`` (nothing here changes where an item is recorded to be).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Item, LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import Conflict, ValidationError
from custody.domain.i18n import N_
from custody.ledger.canonical import parse_canonical
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody import check_countersigner, item_event, load_item, text_field, write
from custody.services.ledger import Signer
from custody.services.users import parse_roles

__all__ = ["AuditAlertDTO", "K_RESOLVED", "OUTCOMES", "open_audit_alerts", "open_audit_alerts_in",
           "resolve_audit_alert"]

K_MISSING = "inventory.missing"
K_UNEXPECTED = "inventory.unexpected"
K_RESOLVED = "inventory.resolved"
OUTCOMES = ("found", "written_off")

MSG_OUTCOME = N_("Inventory", "Say whether the item was found or is written off.")
MSG_NO_ALERT = N_("Inventory", "Item {item} has no open audit finding.")
MSG_SECOND_SELF = N_("Inventory", "A second person must sign: you cannot be the second signer yourself.")
MSG_SECOND_ROLE = N_("Inventory", "{user} cannot co-sign: only a supervisor or an administrator can.")
MSG_REASON_NEEDED = N_("Inventory", "Say why the item is written off (what was done to find it).")


@dataclass(frozen=True)
class AuditAlertDTO:
    seq: int  # the inventory.missing / inventory.unexpected entry
    item_id: str
    case_number: str | None
    description: str
    finding: str  # "missing" / "misplaced"
    audit_id: str
    audited_location: str | None
    recorded_location: str | None
    found_location: str | None
    found_at: str  # ledger time of the finding
    auditor: str


def _alert(body: dict[str, Any], description: str) -> AuditAlertDTO | None:
    data = body.get("data") or {}
    if not body.get("item"):
        return None  # an unregistered thing found in the room: no item to resolve
    if body["kind"] == K_MISSING:
        finding = "missing"
    elif body["kind"] == K_UNEXPECTED and data.get("reason") == "misplaced":
        finding = "misplaced"
    else:
        return None
    return AuditAlertDTO(
        seq=body["seq"], item_id=body["item"], case_number=body.get("case"), description=description,
        finding=finding, audit_id=str(data.get("audit_id") or ""), audited_location=data.get("location"),
        recorded_location=data.get("recorded_location"), found_location=data.get("found_location"),
        found_at=body["at"], auditor=body["actor"],
    )


def open_audit_alerts_in(s: Session, item_id: str | None = None) -> list[AuditAlertDTO]:
    """Every audit alert not closed by a later ``inventory.resolved`` (oldest first)."""
    q = (select(LedgerEntry.body, Item.description)
         .outerjoin(Item, Item.item_id == LedgerEntry.item)
         .where(LedgerEntry.kind.in_([K_MISSING, K_UNEXPECTED, K_RESOLVED]), LedgerEntry.item.is_not(None))
         .order_by(LedgerEntry.seq))
    if item_id is not None:
        q = q.where(LedgerEntry.item == item_id)
    open_: dict[int, AuditAlertDTO] = {}
    for raw, desc in s.execute(q).all():
        body = parse_canonical(bytes(raw))
        if body["kind"] == K_RESOLVED:
            for seq in (body.get("data") or {}).get("alerts") or ():
                open_.pop(seq, None)
            continue
        alert = _alert(body, desc or "")
        if alert is not None:
            open_[alert.seq] = alert
    return list(open_.values())


def open_audit_alerts(ctx: AppContext, item_id: str | None = None) -> list[AuditAlertDTO]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        return open_audit_alerts_in(s, item_id)


def resolve_audit_alert(ctx: AppContext, session: AuthSession, item_id: str, outcome: str, reason: str,
                        second: Signer, found_location: str = "") -> int:
    """Close every open audit alert of ``item_id`` (``inventory.resolved``, signed by the supervisor and
    ``second``, a supervisor or administrator). Returns the seq written."""
    authorize(ctx, session, Action.INVENTORY_RESOLVE)
    if outcome not in OUTCOMES:
        raise ValidationError("outcome", MSG_OUTCOME)
    reason = text_field(reason, "reason", max_len=1000, required=False, multiline=True)
    if outcome == "written_off" and not reason:
        raise ValidationError("reason", MSG_REASON_NEEDED)
    found_location = text_field(found_location, "found_location", max_len=200, required=False)
    if second.username == session.username:
        raise Conflict(MSG_SECOND_SELF)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        user = check_countersigner(s, second, may=None)
        if not set(parse_roles(user.roles)) & {Role.SUPERVISOR, Role.ADMIN}:
            raise Conflict(MSG_SECOND_ROLE, user=second.username)
        ref = load_item(s, item_id)
        alerts = open_audit_alerts_in(s, ref.item_id)
        if not alerts:
            raise Conflict(MSG_NO_ALERT, item=ref.item_id)
        event = item_event(K_RESOLVED, ref, {
            "outcome": outcome,
            "reason": reason or None,
            "found_location": found_location or None,
            "alerts": [a.seq for a in alerts],
            "findings": sorted({a.finding for a in alerts}),
            "second": second.username,
        }, [second.username])
        return write(ctx, s, station, session, [event], [second])[0].seq

