"""The verifier's fast path (``fastbody.confirm_body``, msgspec): byte-exact with the reference encoder, and
never accepts what the reference rejects."""

from __future__ import annotations

import json

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.ledger import fastbody
from custody.ledger.canonical import CanonicalError, canonical_bytes
from custody.ledger.entry import parse_body
from custody.ledger.fastbody import confirm_body

# every code point except lone surrogates: control characters, quotes, backslash, DEL, U+2028, non-BMP...
_any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_controls = st.lists(st.sampled_from([chr(i) for i in range(0x20)] + ['"', "\\", "/", "\x7f", "\u2028", "é",
                                                                          "e\u0301", "\U0001f600"]),
                     max_size=8).map("".join)
_key = st.from_regex(r"[a-z][a-z0-9_]{0,4}", fullmatch=True)
_scalar = (st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | _any_text | _controls)
_valid = st.recursive(_scalar, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_key, kids, max_size=4),
                      max_leaves=12)

_MEMBERS = {"v": 1, "seq": 3, "prev": "0f" * 32, "kind": "item.registered", "at": "2026-01-05T08:00:01.000Z",
            "station": "DIL", "actor": "jdoe", "item": "X", "item_prev": None, "case": None, "signers": ["jdoe"]}


def _body_with(data_raw: bytes) -> bytes:
    """Canonical members around ``data_raw`` (the ``data`` member's bytes, as given)."""
    head, tail = canonical_bytes({**_MEMBERS, "data": {}}).split(b'"data":{}')
    return head + b'"data":' + data_raw + tail


def _reference_verdict(raw: bytes):
    try:
        return parse_body(raw)
    except CanonicalError:
        return None


@settings(max_examples=1500, deadline=None)
@given(obj=st.dictionaries(_key, _valid, max_size=5))
def test_valid_values_are_confirmed_byte_for_byte(obj):
    try:
        raw = canonical_bytes(obj)  # validated (NFC etc.) by the reference
    except CanonicalError:
        text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        assert confirm_body(_body_with(text.encode("utf-8", "surrogatepass"))) is None
        return
    assert fastbody._ENCODER.encode(obj) == raw
    body = _body_with(raw)
    got = confirm_body(body)
    assert got is None or msgspec.structs.asdict(got) == _reference_verdict(body) == {**_MEMBERS, "data": obj}


_any = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _any_text,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=4), kids, max_size=3),
    max_leaves=10,
)


@settings(max_examples=1500, deadline=None)
@given(obj=st.dictionaries(st.text(max_size=4), _any, max_size=4), variant=st.integers(0, 3))
def test_confirmed_only_if_the_reference_accepts(obj, variant):
    """Floats, big integers, bad keys, non-NFC text, other spellings: confirm says None or what the reference says."""
    kw = [dict(ensure_ascii=False, sort_keys=True, separators=(",", ":")),
          dict(ensure_ascii=True, sort_keys=True, separators=(",", ":")),
          dict(ensure_ascii=False, sort_keys=False, separators=(",", ":")),
          dict(ensure_ascii=False, sort_keys=True)][variant]
    body = _body_with(json.dumps(obj, **kw).encode("utf-8", "surrogatepass"))
    got = confirm_body(body)
    if got is not None:
        assert msgspec.structs.asdict(got) == _reference_verdict(body)


@pytest.mark.parametrize("raw", [
    b'{"a":1.0}', b'{"a":1.5}', b'{"a":1e2}', b'{"a":-0}', b'{"a":9007199254740992}', b'{"a":-9007199254740992}',
    b'{"a":18446744073709551616}', b'{"a":1,"a":1}', b'{"a":2,"a":1}', b'{"A":1}', b'{"a,b":1}', b'{"a":{"B":1}}',
    b'{"a":"\\u00e9"}', b'{"a":"\\/"}', b'{"a":"\\u001F"}', b'{"a":"e\xcc\x81"}', b'{"a":"\\ud800"}',
    b'{"a":"\xff"}', b'{ "a":1}', b'[1]', b'"a"', b'{"a":NaN}',
    b'{"a":' + b"[" * 65 + b"]" * 65 + b"}", b"[" * 300 + b"]" * 300,
])
def test_known_non_canonical_bodies_are_never_confirmed(raw):
    body = _body_with(raw)
    assert confirm_body(body) is None
    with pytest.raises(CanonicalError):
        parse_body(body)


def test_escapes_are_the_rfc_8785_ones():
    obj = {"s": "".join(chr(i) for i in range(0x20)) + '"\\/\x7f\u2028é\U0001f600'}
    raw = canonical_bytes(obj)
    assert fastbody._ENCODER.encode(obj) == raw
    body = _body_with(raw)
    assert msgspec.structs.asdict(confirm_body(body))["data"] == obj
    assert b"\\u001f" in raw and b"\\b\\t\\n\\u000b\\f\\r" in raw


@pytest.mark.parametrize("item_prev", ["0F" * 32, "0f" * 31, "0f" * 32 + "0", "g" * 64, "é" * 64])
def test_item_prev_is_checked_unless_it_is_the_items_known_hash(item_prev):
    """A verifier passes the hashes of items' last entries (known_items): an item_prev equal to its item's skips
    the format check; any other item_prev is still checked, whatever the other items' hashes are."""
    body = canonical_bytes({**_MEMBERS, "data": {}, "item_prev": "0f" * 32})
    assert confirm_body(body) is not None
    assert confirm_body(body, known_items={"X": "0f" * 32}) is not None
    bad = body.replace(("0f" * 32).encode() + b'","kind"', item_prev.encode() + b'","kind"')
    assert bad != body
    assert confirm_body(bad) is None
    assert confirm_body(bad, known_items={"X": "0f" * 32, "Y": item_prev}) is None
    with pytest.raises(CanonicalError):
        parse_body(bad)
