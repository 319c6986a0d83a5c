"""Barcode id formats: items, locations, officers' badges, seizure documents, case numbers.

Item ids look like ``UN-DIL-26-000123-7``: ``{PREFIX}-{YY}-{NNNNNN}-{C}``. Location and badge ids look like
``LOC-000012-X`` and ``OFF-000034-Y``. Only upper-case A-Z, 0-9 and ``-`` are used, which type the same on
every keyboard layout.

The check character ``C`` is a Damm check over a quasigroup of order 36 (see below), computed over every
character before it with the hyphens left out (for an item: prefix, year and number; for a location: ``LOC``
and the number). It catches every single-character substitution and every swap of two adjacent characters;
``tests/domain/test_ids.py`` measures the rate on other swaps. (ISO 7064 MOD 37,36 was tried first: it misses
0.16 % of adjacent swaps, which a counter officer typing an id does make.)

Hyphens do not take part in the check. A hyphen moved inside a multi-group prefix (``UN-DIL`` typed as
``UN-PDIL``) is therefore caught only when the caller passes the station's known prefixes to
:func:`parse_item_id` / :func:`classify_scan`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Literal, NamedTuple

from custody.domain.errors import ValidationError
from custody.domain.i18n import N_

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}

LOCATION_PREFIX = "LOC"
OFFICER_PREFIX = "OFF"
RESERVED_PREFIXES = frozenset({LOCATION_PREFIX, OFFICER_PREFIX})

MAX_NUMBER = 999_999

# --- messages ---------------------------------------------------------------------------------------------
MSG_EMPTY = N_("Ids", "Nothing was scanned or typed.")
MSG_BAD_CHARS = N_(
    "Ids", "This is not a valid {what}: only the letters A to Z, the digits 0 to 9 and '-' can appear in it."
)
MSG_BAD_SHAPE = N_("Ids", "This is not a valid {what}: it should look like {example}.")
MSG_CHECK = N_(
    "Ids", "This is not a valid {what}: the check character does not match. Re-scan or re-type it."
)
MSG_UNKNOWN_PREFIX = N_(
    "Ids",
    "This is not a valid item number: it does not start with a prefix used here ({prefixes}). "
    "Re-scan or re-type it.",
)
MSG_UNKNOWN_SCAN = N_(
    "Ids",
    "This code is not an item, location or badge number. Re-scan it, or type it as printed under the barcode.",
)
MSG_PREFIX_SHAPE = N_(
    "Ids",
    "The item number prefix is at most 6 characters: 1 to 3 groups of capital letters or digits separated by "
    "'-' (for example UN-DIL). Longer prefixes make barcodes too wide for a 62 mm label.",
)
MSG_PREFIX_RESERVED = N_(
    "Ids", "The item number prefix cannot start with {group}: that is used for location and badge codes."
)
MSG_YEAR = N_("Ids", "The year must be given as two digits, 00 to 99.")
MSG_NUMBER = N_("Ids", "The running number must be between 1 and 999999.")
MSG_SEIZURE_SHAPE = N_(
    "Ids", "This is not a valid seizure document number: it should look like 2026-000123 (year, then 6 digits)."
)
MSG_SEIZURE_YEAR = N_("Ids", "The year of the seizure document number must be between 1900 and 2999.")
MSG_CASE_EMPTY = N_("Ids", "Enter the case number.")
MSG_CASE_LONG = N_("Ids", "The case number is too long: at most {max} characters, this one has {count}.")
MSG_CASE_CHARS = N_(
    "Ids",
    "The case number can contain only letters, digits, spaces and the signs / - . (found: {chars}).",
)

WHAT_ITEM = N_("Ids", "item number")
WHAT_LOCATION = N_("Ids", "location code")
WHAT_OFFICER = N_("Ids", "badge code")

_EXAMPLES = {
    WHAT_ITEM: "UN-DIL-26-000123-7",
    WHAT_LOCATION: "LOC-000012-X",
    WHAT_OFFICER: "OFF-000034-Y",
}

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
PREFIX_MAX_LEN = 6
"""Longest item-id prefix, hyphens included (``UN-DIL``). Item ids are then at most 19 characters, a Code 128
symbol of at most 233 modules, which still fits a 62 mm label with 10-module quiet zones at 0.245 mm a module
(see ``custody.reports.labels``)."""
# 1 to 3 groups of A-Z0-9 joined by single hyphens; the lookahead caps the whole prefix at PREFIX_MAX_LEN.
_PREFIX_RE = re.compile(rf"(?=[A-Z0-9-]{{1,{PREFIX_MAX_LEN}}}\Z)[A-Z0-9]+(?:-[A-Z0-9]+){{0,2}}")
_ITEM_RE = re.compile(
    rf"(?P<prefix>[A-Z0-9-]{{1,{PREFIX_MAX_LEN}}})"
    r"-(?P<year>[0-9]{2})-(?P<number>[0-9]{6})-(?P<check>[0-9A-Z])"
)
_SERIAL_RE = re.compile(r"(?P<prefix>LOC|OFF)-(?P<number>[0-9]{6})-(?P<check>[0-9A-Z])")
_ALLOWED = frozenset(ALPHABET + "-")


# --- the check character ----------------------------------------------------------------------------------
# A Damm check (H. M. Damm, 2004) over a totally anti-symmetric quasigroup of order 36, built as the
# direct product of two such quasigroups: GF(4) with x*y = t*x + y and Z9 with x*y = 2x + y (t is a
# generator of GF(4); neither multiplier is 0 or 1, so both factors, and hence the product, are totally
# anti-symmetric). A character's value v = 9*p + q (p in GF(4) as 2 bits, q in Z9). Validation runs the
# whole code, check character included, and accepts it only if the final state is 0. This catches EVERY
# single-character substitution and EVERY swap of two adjacent characters (tests check both exhaustively).
_GF4_TIMES_T = (0, 2, 3, 1)  # multiplication by t in GF(4) = {0, 1, t, t+1} encoded as 0, 1, 2, 3


def _op(state: int, v: int) -> int:
    sp, sq = divmod(state, 9)
    vp, vq = divmod(v, 9)
    return 9 * (_GF4_TIMES_T[sp] ^ vp) + (2 * sq + vq) % 9


def _state(payload: str) -> int:
    state = 0
    for ch in payload:
        if ch == "-":
            continue
        try:
            v = _VALUE[ch]
        except KeyError:
            raise ValueError(f"character {ch!r} is not in the check alphabet 0-9A-Z") from None
        state = _op(state, v)
    return state


def check_character(payload: str) -> str:
    """The check character for ``payload`` (characters of ``0-9A-Z``; '-' is skipped)."""
    sp, sq = divmod(_state(payload), 9)
    return ALPHABET[9 * _GF4_TIMES_T[sp] + (-2 * sq) % 9]


def has_valid_check(text_with_check: str) -> bool:
    """True if the last character of ``text_with_check`` is the right check character for the rest."""
    if len(text_with_check) < 2 or text_with_check[-1] not in _VALUE:
        return False
    try:
        return _state(text_with_check) == 0
    except ValueError:
        return False


# --- normalisation ----------------------------------------------------------------------------------------
def normalise_code(text: str) -> str:
    """Scanner/keyboard input to canonical form: NFKC (full-width to ASCII), dashes to '-', strip, upper-case."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES).strip().upper()


