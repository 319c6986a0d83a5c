"""Fast acceptance of ordinary entry bodies, for whole-ledger verification.

:func:`confirm_body` decodes a body with ``msgspec`` into a typed :class:`EntryBody` (types, integer range and "no
floats" are checked in C while decoding), re-encodes it and compares byte for byte (this settles white space, key
order, duplicate keys, escapes and number spellings), then checks in Python only what the type cannot say: key
names inside ``data``, NFC, the member formats of LEDGER.md section 1.

It is sound, not complete: it returns an :class:`EntryBody` only for bodies that
:func:`custody.ledger.entry.parse_body` accepts (tests/ledger/test_ledger_confirm.py and test_ledger_canonical.py
check the two agree), and ``None`` (undecided) for everything else, including valid bodies it does not handle
(``data`` nested deeper than three levels...). Callers then use ``parse_body``, which decides and words the reason.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from datetime import datetime
from typing import Annotated, Any, Union

import msgspec

from .canonical import MAX_SAFE_INT
from .entry import BODY_MEMBERS, ZERO_HASH

__all__ = ["EntryBody", "confirm_body", "entry_body_from_dict"]

_Int = Annotated[int, msgspec.Meta(gt=-MAX_SAFE_INT, lt=MAX_SAFE_INT)]
# Values of ``data`` up to three levels of arrays/objects below it; no floats (not in the unions).
_V0 = Union[str, _Int, bool, None]  # noqa: UP007 - msgspec needs typing.Union for these aliases
_V1 = Union[str, _Int, bool, None, list[_V0], dict[str, _V0]]  # noqa: UP007
_V2 = Union[str, _Int, bool, None, list[_V1], dict[str, _V1]]  # noqa: UP007
_V3 = Union[str, _Int, bool, None, list[_V2], dict[str, _V2]]  # noqa: UP007


class EntryBody(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A parsed entry body (LEDGER.md section 1); fields in canonical (sorted) order, all required."""

    actor: str
    at: str
    case: str | None
    data: dict[str, _V3]
    item: str | None
    item_prev: str | None
    kind: str
    prev: str
    seq: int
    signers: list[str]
    station: str
    v: int


assert tuple(EntryBody.__struct_fields__) == tuple(sorted(BODY_MEMBERS))

_DECODER = msgspec.json.Decoder(EntryBody)
_ENCODER = msgspec.json.Encoder(order="sorted")
_decode = _DECODER.decode
_encode = _ENCODER.encode
_MEMBERS = len(BODY_MEMBERS)
_KEYS_RE = re.compile(r"[a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)*")
_KIND_RE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")
_AT_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
_fromisoformat = datetime.fromisoformat
_unhexlify = binascii.unhexlify
# Bounded caches of what already passed a check (a ledger has a few dozen kinds and key sets, a date per day).
_KEYSETS: set[tuple[str, ...]] = set()
_KINDS: set[str] = set()
_MINUTES: set[str] = set()  # "YYYY-MM-DDTHH:MM" of times already checked
_SECONDS: set[str] = set()  # ":SS.mmmZ" ends of times already checked
_NESTED = frozenset({dict, list})  # value types of ``data`` with keys or values below them
_CACHE_LIMIT = 100_000
#: What decoding or re-encoding a body can raise (confirm_body: undecided).
FAST_ERRORS = (msgspec.DecodeError, msgspec.EncodeError, UnicodeDecodeError, TypeError, RecursionError)


def _is_hash(value: str) -> bool:
    """64 lower-case hex digits (unhexlify rejects other characters; the round trip rejects upper case)."""
    if len(value) != 64:
        return False
    try:
        return _unhexlify(value).hex() == value
    except (binascii.Error, ValueError):  # ValueError: non-ASCII text
        return False


