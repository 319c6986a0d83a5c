"""Custody, read side: where an item is and who holds it, its seal, weights, open discrepancies and pending
disposal (:func:`item_custody`), and the open discrepancies of one item or of all (:func:`open_discrepancies`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.ids import normalise_code
from custody.ledger.canonical import parse_canonical
from custody.services.context import AppContext
from custody.services.custody.common import (
    K_DISCREPANCY_ACKNOWLEDGED,
    K_DISCREPANCY_RAISED,
    K_DISPOSAL_AUTHORIZED,
    K_DISPOSAL_COMPLETED,
    K_ITEM_RELEASED,
    DiscrepancyDTO,
    DisposalAuthorizationDTO,
    ItemCustodyDTO,
    load_item,
)
from custody.services.custody.seals import current_seal
from custody.services.custody.weights import discrepancies_of, latest_weights


def open_authorization(item_id: str, history: Sequence[dict[str, Any]]) -> DisposalAuthorizationDTO | None:
    """The latest ``disposal.authorized`` if the item was not disposed of or released after it."""
    auth: DisposalAuthorizationDTO | None = None
    for body in history:
        kind, data = body["kind"], body.get("data") or {}
        if kind == K_DISPOSAL_AUTHORIZED:
            auth = DisposalAuthorizationDTO(
                seq=body["seq"], item_id=item_id, method=data.get("method", ""),
                authority=data.get("authority", ""), order_reference=data.get("order_reference", ""),
                authorized_by=body["actor"], authorized_at=body["at"],
            )
        elif kind in (K_DISPOSAL_COMPLETED, K_ITEM_RELEASED):
            auth = None
    return auth


def item_custody(ctx: AppContext, item_id: str) -> ItemCustodyDTO:
    """Where an item is, who holds it, its seal, weights, open discrepancies and pending disposal."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        ref = load_item(s, item_id, lock=False)
        history = ref.history(s)
        weights = latest_weights(ref.item, history)
        st = ref.state
        return ItemCustodyDTO(
            item_id=ref.item_id,
            case_number=ref.case_number,
            description=ref.item.description,
            category=ref.item.category,
            status=st.status,
            custodian=st.custodian,
            location_code=st.location_code,
            last_seq=st.last_seq,
            updated_at=st.updated_at,
            seal_number=current_seal(ref.item, history),
            gross_weight_mg=weights["gross_weight_mg"].mg if "gross_weight_mg" in weights else None,
            net_weight_mg=weights["net_weight_mg"].mg if "net_weight_mg" in weights else None,
            open_discrepancies=tuple(d for d in discrepancies_of(ref.item_id, history) if d.open),
            disposal_authorization=open_authorization(ref.item_id, history),
        )


def open_discrepancies(ctx: AppContext, item_id: str | None = None) -> list[DiscrepancyDTO]:
    """Discrepancies not yet acknowledged (of one item, or of all items), oldest first."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        return open_discrepancies_in(s, item_id)


def open_discrepancies_in(s: Session, item_id: str | None = None) -> list[DiscrepancyDTO]:
    q = select(LedgerEntry.body).where(
        LedgerEntry.kind.in_((K_DISCREPANCY_RAISED, K_DISCREPANCY_ACKNOWLEDGED))
    ).order_by(LedgerEntry.seq)
    if item_id is not None:
        q = q.where(LedgerEntry.item == normalise_code(item_id))
    bodies = [parse_canonical(bytes(b)) for b in s.execute(q).scalars()]
    by_item: dict[str, list[dict[str, Any]]] = {}
    for body in bodies:
        by_item.setdefault(body["item"], []).append(body)
    out = [d for item, hist in by_item.items() for d in discrepancies_of(item, hist) if d.open]
    return sorted(out, key=lambda d: d.seq)
