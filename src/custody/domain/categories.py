"""Item categories and the extra fields each one records (DESIGN.md section 3).

:data:`CATEGORY_FIELDS` lists, per :class:`~custody.domain.enums.Category`, the :class:`FieldSpec` the intake
form shows, in display order. :func:`validate_category_fields` turns what the form collected into clean,
JSON-safe values (ints for milligrams, minor currency units and counts; ISO strings for dates; never floats)
or raises :class:`~custody.domain.errors.FormErrors` with one message per field.

Raw values accepted per field type (what a form or a stored record gives):

- ``text``: str. ``choice``: a choice value (case-insensitive) or its English label.
- ``int`` / ``count``: int or digit string. ``bool``: bool or yes/no text.
- ``weight_mg``: int (milligrams) or text in grams, optionally with its own unit ("12.5", "3 kg", "800 mg").
- ``money``: int (minor units) or text in major units ("1234.50") of the currency named by ``currency_field``.
- ``decimal``: Decimal, int or text; stored as a canonical decimal string ("12.5").
- ``date``: ``datetime.date`` or "YYYY-MM-DD"; stored as "YYYY-MM-DD".
- ``datetime``: ``datetime.datetime`` or "YYYY-MM-DD HH:MM"; stored as ISO 8601 text.
- ``denominations``: either a dict ``{denomination in minor units (int or digit string): count}`` (the
  stored form) or a list of ``(denomination as typed in major units, count)`` pairs (what a person typed).
  Stored as ``{"<minor units>": count}`` with string keys, largest first; ``total_minor`` is computed.

Validating an already-clean dict returns an equal dict, so stored values can go back through a form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from custody.domain import values
from custody.domain.currencies import CURRENCY_NAMES, USUAL_CURRENCIES
from custody.domain.enums import Category
from custody.domain.errors import FormErrors, ValidationError
from custody.domain.i18n import N_
from custody.domain.values import (
    CURRENCY_CODES,
    MAX_MONEY_MINOR,
    clean_text,
    normalise_currency,
    parse_bool,
    parse_count,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_money,
    parse_weight,
)

FieldType = Literal[
    "text", "int", "weight_mg", "money", "date", "datetime", "bool", "choice", "count", "decimal", "denominations"
]

# --- messages ---------------------------------------------------------------------------------------------
MSG_REQUIRED = N_("Categories", "This field is required.")
MSG_UNKNOWN_FIELD = N_("Categories", "This field does not belong to this kind of item.")
MSG_CHOICE = N_("Categories", "Choose one of: {choices}.")
MSG_NET_GT_GROSS = N_("Categories", "The net weight cannot be more than the gross weight.")
MSG_RESULT_WITHOUT_TEST = N_("Categories", "Leave the result empty: no field test was done.")
MSG_RESULT_NEEDED = N_("Categories", "A field test was done: give its result.")
MSG_SAFE_BY = N_("Categories", "Say who made it safe.")
MSG_SAFE_AT = N_("Categories", "Say when it was made safe.")
MSG_SAFE_NOT = N_("Categories", "Leave this empty: the item was not made safe.")
MSG_CURRENCY_FOR_VALUE = N_("Categories", "Choose the currency of the value.")
MSG_DENOMS_EMPTY = N_("Categories", "Count the notes and coins: give at least one denomination and its count.")
MSG_DENOM_BAD = N_(
    "Categories", "Each line needs a denomination above zero and a count (for example 50 and 12)."
)
MSG_DENOM_TWICE = N_("Categories", "The denomination {denomination} is listed twice.")
MSG_TOTAL_MISMATCH = N_("Categories", "The total does not match the notes and coins counted ({total}).")
MSG_NEGATIVE_DECIMAL = N_("Categories", "The value cannot be negative.")
MSG_DECIMAL_PLACES = N_("Categories", "At most {places} decimals.")
MSG_VIN = N_(
    "Categories",
    "A VIN has 17 letters and digits, without the letters I, O or Q. Check it against the vehicle.",
)
MSG_IMEI = N_(
    "Categories", "An IMEI has 15 digits (16 for IMEISV). Dial *#06# on the phone or read the label."
)
MSG_IMEI_CHECK = N_("Categories", "This IMEI has a typing error: its last digit does not match. Check it.")

_Validator = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: str
    type: FieldType
    required: bool = False
    max_len: int | None = None
    choices: tuple[Choice, ...] = ()
    multiline: bool = False
    currency_field: str | None = None  # for "money": the field that holds the ISO 4217 code
    decimal_places: int | None = None  # for "decimal"
    check: _Validator | None = None  # extra text check: (field name, cleaned text) -> normalised text


# --- special text checks ----------------------------------------------------------------------------------
def check_vin(field: str, text: str) -> str:
    """17 characters A-Z/0-9 without I, O, Q (ISO 3779). Spaces and hyphens are dropped."""
    vin = "".join(text.split()).replace("-", "").upper()
    if len(vin) != 17 or not vin.isascii() or not vin.isalnum() or set(vin) & set("IOQ"):
        raise ValidationError(field, MSG_VIN)
    return vin


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def check_imei(field: str, text: str) -> str:
    """15-digit IMEI with its Luhn check digit, or a 16-digit IMEISV. Spaces, '-' and '/' are dropped."""
    imei = "".join(ch for ch in text if ch not in " -/.")
    if not (imei.isascii() and imei.isdigit() and len(imei) in (15, 16)):
        raise ValidationError(field, MSG_IMEI)
    if len(imei) == 15 and not luhn_valid(imei):
        raise ValidationError(field, MSG_IMEI_CHECK)
    return imei


def _upper(field: str, text: str) -> str:
    return text.upper()


# --- the specs --------------------------------------------------------------------------------------------
def _t(name: str, label: str, max_len: int = 100, *, required: bool = False, multiline: bool = False,
       check: _Validator | None = None) -> FieldSpec:
    return FieldSpec(name, label, "text", required, max_len, multiline=multiline, check=check)


def _c(name: str, label: str, choices: tuple[Choice, ...], *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, "choice", required, choices=choices)


# "USD · US dollar": the code and its name; the usual currencies first, then the rest by code.
_CURRENCY_CHOICES = tuple(
    Choice(code, f"{code} · {CURRENCY_NAMES[code]}" if code in CURRENCY_NAMES else code)
    for code in (*[c for c in USUAL_CURRENCIES if c in CURRENCY_CODES],
                 *[c for c in CURRENCY_CODES if c not in USUAL_CURRENCIES])
)

DRUG_FORMS = (
    Choice("powder", N_("Categories", "Powder")),
    Choice("crystal", N_("Categories", "Crystals")),
    Choice("tablet", N_("Categories", "Tablets")),
    Choice("capsule", N_("Categories", "Capsules")),
    Choice("liquid", N_("Categories", "Liquid")),
    Choice("plant", N_("Categories", "Plant material")),
    Choice("resin", N_("Categories", "Resin")),
    Choice("paste", N_("Categories", "Paste")),
    Choice("blotter", N_("Categories", "Blotter paper")),
    Choice("other", N_("Categories", "Other form")),
)
FIELD_TEST_RESULTS = (
    Choice("positive", N_("Categories", "Positive")),
    Choice("negative", N_("Categories", "Negative")),
    Choice("inconclusive", N_("Categories", "Inconclusive")),
)
FIREARM_TYPES = (  # INTERPOL IFRT broad types
    Choice("pistol", N_("Categories", "Pistol")),
    Choice("revolver", N_("Categories", "Revolver")),
    Choice("rifle", N_("Categories", "Rifle")),
    Choice("shotgun", N_("Categories", "Shotgun")),
    Choice("submachine_gun", N_("Categories", "Submachine gun")),
    Choice("machine_gun", N_("Categories", "Machine gun")),
    Choice("combination_gun", N_("Categories", "Combination gun")),
    Choice("craft_made", N_("Categories", "Craft-made firearm")),
    Choice("other", N_("Categories", "Other firearm")),
)
AMMUNITION_TYPES = (
    Choice("centrefire", N_("Categories", "Centrefire cartridges")),
    Choice("rimfire", N_("Categories", "Rimfire cartridges")),
    Choice("shotgun_shell", N_("Categories", "Shotgun shells")),
    Choice("other", N_("Categories", "Other ammunition")),
)
EXPLOSIVE_TYPES = (
    Choice("commercial", N_("Categories", "Commercial explosive")),
    Choice("military", N_("Categories", "Military explosive or munition")),
    Choice("improvised", N_("Categories", "Improvised device")),
    Choice("detonator", N_("Categories", "Detonators or fuses")),
    Choice("pyrotechnic", N_("Categories", "Fireworks or flares")),
    Choice("other", N_("Categories", "Other explosive")),
)
DOCUMENT_TYPES = (
    Choice("passport", N_("Categories", "Passport")),
    Choice("identity_card", N_("Categories", "Identity card")),
    Choice("driving_licence", N_("Categories", "Driving licence")),
    Choice("visa", N_("Categories", "Visa")),
    Choice("residence_permit", N_("Categories", "Residence or work permit")),
    Choice("vehicle_registration", N_("Categories", "Vehicle registration")),
    Choice("bank_card", N_("Categories", "Bank card")),
    Choice("other", N_("Categories", "Other document")),
)
DEVICE_TYPES = (
    Choice("phone", N_("Categories", "Mobile phone")),
    Choice("computer", N_("Categories", "Computer")),
    Choice("tablet", N_("Categories", "Tablet")),
    Choice("storage", N_("Categories", "Storage (USB stick, disk, memory card)")),
    Choice("sim_card", N_("Categories", "SIM card")),
    Choice("gps", N_("Categories", "GPS or satellite device")),
    Choice("other", N_("Categories", "Other device")),
)
RESOURCE_KINDS = (
    Choice("timber", N_("Categories", "Timber")),
    Choice("mineral", N_("Categories", "Mineral or ore")),
    Choice("charcoal", N_("Categories", "Charcoal")),
    Choice("wildlife", N_("Categories", "Wildlife or wildlife product")),
    Choice("other", N_("Categories", "Other natural resource")),
)

_RENDERED_SAFE = (
    FieldSpec("rendered_safe", N_("Categories", "Made safe"), "bool"),
    _t("rendered_safe_by", N_("Categories", "Made safe by"), 100),
    FieldSpec("rendered_safe_at", N_("Categories", "Made safe at (date and time)"), "datetime"),
)

CATEGORY_FIELDS: dict[Category, tuple[FieldSpec, ...]] = {
    Category.DRUG: (
        _t("suspected_substance", N_("Categories", "Suspected substance"), 100, required=True),
        _c("form", N_("Categories", "Form"), DRUG_FORMS, required=True),
        FieldSpec("package_count", N_("Categories", "Number of packages"), "count", required=True),
        FieldSpec("gross_weight_mg", N_("Categories", "Gross weight (with packaging)"), "weight_mg", required=True),
        FieldSpec("net_weight_mg", N_("Categories", "Net weight (substance only)"), "weight_mg"),
        FieldSpec("field_test", N_("Categories", "Field test done"), "bool", required=True),
        _c("field_test_result", N_("Categories", "Field test result"), FIELD_TEST_RESULTS),
    ),
    Category.FIREARM: (
        _c("firearm_type", N_("Categories", "Type of firearm"), FIREARM_TYPES, required=True),
        _t("make", N_("Categories", "Make (manufacturer)"), 100, required=True),
        _t("model", N_("Categories", "Model"), 100),
        _t("calibre", N_("Categories", "Calibre"), 40, required=True),
        _t("serial_number", N_("Categories", "Serial number"), 60, check=_upper),
        _t("country_of_manufacture", N_("Categories", "Country of manufacture"), 60),
        _t("markings", N_("Categories", "Other markings"), 1000, multiline=True),
        FieldSpec("magazine_count", N_("Categories", "Number of magazines"), "count"),
        FieldSpec("ammunition_count", N_("Categories", "Rounds of ammunition with it"), "count"),
        FieldSpec("rendered_safe", N_("Categories", "Made safe"), "bool", required=True),
        *_RENDERED_SAFE[1:],
    ),
    Category.AMMUNITION: (
        _c("ammunition_type", N_("Categories", "Type of ammunition"), AMMUNITION_TYPES),
        _t("calibre", N_("Categories", "Calibre"), 40, required=True),
        _t("make", N_("Categories", "Make (manufacturer)"), 100),
        _t("headstamp", N_("Categories", "Headstamp"), 100),
        FieldSpec("round_count", N_("Categories", "Number of rounds"), "count", required=True),
    ),
    Category.EXPLOSIVE: (
        _c("explosive_type", N_("Categories", "Type of explosive"), EXPLOSIVE_TYPES, required=True),
        _t("make", N_("Categories", "Make (manufacturer)"), 100),
        _t("markings", N_("Categories", "Markings"), 1000, multiline=True),
        FieldSpec("net_weight_mg", N_("Categories", "Net weight"), "weight_mg"),
        FieldSpec("unit_count", N_("Categories", "Number of pieces"), "count"),
        *_RENDERED_SAFE,
    ),
    Category.CURRENCY: (
        _c("currency", N_("Categories", "Currency"), _CURRENCY_CHOICES, required=True),
        FieldSpec("denominations", N_("Categories", "Notes and coins counted"), "denominations", required=True),
        FieldSpec("total_minor", N_("Categories", "Total"), "money", currency_field="currency"),
        FieldSpec("suspected_counterfeit", N_("Categories", "Suspected counterfeit"), "bool"),
    ),
    Category.DOCUMENT: (
        _c("document_type", N_("Categories", "Type of document"), DOCUMENT_TYPES, required=True),
        _t("issuing_country", N_("Categories", "Issuing country"), 60),
        _t("document_number", N_("Categories", "Document number"), 60),
        _t("holder_name", N_("Categories", "Name of the holder (as written)"), 200),
    ),
    Category.ELECTRONIC: (
        _c("device_type", N_("Categories", "Type of device"), DEVICE_TYPES, required=True),
        _t("make", N_("Categories", "Make"), 100),
        _t("model", N_("Categories", "Model"), 100),
        _t("imei", N_("Categories", "IMEI"), 40, check=check_imei),
        _t("imei_2", N_("Categories", "Second IMEI (dual SIM)"), 40, check=check_imei),
        _t("serial_number", N_("Categories", "Serial number"), 60, check=_upper),
    ),
    Category.VEHICLE: (
        _t("make", N_("Categories", "Make"), 100, required=True),
        _t("model", N_("Categories", "Model"), 100),
        _t("vin", N_("Categories", "VIN (vehicle identification number)"), 40, check=check_vin),
        _t("plate", N_("Categories", "Number plate"), 20, check=_upper),
        _t("colour", N_("Categories", "Colour"), 40),
    ),
    Category.NATURAL_RESOURCE: (
        _c("resource_kind", N_("Categories", "Kind of resource"), RESOURCE_KINDS, required=True),
        _t("species_or_mineral", N_("Categories", "Species or mineral"), 200),
        FieldSpec("volume", N_("Categories", "Volume (cubic metres)"), "decimal", decimal_places=3),
        FieldSpec("weight_mg", N_("Categories", "Weight"), "weight_mg"),
        _t("origin", N_("Categories", "Origin (where it came from)"), 200),
    ),
    Category.OTHER: (
        FieldSpec("estimated_value_minor", N_("Categories", "Estimated value"), "money", currency_field="currency"),
        _c("currency", N_("Categories", "Currency"), _CURRENCY_CHOICES),
    ),
}


def field_specs(category: Category | str) -> tuple[FieldSpec, ...]:
    return CATEGORY_FIELDS[Category(category)]


# --- validation -------------------------------------------------------------------------------------------
def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return len(value) == 0
    return False


def _choice(spec: FieldSpec, value: Any) -> str:
    if spec.choices is _CURRENCY_CHOICES:
        return normalise_currency(clean_text(str(value), spec.name, 10), field=spec.name)
    text = clean_text(str(value), spec.name, 200).casefold()
    for choice in spec.choices:
        if text in (choice.value.casefold(), choice.label.casefold()):
            return choice.value
    shown = ", ".join(c.label for c in spec.choices)
    raise ValidationError(spec.name, MSG_CHOICE, choices=shown)


def _decimal(spec: FieldSpec, value: Any) -> str:
    if isinstance(value, float):
        raise TypeError("floats are not accepted; pass text or Decimal")
    number = value if isinstance(value, Decimal) else parse_decimal(str(value), field=spec.name)
    if not number.is_finite():
        raise ValidationError(spec.name, values.MSG_NOT_NUMBER)
    if number < 0:
        raise ValidationError(spec.name, MSG_NEGATIVE_DECIMAL)
    places = spec.decimal_places
    exponent = number.as_tuple().exponent
    if places is not None and isinstance(exponent, int) and -exponent > places:
        normal = number.normalize()
        exp2 = normal.as_tuple().exponent
        if isinstance(exp2, int) and -exp2 > places:
            raise ValidationError(spec.name, MSG_DECIMAL_PLACES, places=places)
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _denominations(spec: FieldSpec, value: Any, currency: str | None) -> dict[str, int]:
    out: dict[int, int] = {}
    if isinstance(value, Mapping):
        pairs = []
        for key, count in value.items():
            if isinstance(key, bool) or not (isinstance(key, int) or (isinstance(key, str) and key.isdigit())):
                raise ValidationError(spec.name, MSG_DENOM_BAD)
            pairs.append((int(key), count))
    elif isinstance(value, list | tuple):
        if currency is None:
            raise ValidationError(spec.name, MSG_CURRENCY_FOR_VALUE)
        pairs = []
        for row in value:
            if not isinstance(row, list | tuple) or len(row) != 2:
                raise ValidationError(spec.name, MSG_DENOM_BAD)
            amount, count = row
            pairs.append((parse_money(str(amount), currency, field=spec.name), count))
    else:
        raise ValidationError(spec.name, MSG_DENOM_BAD)
    for minor, count in pairs:
        n = parse_count(count, field=spec.name)
        if minor <= 0 or minor > MAX_MONEY_MINOR:
            raise ValidationError(spec.name, MSG_DENOM_BAD)
        if minor in out:
            shown = values.format_money(minor, currency) if currency else str(minor)
            raise ValidationError(spec.name, MSG_DENOM_TWICE, denomination=shown)
        if n > 0:
            out[minor] = n
    if not out:
        raise ValidationError(spec.name, MSG_DENOMS_EMPTY)
    return {str(k): out[k] for k in sorted(out, reverse=True)}


def _value(spec: FieldSpec, value: Any, clean: Mapping[str, Any]) -> Any:
    name = spec.name
    if isinstance(value, float):
        raise TypeError(f"{name}: floats are not accepted; pass text, int or Decimal")
    match spec.type:
        case "text":
            text = clean_text(str(value), name, spec.max_len or 200, multiline=spec.multiline)
            return spec.check(name, text) if spec.check else text
        case "choice":
            return _choice(spec, value)
        case "int":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            text = clean_text(str(value), name, 20)
            sign, digits = (-1, text[1:]) if text[:1] == "-" else (1, text)
            return sign * parse_count(digits, field=name)
        case "count":
            return parse_count(value, field=name)
        case "bool":
            return parse_bool(value, field=name)
        case "weight_mg":
            if isinstance(value, int) and not isinstance(value, bool):
                return parse_weight(str(value), "mg", field=name)
            return parse_weight(str(value), "g", field=name)
        case "money":
            currency = clean.get(spec.currency_field or "currency")
            if currency is None:
                raise ValidationError(name, MSG_CURRENCY_FOR_VALUE)
            if isinstance(value, int) and not isinstance(value, bool):
                if value < 0:
                    raise ValidationError(name, values.MSG_NEGATIVE)
                if value > MAX_MONEY_MINOR:
                    raise ValidationError(name, values.MSG_MONEY_TOO_BIG)
                return value
            return parse_money(str(value), currency, field=name)
        case "decimal":
            return _decimal(spec, value)
        case "date":
            return parse_date(value, field=name).isoformat()
        case "datetime":
            if isinstance(value, dt.datetime):
                return value.isoformat()
            return parse_datetime(str(value), field=name).isoformat()
        case "denominations":
            return _denominations(spec, value, clean.get("currency"))
    raise AssertionError(f"unknown field type {spec.type}")  # pragma: no cover


#: Fields whose check (IMEI check digit, VIN form) an officer may override with a reason: counterfeit phones
#: often carry invalid IMEIs, and old or imported vehicles odd VINs. The value is then kept as typed.
OVERRIDABLE_CHECKS = frozenset({"imei", "imei_2", "vin"})
MSG_OVERRIDE_REASON = N_("Categories", "Say why this value is kept although its check fails (e.g. counterfeit phone).")
MSG_OVERRIDE_FIELD = N_("Categories", "The check of this field cannot be overridden.")


def validate_category_fields(category: Category | str, raw: Mapping[str, Any],
                             overrides: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Check and clean the category fields of one item. Returns only the fields that have a value.

    ``overrides``: field -> reason, for fields of :data:`OVERRIDABLE_CHECKS` whose check is to be overridden
    (the value is kept as typed, cleaned of spaces at both ends; the caller records the reason).
    Raises FormErrors (``.errors``: field -> message) when anything is wrong, listing every wrong field.
    """
    overrides = dict(overrides or {})
    cat = Category(category)
    specs = CATEGORY_FIELDS[cat]
    known = {s.name for s in specs}
    errors: dict[str, ValidationError] = {}
    for name in raw:
        if name not in known:
            errors[name] = ValidationError(name, MSG_UNKNOWN_FIELD)
    clean: dict[str, Any] = {}
    # currency first, so money and denominations can use it whatever the order of the specs
    ordered = sorted(specs, key=lambda s: s.type in ("money", "denominations"))
    for spec in ordered:
        value = raw.get(spec.name)
        if _is_empty(value):
            if spec.required:
                errors[spec.name] = ValidationError(spec.name, MSG_REQUIRED)
            continue
        try:
            clean[spec.name] = _value(spec, value, clean)
        except ValidationError as err:
            if spec.name in overrides and spec.name in OVERRIDABLE_CHECKS and spec.type == "text":
                if not str(overrides[spec.name] or "").strip():
                    errors[spec.name] = ValidationError(spec.name, MSG_OVERRIDE_REASON)
                else:
                    try:  # only the check is overridden: the text must still be clean text
                        clean[spec.name] = clean_text(str(value), spec.name, spec.max_len or 200)
                    except ValidationError as inner:
                        errors[spec.name] = inner
                continue
            errors[spec.name] = err if err.field == spec.name else ValidationError(spec.name, err.template, **err.params)
    for name in overrides:
        if name not in OVERRIDABLE_CHECKS or name not in known:
            errors.setdefault(name, ValidationError(name, MSG_OVERRIDE_FIELD))
    _cross_checks(cat, clean, errors)
    if errors:
        raise FormErrors(errors)
    return {s.name: clean[s.name] for s in specs if s.name in clean}


