"""``confirm_canonical`` (orjson): byte-exact with the reference encoder, and never accepts what it rejects."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.ledger import canonical
from custody.ledger.canonical import CanonicalError, canonical_bytes, confirm_canonical, parse_canonical

pytestmark = pytest.mark.skipif(canonical._orjson is None, reason="orjson is not installed")

# every code point except lone surrogates: control characters, quotes, backslash, DEL, U+2028, non-BMP...
_any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_controls = st.lists(st.sampled_from([chr(i) for i in range(0x20)] + ['"', "\\", "/", "\x7f", "\u2028", "é",
                                                                          "e\u0301", "\U0001f600"]),
                     max_size=8).map("".join)
_key = st.from_regex(r"[a-z][a-z0-9_]{0,4}", fullmatch=True)
_scalar = (st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | _any_text | _controls)
_valid = st.recursive(_scalar, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_key, kids, max_size=4),
                      max_leaves=12)


def _reference_verdict(raw: bytes):
    try:
        return parse_canonical(raw)
    except CanonicalError:
        return None


@settings(max_examples=1500, deadline=None)
@given(obj=st.dictionaries(_key, _valid, max_size=5))
def test_valid_values_are_confirmed_byte_for_byte(obj):
    try:
        raw = canonical_bytes(obj)  # validated (NFC etc.) by the reference
    except CanonicalError:
        assert confirm_canonical(json.dumps(obj, ensure_ascii=False, sort_keys=True,
                                            separators=(",", ":")).encode("utf-8", "surrogatepass")) is None
        return
    assert canonical._orjson.dumps(obj, option=canonical._orjson.OPT_SORT_KEYS) == raw
    assert confirm_canonical(raw) == obj == parse_canonical(raw)


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
    raw = json.dumps(obj, **kw).encode("utf-8", "surrogatepass")
    got = confirm_canonical(raw)
    if got is not None:
        assert got == _reference_verdict(raw)


@pytest.mark.parametrize("raw", [
    b'{"a":1.0}', b'{"a":1.5}', b'{"a":1e2}', b'{"a":-0}', b'{"a":9007199254740992}', b'{"a":-9007199254740992}',
    b'{"a":18446744073709551616}', b'{"a":1,"a":1}', b'{"a":2,"a":1}', b'{"A":1}', b'{"a,b":1}', b'{"a":{"B":1}}',
    b'{"a":"\\u00e9"}', b'{"a":"\\/"}', b'{"a":"\\u001F"}', b'{"a":"e\xcc\x81"}', b'{"a":"\\ud800"}',
    b'{"a":"\xff"}', b'\xef\xbb\xbf{"a":1}', b'{"a":1} ', b'{ "a":1}', b'[1]', b'"a"', b'{"a":NaN}',
    b'{"a":' + b"[" * 65 + b"]" * 65 + b"}", b"[" * 300 + b"]" * 300,
])
def test_known_non_canonical_bodies_are_never_confirmed(raw):
    assert confirm_canonical(raw) is None
    with pytest.raises(CanonicalError):
        parse_canonical(raw)


def test_escapes_are_the_rfc_8785_ones():
    obj = {"s": "".join(chr(i) for i in range(0x20)) + '"\\/\x7f\u2028é\U0001f600'}
    raw = canonical_bytes(obj)
    assert confirm_canonical(raw) == obj
    assert b"\\u001f" in raw and b"\\b\\t\\n\\u000b\\f\\r" in raw
