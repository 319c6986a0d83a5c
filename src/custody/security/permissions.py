"""Which role may do what.

Services call :func:`require` before any work; the UI may call :func:`is_allowed` to hide or disable what a
user cannot do, but the services decide.

Separation of duties: administrators manage users, the station, backups and the ledger's integrity tools,
and may look at items; they do not handle evidence. A person who must do both gets both roles, visibly.
Supervisors hold everything custodians hold plus the approvals (corrections, disposal authority,
discrepancies) and the location tree. Rules that depend on *who* (a supervisor may not approve a correction
they requested; disposal witnesses must never have had custody) are checked by the services, not here.
"""

from __future__ import annotations

from collections.abc import Iterable

from custody.domain.enums import LabelledEnum, Role, register_labels
from custody.domain.errors import PermissionDenied
from custody.domain.i18n import N_


class Action(LabelledEnum):
    CASE_OPEN = "case.open"
    SEIZURE_RECORD = "seizure.record"
    ITEM_REGISTER = "item.register"
    ITEM_CORRECT_REQUEST = "item.correct.request"
    ITEM_CORRECT_APPROVE = "item.correct.approve"
    ITEM_SPLIT = "item.split"
    ATTACHMENT_ADD = "attachment.add"
    LABEL_PRINT = "label.print"
    CUSTODY_TRANSFER = "custody.transfer"
    STORAGE_CHECK_IN = "storage.check_in"
    STORAGE_CHECK_OUT = "storage.check_out"
    STORAGE_MOVE = "storage.move"
    LAB_SUBMIT = "lab.submit"
    LAB_RETURN = "lab.return"
    COURT_OUT = "court.out"
    COURT_RETURN = "court.return"
    SEAL_BREAK = "seal.break"
    SEAL_APPLY = "seal.apply"
    WEIGHT_RECORD = "weight.record"
    DISCREPANCY_ACKNOWLEDGE = "discrepancy.acknowledge"
    INVENTORY_AUDIT = "inventory.audit"
    DISPOSAL_AUTHORIZE = "disposal.authorize"
    DISPOSAL_COMPLETE = "disposal.complete"
    ITEM_RELEASE = "item.release"
    ITEM_VIEW = "item.view"
    REPORT_PRODUCE = "report.produce"
    LEDGER_VERIFY = "ledger.verify"
    LEDGER_EXPORT = "ledger.export"
    LEDGER_CHECKPOINT = "ledger.checkpoint"
    LEDGER_REBUILD = "ledger.rebuild"
    USER_MANAGE = "user.manage"
    USER_UNLOCK = "user.unlock"
    STATION_CONFIGURE = "station.configure"
    LOCATION_MANAGE = "location.manage"
    BACKUP_RUN = "backup.run"
    RESTORE_RUN = "restore.run"
    DEMO_BUILD = "demo.build"
    CLOCK_CORRECT = "clock.correct"
    CUSTODY_RECOVER = "custody.recover"
    INVENTORY_RESOLVE = "inventory.resolve"


register_labels(Action, {
    "case.open": N_("Action", "open a case"),
    "seizure.record": N_("Action", "record a seizure"),
    "item.register": N_("Action", "register items"),
    "item.correct.request": N_("Action", "ask for a correction of an item record"),
    "item.correct.approve": N_("Action", "approve corrections of item records"),
    "item.split": N_("Action", "split an item or take a sample"),
    "attachment.add": N_("Action", "attach photos and documents"),
    "label.print": N_("Action", "print labels"),
    "custody.transfer": N_("Action", "hand over or receive items"),
    "storage.check_in": N_("Action", "check items in to storage"),
    "storage.check_out": N_("Action", "check items out of storage"),
    "storage.move": N_("Action", "move items within storage"),
    "lab.submit": N_("Action", "send items to a laboratory"),
    "lab.return": N_("Action", "receive items back from a laboratory"),
    "court.out": N_("Action", "take items to court"),
    "court.return": N_("Action", "receive items back from court"),
    "seal.break": N_("Action", "break a seal"),
    "seal.apply": N_("Action", "apply a seal"),
    "weight.record": N_("Action", "record a weight"),
    "discrepancy.acknowledge": N_("Action", "acknowledge a discrepancy"),
    "inventory.audit": N_("Action", "carry out an inventory audit"),
    "disposal.authorize": N_("Action", "authorise disposal"),
    "disposal.complete": N_("Action", "carry out a disposal"),
    "item.release": N_("Action", "release items to their owner"),
    "item.view": N_("Action", "look up items and their history"),
    "report.produce": N_("Action", "produce reports"),
    "ledger.verify": N_("Action", "verify the ledger"),
    "ledger.export": N_("Action", "export the ledger and proofs"),
    "ledger.checkpoint": N_("Action", "sign a ledger checkpoint"),
    "ledger.rebuild": N_("Action", "rebuild the tables from the ledger"),
    "user.manage": N_("Action", "manage users"),
    "user.unlock": N_("Action", "unlock user accounts"),
    "station.configure": N_("Action", "change the station settings"),
    "location.manage": N_("Action", "manage storage locations"),
    "backup.run": N_("Action", "make a backup"),
    "restore.run": N_("Action", "restore a backup"),
    "demo.build": N_("Action", "build a demonstration database"),
    "clock.correct": N_("Action", "record a clock correction"),
    "custody.recover": N_("Action", "recover items held by an absent or disabled officer"),
    "inventory.resolve": N_("Action", "resolve items an audit found missing or misplaced"),
})

