"""Ledger entry bodies and entry hashes (LEDGER.md section 1)."""

from __future__ import annotations

import json
import json.scanner
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

from .canonical import MAX_SAFE_INT, CanonicalError, canonical_bytes, parse_canonical

__all__ = [
    "BODY_MEMBERS",
    "FORMAT_VERSION",
    "ZERO_HASH",
    "check_body_members",
    "entry_hash",
    "format_time",
    "make_body",
    "parse_body",
    "parse_time",
    "validate_body",
]

ZERO_HASH = "0" * 64
FORMAT_VERSION = 1
#: Body members in the order of LEDGER.md section 1 (the encoding sorts them anyway).
BODY_MEMBERS: tuple[str, ...] = (
    "v", "seq", "prev", "kind", "at", "station", "actor", "item", "item_prev", "case", "signers", "data",
)
_MEMBER_SET = frozenset(BODY_MEMBERS)
_SORTED_MEMBERS = sorted(BODY_MEMBERS)

_HEX64_RE = re.compile(r"[0-9a-f]{64}")
_KIND_RE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")
_AT_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})\.([0-9]{3})Z")

_LEAF_PREFIX = b"\x00"


def entry_hash(body: bytes) -> bytes:
    """Entry hash = Merkle leaf hash = ``SHA-256(0x00 || body)`` (32 raw bytes)."""
    return sha256(_LEAF_PREFIX + body).digest()


# ------------------------------------------------------------------------------------------------------- time


