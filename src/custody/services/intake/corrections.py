"""Intake, corrections: :func:`request_correction` (validates, writes nothing) and :func:`approve_correction` /
:func:`approve_correction_with_signer` -> one ``item.corrected`` entry signed by the requester and a supervisor.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from custody.db.models import Case, LedgerEntry, Seizure
from custody.db.uow import unit_of_work
from custody.domain.categories import validate_category_fields
from custody.domain.enums import Category
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.security.permissions import Action, is_allowed
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize, unlock_signer
from custody.services.context import AppContext
from custody.services.intake.common import (
    BASE_LABELS,
    MSG_APPROVER_MISSING,
    MSG_APPROVER_ROLE,
    MSG_APPROVER_SELF,
    MSG_CHANGED,
    MSG_FIELD_DERIVED,
    MSG_FIELD_UNKNOWN,
    MSG_NO_CHANGE,
    MSG_NOT_REQUESTER,
    MSG_REASON,
    CorrectionDTO,
    CorrectionRequest,
    _active_user,
    _canonical_item_id,
    _get_item_row,
    _text,
)
from custody.services.intake.items import _reindex, _validate_base
from custody.services.intake.values import (
    _apply_correction,
    _correctable,
    _current_values,
    _to_ledger_value,
    display_value,
)
from custody.services.ledger import NewEvent, Signer
from custody.services.users import parse_roles


class CorrectionRefused(Conflict):
    """A correction cannot be approved as asked; nothing was written."""


class ApproverMissing(CorrectionRefused):
    pass


class ApproverIsRequester(CorrectionRefused):
    pass


class ApproverNotAllowed(CorrectionRefused):
    pass


def _clean_correction(category: str, values: dict[str, Any], fields: dict[str, Any], name: str,
                      new_value: Any) -> Any:
    """Validate ``new_value`` for ``name`` against the item's other current values; return the clean value."""
    if name in BASE_LABELS:
        errors: dict[str, ValidationError] = {}
        merged = {**values, name: new_value}
        out = _validate_base(errors, description=merged["description"], quantity=merged["quantity"],
                             unit=merged["unit"], sealed=merged["sealed"], seal_number=merged["seal_number"],
                             biohazard=merged["biohazard"], check_unsealed=False)
        if errors:
            first = errors.get(name) or next(iter(errors.values()))
            raise ValidationError(name, first.template, **first.params)
        return out[name]
    if name == "total_minor" and Category(category) is Category.CURRENCY:
        raise ValidationError(name, MSG_FIELD_DERIVED)
    trial = dict(fields)
    if new_value is None or (isinstance(new_value, str) and not new_value.strip()):
        trial.pop(name, None)
    else:
        trial[name] = new_value
    if Category(category) is Category.CURRENCY:
        trial.pop("total_minor", None)
    try:
        clean = validate_category_fields(category, trial)
    except FormErrors as exc:
        first = exc.details.get(name) or next(iter(exc.details.values()))
        raise ValidationError(name, first.template, **first.params) from None
    except TypeError as exc:
        raise ValidationError(name, str(exc)) from None
    return clean.get(name)


def request_correction(ctx: AppContext, session: AuthSession, item_id: str, field_name: str, new_value: Any,
                       reason: str) -> CorrectionRequest:
    """Validate a correction of one field. Nothing is written: pass the result to :func:`approve_correction`."""
    authorize(ctx, session, Action.ITEM_CORRECT_REQUEST)
    errors: dict[str, ValidationError] = {}
    reason_clean = _text(errors, "reason", reason, 1000, multiline=True)
    if not reason_clean and "reason" not in errors:
        errors["reason"] = ValidationError("reason", MSG_REASON)
    with unit_of_work(ctx.engine, read_only=True) as s:
        try:
            iid = _canonical_item_id(s, item_id)
        except ValidationError as exc:
            raise FormErrors({"item_id": ValidationError("item_id", exc.template, **exc.params)}) from None
        row = _get_item_row(s, iid)
        label = _correctable(row.category, field_name)
        if label is None:
            errors["field"] = ValidationError("field", MSG_FIELD_UNKNOWN, field=field_name)
            raise FormErrors(errors)
        values, fields = _current_values(row)
        old = values[field_name] if field_name in BASE_LABELS else fields.get(field_name)
        new: Any = None
        try:
            new = _clean_correction(row.category, values, fields, field_name, new_value)
            if new == old or (new in (None, "") and old in (None, "")):
                raise ValidationError(field_name, MSG_NO_CHANGE)
        except ValidationError as exc:
            errors["new_value"] = ValidationError("new_value", exc.template, **exc.params)
        if errors:
            raise FormErrors(errors)
        merged_fields = dict(fields)
        if field_name not in BASE_LABELS:
            merged_fields[field_name] = new
        return CorrectionRequest(
            item_id=row.item_id, field=field_name, label=label, old=old, new=new,
            old_display=display_value(row.category, field_name, old, fields),
            new_display=display_value(row.category, field_name, new, merged_fields),
            reason=reason_clean, requested_by=session.username,
        )