def _check_chars(text: str, what: str) -> None:
    if not text:
        raise ValidationError(None, MSG_EMPTY)
    if not set(text) <= _ALLOWED:
        raise ValidationError(None, MSG_BAD_CHARS, what=what)


# --- item ids ---------------------------------------------------------------------------------------------
class ItemId(NamedTuple):
    prefix: str
    year: int  # two-digit year, 0..99
    number: int
    check: str

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year:02d}-{self.number:06d}-{self.check}"


def validate_prefix(prefix: str) -> str:
    """Normalise and check a station's item-id prefix; return it (e.g. ``"UN-DIL"``)."""
    norm = normalise_code(prefix)
    if not _PREFIX_RE.fullmatch(norm):
        raise ValidationError("prefix", MSG_PREFIX_SHAPE)
    first = norm.split("-", 1)[0]
    if first in RESERVED_PREFIXES:
        raise ValidationError("prefix", MSG_PREFIX_RESERVED, group=first)
    return norm


def make_item_id(prefix: str, year2: int, number: int) -> str:
    """Build ``{PREFIX}-{YY}-{NNNNNN}-{C}``. ``year2`` is 0..99 (e.g. 26 for 2026), ``number`` 1..999999."""
    prefix = validate_prefix(prefix)
    if isinstance(year2, bool) or not isinstance(year2, int) or not 0 <= year2 <= 99:
        raise ValidationError("year", MSG_YEAR)
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_NUMBER:
        raise ValidationError("number", MSG_NUMBER)
    body = f"{prefix}-{year2:02d}-{number:06d}"
    return f"{body}-{check_character(body)}"


def parse_item_id(text: str, *, prefixes: Iterable[str] | None = None) -> ItemId:
    """Parse and verify an item id typed or scanned by a person.

    ``prefixes``: the item-id prefixes in use (this station's and any other whose items are held here).
    When given, an id with another prefix is refused; this also catches a hyphen moved inside the prefix,
    which the check character cannot see.
    """
    norm = normalise_code(text)
    _check_chars(norm, WHAT_ITEM)
    m = _ITEM_RE.fullmatch(norm)
    if not m or not _PREFIX_RE.fullmatch(m["prefix"]) or m["prefix"].split("-", 1)[0] in RESERVED_PREFIXES:
        raise ValidationError(None, MSG_BAD_SHAPE, what=WHAT_ITEM, example=_EXAMPLES[WHAT_ITEM])
    if prefixes is not None:
        known = sorted({normalise_code(p) for p in prefixes})
        if m["prefix"] not in known:
            raise ValidationError(None, MSG_UNKNOWN_PREFIX, prefixes=", ".join(known))
    if not has_valid_check(norm):
        raise ValidationError(None, MSG_CHECK, what=WHAT_ITEM)
    number = int(m["number"])
    if number < 1:
        raise ValidationError(None, MSG_BAD_SHAPE, what=WHAT_ITEM, example=_EXAMPLES[WHAT_ITEM])
    return ItemId(m["prefix"], int(m["year"]), number, m["check"])


