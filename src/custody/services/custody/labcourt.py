"""Custody, laboratory and court: :func:`lab_submit` / :func:`lab_return` (``lab.submitted`` / ``lab.returned``,
the return's weights reconciled as in :mod:`custody.services.custody.weights`) and :func:`court_out` /
:func:`court_return` (``court.out`` / ``court.returned``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict
from custody.domain.ids import normalise_code
from custody.security.permissions import Action
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    AT_COURT,
    AT_LAB,
    IN_STORAGE,
    K_COURT_OUT,
    K_COURT_RETURNED,
    K_DISCREPANCY_RAISED,
    K_LAB_RETURNED,
    K_LAB_SUBMITTED,
    MSG_LAB_NUMBER,
    MSG_NOT_AT_COURT,
    MSG_NOT_AT_LAB,
    WITH_OFFICER,
    WeightResult,
    item_event,
    load_item,
    load_items,
    refuse_final,
    require_hands_on,
    status_label,
    text_field,
    write,
)
from custody.services.custody.weights import _validate_weights, _weight_result, _weights_and_discrepancy
from custody.services.people import get_person, person_fact
from custody.services.settings import load_settings


def _person(s: Any, ref: str | None) -> dict[str, str] | None:
    """The outside person named by ``ref`` as the ``{ref, name, organisation, id}`` an entry carries."""
    return person_fact(get_person(s, ref)) if ref else None


def _signature(s: Any, ctx: AppContext, png: bytes | None) -> str | None:
    """The outside person's signature drawn on the pad, stored in this same transaction."""
    if not png:
        return None
    from custody.services.attachments import store_signature_image
    from custody.services.ledger import format_time

    return store_signature_image(s, png, format_time(ctx.clock()))