A = Action

_VIEW = frozenset({A.ITEM_VIEW})
_PROSECUTOR = _VIEW | {A.REPORT_PRODUCE, A.LEDGER_VERIFY}
_AUDITOR = _VIEW | {A.INVENTORY_AUDIT, A.LEDGER_VERIFY, A.LEDGER_EXPORT, A.REPORT_PRODUCE}
_OFFICER = _VIEW | {
    A.CASE_OPEN, A.SEIZURE_RECORD, A.ITEM_REGISTER, A.ITEM_CORRECT_REQUEST, A.ATTACHMENT_ADD, A.WEIGHT_RECORD,
    A.LABEL_PRINT, A.CUSTODY_TRANSFER, A.SEAL_BREAK, A.SEAL_APPLY, A.REPORT_PRODUCE,
}
_CUSTODIAN = _OFFICER | {
    A.STORAGE_CHECK_IN, A.STORAGE_CHECK_OUT, A.STORAGE_MOVE, A.LAB_SUBMIT, A.LAB_RETURN, A.COURT_OUT,
    A.COURT_RETURN, A.ITEM_SPLIT, A.INVENTORY_AUDIT, A.DISPOSAL_COMPLETE, A.ITEM_RELEASE,
}
_SUPERVISOR = _CUSTODIAN | {
    A.ITEM_CORRECT_APPROVE, A.DISPOSAL_AUTHORIZE, A.DISCREPANCY_ACKNOWLEDGE, A.LOCATION_MANAGE,
    A.CUSTODY_RECOVER, A.INVENTORY_RESOLVE,
}
_ADMIN = _VIEW | {
    A.USER_MANAGE, A.USER_UNLOCK, A.STATION_CONFIGURE, A.BACKUP_RUN, A.RESTORE_RUN, A.LEDGER_VERIFY,
    A.LEDGER_EXPORT, A.LEDGER_CHECKPOINT, A.LEDGER_REBUILD, A.DEMO_BUILD, A.CLOCK_CORRECT,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: frozenset(_OFFICER),
    Role.CUSTODIAN: frozenset(_CUSTODIAN),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.AUDITOR: frozenset(_AUDITOR),
    Role.PROSECUTOR: frozenset(_PROSECUTOR),
    Role.ADMIN: frozenset(_ADMIN),
}


def _roles(roles: Iterable[Role | str]) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        try:
            role = Role(r)
        except ValueError:
            continue  # an unknown role string grants nothing
        if role not in out:
            out.append(role)
    return out


def allowed_actions(roles: Iterable[Role | str]) -> frozenset[Action]:
    result: set[Action] = set()
    for role in _roles(roles):
        result |= PERMISSIONS[role]
    return frozenset(result)


def is_allowed(roles: Iterable[Role | str], action: Action | str) -> bool:
    act = Action(action)
    return any(act in PERMISSIONS[role] for role in _roles(roles))


def require(roles: Iterable[Role | str], action: Action | str, *, username: str | None = None) -> None:
    """Return None if one of ``roles`` allows ``action``; else raise PermissionDenied.

    Message: "Your roles (Officer, Auditor) do not allow: approve corrections of item records."
    """
    role_list = _roles(roles)
    act = Action(action)
    if any(act in PERMISSIONS[role] for role in role_list):
        return
    raise PermissionDenied(
        act,
        role_list,
        username=username,
        action_label=act.label,
        role_labels=[r.label for r in role_list],
    )


def render_permission_table() -> str:
    """Markdown table: one row per action, one column per role, ✓ where allowed."""
    roles = list(Role)
    head = "| Action | " + " | ".join(r.label for r in roles) + " |"
    rule = "|---|" + "|".join(":---:" for _ in roles) + "|"
    rows = [head, rule]
    for act in Action:
        marks = " | ".join("✓" if act in PERMISSIONS[r] else "" for r in roles)
        rows.append(f"| `{act.value}` {act.label} | {marks} |")
    return "\n".join(rows) + "\n"
