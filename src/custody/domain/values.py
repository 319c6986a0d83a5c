"""Value parsing for what people type: weights, money, text, counts, dates, GPS positions.

Everything exact: weights are integer milligrams, money is integer minor units (cents), decimals are parsed
with :class:`decimal.Decimal`; no float ever. Every function raises
:class:`~custody.domain.errors.ValidationError` with a message an evidence officer understands.

Decimal separator: ``.`` or ``,``. Thousands separators are not accepted; ``1,500`` (a comma followed by
exactly three digits) is refused as ambiguous rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation, localcontext
from typing import NamedTuple

from custody.domain.errors import ValidationError
from custody.domain.i18n import N_

# --- messages ---------------------------------------------------------------------------------------------
MSG_REQUIRED = N_("Values", "This field is required.")
MSG_NOT_NUMBER = N_("Values", "Type a number, for example 12.5 (no spaces or thousands separators).")
MSG_AMBIGUOUS = N_(
    "Values",
    "'{text}' is ambiguous: is the comma a decimal point or a thousands separator? "
    "Type it without thousands separators, for example 1500 or 1.5.",
)
MSG_NEGATIVE = N_("Values", "The value cannot be negative.")
MSG_WEIGHT_UNIT = N_("Values", "Unknown weight unit '{unit}': use mg, g or kg.")
MSG_WEIGHT_TOO_BIG = N_("Values", "The weight is more than 10 tonnes; check the number and the unit.")
MSG_WEIGHT_PRECISION = N_(
    "Values", "Weights are recorded to the milligram: '{text}' has more decimals than that."
)
MSG_CURRENCY = N_("Values", "'{code}' is not a known currency code (use the 3-letter code, for example USD).")
MSG_MONEY_PRECISION = N_("Values", "{currency} amounts have at most {places} decimals.")
MSG_MONEY_TOO_BIG = N_("Values", "The amount is too large; check the number.")
MSG_TOO_LONG = N_("Values", "Too long: at most {max} characters, this has {count}.")
MSG_CONTROL = N_(
    "Values", "The text contains an invisible control character ({char}); please re-type it."
)
MSG_NEWLINE = N_("Values", "This field must be a single line.")
MSG_COUNT = N_("Values", "Type a whole number, 0 or more.")
MSG_COUNT_TOO_BIG = N_("Values", "The number is too large (at most {max}).")
MSG_DATE = N_("Values", "Type the date as year-month-day, for example 2026-03-31.")
MSG_DATETIME = N_("Values", "Type the date and time as year-month-day hours:minutes, for example 2026-03-31 14:05.")
MSG_BOOL = N_("Values", "Answer yes or no.")
MSG_GPS = N_("Values", "Type the position as latitude, longitude in degrees, for example 6.9271, 79.8612.")
MSG_GPS_RANGE = N_("Values", "Latitude must be between -90 and 90 and longitude between -180 and 180.")
MSG_DECIMAL_PRECISION = N_("Values", "At most {places} decimals.")

# --- currencies -------------------------------------------------------------------------------------------
# ISO 4217 alphabetic code -> number of minor-unit decimals. Current codes plus a few recently withdrawn ones
# (cash in an evidence room can be old). Codes not listed have 2 decimals if added via CURRENCY_DECIMALS.
_ZERO = "BIF BYR CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE = "BHD IQD JOD KWD LYD OMR TND"
_FOUR = "CLF UYW"
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD "
    "CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP "
    "GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD "
    "MDL MGA MKD MMK MNT MOP MRO MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP "
    "PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STD STN SVC SYP SZL THB TJS "
    "TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VEF VES WST XCD XCG YER ZAR ZMW ZWG ZWL"
)
CURRENCY_DECIMALS: dict[str, int] = {
    **dict.fromkeys(_TWO.split(), 2),
    **dict.fromkeys(_ZERO.split(), 0),
    **dict.fromkeys(_THREE.split(), 3),
    **dict.fromkeys(_FOUR.split(), 4),
}
CURRENCY_CODES: tuple[str, ...] = tuple(sorted(CURRENCY_DECIMALS))

MAX_WEIGHT_MG = 10_000_000_000  # 10 tonnes
MAX_MONEY_MINOR = 10**15
MAX_COUNT = 10**9
_WEIGHT_PLACES = {"mg": 0, "g": 3, "kg": 6}

_MAX_NUMBER_CHARS = 40  # with at most 40 digits, Decimal arithmetic below at precision 60 is exact
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_decimal(text: str, *, field: str | None = None) -> Decimal:
    """Parse a plain decimal number typed by a person ('.' or ',' as decimal point, no thousands separators)."""
    t = _nfkc(str(text))
    if not t:
        raise ValidationError(field, MSG_REQUIRED)
    if len(t) > _MAX_NUMBER_CHARS or not _NUMBER_RE.fullmatch(t):
        raise ValidationError(field, MSG_NOT_NUMBER)
    if "," in t:
        whole, _, frac = t.partition(",")
        if len(frac) == 3 and whole.lstrip("+-"):
            raise ValidationError(field, MSG_AMBIGUOUS, text=t)
        t = t.replace(",", ".")
    try:
        value = Decimal(t)
    except InvalidOperation:  # pragma: no cover - the regex already excludes this
        raise ValidationError(field, MSG_NOT_NUMBER) from None
    if not value.is_finite():  # pragma: no cover
        raise ValidationError(field, MSG_NOT_NUMBER)
    return value


def _scaled_int(value: Decimal, places: int) -> int | None:
    """``value * 10**places`` as int if that has no fractional part, else None. Exact (no rounding)."""
    with localcontext() as ctx:
        ctx.prec = 60
        scaled = value.scaleb(places)
        if scaled != scaled.to_integral_value():
            return None
        return int(scaled)


# --- weight -----------------------------------------------------------------------------------------------
def parse_weight(text: str, unit: str = "g", *, field: str | None = None) -> int:
    """Weight typed in ``unit`` ('mg', 'g' or 'kg') to integer milligrams.

    The text may end with its own unit ("12.5 kg"), which then wins over ``unit``. Refuses negative values,
    more than 10 tonnes, and more precision than a milligram.
    """
    t = _nfkc(str(text))
    m = re.fullmatch(r"(.*?)\s*([a-zA-Z]+)", t)
    if m:
        t, unit = m[1], m[2]
    unit = unit.strip().lower()
    if unit not in _WEIGHT_PLACES:
        raise ValidationError(field, MSG_WEIGHT_UNIT, unit=unit)
    value = parse_decimal(t, field=field)
    if value < 0:
        raise ValidationError(field, MSG_NEGATIVE)
    mg = _scaled_int(value, _WEIGHT_PLACES[unit])
    if mg is None:
        raise ValidationError(field, MSG_WEIGHT_PRECISION, text=f"{t} {unit}")
    if mg > MAX_WEIGHT_MG:
        raise ValidationError(field, MSG_WEIGHT_TOO_BIG)
    return mg


def _plain(value: Decimal) -> str:
    """Decimal without exponent and without trailing zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_weight(mg: int, unit: str | None = None) -> str:
    """Exact human text for ``mg`` milligrams: "350 mg", "12.5 g", "1.250003 kg". Never rounds.

    ``unit`` forces 'mg', 'g' or 'kg'; by default below 1 g uses mg, below 1 kg uses g, else kg.
    """
    if isinstance(mg, bool) or not isinstance(mg, int):
        raise TypeError("weight must be an int number of milligrams")
    if unit is None:
        unit = "mg" if abs(mg) < 1_000 else "g" if abs(mg) < 1_000_000 else "kg"
    with localcontext() as ctx:
        ctx.prec = 60
        return f"{_plain(Decimal(mg).scaleb(-_WEIGHT_PLACES[unit]))} {unit}"


