"""LEDGER.md 3.1 (authority) on synthetic ledgers: what a database writer without keys cannot make verify.

Each forgery is built the way an attacker with write access would build it: well-formed, canonical, chained, and
signed with keys the attacker can make (new keys), never with the station's or an honest officer's key.
"""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from ledger_synth import KEY_NAME, LedgerBuilder

from custody.ledger import STATION, key_id, public_raw, verifier_key, verify_bundle, verify_entries

ITEM = "UN-DIL-26-000001-7"


def fresh() -> LedgerBuilder:
    return LedgerBuilder().standard(items=1, events_per_item=1)


def verify(b: LedgerBuilder):
    return verify_entries(b.entries, checkpoints=b.checkpoints, trusted_keys=[b.station_vkey], workers=1)


def failures_at(b: LedgerBuilder, seq: int) -> list[str]:
    return [f.reason for f in verify(b).failures if f.seq == seq]


def test_standard_ledger_verifies_and_is_trusted():
    r = verify(fresh())
    assert r.ok and r.trusted, r.lines()


def test_custody_entry_written_as_station_fails():
    b = fresh()
    e = b.append("custody.transferred", actor=STATION, signers=[STATION], item=ITEM,
                 data={"from": "jdoe", "to": "mallory"})
    assert any("written by @station" in f for f in failures_at(b, e.seq))


def test_entry_with_empty_signers_fails():
    b = fresh()
    e = b.append("custody.transferred", actor="jdoe", signers=[], item=ITEM, data={"to": "mallory"})
    assert any("not among the signers" in f for f in failures_at(b, e.seq))


def test_self_registered_keys_sign_nothing():
    b = fresh()
    mallory_j = Ed25519PrivateKey.generate()
    mallory_a = Ed25519PrivateKey.generate()
    regs = []
    for user, key in (("jdoe", mallory_j), ("asmith", mallory_a)):
        pub = public_raw(key)
        regs.append(b.append("user.key_registered", actor=user, signers=[user], keys={user: key},
                             data={"username": user, "public_key": base64.b64encode(pub).decode(),
                                   "key_id": key_id(pub)}))
    e = b.append("custody.transferred", actor="jdoe", signers=["asmith", "jdoe"], item=ITEM,
                 data={"from": "jdoe", "to": "asmith"}, keys={"jdoe": mallory_j, "asmith": mallory_a})
    r = verify(b)
    for reg in regs:
        assert any(f.seq == reg.seq and "not authorised" in f.reason for f in r.failures)
    assert r.first.seq == regs[0].seq < e.seq  # the ledger fails before the forged handover


def test_forged_admin_creation_fails():
    b = fresh()
    e = b.create_user("mallory", ["admin"], by="jdoe")  # an officer cannot make an administrator
    assert any("not signed by an administrator" in f for f in failures_at(b, e.seq))
    e2 = b.append("user.roles_changed", actor="jdoe", signers=["jdoe"],
                  data={"username": "jdoe", "roles": ["admin", "officer"]})
    assert any("not signed by an administrator" in f for f in failures_at(b, e2.seq))
    # after setup the station key can no longer create officers
    e3 = b.create_user("mallory2", ["admin"], by=STATION)
    assert any("after setup" in f for f in failures_at(b, e3.seq))


def test_second_station_key_signed_only_by_itself_fails():
    b = fresh()
    key = Ed25519PrivateKey.generate()
    pub = public_raw(key)
    name = KEY_NAME.replace("/DIL", "/DIL") + "2"
    e = b.append("station.key_registered", actor=STATION, signers=[STATION], keys={STATION: key},
                 data={"key_name": name, "public_key": base64.b64encode(pub).decode(),
                       "verifier_key": verifier_key(name, pub)})
    assert any("administrator or an already registered station key" in f for f in failures_at(b, e.seq))
    # signed by an administrator too: accepted (a station joining a shared database)
    b2 = fresh()
    key2 = Ed25519PrivateKey.generate()
    pub2 = public_raw(key2)
    b2.append("station.key_registered", actor="admin", signers=["admin", STATION], keys={STATION: key2},
              data={"key_name": name, "public_key": base64.b64encode(pub2).decode(),
                    "verifier_key": verifier_key(name, pub2)})
    assert verify(b2).ok, verify(b2).lines()


