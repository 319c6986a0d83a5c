"""Canonical JSON encoding of ledger bodies (LEDGER.md section 2).

The encoding is RFC 8785 (JCS) restricted to: object keys matching ``[a-z][a-z0-9_]*``; strings in NFC without lone
surrogates; integers with ``|n| < 2**53``; no floats; ``true``/``false``/``null``/arrays/objects; no white space.
For that subset ``json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`` is exactly JCS.

Two entry points:

* :func:`canonical_bytes` validates a Python value and returns its canonical bytes;
* :func:`parse_canonical` parses bytes and rejects them unless they are exactly the canonical encoding of what they
  parse to (this rejects every non-canonical or ambiguous body: white space, reordered or duplicate keys, needless
  escapes, floats, big integers, non-NFC text, invalid UTF-8);

:func:`custody.ledger.entry.parse_body` is an equivalent parser for entry bodies tuned for whole-ledger verification.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

__all__ = [
    "MAX_SAFE_INT",
    "CanonicalError",
    "canonical_bytes",
    "canonical_text",
    "parse_canonical",
]

#: Integers must satisfy ``-MAX_SAFE_INT < n < MAX_SAFE_INT``.
MAX_SAFE_INT = 2**53

_KEY_RE = re.compile(r"[a-z][a-z0-9_]*")


class CanonicalError(ValueError):
    """A value or a byte string is not canonical ledger JSON; the message says why."""


def _path(path: str, key: object) -> str:
    return f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]"


def _check_string(s: str, path: str) -> None:
    if s.isascii():
        return
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        raise CanonicalError(f"{path}: string contains a lone surrogate") from None
    if not unicodedata.is_normalized("NFC", s):
        raise CanonicalError(f"{path}: string is not in Unicode NFC")


def _validate(obj: Any, path: str, depth: int) -> None:
    if depth > 64:
        raise CanonicalError(f"{path}: nested too deeply")
    if obj is None or obj is True or obj is False:
        return
    if isinstance(obj, str):
        _check_string(obj, path)
    elif isinstance(obj, int):
        if not -MAX_SAFE_INT < obj < MAX_SAFE_INT:
            raise CanonicalError(f"{path}: integer {obj} out of range (|n| must be < 2**53)")
    elif isinstance(obj, float):
        raise CanonicalError(f"{path}: floats are not allowed ({obj!r}); use integers or decimal strings")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise CanonicalError(f"{path}: object key {key!r} is not a string")
            if not _KEY_RE.fullmatch(key):
                raise CanonicalError(f"{path}: object key {key!r} does not match [a-z][a-z0-9_]*")
            _validate(value, _path(path, key), depth + 1)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            _validate(value, _path(path, i), depth + 1)
    else:
        raise CanonicalError(f"{path}: type {type(obj).__name__} is not allowed in a ledger body")


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False, check_circular=False
)


def canonical_text(obj: Any) -> str:
    """Validate ``obj`` and return its canonical JSON text (a ``str``)."""
    _validate(obj, "$", 0)
    return _ENCODER.encode(obj)


def canonical_bytes(obj: Any) -> bytes:
    """Validate ``obj`` (LEDGER.md section 2) and return its canonical UTF-8 JSON bytes.

    Raises :class:`CanonicalError` naming the offending path (``$.data.weight``) and the reason.
    """
    return canonical_text(obj).encode("utf-8")


# ---------------------------------------------------------------------------------------------------- parsing


def _reject_float(s: str) -> Any:
    raise CanonicalError(f"number {s} is not an integer (floats are not allowed)")


def _reject_constant(s: str) -> Any:
    raise CanonicalError(f"{s} is not allowed")


def _parse_int(s: str) -> int:
    n = int(s)
    if not -MAX_SAFE_INT < n < MAX_SAFE_INT:
        raise CanonicalError(f"integer {s} out of range (|n| must be < 2**53)")
    if s == "-0":
        raise CanonicalError("-0 is not canonical")
    return n


def _pairs_strict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """object_pairs_hook for the thorough parser: duplicate keys and bad key names are errors."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise CanonicalError(f"duplicate object key {key!r}")
        if not _KEY_RE.fullmatch(key):
            raise CanonicalError(f"object key {key!r} does not match [a-z][a-z0-9_]*")
        obj[key] = value
    return obj


_STRICT_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs_strict, parse_float=_reject_float, parse_constant=_reject_constant, parse_int=_parse_int
)


def _decode_utf8(body: bytes) -> str:
    if not isinstance(body, bytes | bytearray | memoryview):
        raise CanonicalError(f"body must be bytes, not {type(body).__name__}")
    try:
        return bytes(body).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CanonicalError(f"body is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def parse_canonical(body: bytes) -> dict[str, Any]:
    """Parse canonical ledger JSON; raise :class:`CanonicalError` unless ``body`` is exactly canonical.

    Thorough reference implementation: parses strictly (duplicate keys, floats, NaN rejected), re-encodes with
    :func:`canonical_bytes` and compares byte for byte.
    """
    text = _decode_utf8(body)
    try:
        obj = _STRICT_DECODER.decode(text)
    except CanonicalError:
        raise
    except (ValueError, RecursionError) as exc:
        raise CanonicalError(f"not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise CanonicalError("body is not a JSON object")
    again = canonical_text(obj)
    if again != text:
        raise CanonicalError(_difference(text, again))
    return obj


def _difference(text: str, canonical: str) -> str:
    i = 0
    limit = min(len(text), len(canonical))
    while i < limit and text[i] == canonical[i]:
        i += 1
    return (
        f"body is not in canonical form (differs at character {i}: "
        f"found {text[i:i + 12]!r}, canonical {canonical[i:i + 12]!r})"
    )
