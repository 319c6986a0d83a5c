"""RFC 9162 section 2.1 Merkle tree: tree hash, inclusion and consistency proofs, compact frontier.

Leaves are already-hashed (the ledger's entry hash is ``SHA-256(0x00 || body)``); interior nodes are
``SHA-256(0x01 || left || right)``.

Proof generation works over a :data:`Subtree` callable ``subtree(start, end) -> MTH(D[start:end])`` and only ever
asks for the ranges RFC 9162's recursive split produces. Every such range ``[start, end)`` has ``start`` aligned to
the smallest power of two ``>= end - start``: it is either an aligned perfect subtree or the right edge of one.
:func:`subtree_from_perfect` builds such a callable from a source of aligned perfect subtree hashes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from hashlib import sha256
from typing import TypeAlias

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "Frontier",
    "ProofError",
    "Subtree",
    "consistency_proof",
    "inclusion_proof",
    "node_hash",
    "root_from_leaves",
    "subtree_from_leaves",
    "subtree_from_perfect",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
EMPTY_ROOT = sha256(b"").digest()
_NODE = b"\x01"

#: ``subtree(start, end)`` returns ``MTH(D[start:end])`` (``start < end``).
Subtree: TypeAlias = Callable[[int, int], bytes]


class ProofError(ValueError):
    """A Merkle proof does not verify (or its inputs are malformed)."""


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(_NODE + left + right).digest()


def _split(n: int) -> int:
    """Largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


# ----------------------------------------------------------------------------------------------------- frontier


class Frontier:
    """Compact Merkle range ``[0, size)`` of an append-only tree: the roots of its perfect subtrees.

    Holds ``popcount(size)`` hashes, largest subtree first. ``root()`` is ``MTH(D[0:size])``.
    """

    __slots__ = ("_size", "_hashes")

    def __init__(self) -> None:
        self._size = 0
        self._hashes: list[bytes] = []

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        """Perfect subtree roots, largest (leftmost) first."""
        return tuple(self._hashes)

    def append(self, leaf_hash: bytes) -> None:
        n = self._size
        hashes = self._hashes
        h = leaf_hash
        while n & 1:
            h = sha256(_NODE + hashes.pop() + h).digest()
            n >>= 1
        hashes.append(h)
        self._size += 1

    def append_completed(self, leaf_hash: bytes) -> list[tuple[int, int, bytes]]:
        """Append a leaf; return the perfect subtrees completed by it as ``(height, start, hash)``.

        Height 0 is the leaf itself; ``start`` is the subtree's first leaf index. Useful to store aligned perfect
        subtree hashes at some levels.
        """
        n = self._size
        hashes = self._hashes
        h = leaf_hash
        height = 0
        done = [(0, n, h)]
        while n & 1:
            h = sha256(_NODE + hashes.pop() + h).digest()
            n >>= 1
            height += 1
            done.append((height, (n << height), h))
        hashes.append(h)
        self._size += 1
        return done

    def append_subtree(self, subtree_hash: bytes, height: int) -> None:
        """Append a whole perfect subtree of ``2**height`` leaves; ``size`` must be a multiple of it."""
        if height < 0 or self._size & ((1 << height) - 1):
            raise ValueError("perfect subtree is not aligned with the frontier size")
        n = self._size >> height
        hashes = self._hashes
        h = subtree_hash
        while n & 1:
            h = sha256(_NODE + hashes.pop() + h).digest()
            n >>= 1
        hashes.append(h)
        self._size += 1 << height

    def extend(self, leaf_hashes: Sequence[bytes]) -> None:
        for h in leaf_hashes:
            self.append(h)

    def root(self) -> bytes:
        hashes = self._hashes
        if not hashes:
            return EMPTY_ROOT
        r = hashes[-1]
        for h in reversed(hashes[:-1]):
            r = sha256(_NODE + h + r).digest()
        return r

    def copy(self) -> Frontier:
        f = Frontier.__new__(Frontier)
        f._size = self._size
        f._hashes = list(self._hashes)
        return f

    def to_bytes(self) -> bytes:
        """8-byte big-endian size followed by the ``popcount(size)`` subtree hashes."""
        return self._size.to_bytes(8, "big") + b"".join(self._hashes)

    @classmethod
    def from_bytes(cls, data: bytes) -> Frontier:
        data = bytes(data)
        if len(data) < 8:
            raise ValueError("frontier too short")
        size = int.from_bytes(data[:8], "big")
        count = size.bit_count()
        if len(data) != 8 + HASH_SIZE * count:
            raise ValueError(f"frontier of size {size} must hold {count} hashes")
        f = cls.__new__(cls)
        f._size = size
        f._hashes = [data[8 + i * HASH_SIZE : 8 + (i + 1) * HASH_SIZE] for i in range(count)]
        return f

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Frontier) and self._size == other._size and self._hashes == other._hashes

    def __repr__(self) -> str:
        return f"Frontier(size={self._size}, root={self.root().hex()[:16]}…)"


def root_from_leaves(leaves: Sequence[bytes]) -> bytes:
    """``MTH(leaves)`` for already-hashed leaves (``EMPTY_ROOT`` for none)."""
    f = Frontier()
    for h in leaves:
        f.append(h)
    return f.root()


def subtree_from_leaves(leaves: Sequence[bytes]) -> Subtree:
    """A :data:`Subtree` over an in-memory list of leaf hashes (for tests and small trees)."""
    leaves = list(leaves)

    def subtree(start: int, end: int) -> bytes:
        if not 0 <= start < end <= len(leaves):
            raise ValueError(f"range [{start}, {end}) outside the tree of size {len(leaves)}")
        return root_from_leaves(leaves[start:end])

    return subtree