def test_station_entry_of_user_kind_fails():
    b = fresh()
    e = b.append("item.registered", actor=STATION, signers=[STATION], item="UN-DIL-26-000099-3",
                 data={"description": "planted"})
    assert any("written by @station" in f for f in failures_at(b, e.seq))


def test_station_entries_need_the_station_key():
    b = fresh()
    other = Ed25519PrivateKey.generate()
    e = b.append("auth.failed", actor=STATION, signers=[STATION], keys={STATION: other},
                 data={"username": "jdoe", "reason": "password"})
    assert any("not a station key registered" in f for f in failures_at(b, e.seq))


def _clock_went_wrong() -> tuple[LedgerBuilder, str]:
    """A ledger whose last entry was stamped by a workstation clock in 2099; the clock is right again."""
    b = fresh()
    b.create_user("ivan", ["supervisor"], by="admin")
    b.register_user("ivan", by="admin")
    right = b.time
    b.time = b.time.replace(year=2099)
    wrong = b.append("auth.login", actor="jdoe", signers=["jdoe"], data={"username": "jdoe"})
    b.time = right
    return b, json.loads(wrong.body)["at"]


def test_time_goes_back_only_through_a_clock_correction():
    b, _ = _clock_went_wrong()
    e = b.append("auth.login", actor="jdoe", signers=["jdoe"], data={"username": "jdoe"})
    assert any("earlier than the previous entry" in f for f in failures_at(b, e.seq))


def test_clock_correction_signed_by_admin_and_supervisor_restarts_the_order():
    b, wrong_at = _clock_went_wrong()
    b.append("clock.corrected", actor="admin", signers=["admin", "ivan"],
             data={"reason": "workstation clock was set to 2099", "wrong_until": wrong_at})
    b.append("auth.login", actor="jdoe", signers=["jdoe"], data={"username": "jdoe"})
    assert verify(b).ok, verify(b).lines()


@pytest.mark.parametrize("signers", [["admin"], ["admin", "jdoe"], ["ivan", "jdoe"]])
def test_clock_correction_without_admin_and_supervisor_fails(signers):
    b, wrong_at = _clock_went_wrong()
    e = b.append("clock.corrected", actor=signers[0], signers=signers,
                 data={"reason": "no second person", "wrong_until": wrong_at})
    assert any("administrator and a supervisor" in f for f in failures_at(b, e.seq))


@pytest.mark.parametrize("drop", ["station.key_registered", "user.created", "user.key_registered"])
def test_bundle_without_its_authority_closure_fails(drop):
    b = fresh()
    b.report([ITEM])
    doc = json.loads(b.bundle([ITEM]))
    assert verify_bundle(json.dumps(doc), [b.station_vkey]).ok
    kinds = [json.loads(e["body"])["kind"] for e in doc["entries"]]
    assert drop in kinds
    doc["entries"] = [e for e in doc["entries"] if json.loads(e["body"])["kind"] != drop]
    r = verify_bundle(json.dumps(doc), [b.station_vkey])
    assert not r.ok and r.items == {}


def test_bundle_with_forged_authority_fails():
    b = fresh()
    mallory = Ed25519PrivateKey.generate()
    pub = public_raw(mallory)
    b.append("user.key_registered", actor="jdoe", signers=["jdoe"], keys={"jdoe": mallory},
             data={"username": "jdoe", "public_key": base64.b64encode(pub).decode(), "key_id": key_id(pub)})
    b.append("custody.transferred", actor="jdoe", signers=["jdoe"], item=ITEM, keys={"jdoe": mallory},
             data={"from": "jdoe", "to": "mallory"})
    b.report([ITEM])
    r = verify_bundle(b.bundle([ITEM]), [b.station_vkey])
    assert not r.ok and any("not authorised" in f for f in r.failures)
