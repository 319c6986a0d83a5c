"""The two-person clock correction (LEDGER.md 3.1.5): ``clock.corrected``.

When entries were stamped with a wrong, future time (a workstation whose clock said 2099), every later entry would
have to carry that time too, or be refused. An administrator and a supervisor (two different officers, both
signing) record a ``clock.corrected`` entry: its ``at`` is the right time, earlier than the wrong one, and the
ledger's order restarts from it. ``data.wrong_until`` names the last wrong time and ``data.reason`` says what
happened, so a court sees exactly which entries carry a wrong time and who vouched for the correction.

Who signs and why that is enough: the administrator (actor) and a supervisor; one officer cannot move the ledger's
time, and a database writer without their keys cannot at all (verifiers check both roles from the ledger).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.domain.i18n import N_
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.ledger import NewEvent, Signer
from custody.services.users import parse_roles

__all__ = ["ClockCorrection", "correct_clock", "needs_correction"]

MSG_REASON = N_("Clock", "Say what happened to the clock (for example: the workstation's clock was set to 2099).")
MSG_NOTHING = N_("Clock", "The ledger's last entry ({last}) is not later than the current time ({now}): there is "
                          "nothing to correct.")
MSG_SUPERVISOR = N_("Clock", "A clock correction is countersigned by a supervisor other than you; {username} is not "
                             "a supervisor.")
MSG_SAME = N_("Clock", "A clock correction needs two different officers: ask a supervisor to countersign.")


@dataclass(frozen=True)
class ClockCorrection:
    seq: int
    at: str
    wrong_until: str


def needs_correction(ctx: AppContext) -> str | None:
    """The last entry's time when it is later than now (the ledger's clock must be corrected), else None."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        head = ledger_svc.get_head(s)
        last = head.last_at if head is not None else None
    now = format_time(ctx.clock())
    return last if last and last > now else None


def correct_clock(ctx: AppContext, session: AuthSession, supervisor: Signer, reason: str) -> ClockCorrection:
    """Record ``clock.corrected``, signed by the administrator (``session``) and a supervisor."""
    authorize(ctx, session, Action.CLOCK_CORRECT)
    reason = (reason or "").strip()
    if not reason:
        raise FormErrors({"reason": ValidationError("reason", MSG_REASON)})
    if supervisor.username == session.username:
        raise Conflict(MSG_SAME)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        roles = s.execute(select(User.roles).where(User.username == supervisor.username)).scalar_one_or_none()
        if roles is None or Role.SUPERVISOR not in parse_roles(roles):
            raise Conflict(MSG_SUPERVISOR, username=supervisor.username)
        head = ledger_svc.get_head(s)
        last = head.last_at if head is not None else ""
        now = format_time(ctx.clock())
        if not last or last <= now:
            raise Conflict(MSG_NOTHING, last=last or "-", now=now)
        out = ledger_svc.append(
            s,
            [NewEvent("clock.corrected", {"reason": reason[:1000], "wrong_until": last},
                      signers=(supervisor.username,))],
            station=station.code, actor=session.username, signers=[session.signer, supervisor], clock=ctx.clock,
        )
    return ClockCorrection(seq=out[0].seq, at=out[0].at, wrong_until=last)
