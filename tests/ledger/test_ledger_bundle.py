"""Proof bundles custody-proof/v1 (LEDGER.md section 5)."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from ledger_synth import KEY_NAME, LedgerBuilder

from custody.ledger import (
    BUNDLE_FORMAT,
    public_raw,
    verifier_key,
    verify_bundle,
)
from custody.ledger.bundle import UNTRUSTED_NOTE

ITEM1 = "UN-DIL-26-000001-7"
ITEM2 = "UN-DIL-26-000002-7"


@pytest.fixture(scope="module")
def ledger() -> LedgerBuilder:
    b = LedgerBuilder().standard(items=3, events_per_item=3)
    b.report([ITEM1, ITEM2], report_id="R-7")
    return b


@pytest.fixture(scope="module")
def bundle(ledger) -> dict:
    return json.loads(ledger.bundle([ITEM1, ITEM2]))


def dump(doc: dict) -> bytes:
    return json.dumps(doc).encode()


def entry_index(doc: dict, item: str, kind: str | None = None, nth: int = 0) -> int:
    found = [i for i, e in enumerate(doc["entries"])
             if json.loads(e["body"])["item"] == item and (kind is None or json.loads(e["body"])["kind"] == kind)]
    return found[nth]


def test_round_trip(ledger, bundle):
    assert bundle["format"] == BUNDLE_FORMAT
    r = verify_bundle(dump(bundle), [ledger.station_vkey])
    assert r.ok, r.failures
    assert r.station_key_trusted and r.notes == []
    assert r.checkpoint.size == ledger.size
    assert set(r.items) == {ITEM1, ITEM2}
    hist = r.items[ITEM1]
    assert [e.kind for e in hist] == ["item.registered"] + ["custody.transferred"] * 3 + ["report.issued"]
    assert hist[-1].data == {"events": 4, "report_id": "R-7"}
    assert hist[1].signers == ["asmith", "jdoe"] and len(hist[1].entry_hash_hex) == 64
    assert [e.seq for e in hist] == sorted(e.seq for e in hist)
    # bytes, str and the builder's own output all work
    assert verify_bundle(ledger.bundle([ITEM1, ITEM2]).decode(), [ledger.station_vkey]).ok


def test_without_trusted_key_ok_but_flagged(ledger, bundle):
    r = verify_bundle(dump(bundle), None)
    assert r.ok and not r.station_key_trusted and r.notes == [UNTRUSTED_NOTE]


def test_untrusted_key_rejected(bundle):
    other = verifier_key(KEY_NAME, public_raw(Ed25519PrivateKey.generate()))
    r = verify_bundle(dump(bundle), [other])
    assert not r.ok and r.items == {}
    assert "checkpoint: no signature by a trusted key" in r.failures[0]
    assert any("first station key" in f and "is not a key you trust" in f for f in r.failures)
    assert not verify_bundle(dump(bundle), []).ok


def test_edited_event_rejected(ledger, bundle):
    doc = json.loads(dump(bundle))
    i = entry_index(doc, ITEM1, "custody.transferred", 1)
    doc["entries"][i]["body"] = doc["entries"][i]["body"].replace("lab analysis", "lab analysiz")
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok
    text = " | ".join(r.failures)
    assert "not included in the checkpoint" in text and "invalid signature" in text
    assert "does not follow" in text  # the next event's item_prev no longer matches


def test_dropped_middle_event_rejected(ledger, bundle):
    doc = json.loads(dump(bundle))
    del doc["entries"][entry_index(doc, ITEM1, "custody.transferred", 1)]
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok
    assert any(f.startswith(f"item {ITEM1}: seq") and "does not follow" in f for f in r.failures)
    assert any("counts 4 earlier events, the bundle holds 3" in f for f in r.failures)


def test_dropped_last_event_rejected(ledger, bundle):
    doc = json.loads(dump(bundle))
    del doc["entries"][entry_index(doc, ITEM2, "report.issued")]
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok and any("does not end with a report.issued" in f for f in r.failures)
    doc = json.loads(dump(bundle))
    del doc["entries"][entry_index(doc, ITEM2, "custody.transferred", 2)]  # the event just before the report
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok


def test_dropped_first_event_rejected(ledger, bundle):
    doc = json.loads(dump(bundle))
    del doc["entries"][entry_index(doc, ITEM1, "item.registered")]
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok and any("is not the item's first entry" in f for f in r.failures)


def test_edited_checkpoint_rejected(ledger, bundle):
    doc = json.loads(dump(bundle))
    lines = doc["checkpoint"].split("\n")
    lines[1] = str(int(lines[1]) + 1)
    doc["checkpoint"] = "\n".join(lines)
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok and r.failures[0].startswith("checkpoint:")


def test_report_count_mismatch_rejected():
    b = LedgerBuilder().standard(items=1, events_per_item=2)
    b.item_count[ITEM1] -= 1  # the report claims one event fewer than the ledger holds
    b.report([ITEM1])
    r = verify_bundle(b.bundle([ITEM1]), [b.station_vkey])
    assert not r.ok and any("counts 2 earlier events, the bundle holds 3" in f for f in r.failures)


def test_missing_key_registration_or_key_list(ledger, bundle):
    doc = json.loads(dump(bundle))
    regs = [i for i, e in enumerate(doc["entries"]) if json.loads(e["body"])["kind"] == "user.key_registered"]
    assert len(regs) == 3
    del doc["entries"][regs[1]]
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok and any("which is not registered for" in f and "in the bundle" in f for f in r.failures)
    # the keys list is informative, but what it says must agree with the registrations
    doc = json.loads(dump(bundle))
    doc["keys"][0]["owner"] = "user:mallory"
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok and any("is not the key its registration entry in the bundle holds" in f for f in r.failures)


def test_signature_swapped_rejected(ledger, bundle):
    doc = json.loads(dump(bundle))
    i = entry_index(doc, ITEM1, "custody.transferred", 0)
    j = entry_index(doc, ITEM1, "custody.transferred", 1)
    doc["entries"][i]["signatures"] = doc["entries"][j]["signatures"]
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok and any("invalid signature" in f for f in r.failures)


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff", b"[]", b"{}", b'{"format":"custody-proof/v2"}', b"not json",
     b'{"format":"custody-proof/v1","checkpoint":5,"entries":[]}',
     b'{"format":"custody-proof/v1","checkpoint":"x\\n\\n","entries":[]}',
     b'{"format":"custody-proof/v1","checkpoint":"x","entries":{},"keys":[]}', "ünicode", 12, None],
)
def test_malformed_never_raises(ledger, data):
    r = verify_bundle(data, [ledger.station_vkey])
    assert not r.ok and r.failures


def test_malformed_entries_never_raise(ledger, bundle):
    for mangle in (
        lambda d: d["entries"].append(5),
        lambda d: d["entries"][0].update(body=5),
        lambda d: d["entries"][0].update(inclusion="ab"),
        lambda d: d["entries"][0].update(inclusion=["zz"]),
        lambda d: d["entries"][0].update(signatures=[{"signer": 1}]),
        lambda d: d["entries"][0].update(signatures=[{"signer": "admin", "key_id": "x", "signature": "!!"}]),
        lambda d: d["keys"].append({"key_id": "x"}),
        lambda d: d["keys"].append(7),
        lambda d: d["entries"].append(d["entries"][0]),
        lambda d: d.update(verifier_keys="x"),
    ):
        doc = json.loads(dump(bundle))
        mangle(doc)
        r = verify_bundle(dump(doc), [ledger.station_vkey])
        assert not r.ok and r.failures


def test_second_item_cut_down_to_its_first_entry_rejected(ledger, bundle):
    """Every entry of ITEM2 after its registration dropped: the chain of ITEM2 alone must fail
    (not be judged by ITEM1's report.issued)."""
    doc = json.loads(dump(bundle))
    first = entry_index(doc, ITEM2)
    doc["entries"] = [e for i, e in enumerate(doc["entries"])
                      if json.loads(e["body"])["item"] != ITEM2 or i == first]
    r = verify_bundle(dump(doc), [ledger.station_vkey])
    assert not r.ok
    assert any(f.startswith(f"item {ITEM2}: the history does not end with a report.issued") for f in r.failures)