def last_trip(ctx: AppContext, item_id: str) -> dict[str, Any]:
    """What the latest ``lab.submitted`` / ``court.out`` of an item said (``{}`` if none): the return page
    proposes the same person and laboratory number."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        ref = load_item(s, item_id, lock=False)
        for body in reversed(ref.history(s)):
            if body["kind"] in (K_LAB_SUBMITTED, K_COURT_OUT):
                return dict(body.get("data") or {})
    return {}


# --- laboratory ------------------------------------------------------------------------------------------


def lab_submit(
    ctx: AppContext,
    session: AuthSession,
    item_ids: Sequence[str],
    lab_name: str,
    request: str,
    lab_number: str = "",
    received_by: str | None = None,
    signature_png: bytes | None = None,
) -> list[int]:
    """Send items to a laboratory (``lab.submitted``: lab_name, request, lab_number, from, from_location, and
    received_by: the outside person who received them (``{ref, name, organisation, id}``, registered with
    :func:`custody.services.people.register_person`), signature_attachment: their signature on the pad)."""
    authorize(ctx, session, Action.LAB_SUBMIT)
    lab_name = text_field(lab_name, "lab_name")
    request = text_field(request, "request", max_len=4000, multiline=True)
    lab_number = text_field(lab_number, "lab_number", max_len=100, required=False)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        person = _person(s, received_by)
        refs = load_items(s, item_ids)
        sha = _signature(s, ctx, signature_png)
        events = []
        for ref in refs:
            require_hands_on(session, ref)
            st = ref.state
            data: dict[str, Any] = {
                "lab_name": lab_name, "request": request, "lab_number": lab_number or None,
                "from": st.custodian if st.status == WITH_OFFICER else session.username,
                "from_location": st.location_code if st.status == IN_STORAGE else None,
            }
            if person:
                data["received_by"] = person
            if sha:
                data["signature_attachment"] = sha
            events.append(item_event(K_LAB_SUBMITTED, ref, data))
        return [a.seq for a in write(ctx, s, station, session, events)]


def _last_of(history: Sequence[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    for body in reversed(history):
        if body["kind"] == kind:
            return body
    return None


def lab_return(
    ctx: AppContext,
    session: AuthSession,
    item_id: str,
    results: str,
    gross_weight_mg: int | None = None,
    net_weight_mg: int | None = None,
    lab_number: str = "",
    consumed_mg: int = 0,
    released_by: str | None = None,
    signature_png: bytes | None = None,
) -> WeightResult:
    """Receive an item back from the laboratory (``lab.returned``); the actor now holds it.

    Weights (integer mg) are reconciled with the latest recorded ones (package docstring); a difference beyond
    the tolerance adds a ``discrepancy.raised`` entry in the same transaction. The laboratory number given at
    submission is carried to the return (a different one is refused); ``released_by``: the outside person who
    handed it back (``data.released_by``), ``signature_png`` their signature on the pad.
    """
    authorize(ctx, session, Action.LAB_RETURN)
    results = text_field(results, "results", max_len=8000, multiline=True)
    lab_number = text_field(lab_number, "lab_number", max_len=100, required=False)
    gross, net, consumed = _validate_weights(gross_weight_mg, net_weight_mg, consumed_mg)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        settings = load_settings(s, station.code)
        ref = load_item(s, item_id)
        refuse_final(ref)
        if ref.state.status != AT_LAB:
            raise Conflict(MSG_NOT_AT_LAB, item=ref.item_id, status=status_label(ref.state.status))
        sub = _last_of(ref.history(s), K_LAB_SUBMITTED)
        sub_data = (sub or {}).get("data") or {}
        expected_number = sub_data.get("lab_number")
        if expected_number and lab_number and normalise_code(expected_number) != normalise_code(lab_number):
            raise Conflict(MSG_LAB_NUMBER, item=ref.item_id, expected=expected_number, given=lab_number)
        person = _person(s, released_by)
        sha = _signature(s, ctx, signature_png)
        extra: dict[str, Any] = {}
        if person:
            extra["released_by"] = person
        if sha:
            extra["signature_attachment"] = sha
        events = [item_event(K_LAB_RETURNED, ref, {
            **extra,
            "lab_name": sub_data.get("lab_name"),
            "lab_number": lab_number or expected_number or None,
            "submitted_seq": sub["seq"] if sub else None,
            "results": results,
            "gross_weight_mg": gross,
            "net_weight_mg": net,
            "consumed_mg": consumed,
            "to": session.username,
        })]
        disc = _weights_and_discrepancy(ref, s, settings, {"gross_weight_mg": gross, "net_weight_mg": net},
                                        consumed, K_LAB_RETURNED)
        if disc is not None:
            events.append(item_event(K_DISCREPANCY_RAISED, ref, disc))
        return _weight_result(write(ctx, s, station, session, events))


# --- court -------------------------------------------------------------------------------------------------


def court_out(
    ctx: AppContext, session: AuthSession, item_ids: Sequence[str], hearing: str, court_reference: str,
    received_by: str | None = None, signature_png: bytes | None = None,
) -> list[int]:
    """Take items to court (``court.out``: hearing, court_reference, from, from_location; received_by: the
    court clerk (outside person) who received them, signature_attachment their signature)."""
    authorize(ctx, session, Action.COURT_OUT)
    hearing = text_field(hearing, "hearing", max_len=300)
    court_reference = text_field(court_reference, "court_reference", max_len=100)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        person = _person(s, received_by)
        refs = load_items(s, item_ids)
        sha = _signature(s, ctx, signature_png)
        events = []
        for ref in refs:
            require_hands_on(session, ref)
            st = ref.state
            data: dict[str, Any] = {
                "hearing": hearing, "court_reference": court_reference,
                "from": st.custodian if st.status == WITH_OFFICER else session.username,
                "from_location": st.location_code if st.status == IN_STORAGE else None,
            }
            if person:
                data["received_by"] = person
            if sha:
                data["signature_attachment"] = sha
            events.append(item_event(K_COURT_OUT, ref, data))
        return [a.seq for a in write(ctx, s, station, session, events)]


def court_return(
    ctx: AppContext, session: AuthSession, item_ids: Sequence[str], court_reference: str = "", memo: str = "",
    released_by: str | None = None, signature_png: bytes | None = None,
) -> list[int]:
    """Receive items back from court (``court.returned``: court_reference, to, memo, released_by: the outside
    person who handed them back, signature_attachment); the actor holds them."""
    authorize(ctx, session, Action.COURT_RETURN)
    court_reference = text_field(court_reference, "court_reference", max_len=100, required=False)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        person = _person(s, released_by)
        refs = load_items(s, item_ids)
        sha = _signature(s, ctx, signature_png)
        events = []
        for ref in refs:
            refuse_final(ref)
            if ref.state.status != AT_COURT:
                raise Conflict(MSG_NOT_AT_COURT, item=ref.item_id, status=status_label(ref.state.status))
            out = _last_of(ref.history(s), K_COURT_OUT)
            extra: dict[str, Any] = {}
            if person:
                extra["released_by"] = person
            if sha:
                extra["signature_attachment"] = sha
            events.append(item_event(K_COURT_RETURNED, ref, {
                **extra,
                "court_reference": court_reference or ((out or {}).get("data") or {}).get("court_reference"),
                "court_out_seq": out["seq"] if out else None,
                "to": session.username,
                "memo": memo or None,
            }))
        return [a.seq for a in write(ctx, s, station, session, events)]
