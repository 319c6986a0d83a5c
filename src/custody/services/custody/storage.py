"""Custody, storage: :func:`check_in` (``storage.checked_in``), :func:`check_out` (``storage.checked_out``) and
:func:`move` (``storage.moved``).
"""

from __future__ import annotations

from collections.abc import Sequence

from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    IN_STORAGE,
    K_CHECKED_IN,
    K_CHECKED_OUT,
    K_MOVED,
    MSG_ALREADY_STORED,
    MSG_ALREADY_THERE,
    MSG_DELIVERER_NEEDED,
    MSG_NOT_AT_LOCATION,
    MSG_NOT_IN_STORAGE,
    MSG_RECEIVER_NEEDED,
    check_countersigner,
    get_location,
    item_event,
    load_items,
    refuse_away,
    status_label,
    subtree_codes,
    text_field,
    write,
)
from custody.services.ledger import Signer


def check_in(
    ctx: AppContext,
    session: AuthSession,
    location_code: str,
    item_ids: Sequence[str],
    deliverer: Signer | None = None,
) -> list[int]:
    """Put items into storage at ``location_code`` (``storage.checked_in``, data.location, data.from).

    Items held by the actor go in directly. Items held by another officer go in only if that officer signs as
    ``deliverer`` (unlocked on this workstation); otherwise they must be handed over first.
    """
    authorize(ctx, session, Action.STORAGE_CHECK_IN)
    station = ctx.station()
    co: list[Signer] = []
    with unit_of_work(ctx.engine) as s:
        loc = get_location(s, location_code)
        if deliverer is not None and deliverer.username != session.username:
            check_countersigner(s, deliverer, may=None)
            co.append(deliverer)
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            st = ref.state
            refuse_away(ref)
            if st.status == IN_STORAGE:
                raise Conflict(MSG_ALREADY_STORED, item=ref.item_id, location=st.location_code or "?")
            holder = st.custodian
            signers: list[str] = []
            if holder != session.username:
                if holder is None or not co or holder != co[0].username:
                    raise Conflict(MSG_DELIVERER_NEEDED, item=ref.item_id, holder=holder or "?")
                signers = [holder]
            events.append(item_event(K_CHECKED_IN, ref, {"location": loc.code, "from": holder}, signers))
        return [a.seq for a in write(ctx, s, station, session, events, co)]


def check_out(
    ctx: AppContext,
    session: AuthSession,
    location_code: str | None,
    item_ids: Sequence[str],
    to: str | None = None,
    receiver: Signer | None = None,
    purpose: str = "",
) -> list[int]:
    """Take items out of storage (``storage.checked_out``, data.location, data.to, data.purpose).

    ``location_code``, when given, must be where the items are recorded (or contain it). ``to`` defaults to
    the actor; another officer receives only by signing as ``receiver``.
    """
    authorize(ctx, session, Action.STORAGE_CHECK_OUT)
    purpose = text_field(purpose, "purpose", required=False)
    to = (to or (receiver.username if receiver else None) or session.username).strip().lower()
    station = ctx.station()
    co: list[Signer] = []
    with unit_of_work(ctx.engine) as s:
        scope: list[str] | None = None
        if location_code:
            scope = subtree_codes(s, get_location(s, location_code, require_active=False))
        if to != session.username:
            if receiver is None or receiver.username != to:
                raise Conflict(MSG_RECEIVER_NEEDED, user=to)
            check_countersigner(s, receiver)
            co.append(receiver)
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            st = ref.state
            refuse_away(ref)
            if st.status != IN_STORAGE:
                raise Conflict(MSG_NOT_IN_STORAGE, item=ref.item_id, status=status_label(st.status))
            if scope is not None and st.location_code not in scope:
                raise Conflict(MSG_NOT_AT_LOCATION, item=ref.item_id, recorded=st.location_code or "?",
                               location=scope[0])
            events.append(item_event(K_CHECKED_OUT, ref, {
                "location": st.location_code, "to": to, "purpose": purpose or None,
            }, [to] if to != session.username else []))
        return [a.seq for a in write(ctx, s, station, session, events, co)]


def move(ctx: AppContext, session: AuthSession, to_location_code: str, item_ids: Sequence[str]) -> list[int]:
    """Move stored items to another location (``storage.moved``, data.from_location, data.to_location)."""
    authorize(ctx, session, Action.STORAGE_MOVE)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        loc = get_location(s, to_location_code)
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            st = ref.state
            refuse_away(ref)
            if st.status != IN_STORAGE:
                raise Conflict(MSG_NOT_IN_STORAGE, item=ref.item_id, status=status_label(st.status))
            if st.location_code == loc.code:
                raise Conflict(MSG_ALREADY_THERE, item=ref.item_id, location=loc.code)
            data = {"from_location": st.location_code, "to_location": loc.code}
            events.append(item_event(K_MOVED, ref, data))
        return [a.seq for a in write(ctx, s, station, session, events)]
