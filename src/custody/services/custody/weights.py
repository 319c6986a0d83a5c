"""Custody, weights and discrepancies: the latest recorded weights, reconciliation of a new weight with them
(tolerances: :mod:`custody.services.custody.settings`), :func:`record_weight` (``weight.recorded``), the
``discrepancy.raised`` entries it and a laboratory return may add, and :func:`acknowledge_discrepancy`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from custody.db.models import Item
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, NotFound, ValidationError
from custody.domain.i18n import N_
from custody.ledger.canonical import parse_canonical
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody.common import (
    K_DISCREPANCY_ACKNOWLEDGED,
    K_DISCREPANCY_RAISED,
    K_LAB_RETURNED,
    K_WEIGHT_RECORDED,
    MSG_DISCREPANCY_DONE,
    MSG_DISCREPANCY_OWN,
    MSG_DISCREPANCY_UNKNOWN,
    MSG_NET_GT_GROSS,
    MSG_WEIGHT_NEEDED,
    WEIGHT_FIELDS,
    DiscrepancyDTO,
    ItemRef,
    WeightDifference,
    WeightResult,
    item_event,
    load_item,
    require_hands_on,
    text_field,
    weight_field,
    write,
)
from custody.services.settings import StationSettings, load_settings


@dataclass(frozen=True)
class _Reference:
    mg: int
    source: str
    seq: int | None


def latest_weights(item: Item, history: Sequence[dict[str, Any]]) -> dict[str, _Reference]:
    """Latest gross/net weight: registration fields (item row, kept current by corrections), then the last
    ``weight.recorded`` / ``lab.returned`` that gave one."""
    out: dict[str, _Reference] = {}
    try:
        fields = json.loads(item.fields_json or "{}")
    except ValueError:
        fields = {}
    for name in WEIGHT_FIELDS:
        v = fields.get(name) if isinstance(fields, dict) else None
        if isinstance(v, int) and not isinstance(v, bool):
            out[name] = _Reference(v, "registration", None)
    for body in history:
        kind, data = body["kind"], body.get("data") or {}
        if kind in (K_WEIGHT_RECORDED, K_LAB_RETURNED):
            for name in WEIGHT_FIELDS:
                v = data.get(name)
                if isinstance(v, int) and not isinstance(v, bool):
                    out[name] = _Reference(v, kind, body["seq"])
    return out


def discrepancies_of(item_id: str, history: Sequence[dict[str, Any]]) -> list[DiscrepancyDTO]:
    acks: dict[int, dict[str, Any]] = {}
    for body in history:
        if body["kind"] == K_DISCREPANCY_ACKNOWLEDGED:
            ref = (body.get("data") or {}).get("discrepancy_seq")
            if isinstance(ref, int):
                acks.setdefault(ref, body)
    out = []
    for body in history:
        if body["kind"] == K_DISCREPANCY_RAISED:
            out.append(discrepancy_dto(body, acks.get(body["seq"])))
    return out


def discrepancy_dto(body: dict[str, Any], ack: dict[str, Any] | None) -> DiscrepancyDTO:
    data = body.get("data") or {}
    diffs = tuple(
        WeightDifference(
            field=d.get("field", ""),
            reference_mg=d.get("reference_mg", 0),
            reference_source=d.get("reference_source", ""),
            reference_seq=d.get("reference_seq"),
            consumed_mg=d.get("consumed_mg", 0),
            expected_mg=d.get("expected_mg", 0),
            found_mg=d.get("found_mg", 0),
            difference_mg=d.get("difference_mg", 0),
            tolerance_mg=d.get("tolerance_mg", 0),
        )
        for d in data.get("differences") or ()
    )
    return DiscrepancyDTO(
        seq=body["seq"],
        item_id=body["item"],
        case_number=body.get("case"),
        raised_at=body["at"],
        raised_by=body["actor"],
        source=data.get("source", ""),
        differences=diffs,
        acknowledged_seq=ack["seq"] if ack else None,
        acknowledged_by=ack["actor"] if ack else None,
        acknowledged_at=ack["at"] if ack else None,
        reason=(ack.get("data") or {}).get("reason") if ack else None,
    )


def _weights_and_discrepancy(
    ref: ItemRef, s: Session, settings: StationSettings, found: Mapping[str, int | None], consumed_mg: int,
    source: str,
) -> dict[str, Any] | None:
    """The data of a ``discrepancy.raised`` entry, or None when every weight is within tolerance."""
    refs = latest_weights(ref.item, ref.history(s))
    diffs = []
    for name in WEIGHT_FIELDS:
        value = found.get(name)
        if value is None or name not in refs:
            continue
        r = refs[name]
        expected = max(r.mg - consumed_mg, 0)
        tol = settings.tolerance_for(r.mg)
        diff = value - expected
        if abs(diff) > tol:
            diffs.append({
                "field": name, "reference_mg": r.mg, "reference_source": r.source, "reference_seq": r.seq,
                "consumed_mg": consumed_mg, "expected_mg": expected, "found_mg": value,
                "difference_mg": diff, "tolerance_mg": tol,
            })
    if not diffs:
        return None
    return {
        "source": source,
        "differences": diffs,
        "tolerance_mg": settings.weight_tolerance_mg,
        "tolerance_permille": settings.weight_tolerance_permille,
    }


def _weight_result(appended: list[ledger_svc.Appended]) -> WeightResult:
    discrepancies = []
    for a in appended:
        body = parse_canonical(a.body)
        if body["kind"] == K_DISCREPANCY_RAISED:
            discrepancies.append(discrepancy_dto(body, None))
    return WeightResult(seqs=tuple(a.seq for a in appended), discrepancies=tuple(discrepancies))


def _validate_weights(gross: object, net: object, consumed: object) -> tuple[int | None, int | None, int]:
    g = weight_field(gross, "gross_weight_mg")
    n = weight_field(net, "net_weight_mg")
    c = weight_field(consumed, "consumed_mg") or 0
    if g is not None and n is not None and n > g:
        raise ValidationError("net_weight_mg", MSG_NET_GT_GROSS)
    return g, n, c


# --- actions ---------------------------------------------------------------------------------------------


def record_weight(
    ctx: AppContext,
    session: AuthSession,
    item_id: str,
    gross_weight_mg: int | None = None,
    net_weight_mg: int | None = None,
    memo: str = "",
    consumed_mg: int = 0,
) -> WeightResult:
    """Record a new weighing (``weight.recorded``), reconciled like a laboratory return.

    ``consumed_mg``: an amount knowingly removed since the last weighing (a sample), subtracted first.
    """
    authorize(ctx, session, Action.WEIGHT_RECORD)
    gross, net, consumed = _validate_weights(gross_weight_mg, net_weight_mg, consumed_mg)
    if gross is None and net is None:
        raise ValidationError("gross_weight_mg", MSG_WEIGHT_NEEDED)
    memo = text_field(memo, "memo", max_len=2000, required=False, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        settings = load_settings(s, station.code)
        ref = load_item(s, item_id)
        require_hands_on(session, ref)
        events = [item_event(K_WEIGHT_RECORDED, ref, {
            "gross_weight_mg": gross, "net_weight_mg": net, "consumed_mg": consumed, "memo": memo or None,
        })]
        disc = _weights_and_discrepancy(ref, s, settings, {"gross_weight_mg": gross, "net_weight_mg": net},
                                        consumed, K_WEIGHT_RECORDED)
        if disc is not None:
            events.append(item_event(K_DISCREPANCY_RAISED, ref, disc))
        return _weight_result(write(ctx, s, station, session, events))


def acknowledge_discrepancy(
    ctx: AppContext, session: AuthSession, item_id: str, discrepancy_seq: int, reason: str
) -> int:
    """A supervisor accepts a discrepancy with a reason (``discrepancy.acknowledged``); returns its seq.

    The officer who recorded the action that raised it cannot acknowledge it.
    """
    authorize(ctx, session, Action.DISCREPANCY_ACKNOWLEDGE)
    reason = text_field(reason, "reason", max_len=2000, multiline=True)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        ref = load_item(s, item_id)
        found = [d for d in discrepancies_of(ref.item_id, ref.history(s)) if d.seq == discrepancy_seq]
        if not found:
            raise NotFound(N_("Nouns", "discrepancy"), discrepancy_seq, MSG_DISCREPANCY_UNKNOWN,
                           seq=discrepancy_seq, item=ref.item_id)
        d = found[0]
        if not d.open:
            raise Conflict(MSG_DISCREPANCY_DONE, seq=d.seq, ack=d.acknowledged_seq)
        if d.raised_by == session.username:
            raise Conflict(MSG_DISCREPANCY_OWN, seq=d.seq)
        event = item_event(K_DISCREPANCY_ACKNOWLEDGED, ref, {"discrepancy_seq": d.seq, "reason": reason})
        return write(ctx, s, station, session, [event])[0].seq
