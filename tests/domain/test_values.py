"""Weights, money, text, counts, dates, GPS."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custody.domain.errors import ValidationError
from custody.domain.values import (
    CURRENCY_DECIMALS,
    MAX_WEIGHT_MG,
    GeoPoint,
    clean_text,
    currency_decimals,
    format_money,
    format_weight,
    parse_bool,
    parse_count,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_gps,
    parse_money,
    parse_weight,
)


# --- weights ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "unit", "mg"),
    [
        ("12.5", "g", 12_500),
        ("0.001", "g", 1),
        ("1", "mg", 1),
        ("1,5", "kg", 1_500_000),
        ("1,25", "g", 1_250),
        ("0,5", "g", 500),
        (",5", "g", 500),
        ("3 kg", "g", 3_000_000),  # a unit in the text wins
        ("800mg", "g", 800),
        ("2.5 KG", "mg", 2_500_000),
        ("  7  ", "g", 7_000),
        ("0", "g", 0),
        ("10000", "kg", MAX_WEIGHT_MG),
        ("1.000000", "kg", 1_000_000),
        ("０.５", "g", 500),  # full-width digits (NFKC)
        ("١٢", "g", 12_000),  # Arabic-Indic digits
        ("1.", "g", 1_000),
    ],
)
def test_parse_weight(text, unit, mg):
    assert parse_weight(text, unit) == mg


@pytest.mark.parametrize(
    ("text", "unit", "fragment"),
    [
        ("-1", "g", "negative"),
        ("10000.000001", "kg", "10 tonnes"),
        ("10000001", "g", "10 tonnes"),
        ("0.0001", "g", "milligram"),
        ("1.5", "mg", "milligram"),
        ("0.0000001", "kg", "milligram"),
        ("1,500", "g", "ambiguous"),
        ("1 500", "g", "spaces"),
        ("1\u00a0500", "g", "spaces"),
        ("1e3", "g", "number"),
        ("NaN", "g", "unit"),
        ("Infinity", "g", "unit"),
        ("12", "lb", "unit"),
        ("", "g", "required"),
        ("1.2.3", "g", "number"),
        ("1.000000000000000000000000000001", "g", "milligram"),  # more digits than Decimal's default precision
        ("9" * 60, "g", "number"),
    ],
)
def test_parse_weight_rejects(text, unit, fragment):
    with pytest.raises(ValidationError) as exc:
        parse_weight(text, unit)
    assert fragment in exc.value.message


def test_parse_weight_never_uses_float():
    # 0.1 + 0.2 style trouble: 1.1 g is exactly 1100 mg, 2.675 kg exactly 2675000 mg
    assert parse_weight("1.1", "g") == 1100
    assert parse_weight("2.675", "kg") == 2_675_000
    assert parse_weight("0.29", "g") == 290


@pytest.mark.parametrize(
    ("mg", "text"),
    [(0, "0 mg"), (350, "350 mg"), (999, "999 mg"), (1000, "1 g"), (12_500, "12.5 g"), (999_999, "999.999 g"),
     (1_000_000, "1 kg"), (1_250_003, "1.250003 kg"), (MAX_WEIGHT_MG, "10000 kg")],
)
def test_format_weight(mg, text):
    assert format_weight(mg) == text


def test_format_weight_forced_unit():
    assert format_weight(1_500, "mg") == "1500 mg"
    assert format_weight(1_500, "kg") == "0.0015 kg"
    with pytest.raises(TypeError):
        format_weight(1.5)  # type: ignore[arg-type]


@given(st.integers(0, MAX_WEIGHT_MG))
def test_weight_round_trip(mg):
    text = format_weight(mg)
    number, unit = text.split()
    assert parse_weight(number, unit) == mg
    assert parse_weight(text) == mg


# --- money ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1234.50", "USD", 123_450),
        ("1234.5", "usd", 123_450),
        ("0.01", "EUR", 1),
        ("10000", "JPY", 10_000),
        ("1.234", "KWD", 1_234),
        ("1.5", "BHD", 1_500),
        ("12,34", "EUR", 1_234),
        ("5", "XOF", 5),
        ("0", "USD", 0),
    ],
)
def test_parse_money(text, currency, minor):
    assert parse_money(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "fragment"),
    [
        ("1.5", "JPY", "at most 0 decimals"),
        ("0.001", "USD", "at most 2 decimals"),
        ("0.0001", "KWD", "at most 3 decimals"),
        ("-5", "USD", "negative"),
        ("1", "XYZ", "not a known currency"),
        ("1", "", "not a known currency"),
        ("1,000", "USD", "ambiguous"),
        ("10000000000000.01", "USD", "too large"),
        ("abc", "USD", "number"),
    ],
)
def test_parse_money_rejects(text, currency, fragment):
    with pytest.raises(ValidationError) as exc:
        parse_money(text, currency)
    assert fragment in exc.value.message


def test_format_money():
    assert format_money(123_450, "usd") == "1234.50 USD"
    assert format_money(5, "JPY") == "5 JPY"
    assert format_money(1_234, "KWD") == "1.234 KWD"
    assert format_money(1, "EUR") == "0.01 EUR"
    assert format_money(10**15, "USD") == "10000000000000.00 USD"


@given(st.integers(0, 10**15), st.sampled_from(["USD", "JPY", "KWD", "CLF", "EUR"]))
def test_money_round_trip(minor, currency):
    number, code = format_money(minor, currency).split()
    assert parse_money(number, code) == minor


def test_currency_table():
    assert currency_decimals("JPY") == 0
    assert currency_decimals("usd") == 2
    assert {c for c, d in CURRENCY_DECIMALS.items() if d == 3} == {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in CURRENCY_DECIMALS)
    assert len(CURRENCY_DECIMALS) > 150


# --- text -------------------------------------------------------------------------------------------------
def test_clean_text_basic():
    assert clean_text("  hello  ", "f", 10) == "hello"
    assert clean_text("", "f", 10) == ""
    assert clean_text(None, "f", 10) == ""
    assert clean_text("a\tb", "f", 10) == "a b"
    with pytest.raises(ValidationError, match="required"):
        clean_text("   ", "f", 10, True)


def test_clean_text_nfc_and_length_in_characters():
    decomposed = "Jose\u0301"  # e + combining acute
    assert clean_text(decomposed, "f", 4) == "Jos\u00e9"
    assert len(clean_text("Ж" * 10, "f", 10)) == 10
    with pytest.raises(ValidationError) as exc:
        clean_text("x" * 11, "name", 10)
    assert exc.value.field == "name"
    assert exc.value.message == "Too long: at most 10 characters, this has 11."


def test_clean_text_lines():
    with pytest.raises(ValidationError, match="single line"):
        clean_text("a\nb", "f", 10)
    assert clean_text("a \r\nb\rc", "f", 10, multiline=True) == "a\nb\nc"


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "a\x7fb", "a\u202eb", "a\u2066b", "a\u2028b", "a\ud800b"])
def test_clean_text_refuses_control_characters(bad):
    with pytest.raises(ValidationError, match="control character"):
        clean_text(bad, "f", 10, multiline=True)


def test_clean_text_keeps_joiners_and_other_scripts():
    persian = "می\u200cخواهم"  # zero-width non-joiner is needed in Persian
    assert clean_text(persian, "f", 20) == persian
    assert clean_text("مرحبا Привет 你好", "f", 40) == "مرحبا Привет 你好"


# --- counts, dates, yes/no, decimals ----------------------------------------------------------------------
def test_parse_count():
    assert parse_count("12") == 12
    assert parse_count(" +3 ") == 3
    assert parse_count(0) == 0
    for bad in ["-1", "1.5", "x", "1e3", -1, True]:
        with pytest.raises(ValidationError):
            parse_count(bad)
    with pytest.raises(ValidationError, match="too large"):
        parse_count("1" * 20)


def test_parse_date_and_datetime():
    assert parse_date("2026-03-31") == dt.date(2026, 3, 31)
    assert parse_date(dt.datetime(2026, 1, 2, 3, 4)) == dt.date(2026, 1, 2)
    for bad in ["2026-02-30", "31/03/2026", "2026-3-1", ""]:
        with pytest.raises(ValidationError):
            parse_date(bad)
    assert parse_datetime("2026-03-31 14:05") == dt.datetime(2026, 3, 31, 14, 5)
    aware = parse_datetime("2026-03-31T14:05:00+05:30")
    assert aware.utcoffset() == dt.timedelta(hours=5, minutes=30)
    for bad in ["2026-03-31", "14:05", "2026-03-31 25:00"]:
        with pytest.raises(ValidationError):
            parse_datetime(bad)


def test_parse_bool():
    assert parse_bool("Yes") is True and parse_bool("no") is False
    assert parse_bool(True) is True and parse_bool(0) is False
    with pytest.raises(ValidationError):
        parse_bool("maybe")


def test_parse_decimal():
    assert parse_decimal("12.50") == Decimal("12.50")
    assert parse_decimal("-3,5") == Decimal("-3.5")


# --- GPS --------------------------------------------------------------------------------------------------
def test_parse_gps():
    assert parse_gps("") is None and parse_gps(None) is None
    point = parse_gps(" 6.9271, 79.8612 ")
    assert point == GeoPoint(Decimal("6.9271"), Decimal("79.8612"))
    assert str(point) == "6.9271, 79.8612"
    assert parse_gps("-4.3 15.3") == GeoPoint(Decimal("-4.3"), Decimal("15.3"))
    assert parse_gps("-4.3;15.3") == GeoPoint(Decimal("-4.3"), Decimal("15.3"))
    for bad in ["91, 0", "0, 181", "abc", "1.2", "1.123456789, 2"]:
        with pytest.raises(ValidationError):
            parse_gps(bad)