def subtree_from_perfect(perfect: Callable[[int, int], bytes]) -> Subtree:
    """Build a :data:`Subtree` from ``perfect(start, size)``: the hash of an aligned perfect subtree.

    ``perfect`` is only called with ``size`` a power of two and ``start`` a multiple of ``size``. Each range is
    decomposed into at most ``log2(size)`` such subtrees (the right edge of a tree is a chain of decreasing perfect
    subtrees), folded right to left.
    """

    def subtree(start: int, end: int) -> bytes:
        if not 0 <= start < end:
            raise ValueError(f"empty or negative range [{start}, {end})")
        parts: list[bytes] = []
        while start < end:
            n = end - start
            # largest power of two <= n that start is aligned to
            k = 1 << (n.bit_length() - 1)
            while start & (k - 1):
                k >>= 1
            parts.append(perfect(start, k))
            start += k
        r = parts[-1]
        for h in reversed(parts[:-1]):
            r = node_hash(h, r)
        return r

    return subtree


# ------------------------------------------------------------------------------------------------------ proofs


def inclusion_proof(index: int, size: int, subtree: Subtree) -> list[bytes]:
    """RFC 9162 ``PATH(index, D[0:size])``: audit path, bottom-up. ``log2(size)`` calls to ``subtree``."""
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} outside tree of size {size}")
    proof: list[bytes] = []
    start, end = 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            proof.append(subtree(start + k, end))
            end = start + k
        else:
            proof.append(subtree(start, start + k))
            start += k
    proof.reverse()
    return proof


def consistency_proof(old_size: int, new_size: int, subtree: Subtree) -> list[bytes]:
    """RFC 9162 ``PROOF(old_size, D[0:new_size])``; empty if the sizes are equal. Needs ``0 < old_size``."""
    if not 0 < old_size <= new_size:
        raise ValueError(f"no consistency proof from size {old_size} to size {new_size}")
    proof: list[bytes] = []
    start, end, m, complete = 0, new_size, old_size, True
    while True:
        n = end - start
        if m == n:
            if not complete:
                proof.append(subtree(start, end))
            break
        k = _split(n)
        if m <= k:
            proof.append(subtree(start + k, end))
            end = start + k
        else:
            proof.append(subtree(start, start + k))
            start += k
            m -= k
            complete = False
    proof.reverse()
    return proof


def _check_hash(value: object, what: str) -> bytes:
    if not isinstance(value, bytes | bytearray) or len(value) != HASH_SIZE:
        raise ProofError(f"{what} must be a {HASH_SIZE}-byte hash")
    return bytes(value)


def _check_proof(proof: Sequence[bytes]) -> list[bytes]:
    if isinstance(proof, bytes | str):
        raise ProofError("proof must be a sequence of hashes")
    return [_check_hash(p, "proof element") for p in proof]


def verify_inclusion(index: int, size: int, leaf_hash: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """RFC 9162 section 2.1.3.2. Returns None if ``leaf_hash`` is leaf ``index`` of the tree ``(size, root)``."""
    if type(index) is not int or type(size) is not int or index < 0 or size < 0:
        raise ProofError("index and size must be non-negative integers")
    if index >= size:
        raise ProofError(f"leaf index {index} outside tree of size {size}")
    leaf_hash = _check_hash(leaf_hash, "leaf hash")
    root = _check_hash(root, "root")
    path = _check_proof(proof)
    fn, sn = index, size - 1
    r = leaf_hash
    for p in path:
        if sn == 0:
            raise ProofError("inclusion proof too long")
        if fn & 1 or fn == sn:
            r = sha256(_NODE + p + r).digest()
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = sha256(_NODE + r + p).digest()
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion proof too short")
    if r != root:
        raise ProofError("inclusion proof does not lead to the root")


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """RFC 9162 section 2.1.4.2. Returns None if tree ``(old_size, old_root)`` is a prefix of ``(new_size, new_root)``.

    Equal sizes need an empty proof and equal roots (size 0: both roots must be the empty-tree hash). A proof from
    the empty tree to a non-empty one is refused as meaningless.
    """
    if type(old_size) is not int or type(new_size) is not int or old_size < 0 or new_size < 0:
        raise ProofError("sizes must be non-negative integers")
    if new_size < old_size:
        raise ProofError(f"new size {new_size} is smaller than old size {old_size}")
    if isinstance(proof, bytes | str):
        raise ProofError("proof must be a sequence of hashes")
    if old_size == new_size:
        if len(proof) != 0:
            raise ProofError("sizes are equal but the proof is not empty")
        if old_root != new_root:
            raise ProofError("sizes are equal but the roots differ")
        if old_size == 0 and old_root != EMPTY_ROOT:
            raise ProofError("the root of the empty tree must be the hash of the empty string")
        return
    if old_size == 0:
        raise ProofError("a consistency proof from the empty tree is meaningless")
    old_root = _check_hash(old_root, "old root")
    new_root = _check_hash(new_root, "new root")
    path = _check_proof(proof)
    if not path:
        raise ProofError("empty consistency proof")
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("consistency proof too long")
        if fn & 1 or fn == sn:
            fr = sha256(_NODE + c + fr).digest()
            sr = sha256(_NODE + c + sr).digest()
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = sha256(_NODE + sr + c).digest()
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("consistency proof too short")
    if fr != old_root:
        raise ProofError("consistency proof does not lead to the old root")
    if sr != new_root:
        raise ProofError("consistency proof does not lead to the new root")
