"""Custody, seals: the seal an item carries now (:func:`current_seal`, from the ledger), :func:`break_seal`
(``seal.broken``) and :func:`apply_seal` (``seal.applied``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from custody.db.models import Item
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict
from custody.domain.ids import normalise_code
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    K_SEAL_APPLIED,
    K_SEAL_BROKEN,
    MSG_NO_SEAL,
    MSG_SEAL_PRESENT,
    item_event,
    load_item,
    require_hands_on,
    text_field,
    write,
)


def current_seal(item: Item, history: Sequence[dict[str, Any]]) -> str | None:
    """The seal on the item now: the registered seal, then the last ``seal.applied`` not since broken.

    The registered seal is read from the item row, which an approved ``item.corrected`` keeps up to date.
    """
    seal: str | None = item.seal_number if (item.sealed and item.seal_number) else None
    for body in history:
        kind, data = body["kind"], body.get("data") or {}
        if kind == K_SEAL_APPLIED:
            seal = data.get("seal_number") or None
        elif kind == K_SEAL_BROKEN:
            seal = None
    return seal


# --- actions ---------------------------------------------------------------------------------------------


def break_seal(ctx: AppContext, session: AuthSession, item_id: str, seal_number: str, reason: str) -> int:
    """Record that the item's seal was broken (``seal.broken``: seal_number (on record), seal_number_seen,
    matches_record, reason).

    ``seal_number`` is what the officer reads on the seal; the entry keeps the recorded number beside it, so
    a seal that differs from the record is visible in the history.
    """
    authorize(ctx, session, Action.SEAL_BREAK)
    seen = text_field(seal_number, "seal_number", max_len=64)
    reason = text_field(reason, "reason", max_len=2000, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        seal = current_seal(ref.item, ref.history(s))
        if seal is None:
            raise Conflict(MSG_NO_SEAL, item=ref.item_id)
        event = item_event(K_SEAL_BROKEN, ref, {
            "seal_number": seal, "seal_number_seen": seen, "seen_intact": None,
            "matches_record": normalise_code(seen) == normalise_code(seal),
            "reason": reason, "found_during": None,
        })
        return write(ctx, s, station, session, [event])[0].seq


def apply_seal(ctx: AppContext, session: AuthSession, item_id: str, new_seal_number: str) -> int:
    """Seal the item (``seal.applied``: seal_number, previous_seal); it must not carry an unbroken seal."""
    authorize(ctx, session, Action.SEAL_APPLY)
    number = text_field(new_seal_number, "new_seal_number", max_len=64)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        seal = current_seal(ref.item, ref.history(s))
        if seal is not None:
            raise Conflict(MSG_SEAL_PRESENT, item=ref.item_id, seal=seal)
        event = item_event(K_SEAL_APPLIED, ref, {"seal_number": number})
        return write(ctx, s, station, session, [event])[0].seq
