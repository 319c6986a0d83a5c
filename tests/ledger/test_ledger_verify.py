"""Whole-ledger verification (LEDGER.md section 6) on a synthetic ledger with real keys; tamper matrix."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from ledger_synth import LedgerBuilder

from custody.ledger import (
    ZERO_HASH,
    Failure,
    Signature,
    StoredEntry,
    canonical_bytes,
    entry_hash,
    format_failure,
    root_from_leaves,
    sign_entry,
    verify_entries,
)
from custody.ledger import verify as verify_mod

ITEM1 = "UN-DIL-26-000001-7"


@pytest.fixture(scope="module")
def built() -> LedgerBuilder:
    b = LedgerBuilder().standard(items=3, events_per_item=4)
    b.revoke_user_key("asmith", by="admin")
    b.register_user("asmith", by="admin")  # a new key after the revocation
    b.custody_event(ITEM1, "jdoe", "asmith")
    b.report([ITEM1, "UN-DIL-26-000002-7"])
    return b


@pytest.fixture(params=[10, 2], ids=["chunk1024", "chunk4"])
def chunk_bits(request, monkeypatch):
    """Run each test with the normal chunk size and with tiny chunks (every chunk boundary case)."""
    monkeypatch.setattr(verify_mod, "CHUNK_BITS", request.param)
    monkeypatch.setattr(verify_mod, "CHUNK_SIZE", 1 << request.param)
    return request.param


def run(b: LedgerBuilder, entries=None, **kw):
    kw.setdefault("checkpoints", b.checkpoints)
    kw.setdefault("workers", 1)
    return verify_entries(b.entries if entries is None else entries, **kw)


def body_of(e: StoredEntry) -> dict:
    return json.loads(e.body)


def seq_of_kind(b: LedgerBuilder, kind: str, nth: int = 0) -> int:
    return [e.seq for e in b.entries if body_of(e)["kind"] == kind][nth]


def rewrite(b: LedgerBuilder, seq: int, mutate, *, resign: bool, entries=None) -> list[StoredEntry]:
    """Change the body of ``seq`` and recompute every later prev/item_prev/hash (optionally re-signing)."""
    entries = list(b.entries if entries is None else entries)
    out: list[StoredEntry] = []
    prev = ZERO_HASH
    item_last: dict[str, str] = {}
    for e in entries:
        body = body_of(e)
        if e.seq >= seq:
            if e.seq == seq:
                mutate(body)
            body["prev"] = prev
            if body["item"] is not None:
                body["item_prev"] = item_last.get(body["item"])
            raw = canonical_bytes(body)
            h = entry_hash(raw)
            sigs = e.signatures
            if resign:
                sigs = tuple(Signature(s.signer, s.key_id, sign_entry(_key_for(b, s), h)) for s in e.signatures)
            e = StoredEntry(e.seq, raw, h, sigs)
        prev = e.entry_hash.hex()
        if body["item"] is not None:
            item_last[body["item"]] = prev
        out.append(e)
    return out


def _key_for(b: LedgerBuilder, s: Signature):
    from custody.ledger import key_id, public_raw

    for k in [*b.user_keys.values(), *b.all_keys, b.station_key]:
        if key_id(public_raw(k)) == s.key_id:
            return k
    raise KeyError(s.key_id)


# ------------------------------------------------------------------------------------------------ intact


def test_intact_ledger_ok(built, chunk_bits):
    calls = []
    r = run(built, progress=calls.append)
    assert r.ok, r.lines()
    assert r.first is None
    assert r.entries == r.size == len(built.entries)
    assert r.root == root_from_leaves(built.leaves)
    assert r.checkpoints_checked == len(built.checkpoints)
    assert r.signatures_checked == sum(len(e.signatures) for e in built.entries)
    assert calls and calls[-1] == len(built.entries)


def test_intact_with_trusted_checkpoint_and_columns(built, chunk_bits):
    entries = [
        replace(e, columns={"kind": body_of(e)["kind"], "item": body_of(e)["item"], "entry_hash": e.entry_hash,
                            "prev": bytes.fromhex(body_of(e)["prev"]), "seq": e.seq, "unknown_col": 1,
                            "data.events": body_of(e)["data"].get("events")})
        for e in built.entries
    ]
    r = run(built, entries, trusted_checkpoint=built.checkpoints[3])
    assert r.ok, r.lines()


def test_structural_only_skips_signatures(built, chunk_bits):
    entries = list(built.entries)
    k = seq_of_kind(built, "custody.transferred", 2)
    entries[k - 1] = replace(entries[k - 1], signatures=())
    r = run(built, entries, check_signatures=False)
    assert r.ok and r.signatures_checked == 0
    assert not run(built, entries).ok


def test_empty_ledger():
    r = verify_entries([], workers=1)
    assert r.ok and r.entries == 0 and r.size == 0


# ------------------------------------------------------------------------------------------ tamper matrix


def test_changed_body_byte_detected_at_its_seq(built, chunk_bits):
    k = seq_of_kind(built, "custody.transferred", 3)
    entries = list(built.entries)
    e = entries[k - 1]
    entries[k - 1] = replace(e, body=e.body.replace(b"lab analysis", b"lab analysiz"))
    r = run(built, entries)
    assert not r.ok
    assert r.first.seq == k
    reasons = " | ".join(r.lines())
    assert "stored entry_hash differs" in reasons
    assert "invalid signature" in reasons
    assert f"seq {k + 1}: prev link broken" in reasons
    assert len({f.seq for f in r.failures if "checkpoint" not in f.reason}) <= 3


def test_non_canonical_body_detected(built, chunk_bits):
    k = 7
    entries = list(built.entries)
    entries[k - 1] = replace(entries[k - 1], body=entries[k - 1].body.replace(b'"v":1', b'"v": 1'))
    r = run(built, entries)
    assert r.first.seq == k
    assert any(f.seq == k and "body rejected" in f.reason for f in r.failures)


def test_dropped_middle_entry(built, chunk_bits):
    k = 9
    entries = [e for e in built.entries if e.seq != k]
    r = run(built, entries)
    assert r.first == Failure(k, f"entry missing: seq {k} not found (next stored seq is {k + 1})")
    assert any(f.seq == k + 1 and "prev link broken" in f.reason for f in r.failures)


def test_swapped_entries(built, chunk_bits):
    k = 12
    entries = list(built.entries)
    entries[k - 1], entries[k] = entries[k], entries[k - 1]
    r = run(built, entries)
    assert r.first.seq == k
    assert not r.ok


def test_swapped_bodies_keeping_seq_labels(built, chunk_bits):
    k = 12
    entries = list(built.entries)
    a, b = entries[k - 1], entries[k]
    entries[k - 1], entries[k] = replace(a, body=b.body, entry_hash=b.entry_hash), replace(b, body=a.body,
                                                                                             entry_hash=a.entry_hash)
    r = run(built, entries)
    assert r.first.seq == k and "body seq" in r.first.reason


def test_changed_signature(built, chunk_bits):
    k = seq_of_kind(built, "custody.transferred", 5)
    entries = list(built.entries)
    e = entries[k - 1]
    s = e.signatures[0]
    bad = Signature(s.signer, s.key_id, s.signature[:-1] + bytes([s.signature[-1] ^ 0x40]))
    entries[k - 1] = replace(e, signatures=(bad, *e.signatures[1:]))
    r = run(built, entries)
    assert [f.seq for f in r.failures] == [k]
    assert f"invalid signature by {s.signer}" in r.first.reason


def test_rewrite_with_recomputed_chain_detected_by_signatures(built, chunk_bits):
    k = seq_of_kind(built, "custody.transferred", 4)
    entries = rewrite(built, k, lambda body: body["data"].update(to="mallory"), resign=False)
    r = run(built, entries)
    assert r.first.seq == k and "invalid signature" in r.first.reason
    assert not any("prev link" in f.reason or "item_prev" in f.reason for f in r.failures)


def test_insider_rewrite_with_valid_signatures_detected_by_checkpoints(built, chunk_bits):
    k = seq_of_kind(built, "custody.transferred", 4)
    entries = rewrite(built, k, lambda body: body["data"].update(to="mallory"), resign=True)
    r = run(built, entries, checkpoints=[])
    # Without any checkpoint the rewrite is internally consistent except the checkpoint.signed entries:
    assert all("checkpoint.signed" in f.reason for f in r.failures) and r.failures
    r = run(built, entries)
    assert not r.ok
    later_checkpoints = sorted(int(n.split("\n")[1]) for n in built.checkpoints if int(n.split("\n")[1]) >= k)
    assert r.first.seq == later_checkpoints[0] or "checkpoint.signed" in r.first.reason
    assert any("root does not match the ledger" in f.reason for f in r.failures)
    r = run(built, entries, checkpoints=[], trusted_checkpoint=built.checkpoints[-1])
    assert any("ledger rewritten" in f.reason for f in r.failures)


def test_truncation_detected_against_trusted_checkpoint(built, chunk_bits):
    entries = built.entries[:-6]
    r = run(built, entries, checkpoints=[], trusted_checkpoint=built.checkpoints[-1])
    assert r.failures == [Failure(len(entries) + 1, f"ledger truncated: trusted checkpoint (size {built.size}) "
                                                    f"covers {built.size} entries, the ledger has {len(entries)}")]
    # the stored checkpoints beyond the end are reported too
    assert not run(built, entries).ok
    # a trusted checkpoint that the ledger has reached is fine
    assert run(built, checkpoints=[], trusted_checkpoint=built.checkpoints[2]).ok


def test_index_column_mismatch(built, chunk_bits):
    k = 10
    entries = list(built.entries)
    entries[k - 1] = replace(entries[k - 1], columns={"kind": "item.disposed"})
    r = run(built, entries)
    assert [f.seq for f in r.failures] == [k] and "index column kind" in r.first.reason
    entries[k - 1] = replace(entries[k - 1], columns={"entry_hash": b"\x00" * 32})
    assert run(built, entries).first.seq == k
    entries[k - 1] = replace(entries[k - 1], columns=None, entry_hash=b"\x00" * 32)
    assert "stored entry_hash" in run(built, entries).first.reason


def test_time_going_backwards_detected(built, chunk_bits):
    k = 15
    entries = rewrite(built, k, lambda body: body.update(at="2020-01-01T00:00:00.000Z"), resign=True)
    r = run(built, entries, checkpoints=[])
    assert any(f.seq == k and "earlier than the previous entry" in f.reason for f in r.failures)


def test_missing_extra_and_unregistered_signatures(built, chunk_bits):
    k = seq_of_kind(built, "custody.transferred", 1)
    e = built.entries[k - 1]
    entries = list(built.entries)
    entries[k - 1] = replace(e, signatures=e.signatures[:1])
    r = run(built, entries)
    assert [f.seq for f in r.failures] == [k] and "missing signature" in r.first.reason
    stranger = Signature("mallory", e.signatures[0].key_id, e.signatures[0].signature)
    entries[k - 1] = replace(e, signatures=(*e.signatures, stranger))
    r = run(built, entries)
    assert [f.seq for f in r.failures] == [k] and "not among the entry's signers" in r.first.reason
    s = e.signatures[0]
    entries[k - 1] = replace(e, signatures=(Signature(s.signer, "0" * 16, s.signature), *e.signatures[1:]))
    r = run(built, entries)
    assert "not registered" in r.first.reason


def test_revoked_key_refused(built, chunk_bits):
    # re-sign a later asmith entry with the revoked (old) key: valid signature, but revoked
    revoked_at = seq_of_kind(built, "user.key_revoked")
    old_key = built.key_history["asmith"][0]
    k = [e.seq for e in built.entries if e.seq > revoked_at and "asmith" in body_of(e)["signers"]
         and body_of(e)["kind"] == "custody.transferred"][0]
    from custody.ledger import key_id, public_raw

    e = built.entries[k - 1]
    sigs = tuple(
        Signature("asmith", key_id(public_raw(old_key)), sign_entry(old_key, e.entry_hash)) if s.signer == "asmith"
        else s for s in e.signatures
    )
    entries = list(built.entries)
    entries[k - 1] = replace(e, signatures=sigs)
    r = run(built, entries)
    assert [f.seq for f in r.failures] == [k] and f"revoked at seq {revoked_at}" in r.first.reason


def test_key_registration_needs_proof_of_possession(chunk_bits):
    b = LedgerBuilder().setup()
    b.create_user("jdoe", ["officer"], by="admin")
    b.register_user("jdoe", by="admin")
    # jdoe's registration entry signed by jdoe with admin's key instead of the registered key
    e = b.entries[-1]
    sigs = tuple(
        Signature("jdoe", b.kid("admin"), sign_entry(b.user_keys["admin"], e.entry_hash)) if s.signer == "jdoe"
        else s for s in e.signatures
    )
    r = verify_entries([*b.entries[:-1], replace(e, signatures=sigs)], workers=1)
    assert r.first.seq == e.seq and "proof of possession" in r.first.reason


def test_checkpoints_need_a_known_station_key(built, chunk_bits):
    station_seq = seq_of_kind(built, "station.key_registered")
    entries = rewrite(built, station_seq, lambda body: body.update(kind="station.key_noted"), resign=True)
    r = run(built, entries, checkpoints=[built.checkpoints[-1]])
    assert any("signature not valid" in f.reason for f in r.failures)
    # trusting the key out of band does not help: a ledger that does not register it proves nothing
    r2 = run(built, entries, checkpoints=[built.checkpoints[-1]], trusted_keys=[built.station_vkey])
    assert any("registers no station key" in f.reason for f in r2.failures)


def test_trust_anchor(built, chunk_bits):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from ledger_synth import KEY_NAME

    from custody.ledger import public_raw, verifier_key

    r = run(built, trusted_keys=[built.station_vkey])
    assert r.ok and r.trusted and r.anchor == built.station_vkey
    r = run(built)  # nothing trusted: intact, but not trusted
    assert r.ok and not r.trusted
    other = verifier_key(KEY_NAME, public_raw(Ed25519PrivateKey.generate()))
    r = run(built, trusted_keys=[other])
    assert not r.trusted and r.first.seq == 1 and "not a key you trust" in r.first.reason
    assert any("signature not valid" in f.reason for f in r.failures)  # and no checkpoint verifies


def test_checkpoint_signed_entry_root_checked(chunk_bits):
    b = LedgerBuilder().standard(items=2, events_per_item=1)
    k = seq_of_kind(b, "checkpoint.signed", 1)
    entries = rewrite(b, k, lambda body: body["data"].update(root="00" * 32), resign=True)
    r = verify_entries(entries, workers=1)
    assert r.first.seq == k and "checkpoint.signed: root for size" in r.first.reason


def test_stored_seq_gap_at_start_and_wrong_labels(built):
    entries = [replace(e, seq=e.seq + 1) for e in built.entries]
    r = run(built, entries, checkpoints=[])
    assert r.first.seq == 1 and "entry missing" in r.first.reason


def test_forged_checkpoint_note_rejected(built, chunk_bits):
    note = built.checkpoints[-1]
    lines = note.split("\n")
    lines[1] = str(int(lines[1]) - 1)
    r = run(built, checkpoints=["\n".join(lines)])
    assert any("signature not valid" in f.reason for f in r.failures)
    r = run(built, checkpoints=["not a note"])
    assert r.failures[0].seq == 0 and "malformed" in r.failures[0].reason


def test_format_failure():
    f = Failure(12, "prev link broken")
    assert format_failure(f) == str(f) == "seq 12: prev link broken"


# -------------------------------------------------------------------------------------------- worker pool


def test_every_signature_checked_with_small_batches(built, monkeypatch, chunk_bits):
    monkeypatch.setattr(verify_mod, "_SIG_BATCH", 3)
    total = sum(len(e.signatures) for e in built.entries)
    assert run(built).signatures_checked == total
    k = seq_of_kind(built, "custody.transferred", 9)
    entries = list(built.entries)
    e = entries[k - 1]
    s = e.signatures[1]
    entries[k - 1] = replace(e, signatures=(e.signatures[0], replace(s, signature=bytes(64))))
    r = run(built, entries)
    assert [f.seq for f in r.failures] == [k] and "invalid signature" in r.first.reason


def test_process_pool_gives_same_result(built, monkeypatch):
    monkeypatch.setattr(verify_mod, "CHUNK_BITS", 2)
    monkeypatch.setattr(verify_mod, "CHUNK_SIZE", 4)
    k = seq_of_kind(built, "custody.transferred", 3)
    entries = list(built.entries)
    entries[k - 1] = replace(entries[k - 1], body=entries[k - 1].body.replace(b"lab analysis", b"lab analysiz"))
    s = entries[k + 5].signatures[0]
    entries[k + 5] = replace(entries[k + 5], signatures=(replace(s, signature=bytes(64)),
                                                         *entries[k + 5].signatures[1:]))
    for data in (built.entries, entries):
        one = run(built, data, workers=1)
        pooled = run(built, data, workers=2)
        assert pooled.workers == 2 and one.workers == 1
        assert pooled.failures == one.failures
        assert (pooled.root, pooled.entries, pooled.signatures_checked) == (one.root, one.entries,
                                                                             one.signatures_checked)


def test_verification_continues_from_a_verified_prefix(built):
    """What was verified up to a size, plus the entries after it, verifies like the whole ledger (StartState)."""
    from custody.ledger.verify import StartState, _Verifier, verify_blocks

    keys = [built.station_vkey]
    for k in (1, 7, len(built.entries) // 2, len(built.entries)):
        first = verify_entries(built.entries[:k], trusted_keys=keys, workers=1)
        assert first.ok, first.lines()
        items: dict[str, tuple[str, int]] = {}
        for e in built.entries[:k]:
            item = body_of(e)["item"]
            if item:
                items[item] = (e.entry_hash.hex(), e.seq)
        start = StartState(size=first.size, frontier=first.frontier, last_hash=first.last_hash,
                           last_at=first.last_at, authority=first.authority, item_head=items.get)
        later = [n for n in built.checkpoints if int(n.split("\n")[1]) >= k]
        rest = verify_blocks(_Verifier.chunks_of(built.entries[k:]), checkpoints=later, trusted_keys=keys,
                             workers=1, start=start)
        assert rest.ok and rest.trusted, rest.lines()
        assert rest.root == root_from_leaves(built.leaves) and rest.size == len(built.entries)
    # a forged entry after the verified prefix is still caught
    k = len(built.entries) - 3
    first = verify_entries(built.entries[:k], trusted_keys=keys, workers=1)
    forged = rewrite(built, k + 1, lambda body: body.update(actor="mallory"), resign=False)
    start = StartState(size=first.size, frontier=first.frontier, last_hash=first.last_hash, last_at=first.last_at,
                       authority=first.authority)
    rest = verify_blocks(_Verifier.chunks_of(forged[k:]), trusted_keys=keys, workers=1, start=start)
    assert not rest.ok and rest.first.seq == k + 1