def format_time(dt: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS.mmmZ`` in UTC (milliseconds truncated). ``dt`` must be timezone-aware."""
    if not isinstance(dt, datetime):
        raise TypeError(f"expected a datetime, got {type(dt).__name__}")
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("naive datetime: ledger times must be timezone-aware")
    u = dt.astimezone(UTC)
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}."
        f"{u.microsecond // 1000:03d}Z"
    )


def parse_time(s: str) -> datetime:
    """Parse a ledger time (``2026-01-31T12:00:00.000Z``) to an aware UTC datetime; ValueError if malformed."""
    m = _AT_RE.fullmatch(s) if isinstance(s, str) else None
    if m is None:
        raise ValueError(f"not a ledger time (YYYY-MM-DDTHH:MM:SS.mmmZ): {s!r}")
    y, mo, d, h, mi, sec, ms = (int(g) for g in m.groups())
    return datetime(y, mo, d, h, mi, sec, ms * 1000, tzinfo=UTC)


def _valid_at(at: object) -> bool:
    if type(at) is not str or not _AT_RE.fullmatch(at):
        return False
    try:
        datetime.fromisoformat(at[:-1])
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------------------------------------------ bodies


def _nonempty_str(value: object) -> bool:
    return type(value) is str and value != ""


def check_body_members(obj: Any) -> None:
    """Check the members of a parsed body (presence, types, formats); CanonicalError with the reason.

    Deep canonical rules inside ``data`` (key names, integer range, no floats, NFC) are not checked here: they are
    checked by parsing with :mod:`custody.ledger.canonical` or by :func:`validate_body`.
    """
    if type(obj) is not dict:
        raise CanonicalError("body is not a JSON object")
    if obj.keys() != _MEMBER_SET:
        missing = sorted(_MEMBER_SET - obj.keys())
        extra = sorted(set(obj) - _MEMBER_SET)
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing))
        if extra:
            parts.append("unexpected " + ", ".join(map(str, extra)))
        raise CanonicalError("body members wrong: " + "; ".join(parts))
    v = obj["v"]
    if type(v) is not int or v != FORMAT_VERSION:
        raise CanonicalError(f"v must be {FORMAT_VERSION}, found {v!r}")
    seq = obj["seq"]
    if type(seq) is not int or not 1 <= seq < MAX_SAFE_INT:
        raise CanonicalError(f"seq must be an integer >= 1 (and < 2**53), found {seq!r}")
    prev = obj["prev"]
    if type(prev) is not str or not _HEX64_RE.fullmatch(prev):
        raise CanonicalError(f"prev must be 64 lower-case hex digits, found {prev!r}")
    if seq == 1 and prev != ZERO_HASH:
        raise CanonicalError("prev of seq 1 must be 64 zeros")
    kind = obj["kind"]
    if type(kind) is not str or not _KIND_RE.fullmatch(kind):
        raise CanonicalError(f"kind must be dotted lower case (custody.transferred), found {kind!r}")
    if not _valid_at(obj["at"]):
        raise CanonicalError(f"at must be a UTC time YYYY-MM-DDTHH:MM:SS.mmmZ, found {obj['at']!r}")
    if not _nonempty_str(obj["station"]):
        raise CanonicalError(f"station must be a non-empty string, found {obj['station']!r}")
    if not _nonempty_str(obj["actor"]):
        raise CanonicalError(f"actor must be a non-empty string, found {obj['actor']!r}")
    item = obj["item"]
    if item is not None and not _nonempty_str(item):
        raise CanonicalError(f"item must be a non-empty string or null, found {item!r}")
    item_prev = obj["item_prev"]
    if item_prev is not None:
        if type(item_prev) is not str or not _HEX64_RE.fullmatch(item_prev):
            raise CanonicalError(f"item_prev must be 64 lower-case hex digits or null, found {item_prev!r}")
        if item is None:
            raise CanonicalError("item_prev must be null when item is null")
    case = obj["case"]
    if case is not None and not _nonempty_str(case):
        raise CanonicalError(f"case must be a non-empty string or null, found {case!r}")
    signers = obj["signers"]
    if type(signers) is not list:
        raise CanonicalError(f"signers must be an array, found {signers!r}")
    last = ""
    for name in signers:
        if not _nonempty_str(name):
            raise CanonicalError(f"signers must be non-empty strings, found {name!r}")
        if name <= last:
            raise CanonicalError("signers must be sorted and without duplicates")
        last = name
    if type(obj["data"]) is not dict:
        raise CanonicalError(f"data must be an object, found {obj['data']!r}")


_KEYS_RE = re.compile(r"(?:[a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)*)?")


def _keys_ok(keys: list[str]) -> bool:
    """Sorted, and each key matches [a-z][a-z0-9_]* (the comma count catches a comma inside a key)."""
    joined = ",".join(keys)
    return keys == sorted(keys) and bool(_KEYS_RE.fullmatch(joined)) and joined.count(",") == max(len(keys) - 1, 0)


def _reject_number(s: str) -> Any:
    raise CanonicalError(f"{s} is not allowed (floats and NaN are not)")


_PLAIN_DECODER = json.JSONDecoder(parse_float=_reject_number, parse_constant=_reject_number)
_scan_json = json.scanner.make_scanner(_PLAIN_DECODER)  # (text, index) -> (value, end); no white-space skipping


class _NotFast(Exception):
    """Internal: the fast path cannot decide; use the reference parser."""


def _walk(obj: dict[str, Any]) -> int:
    """Check keys (sorted, well formed) and integers of a parsed object tree; return the number of keys."""
    keys = list(obj)
    if not _keys_ok(keys):
        raise _NotFast
    n = len(keys)
    for value in obj.values():
        t = type(value)
        if t is str or t is bool or value is None:
            continue
        if t is int:
            if not -MAX_SAFE_INT < value < MAX_SAFE_INT:
                raise _NotFast
        elif t is dict:
            n += _walk(value)
        elif t is list:
            n += _walk_list(value)
    return n


def _walk_list(items: list[Any]) -> int:
    n = 0
    for value in items:
        t = type(value)
        if t is int:
            if not -MAX_SAFE_INT < value < MAX_SAFE_INT:
                raise _NotFast
        elif t is dict:
            n += _walk(value)
        elif t is list:
            n += _walk_list(value)
    return n


# Fast path for ordinary bodies (no backslash anywhere): the top level in canonical form with its member formats,
# ``data`` captured as text. Soundness does not depend on where the greedy ``data`` group ends: the text is the
# concatenation of canonical pieces, so once ``data`` is checked canonical the whole text is canonical.
_S = r'[^"\\\x00-\x1f]+'
_BODY_RE = re.compile(
    r'\{"actor":"(' + _S + r')","at":"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z)",'
    r'"case":(?:null|"(' + _S + r')"),"data":(\{.*\}),"item":(?:null|"(' + _S + r')"),'
    r'"item_prev":(?:null|"([0-9a-f]{64})"),"kind":"([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)",'
    r'"prev":"([0-9a-f]{64})","seq":([1-9][0-9]{0,15}),"signers":\[((?:"' + _S + r'"(?:,"' + _S + r'")*)?)\],'
    r'"station":"(' + _S + r')","v":1\}',
    re.DOTALL,
)
# Outside strings: white space, -0 or a 16-digit number (maybe >= 2**53) need the reference parser.
_OUTSIDE_DOUBT_RE = re.compile(r"[ \t\n\r]|-0|[0-9]{16}")
_fromisoformat = datetime.fromisoformat


def _fast_body(text: str) -> dict[str, Any]:
    m = _BODY_RE.fullmatch(text)
    if m is None:
        raise _NotFast
    actor, at, case, data_s, item, item_prev, kind, prev, seq_s, signers_s, station = m.groups()
    if data_s.count("[") + data_s.count("{") > 60:  # could nest deeper than the reference allows: let it decide
        raise _NotFast
    data, end = _scan_json(data_s, 0)
    if type(data) is not dict or end != len(data_s):
        raise _NotFast
    outside = "".join(data_s.split('"')[::2])
    if _OUTSIDE_DOUBT_RE.search(outside):
        raise _NotFast
    if outside.count("{") == 1:
        keys = list(data)
        if not _keys_ok(keys) or data_s.count('":') != len(keys):
            raise _NotFast
    elif data_s.count('":') != _walk(data):
        raise _NotFast
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        raise _NotFast
    seq = int(seq_s)
    if seq >= MAX_SAFE_INT or (seq == 1 and prev != ZERO_HASH) or (item is None and item_prev is not None):
        raise _NotFast
    signers = signers_s[1:-1].split('","') if signers_s else []
    if len(signers) > 1 and (signers != sorted(signers) or len(set(signers)) != len(signers)):
        raise _NotFast
    _fromisoformat(at[:-1])  # ValueError for impossible dates
    return {
        "actor": actor, "at": at, "case": case, "data": data, "item": item, "item_prev": item_prev,
        "kind": kind, "prev": prev, "seq": seq, "signers": signers, "station": station, "v": 1,
    }


def parse_body(body: bytes) -> dict[str, Any]:
    """Parse and fully validate stored body bytes: canonical (section 2) and well-formed members (section 1).

    Same verdict as ``parse_canonical`` followed by ``check_body_members``, but several times faster on ordinary
    bodies (no re-encoding); anything unusual (escapes, odd numbers, nested data) goes through the reference path,
    which also produces the precise error message.
    """
    if type(body) is not bytes:
        if not isinstance(body, bytearray | memoryview):
            raise CanonicalError(f"body must be bytes, not {type(body).__name__}")
        body = bytes(body)
    try:
        text = body.decode("utf-8")
        if "\\" not in text:
            return _fast_body(text)
    except (_NotFast, ValueError, RecursionError, StopIteration):
        pass
    obj = parse_canonical(body)
    check_body_members(obj)
    return obj


def validate_body(obj: dict[str, Any]) -> None:
    """Validate a body completely (members and the canonical rules everywhere); raise CanonicalError."""
    check_body_members(obj)
    canonical_bytes(obj)


def _hex_or_none(value: object, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        value = bytes(value)
        if len(value) != 32:
            raise CanonicalError(f"{name} must be a 32-byte hash")
        return value.hex()
    return value  # type: ignore[return-value]  # checked by validate_body


def make_body(
    *,
    seq: int,
    prev: str | bytes,
    kind: str,
    at: str | datetime,
    station: str,
    actor: str,
    item: str | None,
    item_prev: str | bytes | None,
    case: str | None,
    signers: Iterable[str],
    data: dict[str, Any],
) -> dict[str, Any]:
    """Build and validate a body dict (``v`` = 1, ``signers`` sorted and de-duplicated).

    ``prev``/``item_prev`` may be given as 32 raw bytes or hex; ``at`` as an aware datetime or a ledger time string.
    Encode the result with :func:`custody.ledger.canonical.canonical_bytes`.
    """
    if isinstance(at, datetime):
        at = format_time(at)
    if isinstance(signers, str):
        raise CanonicalError("signers must be a list of usernames, not a string")
    body = {
        "v": FORMAT_VERSION,
        "seq": seq,
        "prev": _hex_or_none(prev, "prev"),
        "kind": kind,
        "at": at,
        "station": station,
        "actor": actor,
        "item": item,
        "item_prev": _hex_or_none(item_prev, "item_prev"),
        "case": case,
        "signers": sorted(set(signers)),
        "data": data,
    }
    validate_body(body)
    return body
