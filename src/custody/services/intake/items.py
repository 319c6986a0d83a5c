"""Intake, items: validation of a new item, the full-text search index, and registration
(:func:`register_item` / :func:`register_items` -> ``item.registered`` with all the item's data, so that the
ledger alone tells what was registered).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from custody.db.models import Case, Item, Seizure, User
from custody.db.uow import unit_of_work
from custody.domain.categories import field_specs, validate_category_fields
from custody.domain.enums import Category
from custody.domain.errors import Conflict, FormErrors, ValidationError
from custody.domain.ids import make_item_id, parse_seizure_number
from custody.domain.values import parse_bool, parse_decimal
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import ledger as ledger_svc
from custody.services.auth import AuthSession, authorize
from custody.services.context import AppContext, StationDTO
from custody.services.intake.common import (
    MAX_DESCRIPTION,
    MAX_ITEMS_PER_CALL,
    MAX_QUANTITY_DIGITS,
    MSG_CATEGORY,
    MSG_NO_ITEMS,
    MSG_NO_SEIZURE,
    MSG_NUMBERS_EXHAUSTED,
    MSG_QUANTITY,
    MSG_SEAL_NEEDED,
    MSG_SEAL_NOT,
    MSG_TOO_MANY_ITEMS,
    ItemDTO,
    NewItem,
    _category_label,
    _err,
    _now_local,
    _text,
    allocate,
)
from custody.services.intake.values import _field_dtos, _to_ledger_fields, display_value
from custody.services.ledger import NewEvent


# --- items: validation -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _CleanItem:
    seizure: str
    category: str
    description: str
    quantity: str
    unit: str
    sealed: bool
    seal_number: str
    biohazard: bool
    fields: dict[str, Any]
    check_overrides: dict[str, str] = field(default_factory=dict)  # field -> reason (failed check kept)


def _quantity(value: Any) -> str:
    if isinstance(value, float) or isinstance(value, bool):
        raise ValidationError("quantity", MSG_QUANTITY)
    try:
        number = value if isinstance(value, Decimal) else parse_decimal(str(value), field="quantity")
    except ValidationError:
        raise ValidationError("quantity", MSG_QUANTITY) from None
    if number <= 0 or not number.is_finite():
        raise ValidationError("quantity", MSG_QUANTITY)
    out = format(number.normalize(), "f")
    if "." in out:
        out = out.rstrip("0").rstrip(".")
    if len(out.replace(".", "")) > MAX_QUANTITY_DIGITS:
        raise ValidationError("quantity", MSG_QUANTITY)
    return out


def _bool(errors: dict[str, ValidationError], key: str, value: Any) -> bool:
    if value is None or value == "":
        return False
    try:
        return parse_bool(value, field=key)
    except ValidationError as exc:
        _err(errors, key, exc)
        return False


def _validate_base(errors: dict[str, ValidationError], *, description: Any, quantity: Any, unit: Any, sealed: Any,
                   seal_number: Any, biohazard: Any, check_unsealed: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["description"] = _text(errors, "description", description, MAX_DESCRIPTION, required=True, multiline=True)
    try:
        out["quantity"] = _quantity("1" if quantity is None or quantity == "" else quantity)
    except ValidationError as exc:
        _err(errors, "quantity", exc)
        out["quantity"] = ""
    out["unit"] = _text(errors, "unit", unit, 32) or "item"
    out["sealed"] = _bool(errors, "sealed", sealed)
    out["seal_number"] = _text(errors, "seal_number", seal_number, 64).upper()
    out["biohazard"] = _bool(errors, "biohazard", biohazard)
    if "sealed" not in errors and "seal_number" not in errors:
        if out["sealed"] and not out["seal_number"]:
            errors["seal_number"] = ValidationError("seal_number", MSG_SEAL_NEEDED)
        elif check_unsealed and not out["sealed"] and out["seal_number"]:
            errors["seal_number"] = ValidationError("seal_number", MSG_SEAL_NOT)
    return out


def validate_new_item(req: NewItem) -> _CleanItem:
    """Check every field of one item (no database). Raises FormErrors naming each bad field.

    Category fields are reported under their own names (``serial_number``, ``gross_weight_mg``...).
    """
    errors: dict[str, ValidationError] = {}
    doc = ""
    try:
        doc = str(parse_seizure_number(req.seizure or ""))
    except ValidationError as exc:
        _err(errors, "seizure", exc)
    category = ""
    try:
        category = Category(req.category).value
    except ValueError:
        errors["category"] = ValidationError("category", MSG_CATEGORY)
    base = _validate_base(errors, description=req.description, quantity=req.quantity, unit=req.unit,
                          sealed=req.sealed, seal_number=req.seal_number, biohazard=req.biohazard)
    fields: dict[str, Any] = {}
    if category:
        try:
            fields = validate_category_fields(category, dict(req.fields or {}), req.check_overrides)
        except FormErrors as exc:
            for k, v in exc.details.items():
                errors.setdefault(k, v)
        except TypeError as exc:  # floats are refused by the domain
            errors.setdefault("fields", ValidationError("fields", str(exc)))
    if errors:
        raise FormErrors(errors)
    # An override is recorded only where the check did fail (a value that passes needs no reason).
    overrides = {k: " ".join(str(v).split()) for k, v in (req.check_overrides or {}).items()
                 if k in fields and _check_fails(category, k, fields[k])}
    return _CleanItem(doc, category, base["description"], base["quantity"], base["unit"], base["sealed"],
                      base["seal_number"], base["biohazard"], fields, overrides)


def _check_fails(category: str, name: str, value: Any) -> bool:
    """Whether ``value`` fails the special check (IMEI, VIN) of field ``name``."""
    spec = next((s for s in field_specs(category) if s.name == name), None)
    if spec is None or spec.check is None:
        return False
    try:
        spec.check(name, str(value))
    except ValidationError:
        return True
    return False


# --- items: search index ---------------------------------------------------------------------------------
def search_tokens(text_: str) -> list[str]:
    """Words as the SQLite unicode61 tokenizer sees them: runs of letters, digits and marks (any script).

    The index body is stored as these words joined by spaces, so that PostgreSQL's parser (which reads
    "DL-4521" as "dl" and the number "-4521") and SQLite's see the same words as the query.
    """
    out: list[str] = []
    cur: list[str] = []
    for ch in unicodedata.normalize("NFC", text_):
        cat = unicodedata.category(ch)
        if cat[0] in "LNM" or cat == "Co":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def search_body(*, item_id: str, category: str, description: str, case_number: str, case_title: str,
                seizure: str, seal_number: str, fields: Mapping[str, Any], officer: str, officer_name: str,
                parent_id: str | None = None, place: str = "") -> str:
    """The text the full-text index holds for one item."""
    parts = [item_id, description, _category_label(category), category, case_number, case_title, seizure,
             seal_number, officer, officer_name, parent_id or "", place]
    for spec in field_specs(category):
        v = fields.get(spec.name)
        if v is None or v == "" or spec.type in ("bool", "weight_mg", "money", "denominations", "count", "int"):
            continue
        parts.append(display_value(category, spec.name, v, fields) if spec.type == "choice" else str(v))
    return " ".join(search_tokens(" ".join(p for p in parts if p)))


def _index_item(s: Session, row_id: int, item_id: str, body: str, *, replace: bool = False) -> None:
    if s.get_bind().dialect.name == "sqlite":
        if replace:
            s.execute(text("DELETE FROM item_search WHERE rowid = :r"), {"r": row_id})
        s.execute(text("INSERT INTO item_search (rowid, item_id, body) VALUES (:r, :i, :b)"),
                  {"r": row_id, "i": item_id, "b": body})
    elif replace:
        s.execute(text("UPDATE item_search SET body = :b WHERE item_id = :i"), {"i": item_id, "b": body})
    else:
        s.execute(text("INSERT INTO item_search (item_id, body) VALUES (:i, :b)"), {"i": item_id, "b": body})


def _reindex(s: Session, item: Item) -> None:
    z = s.get(Seizure, item.seizure_id)
    assert z is not None
    c = s.get(Case, z.case_id)
    assert c is not None
    officer_name = s.execute(select(User.full_name).where(User.username == z.seizing_officer)).scalar() or ""
    parent = s.get(Item, item.parent_id).item_id if item.parent_id else None
    body = search_body(item_id=item.item_id, category=item.category, description=item.description,
                       case_number=c.case_number, case_title=c.title, seizure=z.document_number,
                       seal_number=item.seal_number, fields=json.loads(item.fields_json or "{}"),
                       officer=z.seizing_officer, officer_name=officer_name, parent_id=parent, place=z.place)
    _index_item(s, item.id, item.item_id, body, replace=True)


# --- items: registration ---------------------------------------------------------------------------------
def _registered_data(row: Item, *, case_number: str, seizure: str, parent: str | None,
                     custodian: str) -> dict[str, Any]:
    return {
        "item_id": row.item_id, "case_number": case_number, "seizure": seizure, "item_number": row.item_number,
        "category": row.category, "description": row.description, "quantity": row.quantity, "unit": row.unit,
        "sealed": row.sealed, "seal_number": row.seal_number, "biohazard": row.biohazard,
        "fields": _to_ledger_fields(json.loads(row.fields_json)), "parent": parent, "custodian": custodian,
    }


def _item_dto(row: Item, *, case_number: str, seizure: str, parent: str | None) -> ItemDTO:
    fields = json.loads(row.fields_json or "{}")
    return ItemDTO(row.item_id, seizure, case_number, row.item_number, row.category, _category_label(row.category),
                   row.description, row.quantity, row.unit, bool(row.sealed), row.seal_number, bool(row.biohazard),
                   parent, _field_dtos(row.category, fields), row.registered_at)


def _new_item_ids(s: Session, ctx: AppContext, station: StationDTO, count: int) -> list[str]:
    yy = _now_local(ctx, station).year % 100
    first = allocate(s, f"item:{station.item_prefix}:{yy:02d}", count)
    if first + count - 1 > 999_999:
        raise Conflict(MSG_NUMBERS_EXHAUSTED, what="item", year=_now_local(ctx, station).year)
    return [make_item_id(station.item_prefix, yy, first + i) for i in range(count)]


def _insert_items(s: Session, ctx: AppContext, station: StationDTO, seizure: Seizure, case: Case,
                  clean: Sequence[_CleanItem], *, parent: Item | None, custodian: str,
                  officer_name: str) -> list[tuple[Item, NewEvent]]:
    ids = _new_item_ids(s, ctx, station, len(clean))
    first_number = allocate(s, f"seizure_item:{seizure.id}", len(clean))
    at = format_time(ctx.clock())
    rows: list[Item] = []
    for i, c in enumerate(clean):
        rows.append(Item(item_id=ids[i], seizure_id=seizure.id, item_number=first_number + i, category=c.category,
                         description=c.description, quantity=c.quantity, unit=c.unit, sealed=c.sealed,
                         seal_number=c.seal_number, biohazard=c.biohazard,
                         parent_id=parent.id if parent else None,
                         fields_json=json.dumps(c.fields, ensure_ascii=False, sort_keys=True), registered_at=at))
    s.add_all(rows)
    s.flush()
    out = []
    for row, c in zip(rows, clean, strict=True):
        body = search_body(item_id=row.item_id, category=row.category, description=row.description,
                           case_number=case.case_number, case_title=case.title, seizure=seizure.document_number,
                           seal_number=row.seal_number, fields=c.fields, officer=seizure.seizing_officer,
                           officer_name=officer_name, parent_id=parent.item_id if parent else None,
                           place=seizure.place)
        _index_item(s, row.id, row.item_id, body)
        data = _registered_data(row, case_number=case.case_number, seizure=seizure.document_number,
                                parent=parent.item_id if parent else None, custodian=custodian)
        if c.check_overrides:  # a failed IMEI/VIN check kept as typed, and why (issue 15)
            data["check_overrides"] = dict(sorted(c.check_overrides.items()))
        out.append((row, NewEvent("item.registered", data=data, item=row.item_id, case=case.case_number)))
    return out


def register_item(ctx: AppContext, session: AuthSession, req: NewItem) -> ItemDTO:
    """Register one item of a recorded seizure (``item.registered``). FormErrors keys are the field names."""
    return register_items(ctx, session, [req], _single=True)[0]


def register_items(ctx: AppContext, session: AuthSession, reqs: Sequence[NewItem], *,
                   _single: bool = False) -> list[ItemDTO]:
    """Register several items in one transaction (all or nothing).

    FormErrors keys are ``"<index>.<field>"`` (``"0.description"``), the index into ``reqs``.
    """
    authorize(ctx, session, Action.ITEM_REGISTER)
    if not reqs:
        raise FormErrors({"items": ValidationError("items", MSG_NO_ITEMS)})
    if len(reqs) > MAX_ITEMS_PER_CALL:
        raise FormErrors({"items": ValidationError("items", MSG_TOO_MANY_ITEMS, max=MAX_ITEMS_PER_CALL)})

    def key(i: int, name: str) -> str:
        return name if _single else f"{i}.{name}"

    errors: dict[str, ValidationError] = {}
    clean: list[_CleanItem] = []
    for i, req in enumerate(reqs):
        try:
            clean.append(validate_new_item(req))
        except FormErrors as exc:
            for k, v in exc.details.items():
                errors[key(i, k)] = v
    if errors:
        raise FormErrors(errors)
    station = ctx.station()
    with unit_of_work(ctx.engine) as s:
        seizures: dict[str, Seizure] = {}
        for i, c in enumerate(clean):
            if c.seizure in seizures:
                continue
            z = s.execute(select(Seizure).where(Seizure.document_number == c.seizure)).scalar_one_or_none()
            if z is None:
                errors[key(i, "seizure")] = ValidationError("seizure", MSG_NO_SEIZURE, number=c.seizure)
            else:
                seizures[c.seizure] = z
        if errors:
            raise FormErrors(errors)
        results: dict[int, tuple[Item, str, str]] = {}
        events: list[NewEvent] = []
        by_seizure: dict[str, list[int]] = {}
        for i, c in enumerate(clean):
            by_seizure.setdefault(c.seizure, []).append(i)
        for doc, idxs in by_seizure.items():
            z = seizures[doc]
            case = s.get(Case, z.case_id)
            assert case is not None
            officer_name = s.execute(select(User.full_name).where(User.username == z.seizing_officer)).scalar() or ""
            made = _insert_items(s, ctx, station, z, case, [clean[i] for i in idxs], parent=None,
                                 custodian=session.username, officer_name=officer_name)
            for i, (row, ev) in zip(idxs, made, strict=True):
                results[i] = (row, case.case_number, doc)
                events.append(ev)
        appended = ledger_svc.append(s, events, station=station.code, actor=session.username,
                                     signers=[session.signer], clock=ctx.clock)
        at = appended[0].at
        out = []
        for i in range(len(clean)):
            row, case_number, doc = results[i]
            row.registered_at = at
            out.append(_item_dto(row, case_number=case_number, seizure=doc, parent=None))
        return out
