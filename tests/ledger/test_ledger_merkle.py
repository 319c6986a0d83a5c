"""RFC 9162 Merkle tree: the shared vectors, the frontier, proofs and property tests."""

from __future__ import annotations

import base64
import json
from hashlib import sha256
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.ledger import (
    EMPTY_ROOT,
    Frontier,
    ProofError,
    consistency_proof,
    inclusion_proof,
    node_hash,
    root_from_leaves,
    subtree_from_leaves,
    subtree_from_perfect,
    verify_consistency,
    verify_inclusion,
)

VECTORS = Path(__file__).resolve().parents[1] / "data" / "merkle"
INCLUSION = sorted((VECTORS / "inclusion").rglob("*.json"))
CONSISTENCY = sorted((VECTORS / "consistency").rglob("*.json"))


def _ids(paths):
    return [str(p.relative_to(VECTORS)) for p in paths]


def _b64(s):
    return base64.b64decode(s)


def test_vectors_present():
    assert len(INCLUSION) > 50 and len(CONSISTENCY) > 50


@pytest.mark.parametrize("path", INCLUSION, ids=_ids(INCLUSION))
def test_inclusion_vector(path):
    v = json.loads(path.read_text())
    args = (v["leafIdx"], v["treeSize"], _b64(v["leafHash"]), [_b64(p) for p in v["proof"] or []], _b64(v["root"]))
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(*args)
    else:
        verify_inclusion(*args)


@pytest.mark.parametrize("path", CONSISTENCY, ids=_ids(CONSISTENCY))
def test_consistency_vector(path):
    v = json.loads(path.read_text())
    args = (v["size1"], v["size2"], _b64(v["root1"]), _b64(v["root2"]), [_b64(p) for p in v["proof"] or []])
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(*args)
    else:
        verify_consistency(*args)


def _leaves(n, salt=b""):
    return [sha256(b"\x00" + salt + i.to_bytes(4, "big")).digest() for i in range(n)]


def _mth(leaves):
    """RFC 9162 MTH, written recursively as in the RFC."""
    if not leaves:
        return EMPTY_ROOT
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return node_hash(_mth(leaves[:k]), _mth(leaves[k:]))


def test_rfc6962_reference_root():
    # the 8-leaf tree of the vectors: inclusion/1/happy-path.json
    v = json.loads((VECTORS / "inclusion" / "1" / "happy-path.json").read_text())
    assert EMPTY_ROOT == sha256(b"").digest()
    assert node_hash(b"a" * 32, b"b" * 32) == sha256(b"\x01" + b"a" * 32 + b"b" * 32).digest()
    assert len(_b64(v["root"])) == 32


def test_frontier_root_equals_root_from_leaves_up_to_300():
    leaves = _leaves(300)
    f = Frontier()
    assert f.root() == EMPTY_ROOT == root_from_leaves([])
    for n in range(1, 301):
        f.append(leaves[n - 1])
        assert f.size == n
        assert f.root() == root_from_leaves(leaves[:n]) == _mth(leaves[:n])
        g = Frontier.from_bytes(f.to_bytes())
        assert g == f and g.root() == f.root()
        assert len(f.to_bytes()) == 8 + 32 * bin(n).count("1")


def test_frontier_copy_is_independent_and_from_bytes_validates():
    f = Frontier()
    f.extend(_leaves(5))
    g = f.copy()
    g.append(b"\x00" * 32)
    assert f.size == 5 and g.size == 6
    with pytest.raises(ValueError):
        Frontier.from_bytes(f.to_bytes()[:-1])
    with pytest.raises(ValueError):
        Frontier.from_bytes(b"\x00")


def test_frontier_append_subtree_and_completed():
    leaves = _leaves(64)
    f = Frontier()
    f.append_subtree(root_from_leaves(leaves[:32]), 5)
    f.append_subtree(root_from_leaves(leaves[32:48]), 4)
    f.extend(leaves[48:])
    assert f.root() == root_from_leaves(leaves)
    f.append(leaves[0])
    with pytest.raises(ValueError):
        f.append_subtree(leaves[0], 3)  # size 65 is not a multiple of 8
    g = Frontier()
    seen = {}
    for i, h in enumerate(leaves[:16]):
        for height, start, value in g.append_completed(h):
            seen[(height, start)] = value
            assert value == root_from_leaves(leaves[start:start + (1 << height)])
        assert g.root() == root_from_leaves(leaves[: i + 1])
    assert (4, 0) in seen and (3, 8) in seen and (0, 15) in seen


