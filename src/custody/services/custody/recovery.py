"""Custody, recovery: :func:`recover_custody` lets a supervisor take back items held by an officer who is disabled
or absent (``custody.recovered``, signed by the supervisor and a second supervisor or administrator).

A normal handover needs the holder's signature; an officer who left the service, is on long leave or whose
account was disabled cannot sign. Two people then vouch for the recovery instead: the supervisor who takes the
items (the actor, who holds them afterwards) and a second supervisor or administrator. ``data``: ``from`` (the
holder), ``to`` (the supervisor), ``reason`` (required), ``holder_active`` (whether the holder's account was
still enabled: an absent officer), ``second`` (the co-signer).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import Conflict
from custody.domain.i18n import N_
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    WITH_OFFICER,
    check_countersigner,
    item_event,
    load_items,
    refuse_away,
    status_label,
    text_field,
    write,
)
from custody.services.ledger import Signer
from custody.services.users import parse_roles

K_RECOVERED = "custody.recovered"

MSG_SECOND_SELF = N_("Custody", "A recovery needs a second person: you cannot also be the second signer.")
MSG_SECOND_ROLE = N_(
    "Custody", "{user} cannot co-sign a recovery: only a supervisor or an administrator can."
)
MSG_SECOND_HOLDER = N_(
    "Custody", "{user} holds item {item}: they can simply hand it over; a recovery is for an absent holder."
)
MSG_NOT_WITH_OFFICER = N_(
    "Custody", "Item {item} is not with an officer (it is {status}): there is nothing to recover."
)
MSG_OWN_ITEM = N_("Custody", "You already hold item {item}.")


def held_by_absent(ctx: AppContext, session: AuthSession, include_active: bool = False) -> list[tuple[str, str]]:
    """(item id, holder) of items held by officers whose account is disabled (or by anyone but ``session`` with
    ``include_active``): what a supervisor may recover."""
    authorize(ctx, session, Action.CUSTODY_RECOVER)
    from custody.db.models import ItemState

    with unit_of_work(ctx.engine, read_only=True) as s:
        q = (select(ItemState.item_id, ItemState.custodian).join(User, User.username == ItemState.custodian)
             .where(ItemState.status == WITH_OFFICER, ItemState.custodian != session.username)
             .order_by(ItemState.custodian, ItemState.item_id))
        if not include_active:
            q = q.where(User.active.is_(False))
        return [(i, c) for i, c in s.execute(q).all()]


def recover_custody(ctx: AppContext, session: AuthSession, item_ids: Sequence[str], second: Signer,
                    reason: str) -> list[int]:
    """Take items held by a disabled or absent officer into the supervisor's own custody (one
    ``custody.recovered`` per item, signed by the supervisor and ``second``). Returns the seqs written."""
    authorize(ctx, session, Action.CUSTODY_RECOVER)
    reason = text_field(reason, "reason", max_len=1000, multiline=True)
    if second.username == session.username:
        raise Conflict(MSG_SECOND_SELF)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        user = check_countersigner(s, second, may=None)
        roles = set(parse_roles(user.roles))
        if not roles & {Role.SUPERVISOR, Role.ADMIN}:
            raise Conflict(MSG_SECOND_ROLE, user=second.username)
        refs = load_items(s, item_ids)
        holders = {ref.state.custodian for ref in refs if ref.state.custodian}
        active = dict(s.execute(select(User.username, User.active).where(User.username.in_(holders))).all())
        events = []
        for ref in refs:
            refuse_away(ref)
            st = ref.state
            if st.status != WITH_OFFICER or not st.custodian:
                raise Conflict(MSG_NOT_WITH_OFFICER, item=ref.item_id, status=status_label(st.status))
            if st.custodian == session.username:
                raise Conflict(MSG_OWN_ITEM, item=ref.item_id)
            if st.custodian == second.username:
                raise Conflict(MSG_SECOND_HOLDER, user=second.username, item=ref.item_id)
            events.append(item_event(K_RECOVERED, ref, {
                "from": st.custodian,
                "to": session.username,
                "reason": reason,
                "holder_active": bool(active.get(st.custodian, False)),
                "second": second.username,
            }, [second.username]))
        return [a.seq for a in write(ctx, s, station, session, events, [second])]
