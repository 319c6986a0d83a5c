"""Disposal: a supervisor authorises, a custodian carries it out before two independent witnesses; or release.

Rules enforced here (one transaction each, nothing written on a refusal):
- ``authorize_disposal``: supervisors (Action.DISPOSAL_AUTHORIZE); items not disposed of or released and
  without an authorisation still pending.
- ``complete_disposal``: Action.DISPOSAL_COMPLETE; not by the supervisor who authorised it (who decides does
  not also destroy); the actor has the item in hand (holds it, or it is in
  storage and the actor is a custodian); a pending authorisation; no open weight discrepancy; exactly two
  distinct witnesses, neither the actor, both active users who sign the entry with their own keys, and neither
  of whom ever appears in the item's history: as actor or signer of any of its entries, or as ``from`` /
  ``to`` / ``custodian`` / ``deliverer`` in their data, or as the seizing officer. Such a person was in the
  chain of custody (or took part in the decision) and is not an independent witness. ``check_witness`` asks
  the same for one witness as soon as they are named (before anyone types a password).
- ``release_to_owner``: Action.ITEM_RELEASE; hands on; no open discrepancy; owner name, identity document
  (type and number) and the legal authority are required.
A disposed or released item can never move again (every custody service refuses it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import Seizure
from custody.db.uow import unit_of_work
from custody.domain.enums import DisposalMethod
from custody.domain.errors import Conflict, ValidationError
from custody.domain.i18n import N_
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody import (
    K_DISPOSAL_AUTHORIZED,
    K_DISPOSAL_COMPLETED,
    K_ITEM_RELEASED,
    ItemRef,
    check_attachment,
    check_countersigner,
    discrepancies_of,
    item_event,
    load_item,
    load_items,
    open_authorization,
    refuse_final,
    require_hands_on,
    text_field,
    write,
)
from custody.services.ledger import Signer

__all__ = [
    "IdentityDocument",
    "authorize_disposal",
    "check_witness",
    "complete_disposal",
    "people_in_history",
    "release_to_owner",
]

MSG_METHOD = N_("Disposal", "Choose how the items are to be disposed of.")
MSG_ALREADY_AUTHORIZED = N_(
    "Disposal", "Disposal of item {item} was already authorised (entry {seq}, {method}, {order})."
)
MSG_NOT_AUTHORIZED = N_(
    "Disposal", "Disposal of item {item} has not been authorised: a supervisor must authorise it first."
)
MSG_TWO_WITNESSES = N_("Disposal", "A disposal needs exactly two witnesses; {count} were given.")
MSG_SAME_WITNESS = N_("Disposal", "The two witnesses must be two different people.")
MSG_ACTOR_WITNESS = N_("Disposal", "You carry out the disposal: you cannot also be one of its witnesses.")
MSG_WITNESS_HELD = N_(
    "Disposal",
    "{user} cannot witness the disposal of item {item}: they appear in its chain of custody ({role}). "
    "Choose a witness who never had anything to do with the item.",
)
MSG_AUTHORISER_CARRIES = N_(
    "Disposal",
    "You authorised the disposal of item {item}: another officer must carry it out (the one who decides does "
    "not also destroy).",
)
MSG_WITNESS_UNKNOWN = N_("Disposal", "{user} is not an active user: they cannot witness a disposal.")
MSG_OPEN_DISCREPANCY = N_(
    "Disposal",
    "Item {item} has an open weight discrepancy (entry {seq}): a supervisor must acknowledge it first.",
)


@dataclass(frozen=True)
class IdentityDocument:
    type: str  # e.g. "passport", "national identity card"
    number: str


def people_in_history(
    history: Sequence[dict[str, Any]], seizing_officer: str | None = None
) -> dict[str, str]:
    """Everyone who ever handled or acted on the item -> how they appear (first appearance)."""
    out: dict[str, str] = {}

    def add(user: object, role: str) -> None:
        if isinstance(user, str) and user and user not in out:
            out[user] = role

    add(seizing_officer, "seizing officer")
    for body in history:
        kind = body["kind"]
        add(body.get("actor"), f"recorded {kind} in entry {body['seq']}")
        for name in body.get("signers") or ():
            add(name, f"signed {kind} in entry {body['seq']}")
        data = body.get("data") or {}
        for key in ("from", "to", "custodian", "deliverer"):
            add(data.get(key), f"{key} in {kind}, entry {body['seq']}")
    return out


def _refuse_open_discrepancy(s: Session, ref: ItemRef) -> None:
    for d in discrepancies_of(ref.item_id, ref.history(s)):
        if d.open:
            raise Conflict(MSG_OPEN_DISCREPANCY, item=ref.item_id, seq=d.seq)


def _witness_problem(s: Session, session: AuthSession, ref: ItemRef, username: str) -> Conflict | None:
    from custody.db.models import User

    if username == session.username:
        return Conflict(MSG_ACTOR_WITNESS)
    user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not user.active:
        return Conflict(MSG_WITNESS_UNKNOWN, user=username)
    seizing = s.execute(
        select(Seizure.seizing_officer).where(Seizure.id == ref.item.seizure_id)
    ).scalar_one_or_none()
    involved = people_in_history(ref.history(s), seizing)
    if username in involved:
        return Conflict(MSG_WITNESS_HELD, user=username, item=ref.item_id, role=involved[username])
    return None


def check_witness(ctx: AppContext, session: AuthSession, item_id: str, username: str) -> None:
    """Whether ``username`` may witness the disposal of ``item_id`` by ``session`` (raises :class:`Conflict`
    saying why not). Asked as soon as a witness is named, before anyone types a password; ``complete_disposal``
    checks the same again."""
    authorize(ctx, session, Action.DISPOSAL_COMPLETE)
    with unit_of_work(ctx.engine, read_only=True) as s:
        ref = load_item(s, item_id, lock=False)
        problem = _witness_problem(s, session, ref, (username or "").strip())
        if problem is not None:
            raise problem


def authorize_disposal(
    ctx: AppContext,
    session: AuthSession,
    item_ids: Sequence[str],
    method: DisposalMethod | str,
    authority: str,
    order_reference: str,
) -> list[int]:
    """Authorise the disposal of items (``disposal.authorized``: method, authority, order_reference)."""
    authorize(ctx, session, Action.DISPOSAL_AUTHORIZE)
    try:
        method_value = DisposalMethod(method).value
    except ValueError as exc:
        raise ValidationError("method", MSG_METHOD) from exc
    authority = text_field(authority, "authority", max_len=300)
    order_reference = text_field(order_reference, "order_reference", max_len=100)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        refs = load_items(s, item_ids)
        events = []
        for ref in refs:
            refuse_final(ref)
            pending = open_authorization(ref.item_id, ref.history(s))
            if pending is not None:
                raise Conflict(MSG_ALREADY_AUTHORIZED, item=ref.item_id, seq=pending.seq,
                               method=pending.method, order=pending.order_reference)
            events.append(item_event(K_DISPOSAL_AUTHORIZED, ref, {
                "method": method_value, "authority": authority, "order_reference": order_reference,
            }))
        return [a.seq for a in write(ctx, s, station, session, events)]


def complete_disposal(
    ctx: AppContext,
    session: AuthSession,
    item_id: str,
    witnesses: Sequence[Signer],
    details: str,
    memo: str = "",
    place: str = "",
) -> int:
    """Carry out an authorised disposal before two witnesses (``disposal.completed``, signed by all three).

    ``details``: how it was done (e.g. "incinerated at the municipal plant, furnace 2"). Data: method,
    authority and order_reference (from the authorisation), authorization_seq, details, place, memo,
    witnesses.
    Returns the seq of the entry.
    """
    authorize(ctx, session, Action.DISPOSAL_COMPLETE)
    details = text_field(details, "details", max_len=2000, multiline=True)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    place = text_field(place, "place", max_len=300, required=False)
    witnesses = list(witnesses)
    if len(witnesses) != 2:
        raise ValidationError("witnesses", MSG_TWO_WITNESSES, count=len(witnesses))
    names = [w.username for w in witnesses]
    if names[0] == names[1]:
        raise ValidationError("witnesses", MSG_SAME_WITNESS)
    if session.username in names:
        raise ValidationError("witnesses", MSG_ACTOR_WITNESS)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        for w in witnesses:
            check_countersigner(s, w, may=None)
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        history = ref.history(s)
        auth = open_authorization(ref.item_id, history)
        if auth is None:
            raise Conflict(MSG_NOT_AUTHORIZED, item=ref.item_id)
        if auth.authorized_by == session.username:
            raise Conflict(MSG_AUTHORISER_CARRIES, item=ref.item_id)
        _refuse_open_discrepancy(s, ref)
        for name in names:
            problem = _witness_problem(s, session, ref, name)
            if problem is not None:
                raise problem
        event = item_event(K_DISPOSAL_COMPLETED, ref, {
            "method": auth.method,
            "authority": auth.authority,
            "order_reference": auth.order_reference,
            "authorization_seq": auth.seq,
            "details": details,
            "place": place or None,
            "memo": memo or None,
            "witnesses": sorted(names),
        }, names)
        return write(ctx, s, station, session, [event], witnesses)[0].seq


def release_to_owner(
    ctx: AppContext,
    session: AuthSession,
    item_id: str,
    owner_name: str,
    identity_document: IdentityDocument,
    authority: str,
    signature_sha256: str | None = None,
    memo: str = "",
    signature_png: bytes | None = None,
) -> int:
    """Release an item to its owner (``item.released``: owner_name, identity_document {type, number},
    authority, signature_attachment (the owner's drawn signature, stored by the caller), memo)."""
    authorize(ctx, session, Action.ITEM_RELEASE)
    owner_name = text_field(owner_name, "owner_name", max_len=200)
    doc_type = text_field(identity_document.type, "identity_document_type", max_len=60)
    doc_number = text_field(identity_document.number, "identity_document_number", max_len=60)
    authority = text_field(authority, "authority", max_len=300)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        if signature_png:  # the owner's drawn signature: stored in this same transaction
            from custody.services.attachments import store_signature_image

            signature_sha256 = store_signature_image(s, signature_png, format_time(ctx.clock()))
        sha = check_attachment(s, signature_sha256)
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        _refuse_open_discrepancy(s, ref)
        auth = open_authorization(ref.item_id, ref.history(s))
        if auth is not None and auth.authorized_by == session.username:
            raise Conflict(MSG_AUTHORISER_CARRIES, item=ref.item_id)
        event = item_event(K_ITEM_RELEASED, ref, {
            "owner_name": owner_name,
            "identity_document": {"type": doc_type, "number": doc_number},
            "authority": authority,
            "authorization_seq": auth.seq if auth else None,
            "signature_attachment": sha,
            "memo": memo or None,
            "from": ref.state.custodian or session.username,
            "from_location": ref.state.location_code,
        })
        return write(ctx, s, station, session, [event])[0].seq
