"""Intake, item values: conversion to and from the ledger's form, :func:`display_value` (a value as text for a
person), the item's current values and how an approved correction changes them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from custody.db.models import Item
from custody.domain.categories import CATEGORY_FIELDS, FieldSpec, field_specs
from custody.domain.enums import Category
from custody.domain.errors import ValidationError
from custody.domain.values import format_money, format_weight
from custody.services.intake.common import BASE_LABELS, LBL_NO, LBL_YES, FieldValueDTO


# --- ledger form and display ----------------------------------------------------------------------------
def _to_ledger_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Category fields as canonical ledger data (denominations: [[minor units, count], ...])."""
    out: dict[str, Any] = {}
    for k, v in fields.items():
        out[k] = _to_ledger_value(k, v)
    return out


def _to_ledger_value(name: str, value: Any) -> Any:
    if name == "denominations" and isinstance(value, Mapping):
        return [[int(d), int(n)] for d, n in value.items()]
    return value


def _from_ledger_value(name: str, value: Any) -> Any:
    if name == "denominations" and isinstance(value, list):
        return {str(d): n for d, n in value}
    return value


def _from_ledger_fields(fields: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: _from_ledger_value(k, v) for k, v in (fields or {}).items()}


def _spec(category: str, name: str) -> FieldSpec | None:
    for s in CATEGORY_FIELDS[Category(category)]:
        if s.name == name:
            return s
    return None


def display_value(category: str, name: str, value: Any, fields: Mapping[str, Any] | None = None) -> str:
    """A clean value as text for a person (English; choice labels are N_-marked)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return LBL_YES if value else LBL_NO
    if name in BASE_LABELS:
        return str(value)
    spec = _spec(category, name)
    if spec is None:
        return str(value)
    fields = fields or {}
    try:
        match spec.type:
            case "choice":
                if name == "currency":  # the code, as on the banknotes (the drop-down adds the name)
                    return str(value)
                for c in spec.choices:
                    if c.value == value:
                        return c.label
                return str(value)
            case "weight_mg":
                return format_weight(int(value))
            case "money":
                currency = fields.get(spec.currency_field or "currency")
                return format_money(int(value), currency) if currency else str(value)
            case "datetime":
                return str(value).replace("T", " ")[:16]
            case "denominations":
                currency = fields.get("currency")
                parts = []
                for d, n in dict(value).items():
                    amount = format_money(int(d), currency) if currency else str(d)
                    parts.append(f"{n} × {amount}")
                return ", ".join(parts)
    except (ValueError, TypeError, ValidationError):
        return str(value)
    return str(value)


def _field_dtos(category: str, fields: Mapping[str, Any]) -> tuple[FieldValueDTO, ...]:
    out = []
    for spec in field_specs(category):
        if spec.name in fields:
            v = fields[spec.name]
            d = display_value(category, spec.name, v, fields)
            out.append(FieldValueDTO(spec.name, spec.label, v, d, v, d, False, "category"))
    return tuple(out)


# --- items: current values from the ledger ---------------------------------------------------------------
def _apply_correction(category: str, values: dict[str, Any], fields: dict[str, Any], name: str, new: Any) -> None:
    if name in BASE_LABELS:
        values[name] = new
        return
    if new is None or new == "":
        fields.pop(name, None)
    else:
        fields[name] = new
    if Category(category) is Category.CURRENCY and name in ("denominations", "currency") and "denominations" in fields:
        fields["total_minor"] = sum(int(k) * int(n) for k, n in fields["denominations"].items())


def _current_values(item: Item) -> tuple[dict[str, Any], dict[str, Any]]:
    values = {"description": item.description, "quantity": item.quantity, "unit": item.unit,
              "sealed": bool(item.sealed), "seal_number": item.seal_number, "biohazard": bool(item.biohazard)}
    return values, json.loads(item.fields_json or "{}")


def _correctable(category: str, name: str) -> str | None:
    """The label of a correctable field, or None."""
    if name in BASE_LABELS:
        return BASE_LABELS[name]
    spec = _spec(category, name)
    return spec.label if spec else None