# --- money ------------------------------------------------------------------------------------------------
def currency_decimals(code: str, *, field: str | None = "currency") -> int:
    """Minor-unit decimals of an ISO 4217 code (JPY 0, USD 2, KWD 3); raises for unknown codes."""
    norm = _nfkc(str(code)).upper()
    try:
        return CURRENCY_DECIMALS[norm]
    except KeyError:
        raise ValidationError(field, MSG_CURRENCY, code=norm) from None


def normalise_currency(code: str, *, field: str | None = "currency") -> str:
    norm = _nfkc(str(code)).upper()
    currency_decimals(norm, field=field)
    return norm


def parse_money(text: str, currency: str, *, field: str | None = None) -> int:
    """Amount typed in major units ("1234.50") to integer minor units of ``currency`` (123450)."""
    places = currency_decimals(currency)
    value = parse_decimal(text, field=field)
    if value < 0:
        raise ValidationError(field, MSG_NEGATIVE)
    minor = _scaled_int(value, places)
    if minor is None:
        raise ValidationError(field, MSG_MONEY_PRECISION, currency=normalise_currency(currency), places=places)
    if minor > MAX_MONEY_MINOR:
        raise ValidationError(field, MSG_MONEY_TOO_BIG)
    return minor


def format_money(minor: int, currency: str) -> str:
    """"1234.50 USD" for 123450 minor units of USD; exact, all minor-unit decimals shown."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError("amount must be an int number of minor units")
    code = normalise_currency(currency)
    places = CURRENCY_DECIMALS[code]
    with localcontext() as ctx:
        ctx.prec = 60
        return f"{Decimal(minor).scaleb(-places):f} {code}"


# --- text -------------------------------------------------------------------------------------------------
# Bidirectional embedding/override/isolate controls can make printed text read differently from what is stored.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(
    text: str | None,
    field: str | None = None,
    max_len: int = 200,
    required: bool = False,
    *,
    multiline: bool = False,
) -> str:
    """NFC-normalise, strip, and check a text typed by a person. Returns "" for an empty optional value.

    Refuses control characters (except newline in ``multiline`` fields; tabs become spaces; CR LF becomes
    LF), bidirectional override characters and lone surrogates. ``max_len`` counts characters (code points
    after NFC).
    """
    t = unicodedata.normalize("NFC", "" if text is None else str(text))
    t = t.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").strip()
    if not t:
        if required:
            raise ValidationError(field, MSG_REQUIRED)
        return ""
    if multiline:
        t = "\n".join(line.rstrip() for line in t.split("\n"))
    for ch in t:
        if ch == "\n":
            if not multiline:
                raise ValidationError(field, MSG_NEWLINE)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs") or ch in _BIDI_CONTROLS or ch in "\u2028\u2029":
            raise ValidationError(field, MSG_CONTROL, char=f"U+{ord(ch):04X}")
    if len(t) > max_len:
        raise ValidationError(field, MSG_TOO_LONG, max=max_len, count=len(t))
    return t


# --- counts, dates, yes/no --------------------------------------------------------------------------------
def parse_count(text: str | int, *, field: str | None = None, maximum: int = MAX_COUNT) -> int:
    """A whole number >= 0 ("12"); refuses decimals and signs other than a leading '+'."""
    if isinstance(text, bool):
        raise ValidationError(field, MSG_COUNT)
    if isinstance(text, int):
        value = text
    else:
        t = _nfkc(str(text))
        if not t:
            raise ValidationError(field, MSG_REQUIRED)
        if not re.fullmatch(r"\+?\d+", t):
            raise ValidationError(field, MSG_COUNT)
        value = int(t)
    if value < 0:
        raise ValidationError(field, MSG_COUNT)
    if value > maximum:
        raise ValidationError(field, MSG_COUNT_TOO_BIG, max=maximum)
    return value


def parse_date(text: str | dt.date, *, field: str | None = None) -> dt.date:
    """ISO date "2026-03-31" (or a date object)."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    t = _nfkc(text)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
        raise ValidationError(field, MSG_DATE)
    try:
        return dt.date.fromisoformat(t)
    except ValueError:
        raise ValidationError(field, MSG_DATE) from None


