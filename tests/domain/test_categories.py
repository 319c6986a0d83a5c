"""Category field specs and validation."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from custody.domain.categories import (
    CATEGORY_FIELDS,
    check_imei,
    check_vin,
    field_specs,
    luhn_valid,
    validate_category_fields,
)
from custody.domain.enums import Category
from custody.domain.errors import FormErrors, ValidationError
from custody.domain.i18n import context_of

GOOD = {
    Category.DRUG: dict(
        suspected_substance="Cocaine hydrochloride", form="powder", package_count="3",
        gross_weight_mg="1.25 kg", net_weight_mg="1000", field_test="yes", field_test_result="Positive",
    ),
    Category.FIREARM: dict(
        firearm_type="pistol", make="Glock", model="17", calibre="9x19mm", serial_number="abc123",
        country_of_manufacture="Austria", markings="Slide: GLOCK 17\nFrame: AUSTRIA", magazine_count="2",
        ammunition_count="15", rendered_safe=True, rendered_safe_by="Sgt. N. Okafor",
        rendered_safe_at="2026-03-01 10:15",
    ),
    Category.AMMUNITION: dict(ammunition_type="centrefire", calibre="7.62x39mm", headstamp="539 86", round_count=30),
    Category.EXPLOSIVE: dict(explosive_type="commercial", net_weight_mg="250 g", unit_count="1", rendered_safe="no"),
    Category.CURRENCY: dict(currency="usd", denominations=[("100", "12"), ("20", 5), ("0.25", "4")]),
    Category.DOCUMENT: dict(document_type="passport", issuing_country="Nigeria", document_number="A1234567",
                            holder_name="Adaeze Obi"),
    Category.ELECTRONIC: dict(device_type="phone", make="Samsung", model="A52", imei="490154203237518",
                              imei_2="35-209900-176148-1"),
    Category.VEHICLE: dict(make="Toyota", model="Hilux", vin="1hgbh41jxmn109186", plate="kl 123 ab"),
    Category.NATURAL_RESOURCE: dict(resource_kind="timber", species_or_mineral="Pterocarpus erinaceus",
                                    volume="12,5", weight_mg="8000 kg", origin="Forest reserve"),
    Category.OTHER: dict(estimated_value_minor="250000", currency="XOF"),
}


def test_every_category_has_specs_with_unique_names_and_marked_labels():
    assert set(CATEGORY_FIELDS) == set(Category)
    for category, specs in CATEGORY_FIELDS.items():
        names = [s.name for s in specs]
        assert len(names) == len(set(names)), category
        for spec in specs:
            assert spec.label and context_of(spec.label) == "Categories", spec
            for choice in spec.choices:
                assert choice.value and choice.label


def test_required_fields_from_design():
    drug = {s.name for s in field_specs("drug")}
    assert {"suspected_substance", "form", "package_count", "gross_weight_mg", "net_weight_mg", "field_test",
            "field_test_result"} <= drug
    firearm = {s.name for s in field_specs(Category.FIREARM)}
    assert {"firearm_type", "make", "model", "calibre", "serial_number", "country_of_manufacture", "markings",
            "magazine_count", "ammunition_count", "rendered_safe", "rendered_safe_by", "rendered_safe_at"} <= firearm
    assert {"vin", "plate", "make", "model"} <= {s.name for s in field_specs("vehicle")}
    assert {"make", "model", "imei", "serial_number"} <= {s.name for s in field_specs("electronic")}


@pytest.mark.parametrize("category", list(Category))
def test_good_values_clean_to_json_and_are_idempotent(category):
    clean = validate_category_fields(category, GOOD[category])
    text = json.dumps(clean, sort_keys=True)
    assert json.loads(text) == clean
    assert "." not in "".join(str(v) for v in clean.values() if isinstance(v, int | float))

    def no_floats(v):
        assert not isinstance(v, float)
        if isinstance(v, dict):
            for x in v.values():
                no_floats(x)

    no_floats(clean)
    assert validate_category_fields(category, clean) == clean  # stored values can go back through the form


def test_clean_values():
    drug = validate_category_fields("drug", GOOD[Category.DRUG])
    assert drug == {
        "suspected_substance": "Cocaine hydrochloride", "form": "powder", "package_count": 3,
        "gross_weight_mg": 1_250_000, "net_weight_mg": 1_000_000, "field_test": True, "field_test_result": "positive",
    }
    fire = validate_category_fields("firearm", GOOD[Category.FIREARM])
    assert fire["serial_number"] == "ABC123"
    assert fire["rendered_safe_at"] == "2026-03-01T10:15:00"
    assert fire["markings"] == "Slide: GLOCK 17\nFrame: AUSTRIA"
    cash = validate_category_fields("currency", GOOD[Category.CURRENCY])
    assert cash == {"currency": "USD", "denominations": {"10000": 12, "2000": 5, "25": 4}, "total_minor": 130_100}
    assert validate_category_fields("vehicle", GOOD[Category.VEHICLE])["vin"] == "1HGBH41JXMN109186"
    assert validate_category_fields("vehicle", GOOD[Category.VEHICLE])["plate"] == "KL 123 AB"
    el = validate_category_fields("electronic", GOOD[Category.ELECTRONIC])
    assert el["imei_2"] == "352099001761481"
    nat = validate_category_fields("natural_resource", GOOD[Category.NATURAL_RESOURCE])
    assert nat["volume"] == "12.5" and nat["weight_mg"] == 8_000_000_000
    assert validate_category_fields("other", GOOD[Category.OTHER]) == {"estimated_value_minor": 250000, "currency": "XOF"}


def test_datetime_objects_and_decimal_accepted():
    fire = dict(GOOD[Category.FIREARM], rendered_safe_at=dt.datetime(2026, 3, 1, 10, 15))
    assert validate_category_fields("firearm", fire)["rendered_safe_at"] == "2026-03-01T10:15:00"
    nat = dict(GOOD[Category.NATURAL_RESOURCE], volume=Decimal("3.250"))
    assert validate_category_fields("natural_resource", nat)["volume"] == "3.25"


def test_floats_are_refused():
    with pytest.raises(TypeError):
        validate_category_fields("drug", dict(GOOD[Category.DRUG], gross_weight_mg=1.5))


def test_every_error_reported_at_once():
    with pytest.raises(FormErrors) as exc:
        validate_category_fields("firearm", {"firearm_type": "gun", "rendered_safe": True, "bogus": "1",
                                             "magazine_count": "-1"})
    errors = exc.value.errors
    assert errors["bogus"] == "This field does not belong to this kind of item."
    assert errors["firearm_type"].startswith("Choose one of: Pistol, Revolver")
    assert errors["make"] == "This field is required."
    assert errors["calibre"] == "This field is required."
    assert errors["magazine_count"] == "Type a whole number, 0 or more."
    assert errors["rendered_safe_by"] == "Say who made it safe."
    assert errors["rendered_safe_at"] == "Say when it was made safe."
    assert set(exc.value.details) == set(errors)
    assert all(isinstance(d, ValidationError) and d.field == f for f, d in exc.value.details.items())
    assert "bogus: This field does not belong" in str(exc.value)


@pytest.mark.parametrize(
    ("category", "change", "field", "fragment"),
    [
        ("drug", {"net_weight_mg": "2 kg"}, "net_weight_mg", "more than the gross"),
        ("drug", {"field_test": "no"}, "field_test_result", "no field test"),
        ("drug", {"field_test_result": ""}, "field_test_result", "give its result"),
        ("drug", {"gross_weight_mg": "0.0005"}, "gross_weight_mg", "milligram"),
        ("drug", {"gross_weight_mg": "-1"}, "gross_weight_mg", "negative"),
        ("drug", {"form": "gas"}, "form", "Choose one of"),
        ("drug", {"suspected_substance": "x" * 101}, "suspected_substance", "at most 100"),
        ("drug", {"suspected_substance": "a\nb"}, "suspected_substance", "single line"),
        ("firearm", {"rendered_safe": False}, "rendered_safe_by", "not made safe"),
        ("currency", {"currency": "ABC"}, "currency", "not a known currency"),
        ("currency", {"denominations": []}, "denominations", "required"),
        ("currency", {"denominations": [("100", "0")]}, "denominations", "at least one"),
        ("currency", {"denominations": [("100", "1"), ("100.00", "2")]}, "denominations", "100.00 USD is listed twice"),
        ("natural_resource", {"volume": Decimal("NaN")}, "volume", "Type a number"),
        ("currency", {"denominations": [("0.001", "1")]}, "denominations", "decimals"),
        ("currency", {"denominations": [("0", "1")]}, "denominations", "above zero"),
        ("currency", {"total_minor": "1.00"}, "total_minor", "does not match"),
        ("vehicle", {"vin": "1HGBH41JXMN10918O"}, "vin", "17 letters"),
        ("vehicle", {"vin": "1HGBH41JXMN1091"}, "vin", "17 letters"),
        ("electronic", {"imei": "490154203237517"}, "imei", "last digit"),
        ("electronic", {"imei": "12345"}, "imei", "15 digits"),
        ("natural_resource", {"volume": "1.2345"}, "volume", "3 decimals"),
        ("natural_resource", {"volume": "-1"}, "volume", "negative"),
        ("other", {"currency": ""}, "estimated_value_minor", "currency"),
        ("other", {"estimated_value_minor": "1.5"}, "estimated_value_minor", "XOF amounts have at most 0 decimals"),
    ],
)
def test_field_errors(category, change, field, fragment):
    raw = dict(GOOD[Category(category)], **change)
    with pytest.raises(FormErrors) as exc:
        validate_category_fields(category, raw)
    assert field in exc.value.errors, exc.value.errors
    assert fragment in exc.value.errors[field]


def test_currency_stored_form_and_total_check():
    stored = {"currency": "JPY", "denominations": {"10000": 3, 1000: 2}}
    clean = validate_category_fields("currency", stored)
    assert clean["denominations"] == {"10000": 3, "1000": 2} and clean["total_minor"] == 32_000
    assert validate_category_fields("currency", dict(stored, total_minor="32000"))["total_minor"] == 32_000


def test_optional_fields_may_be_absent():
    assert validate_category_fields("other", {}) == {}
    assert validate_category_fields("ammunition", {"calibre": ".22 LR", "round_count": "50"}) == {
        "calibre": ".22 LR", "round_count": 50}


def test_unknown_category():
    with pytest.raises(ValueError):
        validate_category_fields("spaceship", {})


def test_vin_and_imei_helpers():
    assert check_vin("vin", "1hgbh41jxmn 109186") == "1HGBH41JXMN109186"
    assert luhn_valid("490154203237518") and not luhn_valid("490154203237519")
    assert check_imei("imei", "4901542032375186") == "4901542032375186"  # IMEISV: 16 digits, no check digit
