"""The item links a verification worker sends to the main process (verify_worker._pack_links): each item's last
entry as its 32-byte hash and its seq (8 bytes, big-endian, signed), packed in C a byte column at a time; the
same bytes as packing item by item, and a stored seq that does not fit 64 bits still packs (as a marker)."""

from __future__ import annotations

from hashlib import sha256

from custody.ledger import verify_worker as W


def _links(seqs):
    items = [f"UN-DIL-26-{i:06d}-X" for i in range(len(seqs))]
    hashes = [sha256(str(i).encode()).hexdigest() for i in range(len(seqs))]
    return ([items[0]], [None], [seqs[0]], dict(zip(items, hashes, strict=True)),
            dict(zip(items, seqs, strict=True))), items, hashes


def test_tails_are_hash_then_seq_for_every_item():
    seqs = [1, 2, 255, 256, 2**31, 2**63 - 1, -1, -(2**63)]
    links, items, hashes = _links(seqs)
    head_items, head_prevs, head_seqs, tail_items, tails = W._pack_links(links)
    assert tail_items == items and list(head_seqs) == [1] and head_prevs == [None]
    assert len(tails) == W.ITEM_LAST * len(items)
    for i, (h, q) in enumerate(zip(hashes, seqs, strict=True)):
        record = tails[W.ITEM_LAST * i: W.ITEM_LAST * (i + 1)]
        assert record[:32].hex() == h
        assert int.from_bytes(record[32:], "big", signed=True) == q


def test_a_seq_beyond_64_bits_packs_as_a_marker_and_the_others_stay_right():
    links, items, hashes = _links([5, 2**64, 7])
    tails = W._pack_links(links)[4]
    assert tails[32:40] == (5).to_bytes(8, "big") and tails[40 + 32:80] == b"\x80" + bytes(7)
    assert tails[80 + 32:120] == (7).to_bytes(8, "big") and tails[80:112].hex() == hashes[2]