def parse_datetime(text: str | dt.datetime, *, field: str | None = None) -> dt.datetime:
    """"2026-03-31 14:05" or ISO 8601 ("2026-03-31T14:05:00+05:30"); a datetime object passes through.
    Naive values are the station's local time; an offset, if typed, is kept."""
    if isinstance(text, dt.datetime):
        return text
    t = _nfkc(text)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", t):
        raise ValidationError(field, MSG_DATETIME)
    try:
        return dt.datetime.fromisoformat(t)
    except ValueError:
        raise ValidationError(field, MSG_DATETIME) from None


_YES = frozenset({"1", "y", "yes", "true", "on"})
_NO = frozenset({"0", "n", "no", "false", "off"})


def parse_bool(value: str | bool | int, *, field: str | None = None) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    t = _nfkc(str(value)).lower()
    if t in _YES:
        return True
    if t in _NO:
        return False
    raise ValidationError(field, MSG_BOOL)


# --- GPS --------------------------------------------------------------------------------------------------
class GeoPoint(NamedTuple):
    lat: Decimal
    lon: Decimal

    def __str__(self) -> str:
        return f"{self.lat}, {self.lon}"


GPS_MAX_DECIMALS = 8  # about a millimetre; more is noise


def parse_gps(text: str | None, *, field: str | None = "gps") -> GeoPoint | None:
    """Optional position "lat, lon" in decimal degrees (also "lat lon" or "lat; lon"). Empty gives None."""
    t = _nfkc(text or "")
    if not t:
        return None
    m = re.fullmatch(r"([+-]?\d{1,3}(?:\.\d+)?)\s*[,; ]\s*([+-]?\d{1,3}(?:\.\d+)?)", t)
    if not m:
        raise ValidationError(field, MSG_GPS)
    lat, lon = Decimal(m[1]), Decimal(m[2])
    for v in (lat, lon):
        exponent = v.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > GPS_MAX_DECIMALS:
            raise ValidationError(field, MSG_DECIMAL_PRECISION, places=GPS_MAX_DECIMALS)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValidationError(field, MSG_GPS_RANGE)
    return GeoPoint(lat, lon)