def _cross_checks(cat: Category, clean: dict[str, Any], errors: dict[str, ValidationError]) -> None:
    def err(field: str, message: str, **params: Any) -> None:
        errors.setdefault(field, ValidationError(field, message, **params))

    if cat is Category.DRUG:
        gross, net = clean.get("gross_weight_mg"), clean.get("net_weight_mg")
        if gross is not None and net is not None and net > gross:
            err("net_weight_mg", MSG_NET_GT_GROSS)
        if clean.get("field_test") is False and "field_test_result" in clean:
            err("field_test_result", MSG_RESULT_WITHOUT_TEST)
        if clean.get("field_test") is True and "field_test_result" not in clean and "field_test_result" not in errors:
            err("field_test_result", MSG_RESULT_NEEDED)
    if cat in (Category.FIREARM, Category.EXPLOSIVE):
        if clean.get("rendered_safe") is True:
            if "rendered_safe_by" not in clean and "rendered_safe_by" not in errors:
                err("rendered_safe_by", MSG_SAFE_BY)
            if "rendered_safe_at" not in clean and "rendered_safe_at" not in errors:
                err("rendered_safe_at", MSG_SAFE_AT)
        else:
            for name in ("rendered_safe_by", "rendered_safe_at"):
                if name in clean:
                    err(name, MSG_SAFE_NOT)
    if cat is Category.CURRENCY and "denominations" in clean:
        total = sum(int(k) * n for k, n in clean["denominations"].items())
        if "total_minor" in clean and clean["total_minor"] != total:
            err("total_minor", MSG_TOTAL_MISMATCH, total=total)
        elif "total_minor" not in errors:
            clean["total_minor"] = total