def test_frontier_million_appends_fast():
    import time

    f = Frontier()
    leaf = b"\x11" * 32
    t = time.process_time()
    for _ in range(1_000_000):
        f.append(leaf)
    assert time.process_time() - t < 10
    assert f.size == 1_000_000 and len(f.hashes) == bin(1_000_000).count("1")


def test_proofs_from_frontier_built_tree_verify():
    leaves = _leaves(100)
    f = Frontier()
    roots = [EMPTY_ROOT]
    for h in leaves:
        f.append(h)
        roots.append(f.root())
    subtree = subtree_from_leaves(leaves)
    for size in (1, 2, 3, 7, 8, 9, 31, 64, 100):
        for index in range(size):
            verify_inclusion(index, size, leaves[index], inclusion_proof(index, size, subtree), roots[size])
        for old in range(1, size + 1):
            verify_consistency(old, size, roots[old], roots[size], consistency_proof(old, size, subtree))


def test_proof_generation_asks_only_for_rfc_ranges_with_log_calls():
    leaves = _leaves(1000)
    calls = []

    def perfect(start, size):
        assert size & (size - 1) == 0 and start % size == 0
        calls.append((start, size))
        return root_from_leaves(leaves[start:start + size])

    subtree = subtree_from_perfect(perfect)
    root = root_from_leaves(leaves)
    asked = []

    def spy(start, end):
        asked.append((start, end))
        size = 1 << max(0, (end - start - 1).bit_length())
        assert start % size == 0  # aligned to the smallest power of two >= its length
        return subtree(start, end)

    proof = inclusion_proof(777, 1000, spy)
    verify_inclusion(777, 1000, leaves[777], proof, root)
    assert len(asked) == len(proof) <= 10
    asked.clear()
    old_root = root_from_leaves(leaves[:613])
    proof = consistency_proof(613, 1000, spy)
    verify_consistency(613, 1000, old_root, root, proof)
    assert len(asked) == len(proof) <= 20
    assert len(calls) < 200


def test_proof_argument_errors():
    subtree = subtree_from_leaves(_leaves(4))
    with pytest.raises(ValueError):
        inclusion_proof(4, 4, subtree)
    with pytest.raises(ValueError):
        consistency_proof(0, 4, subtree)
    with pytest.raises(ValueError):
        consistency_proof(5, 4, subtree)
    assert consistency_proof(4, 4, subtree) == []
    root = root_from_leaves(_leaves(4))
    with pytest.raises(ProofError):
        verify_inclusion(0, 4, _leaves(4)[0], b"not a list", root)
    with pytest.raises(ProofError):
        verify_consistency(0, 0, b"x" * 32, b"x" * 32, [])
    verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])


@settings(max_examples=60, deadline=None)
@given(size=st.integers(1, 200), data=st.data())
def test_inclusion_property(size, data):
    leaves = _leaves(size, salt=b"p")
    root = root_from_leaves(leaves)
    index = data.draw(st.integers(0, size - 1))
    proof = inclusion_proof(index, size, subtree_from_leaves(leaves))
    verify_inclusion(index, size, leaves[index], proof, root)
    # any single-bit change, wrong index or wrong size is rejected
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1))
        bad = list(proof)
        bad[which] = bytes([bad[which][0] ^ 1]) + bad[which][1:]
        with pytest.raises(ProofError):
            verify_inclusion(index, size, leaves[index], bad, root)
        with pytest.raises(ProofError):
            verify_inclusion(index, size, leaves[index], proof[:-1], root)
    other = data.draw(st.integers(0, size))
    if other != index:
        with pytest.raises(ProofError):
            verify_inclusion(other, size, leaves[index], proof, root)


@settings(max_examples=60, deadline=None)
@given(new=st.integers(1, 200), data=st.data())
def test_consistency_property(new, data):
    leaves = _leaves(new, salt=b"c")
    old = data.draw(st.integers(1, new))
    old_root, new_root = root_from_leaves(leaves[:old]), root_from_leaves(leaves)
    proof = consistency_proof(old, new, subtree_from_leaves(leaves))
    verify_consistency(old, new, old_root, new_root, proof)
    if old < new:
        forked = root_from_leaves(leaves[: old - 1] + [b"\x00" * 32]) if old > 0 else old_root
        with pytest.raises(ProofError):
            verify_consistency(old, new, forked, new_root, proof)
        which = data.draw(st.integers(0, len(proof) - 1))
        bad = list(proof)
        bad[which] = bytes([bad[which][0] ^ 1]) + bad[which][1:]
        with pytest.raises(ProofError):
            verify_consistency(old, new, old_root, new_root, bad)