def _keys_ok(keys: tuple[str, ...]) -> bool:
    if keys in _KEYSETS:
        return True
    if keys:
        joined = ",".join(keys)
        if not _KEYS_RE.fullmatch(joined) or joined.count(",") != len(keys) - 1:
            return False
    if len(_KEYSETS) < _CACHE_LIMIT:
        _KEYSETS.add(keys)
    return True


def _tree_keys(value: Any) -> int:
    """Number of object keys in a value (objects and arrays walked), or -1 if a key name is not allowed."""
    if type(value) is dict:
        if not _keys_ok(tuple(value)):
            return -1
        n = len(value)
        children = value.values()
    elif type(value) is list:
        n = 0
        children = value
    else:
        return 0
    for v in children:
        if type(v) is dict or type(v) is list:
            k = _tree_keys(v)
            if k < 0:
                return -1
            n += k
    return n


def confirm_body(body: bytes, known_hash: str | None = None,
                 known_items: dict[str, str] | None = None) -> EntryBody | None:
    """The parsed body if ``body`` is certainly a valid entry body (canonical, members well formed), else None.

    ``known_hash``: a string known to be 64 lower-case hex digits (the previous entry's hash, in a verifier); a
    ``prev`` equal to it needs no format check. ``known_items``: item id -> such a string (the hash of the item's
    last entry, in a verifier); an ``item_prev`` equal to its item's needs no format check either.
    """
    try:
        b = _decode(body)
        if _encode(b) != body:
            return None
    except FAST_ERRORS:
        return None
    return _confirm_decoded(body, b, known_hash, known_items)


def _confirm_decoded(body: bytes, b: EntryBody, known_hash: str | None,
                     known_items: dict[str, str] | None = None) -> EntryBody | None:
    """The checks of :func:`confirm_body` after decoding ``body`` into ``b`` and re-encoding it identically."""
    # Key names: those of ``data``; of the objects below it too when it holds any object or array.
    data = b.data
    keys = tuple(data)
    if keys not in _KEYSETS and not _keys_ok(keys):
        return None
    if not _NESTED.isdisjoint(map(type, data.values())) and _tree_keys(data) < 0:
        return None
    if not body.isascii() and not unicodedata.is_normalized("NFC", body.decode("utf-8")):
        return None
    # Members (what check_body_members says; types are already right).
    seq, prev, kind, at = b.seq, b.prev, b.kind, b.at
    if b.v != 1 or not 1 <= seq < MAX_SAFE_INT:
        return None
    if (prev != known_hash and not _is_hash(prev)) or (seq == 1 and prev != ZERO_HASH):
        return None
    if kind not in _KINDS:
        if not _KIND_RE.fullmatch(kind):
            return None
        if len(_KINDS) < _CACHE_LIMIT:
            _KINDS.add(kind)
    if at[:16] not in _MINUTES or at[16:] not in _SECONDS:
        if not _AT_RE.fullmatch(at) or at[11:13] > "23" or at[14:16] > "59" or at[17:19] > "59":
            return None
        try:  # a real date (the pattern ensures the digits)
            _fromisoformat(at[:10])
        except ValueError:
            return None
        if len(_MINUTES) < _CACHE_LIMIT:
            _MINUTES.add(at[:16])
        _SECONDS.add(at[16:])  # at most 60,000 of them (":SS.mmmZ")
    if not b.station or not b.actor or b.item == "" or b.case == "":
        return None
    item_prev = b.item_prev
    if item_prev is not None and (b.item is None or (
            (known_items is None or known_items.get(b.item) != item_prev) and not _is_hash(item_prev))):
        return None
    signers = b.signers
    if len(signers) > 1:
        last = ""
        for name in signers:
            if name <= last:  # also rejects ""
                return None
            last = name
    elif signers and not signers[0]:
        return None
    return b


def entry_body_from_dict(obj: dict[str, Any]) -> EntryBody:
    """An :class:`EntryBody` holding the members of a body already validated by ``parse_body`` (no checks)."""
    return EntryBody(**obj)