# --- location and badge codes -----------------------------------------------------------------------------
def _make_serial(prefix: str, number: int) -> str:
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_NUMBER:
        raise ValidationError("number", MSG_NUMBER)
    body = f"{prefix}-{number:06d}"
    return f"{body}-{check_character(body)}"


def _parse_serial(text: str, prefix: str, what: str) -> int:
    norm = normalise_code(text)
    _check_chars(norm, what)
    m = _SERIAL_RE.fullmatch(norm)
    if not m or m["prefix"] != prefix or int(m["number"]) < 1:
        raise ValidationError(None, MSG_BAD_SHAPE, what=what, example=_EXAMPLES[what])
    if not has_valid_check(norm):
        raise ValidationError(None, MSG_CHECK, what=what)
    return int(m["number"])


def make_location_code(number: int) -> str:
    """``LOC-NNNNNN-C`` for location ``number`` (1..999999)."""
    return _make_serial(LOCATION_PREFIX, number)


def parse_location_code(text: str) -> int:
    """Verify a location code and return its number."""
    return _parse_serial(text, LOCATION_PREFIX, WHAT_LOCATION)


def make_badge_code(number: int) -> str:
    """``OFF-NNNNNN-C`` for badge ``number`` (1..999999)."""
    return _make_serial(OFFICER_PREFIX, number)


def parse_badge_code(text: str) -> int:
    """Verify a badge code and return its number."""
    return _parse_serial(text, OFFICER_PREFIX, WHAT_OFFICER)


# --- scans ------------------------------------------------------------------------------------------------
ScanKind = Literal["item", "location", "officer"]


class ScanCode(NamedTuple):
    kind: ScanKind
    value: str  # the canonical code text, e.g. "LOC-000012-X"


def classify_scan(text: str, *, prefixes: Iterable[str] | None = None) -> ScanCode:
    """Tell what a scan is and verify it. Raises ValidationError for unknown or mistyped codes."""
    norm = normalise_code(text)
    if not norm:
        raise ValidationError(None, MSG_EMPTY)
    head = norm.split("-", 1)[0]
    if head == LOCATION_PREFIX and norm.count("-") == 2:
        parse_location_code(norm)
        return ScanCode("location", norm)
    if head == OFFICER_PREFIX and norm.count("-") == 2:
        parse_badge_code(norm)
        return ScanCode("officer", norm)
    if not set(norm) <= _ALLOWED or not _ITEM_RE.fullmatch(norm):
        raise ValidationError(None, MSG_UNKNOWN_SCAN)
    return ScanCode("item", str(parse_item_id(norm, prefixes=prefixes)))


# --- seizure document numbers -----------------------------------------------------------------------------
class SeizureNumber(NamedTuple):
    year: int
    number: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.number:06d}"


_SEIZURE_RE = re.compile(r"([0-9]{4})-([0-9]{6})")


def format_seizure_number(year: int, number: int) -> str:
    """``YYYY-NNNNNN``."""
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2999:
        raise ValidationError("document_number", MSG_SEIZURE_YEAR)
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_NUMBER:
        raise ValidationError("document_number", MSG_NUMBER)
    return str(SeizureNumber(year, number))


def parse_seizure_number(text: str) -> SeizureNumber:
    norm = normalise_code(text)
    m = _SEIZURE_RE.fullmatch(norm)
    if not m:
        raise ValidationError("document_number", MSG_SEIZURE_SHAPE)
    year, number = int(m[1]), int(m[2])
    if not 1900 <= year <= 2999:
        raise ValidationError("document_number", MSG_SEIZURE_YEAR)
    if number < 1:
        raise ValidationError("document_number", MSG_NUMBER)
    return SeizureNumber(year, number)


# --- case numbers -----------------------------------------------------------------------------------------
CASE_NUMBER_MAX = 40
_CASE_EXTRA = frozenset("/-. ")


def normalise_case_number(text: str) -> str:
    """NFKC, surrounding whitespace removed, inner runs of whitespace as one space, upper-case; then checked.

    Allowed: letters of any script, digits, space, ``/``, ``-``, ``.``; 1 to 40 characters.
    """
    norm = " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).split()).upper()
    if not norm:
        raise ValidationError("case_number", MSG_CASE_EMPTY)
    bad = sorted({ch for ch in norm if not (ch in _CASE_EXTRA or ch.isalpha() or ch.isdecimal())})
    if bad:
        shown = " ".join(repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}" for ch in bad)
        raise ValidationError("case_number", MSG_CASE_CHARS, chars=shown)
    if len(norm) > CASE_NUMBER_MAX:
        raise ValidationError("case_number", MSG_CASE_LONG, max=CASE_NUMBER_MAX, count=len(norm))
    return norm