def _check_approver(ctx: AppContext, session: AuthSession, approver_username: str | None) -> str:
    name = (approver_username or "").strip().lower()
    if not name:
        raise ApproverMissing(MSG_APPROVER_MISSING)
    if name == session.username:
        raise ApproverIsRequester(MSG_APPROVER_SELF)
    with unit_of_work(ctx.engine, read_only=True) as s:
        user = _active_user(s, name)
        roles = parse_roles(user.roles) if user else ()
    if user is not None and not is_allowed(roles, Action.ITEM_CORRECT_APPROVE):
        raise ApproverNotAllowed(MSG_APPROVER_ROLE, username=name)
    return name


def approve_correction(ctx: AppContext, session: AuthSession, approver_username: str, approver_password: str,
                       request: CorrectionRequest) -> CorrectionDTO:
    """The approver types their password on this workstation; one ``item.corrected`` entry signed by both.

    Refused (nothing written) with :class:`ApproverMissing`, :class:`ApproverIsRequester` or
    :class:`ApproverNotAllowed`; a wrong password raises ``AuthError`` (recorded as ``auth.failed``).
    """
    authorize(ctx, session, Action.ITEM_CORRECT_REQUEST)
    if request.requested_by != session.username:
        raise CorrectionRefused(MSG_NOT_REQUESTER)
    name = _check_approver(ctx, session, approver_username)
    if not approver_password:
        raise ApproverMissing(MSG_APPROVER_MISSING)
    signer = unlock_signer(ctx, name, approver_password)
    return approve_correction_with_signer(ctx, session, signer, request)


def approve_correction_with_signer(ctx: AppContext, session: AuthSession, approver: Signer,
                                   request: CorrectionRequest) -> CorrectionDTO:
    """As :func:`approve_correction`, for an approver whose key is already unlocked (same checks)."""
    authorize(ctx, session, Action.ITEM_CORRECT_REQUEST)
    if request.requested_by != session.username:
        raise CorrectionRefused(MSG_NOT_REQUESTER)
    name = _check_approver(ctx, session, approver.username)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        row = _get_item_row(s, request.item_id)
        values, fields = _current_values(row)
        current = values[request.field] if request.field in BASE_LABELS else fields.get(request.field)
        if current != request.old:
            raise Conflict(MSG_CHANGED, field=request.label, item_id=row.item_id)
        reg = s.execute(select(LedgerEntry.seq, LedgerEntry.entry_hash)
                        .where(LedgerEntry.item == row.item_id, LedgerEntry.kind == "item.registered")
                        .order_by(LedgerEntry.seq).limit(1)).first()
        _apply_correction(row.category, values, fields, request.field, request.new)
        row.description, row.quantity, row.unit = values["description"], values["quantity"], values["unit"]
        row.sealed, row.seal_number, row.biohazard = values["sealed"], values["seal_number"], values["biohazard"]
        row.fields_json = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        s.flush()
        _reindex(s, row)
        case_number = s.execute(select(Case.case_number).join(Seizure, Seizure.case_id == Case.id)
                                .where(Seizure.id == row.seizure_id)).scalar_one()
        data = {
            "field": request.field, "old": _to_ledger_value(request.field, request.old),
            "new": _to_ledger_value(request.field, request.new), "reason": request.reason,
            "requested_by": session.username, "approved_by": name,
            "corrects_seq": reg.seq if reg else None,
            "corrects_hash": bytes(reg.entry_hash).hex() if reg else None,
        }
        appended = ledger_svc.append(
            s, [NewEvent("item.corrected", data=data, item=row.item_id, case=case_number, signers=(name,))],
            station=station.code, actor=session.username, signers=[session.signer, approver], clock=ctx.clock,
        )
        return CorrectionDTO(appended[0].seq, appended[0].at, request.field, request.label, request.old,
                             request.new, request.old_display, request.new_display, request.reason,
                             session.username, name)
