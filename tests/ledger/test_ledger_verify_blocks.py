"""``verify_blocks``: the block-oriented fast path used by the database reader (tuple index columns, any block
sizes) gives the same verdicts as ``verify_entries``."""

from __future__ import annotations

import json

import pytest
from ledger_synth import LedgerBuilder

from custody.ledger import verify as verify_mod
from custody.ledger.verify import ROW_COLUMNS, verify_blocks, verify_entries


@pytest.fixture(scope="module")
def built() -> LedgerBuilder:
    return LedgerBuilder().standard(items=3, events_per_item=6)


def rows_of(b: LedgerBuilder, tamper: dict[int, dict[str, object]] | None = None):
    rows, sigs = [], []
    for e in b.entries:
        obj = json.loads(e.body)
        cols = {"kind": obj["kind"], "at": obj["at"], "station": obj["station"], "actor": obj["actor"],
                "item": obj["item"], "case": obj["case"], "prev": bytes.fromhex(obj["prev"])}
        cols.update((tamper or {}).get(e.seq, {}))
        rows.append((e.seq, e.body, e.entry_hash, tuple(cols[c] for c in ROW_COLUMNS)))
        sigs.append(tuple((s.signer, s.key_id, s.signature) for s in e.signatures))
    return rows, sigs


def blocks(rows, sigs, sizes):
    out, i, k = [], 0, 0
    while i < len(rows):
        n = sizes[k % len(sizes)]
        out.append((rows[i:i + n], sigs[i:i + n]))
        i += n
        k += 1
    return out


@pytest.mark.parametrize("sizes", [[4], [3, 5], [1], [4, 4, 0, 7]])
def test_any_block_sizes_give_the_same_report(built, monkeypatch, sizes):
    monkeypatch.setattr(verify_mod, "CHUNK_BITS", 2)
    monkeypatch.setattr(verify_mod, "CHUNK_SIZE", 4)
    rows, sigs = rows_of(built)
    ref = verify_entries(built.entries, checkpoints=built.checkpoints, workers=1)
    r = verify_blocks(blocks(rows, sigs, sizes), checkpoints=built.checkpoints, workers=1)
    assert ref.ok and r.ok
    assert (r.entries, r.root, r.signatures_checked, r.checkpoints_checked) == (
        ref.entries, ref.root, ref.signatures_checked, ref.checkpoints_checked)


def test_row_columns_are_the_stored_index_columns():
    assert ROW_COLUMNS == ("kind", "item", "prev")


@pytest.mark.parametrize(("column", "value"), [
    ("kind", "custody.disposed"), ("item", "UN-DIL-26-999999-7"), ("item", None), ("prev", b"\x00" * 32),
])
def test_each_tuple_column_is_checked(built, column, value):
    k = [e.seq for e in built.entries if json.loads(e.body)["item"] is not None][-2]
    rows, sigs = rows_of(built, {k: {column: value}})
    r = verify_blocks([(rows, sigs)], checkpoints=built.checkpoints, workers=1)
    assert [f.seq for f in r.failures] == [k]
    assert f"index column {column}" in r.first.reason


def test_tampered_signature_in_a_tuple_is_detected(built):
    rows, sigs = rows_of(built)
    k = len(built.entries) - 2
    signer, kid, sig = sigs[k - 1][0]
    sigs[k - 1] = ((signer, kid, bytes(64)), *sigs[k - 1][1:])
    r = verify_blocks([(rows, sigs)], checkpoints=built.checkpoints, workers=1)
    assert [f.seq for f in r.failures] == [k] and "invalid signature" in r.first.reason
