"""Entry bodies, times, hashes and entry signatures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from hashlib import sha256

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from custody.ledger import (
    BODY_MEMBERS,
    ENTRY_SIG_CONTEXT,
    FORMAT_VERSION,
    ZERO_HASH,
    CanonicalError,
    canonical_bytes,
    entry_hash,
    format_time,
    key_id,
    load_private,
    make_body,
    parse_time,
    private_raw,
    public_raw,
    sign_entry,
    validate_body,
    verify_entry_signature,
)

ARGS = dict(
    seq=1, prev=ZERO_HASH, kind="user.key_registered", at="2026-01-05T08:00:00.000Z", station="DIL",
    actor="admin", item=None, item_prev=None, case=None, signers=["admin"], data={"username": "admin"},
)


def test_make_body_members_and_defaults():
    body = make_body(**{**ARGS, "signers": ["b", "a", "b"]})
    assert tuple(body) == BODY_MEMBERS
    assert body["v"] == FORMAT_VERSION == 1
    assert body["signers"] == ["a", "b"]
    raw = canonical_bytes(body)
    assert raw.startswith(b'{"actor":"admin","at":"2026-01-05T08:00:00.000Z","case":null,"data":{')


def test_make_body_accepts_bytes_hashes_and_datetimes():
    body = make_body(**{**ARGS, "seq": 2, "prev": b"\x01" * 32, "at": datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
                        "item": "X", "item_prev": b"\x02" * 32})
    assert body["prev"] == "01" * 32 and body["item_prev"] == "02" * 32
    assert body["at"] == "2026-01-05T09:30:00.000Z"


@pytest.mark.parametrize(
    "over, fragment",
    [
        ({"prev": "AB" * 32}, "prev"),
        ({"prev": "ab" * 31}, "prev"),
        ({"seq": 0}, "seq"),
        ({"seq": True}, "seq"),
        ({"prev": "ab" * 32}, "seq 1"),
        ({"kind": "Custody.Transferred"}, "kind"),
        ({"kind": "custody"}, "kind"),
        ({"at": "2026-01-05 08:00:00"}, "at"),
        ({"at": "2026-13-05T08:00:00.000Z"}, "at"),
        ({"station": ""}, "station"),
        ({"actor": None}, "actor"),
        ({"item_prev": "ab" * 32}, "item_prev must be null"),
        ({"case": 5}, "case"),
        ({"signers": "admin"}, "signers"),
        ({"signers": [""]}, "signers"),
        ({"data": []}, "data"),
        ({"data": {"w": 1.5}}, "float"),
        ({"data": {"Bad": 1}}, "does not match"),
    ],
)
def test_make_body_rejects(over, fragment):
    with pytest.raises(CanonicalError) as info:
        make_body(**{**ARGS, **over})
    assert fragment in str(info.value)


def test_validate_body_missing_and_extra_members():
    body = make_body(**ARGS)
    del body["case"]
    body["extra"] = 1
    with pytest.raises(CanonicalError, match="missing case; unexpected extra"):
        validate_body(body)
    with pytest.raises(CanonicalError):
        validate_body({**make_body(**ARGS), "v": 2})


def test_entry_hash_is_rfc6962_leaf_hash():
    raw = canonical_bytes(make_body(**ARGS))
    assert entry_hash(raw) == sha256(b"\x00" + raw).digest()
    assert len(entry_hash(raw)) == 32


def test_time_format_and_parse():
    dt = datetime(2026, 3, 1, 1, 2, 3, 456789, tzinfo=timezone(timedelta(hours=2)))
    s = format_time(dt)
    assert s == "2026-02-28T23:02:03.456Z"
    assert parse_time(s) == datetime(2026, 2, 28, 23, 2, 3, 456000, tzinfo=UTC)
    with pytest.raises(ValueError):
        format_time(datetime(2026, 1, 1))  # naive
    for bad in ("2026-02-28T23:02:03.456", "2026-02-28T23:02:03Z", "2026-02-30T00:00:00.000Z", None):
        with pytest.raises(ValueError):
            parse_time(bad)


def test_entry_signatures():
    key = Ed25519PrivateKey.generate()
    pub = public_raw(key)
    assert public_raw(key.public_key()) == pub and len(pub) == 32
    assert key_id(pub) == sha256(pub).hexdigest()[:16]
    assert public_raw(load_private(private_raw(key))) == pub
    h = entry_hash(b"{}")
    sig = sign_entry(key, h)
    assert len(sig) == 64
    assert key.public_key().verify(sig, ENTRY_SIG_CONTEXT + h) is None
    assert verify_entry_signature(pub, h, sig)
    assert not verify_entry_signature(pub, entry_hash(b"{ }"), sig)
    assert not verify_entry_signature(pub, h, sig[:-1] + bytes([sig[-1] ^ 1]))
    assert not verify_entry_signature(pub, h, sig[:10])
    assert not verify_entry_signature(public_raw(Ed25519PrivateKey.generate()), h, sig)
    assert not verify_entry_signature(b"short", h, sig)
