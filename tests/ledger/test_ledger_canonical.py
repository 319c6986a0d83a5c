"""Canonical encoding (LEDGER.md section 2) and body parsing."""

from __future__ import annotations

import json
import unicodedata

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.ledger import CanonicalError, canonical_bytes, make_body, parse_canonical
from custody.ledger.entry import check_body_members, parse_body
from custody.ledger.fastbody import confirm_body
from custody.ledger.verify import parse_entry_body

GOOD = {"a": 1, "b": [True, False, None, "x"], "c": {"d": "é", "e": -5}, "z_9": "line\nnext\u001f\"\\"}


def test_canonical_bytes_matches_json_dumps_and_round_trips():
    raw = canonical_bytes(GOOD)
    assert raw == json.dumps(GOOD, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert raw.startswith(b'{"a":1,"b":[true,false,null,"x"],"c":{"d":"\xc3\xa9","e":-5}')
    assert b'"line\\nnext\\u001f\\"\\\\"' in raw  # RFC 8785 escapes, lower-case \u00xx
    assert parse_canonical(raw) == GOOD


@pytest.mark.parametrize(
    "value, fragment",
    [
        ({"A": 1}, "does not match"),
        ({"1a": 1}, "does not match"),
        ({"a-b": 1}, "does not match"),
        ({"a": 1.5}, "float"),
        ({"a": 2**53}, "out of range"),
        ({"a": -(2**53)}, "out of range"),
        ({"a": "e\u0301"}, "NFC"),
        ({"a": "\ud800"}, "surrogate"),
        ({"a": (1, 2)}, "tuple"),
        ({"a": b"x"}, "bytes"),
        ({1: 1}, "not a string"),
        ({"a": {"b": [{"C": 1}]}}, "$.a.b[0]"),
    ],
)
def test_canonical_bytes_rejects(value, fragment):
    with pytest.raises(CanonicalError) as info:
        canonical_bytes(value)
    assert fragment in str(info.value)


def test_biggest_safe_integers_accepted():
    assert parse_canonical(canonical_bytes({"a": 2**53 - 1, "b": -(2**53) + 1})) == {"a": 2**53 - 1, "b": -(2**53) + 1}


@pytest.mark.parametrize(
    "raw, fragment",
    [
        (b'{"b":1,"a":2}', "canonical"),  # reordered keys
        (b'{"a": 1}', "canonical"),  # white space
        (b'{"a":1} ', "canonical"),
        (b' {"a":1}', "canonical"),
        (b'{"a":1,"a":1}', "duplicate"),
        (b'{"a":1.0}', "float"),
        (b'{"a":1e3}', "float"),
        (b'{"a":NaN}', "NaN"),
        (b'{"a":-0}', "-0"),
        (b'{"a":9007199254740992}', "out of range"),
        ('{"a":"e\u0301"}'.encode(), "NFC"),  # NFD string
        (b'{"a":"\\ud800"}', "surrogate"),  # lone surrogate, escaped
        (b'{"a":"\xed\xa0\x80"}', "UTF-8"),  # lone surrogate, encoded
        (b'{"a":"\xff"}', "UTF-8"),
        (b'{"a":"\\u00e9"}', "canonical"),  # needless escape
        (b'{"a":"\\/"}', "canonical"),
        (b'{"a":"\\u000a"}', "canonical"),  # \n must be the short escape
        (b'{"a":"\\u001F"}', "canonical"),  # upper-case hex
        (b'{"A":1}', "does not match"),
        (b"[1]", "not a JSON object"),
        (b'{"a":1', "not valid JSON"),
        (b"", "not valid JSON"),
    ],
)
def test_parse_canonical_rejects(raw, fragment):
    with pytest.raises(CanonicalError) as info:
        parse_canonical(raw)
    assert fragment in str(info.value)


# ------------------------------------------------------------------------------------------- body parsing


def _body(**over):
    base = dict(
        seq=2, prev="ab" * 32, kind="custody.transferred", at="2026-01-05T08:00:01.000Z", station="DIL",
        actor="jdoe", item="UN-DIL-26-000001-7", item_prev="cd" * 32, case="2026-000001",
        signers=["jdoe", "asmith"], data={"from": "jdoe", "to": "asmith", "weight_mg": 12, "ok": True},
    )
    base.update(over)
    return make_body(**base)


def _reference(raw: bytes):
    obj = parse_canonical(raw)
    check_body_members(obj)
    return obj


def _same_verdict(raw: bytes) -> None:
    """parse_body and the verifier's parse_entry_body (msgspec fast path) both agree with the reference, and the
    fast path (confirm_body) never accepts what the reference rejects."""
    try:
        expected = _reference(raw)
    except CanonicalError:
        for parse in (parse_body, parse_entry_body):
            with pytest.raises(CanonicalError):
                parse(raw)
        assert confirm_body(raw) is None
        return
    assert parse_body(raw) == expected
    assert parse_entry_body(raw) == expected
    fast = confirm_body(raw)
    assert fast is None or msgspec.structs.asdict(fast) == expected


def test_parse_body_fast_path_equals_reference():
    raw = canonical_bytes(_body())
    assert parse_body(raw) == _reference(raw) == json.loads(raw)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda s: s.replace('"actor":"jdoe"', '"actor": "jdoe"'),
        lambda s: s.replace('"weight_mg":12', '"weight_mg":-0'),
        lambda s: s.replace('"weight_mg":12', '"weight_mg":12.0'),
        lambda s: s.replace('"weight_mg":12', '"weight_mg":9007199254740993'),
        lambda s: s.replace('"weight_mg":12', '"weight_mg":9007199254740991'),
        lambda s: s.replace('"from":"jdoe"', '"from":"jdoe","from":"x"'),
        lambda s: s.replace('"from":"jdoe","ok":true', '"ok":true,"from":"jdoe"'),
        lambda s: s.replace('"to":"asmith"', '"to":"asmith","zz":{"b":1,"a":2}'),
        lambda s: s.replace('"to":"asmith"', '"to":"asmith","zz":[{"Bad":1}]'),
        lambda s: s.replace('"to":"asmith"', '"to":"asmith","zz":[{"a":1}]'),
        lambda s: s.replace('"to":"asmith"', '"to":"a\\"smith"'),
        lambda s: s.replace('"to":"asmith"', '"to":"a\\u0073mith"'),
        lambda s: s.replace('"to":"asmith"', '"to":"line\\nbreak"'),
        lambda s: s.replace('"to":"asmith"', '"to":"e\u0301"'),
        lambda s: s.replace('"to":"asmith"', '"to":"\\n\u0301"'),  # NFC although "n\u0301" is not
        lambda s: s.replace('"signers":["asmith","jdoe"]', '"signers":["jdoe","asmith"]'),
        lambda s: s.replace('"signers":["asmith","jdoe"]', '"signers":["jdoe","jdoe"]'),
        lambda s: s.replace('"signers":["asmith","jdoe"]', '"signers":[]'),
        lambda s: s.replace('"at":"2026-01-05T08:00:01.000Z"', '"at":"2026-02-30T08:00:01.000Z"'),
        lambda s: s.replace('"at":"2026-01-05T08:00:01.000Z"', '"at":"2026-01-05T08:00:01Z"'),
        lambda s: s.replace('"item":"UN-DIL-26-000001-7"', '"item":null'),
        lambda s: s.replace('"seq":2', '"seq":1'),
        lambda s: s.replace('"seq":2', '"seq":02'),
        lambda s: s.replace('"v":1', '"v":2'),
        lambda s: s.replace('"v":1', '"v":true'),
        lambda s: s.replace('"v":1', '"v":1.0'),
        lambda s: s.replace('"seq":2', '"seq":9007199254740992'),
        lambda s: s.replace('"seq":2', '"seq":18446744073709551617'),
        lambda s: s.replace('"seq":2', '"seq":-2'),
        lambda s: s.replace('"seq":2', '"seq":2,"seq":2'),
        lambda s: s.replace('"actor":"jdoe"', '"actor":""'),
        lambda s: s.replace('"actor":"jdoe"', '"actor":null'),
        lambda s: s.replace('"station":"DIL"', '"station":"DIL","zz":1'),
        lambda s: s.replace('"prev":"' + "ab" * 32, '"prev":"' + "AB" * 32),
        lambda s: s.replace('"item_prev":"' + "cd" * 32, '"item_prev":"' + "cd" * 31),
        lambda s: s.replace('"at":"2026-01-05T08:00:01.000Z"', '"at":"2026-01-05T24:00:01.000Z"'),
        lambda s: s.replace('"data":{', '"data":{"q":"a\\":1",'),
        lambda s: s.replace('"data":{', '"data":{"q":"x\":1",'),
        lambda s: s.replace('"data":{', '"data":{"q":[[[[[1]]]]],'),
        lambda s: s.replace('"data":{', '"data":{"q":[[{"Z":1}]],'),
        lambda s: s.replace('"data":{', '"data":{"q":[[{"z":1.5}]],'),
        lambda s: s.replace('"data":{', '"data":{"q":{"r":{"s":{"t":1}}},'),
        lambda s: s.replace('"data":{', '"data":{"a,b":1,'),
        lambda s: s.replace('"data":{', '"data":{"a":' + "[" * 64 + "]" * 64 + ","),
        lambda s: s.replace('"data":{', '"data":{"a":{"b,c":1},'),
        lambda s: s.replace('"kind":"custody.transferred"', '"kind":"Custody.transferred"'),
        lambda s: s.replace('"kind":"custody.transferred"', '"kind":"custody"'),
        lambda s: s.replace('"case":"2026-000001"', '"case":null'),
        lambda s: s.replace('"case":"2026-000001"', '"case":""'),
        lambda s: s.replace('"data":{', '"data":{"a":{"b":[1,{"c":null}]},'),
        lambda s: s.replace('"data":{', '"data":{"a":{"b":[1,{"c":null}]},"a":1,'),
        lambda s: s + "\n",
    ],
)
def test_parse_body_agrees_with_reference_on_edge_cases(mutate):
    _same_verdict(mutate(canonical_bytes(_body()).decode()).encode())


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**54), 2**54) | _text,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,3}", fullmatch=True),
                                                                kids, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(data=st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,4}", fullmatch=True), _json, max_size=4),
       actor=_text, station=_text)
def test_parse_body_property_same_verdict_as_reference(data, actor, station):
    body = {
        "v": 1, "seq": 3, "prev": "0f" * 32, "kind": "item.registered", "at": "2026-01-05T08:00:01.000Z",
        "station": station, "actor": actor, "item": "X", "item_prev": None, "case": None, "signers": [actor],
        "data": data,
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return
    _same_verdict(raw)
    # and non-canonical variants of the same body
    _same_verdict(json.dumps(body, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode())
    _same_verdict(json.dumps(body, ensure_ascii=False, sort_keys=True).encode())
    nfd = unicodedata.normalize("NFD", text)
    _same_verdict(nfd.encode("utf-8", "surrogatepass"))


def test_fast_path_confirms_ordinary_bodies():
    """The verifier's fast path takes ordinary bodies (nested data, non-ASCII text) with the reference's result."""
    raw = canonical_bytes(_body(data={"fields": {"imei": "350000000000001", "colour": "чёрный"}, "n": [1, {"a": -3}],
                                      "memo": "قطعة سلاح", "ok": False, "none": None}))
    fast = confirm_body(raw)
    assert fast is not None
    assert msgspec.structs.asdict(fast) == _reference(raw)
