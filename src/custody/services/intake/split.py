"""Intake, split and sample: :func:`split_item` / :func:`sample_item` -> ``item.split`` / ``item.sampled`` on the
parent and ``item.registered`` (``data.parent``) for every child.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from custody.db.models import Case, ItemState, Seizure, User
from custody.db.uow import unit_of_work
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext
from custody.services.custody import holder_countersign, load_item
from custody.services.intake.common import (
    FINAL_STATUSES,
    MAX_ITEMS_PER_CALL,
    MSG_NO_PARTS,
    MSG_PARENT_GONE,
    MSG_TOO_MANY_ITEMS,
    ItemDTO,
    NewItem,
    NewPart,
    SplitResult,
    _canonical_item_id,
    _get_item_row,
    _status_label,
    _text,
)
from custody.services.intake.items import _CleanItem, _insert_items, _item_dto, validate_new_item
from custody.services.intake.values import _current_values
from custody.services.ledger import NewEvent, Signer


def _split(ctx: AppContext, session: AuthSession, parent_id: str, parts: Sequence[NewPart], kind: str,
           reason: str, holder: Signer | None = None) -> SplitResult:
    authorize(ctx, session, Action.ITEM_SPLIT)
    if not parts:
        raise FormErrors({"parts": ValidationError("parts", MSG_NO_PARTS)})
    if len(parts) > MAX_ITEMS_PER_CALL:
        raise FormErrors({"parts": ValidationError("parts", MSG_TOO_MANY_ITEMS, max=MAX_ITEMS_PER_CALL)})
    errors: dict[str, ValidationError] = {}
    reason_clean = _text(errors, "reason", reason, 1000, multiline=True)
    station = ctx.station()
    single = kind == "item.sampled"
    with unit_of_work(ctx.engine) as s:
        try:
            pid = _canonical_item_id(s, parent_id)
        except ValidationError as exc:
            raise FormErrors({"item_id": ValidationError("item_id", exc.template, **exc.params)}) from None
        parent = _get_item_row(s, pid)
        _, parent_fields = _current_values(parent)
        clean: list[_CleanItem] = []
        z = s.get(Seizure, parent.seizure_id)
        assert z is not None
        for i, p in enumerate(parts):
            pre = "" if single else f"{i}."
            merged = {k: v for k, v in parent_fields.items() if not (parent.category == "currency"
                                                                     and k == "total_minor")}
            merged.update(dict(p.fields or {}))
            req = NewItem(seizure=z.document_number, category=parent.category, description=p.description,
                          quantity=p.quantity, unit=p.unit or parent.unit, sealed=p.sealed,
                          seal_number=p.seal_number, biohazard=parent.biohazard, fields=merged)
            try:
                clean.append(validate_new_item(req))
            except FormErrors as exc:
                for k, v in exc.details.items():
                    errors[pre + k] = v
        if errors:
            raise FormErrors(errors)
        state = s.get(ItemState, parent.item_id)
        if state is not None and state.status in FINAL_STATUSES:
            raise Conflict(MSG_PARENT_GONE, item_id=parent.item_id, status=_status_label(state.status).lower())
        # Only the officer who holds the item changes it, or someone else with the holder's countersignature.
        extra = holder_countersign(s, session, load_item(s, parent.item_id), holder) if state is not None else []
        signed_by = tuple(sorted({h.username for h in extra}))
        case = s.get(Case, z.case_id)
        assert case is not None
        officer_name = s.execute(select(User.full_name).where(User.username == z.seizing_officer)).scalar() or ""
        made = _insert_items(s, ctx, station, z, case, clean, parent=parent, custodian=session.username,
                             officer_name=officer_name)
        child_ids = [row.item_id for row, _ in made]
        data: dict = {"children": child_ids, "reason": reason_clean}
        if signed_by:
            data["holder"] = signed_by[0]
        parent_event = NewEvent(kind, data=data, item=parent.item_id, case=case.case_number, signers=signed_by)
        children = [replace(ev, signers=signed_by) for _, ev in made]
        appended = ledger_svc.append(s, [parent_event, *children], station=station.code,
                                     actor=session.username, signers=[session.signer, *extra], clock=ctx.clock)
        for row, _ in made:
            row.registered_at = appended[0].at
        return SplitResult(parent.item_id, tuple(_item_dto(row, case_number=case.case_number,
                                                           seizure=z.document_number, parent=parent.item_id)
                                                 for row, _ in made))


def split_item(ctx: AppContext, session: AuthSession, item_id: str, parts: Sequence[NewPart],
               reason: str = "", holder: Signer | None = None) -> SplitResult:
    """Split an item into child items with their own ids (``item.split`` on the parent names them).

    Done by the officer who holds the item (or a custodian if it is in storage); anyone else needs the holder's
    countersignature (``holder``: the holder's unlocked key), who then signs every entry (``data.holder``).
    """
    return _split(ctx, session, item_id, parts, "item.split", reason, holder)


def sample_item(ctx: AppContext, session: AuthSession, item_id: str, sample: NewPart,
                reason: str = "", holder: Signer | None = None) -> ItemDTO:
    """Take a sample as a child item (``item.sampled`` on the parent names it); the holder rule of
    :func:`split_item`."""
    return _split(ctx, session, item_id, [sample], "item.sampled", reason, holder).children[0]
