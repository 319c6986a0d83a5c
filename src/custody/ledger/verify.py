"""Whole-ledger verification (LEDGER.md section 6), streaming over any iterable of stored entries.

One pass, in ``seq`` order. Structural work (canonical parse, body checks, entry hashes, links inside a chunk of
entries; see :mod:`custody.ledger.verify_worker`) runs chunk by chunk, in worker processes when the ledger is large;
the main process stitches the chunks together (links across chunk boundaries, per-item chains, the authority state
of LEDGER.md 3.1 in :class:`custody.ledger.authority.Authority`, Merkle frontier, checkpoints) and hands signature
checks to the workers in batches.

:func:`verify_ranges` goes further for a database: each worker reads its own ``seq`` range (through a reader
function), checks it and verifies its signatures with the keys the ledger registers (a hint the main process
confirms in ``seq`` order), and returns compact per-chunk results; only the linking runs in the main process.

Trust: ``trusted_keys`` are the station verifier keys the caller trusts. The ledger's first ``station.key_registered``
must register one of them (3.1.4); every other key is accepted only through the chain of registrations from it. With
no trusted key the result can only be "intact": :attr:`VerifyReport.trusted` is then False.

Failures are reported against the stored chain: after a broken link the verifier compares each entry with its stored
predecessor, so one tampered row yields a few failures, the first naming the tampered ``seq``.
"""

from __future__ import annotations

import copy
import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

from .authority import Authority, KeyProblem
from .entry import ZERO_HASH
from .merkle import EMPTY_ROOT, Frontier
from .note import Checkpoint, NoteError, parse_checkpoint, parse_verifier_key, verify_checkpoint
from .verify_types import Failure, Signature, StartState, StoredEntry, VerifyReport, format_failure
from .verify_worker import (
    _GENERAL,
    CHUNK_BITS,
    CHUNK_SIZE,
    ITEM_LAST,
    ROW_COLUMNS,
    PackedLinks,
    ProjectionFold,
    RangeReader,
    SignatureSummary,
    _check_chunk,
    _check_range,
    _flat_rows,
    _seq_bytes,
    _short,
    _start_pool,
    _unverified,
    _verify_signature_batch,
    parse_entry_body,
)

__all__ = [
    "CHUNK_SIZE",
    "ROW_COLUMNS",
    "Failure",
    "ProjectionFold",
    "Signature",
    "StartState",
    "StoredEntry",
    "VerifyReport",
    "format_failure",
    "parse_entry_body",
    "verify_blocks",
    "verify_entries",
    "verify_ranges",
]

#: How many recent entries' leaf hashes are kept to check ``checkpoint.signed`` entries that lag behind.
LEAF_WINDOW = 1 << 16
_SIG_BATCH = 256
#: verify_ranges splits a ledger into at least this many ranges per worker (larger ranges: fewer item links
#: for the main process to make; more ranges: workers finish together, progress is finer).
RANGES_PER_WORKER = 16
#: ... but a range need not be smaller than this many chunks (see _ranges).
MIN_RANGE_CHUNKS = 16


# --------------------------------------------------------------------------------------------------- verifier


@dataclass
class _PendingCheckpoint:
    size: int
    note: str
    checkpoint: Checkpoint
    trusted: bool
    label: str
    actual_root: bytes | None = None
    reached: bool = False


@dataclass
class _Verifier:
    check_signatures: bool
    progress: Callable[[int], None] | None
    workers: int
    failures: list[Failure] = field(default_factory=list)
    count: int = 0
    next_seq: int | None = None
    last_hex: str = ZERO_HASH
    last_at: str = ""
    frontier: Frontier = field(default_factory=Frontier)
    window: deque[tuple[int, int, bytes, Frontier]] = field(default_factory=deque)
    window_entries: int = 0
    #: the last entry seen of each item: its hash (32 bytes) and seq, in one bytes object (see _item_last)
    item_last: dict[str, bytes] = field(default_factory=dict)
    #: items' last entries before a StartState (looked up when an item first appears)
    item_head: Callable[[str], tuple[str, int] | None] | None = None
    older_root: Callable[[int], bytes | None] | None = None
    auth: Authority = field(default_factory=Authority)
    pending: list[_PendingCheckpoint] = field(default_factory=list)
    pending_pos: int = 0
    sig_batch: list[tuple[bytes, bytes, bytes]] = field(default_factory=list)
    sig_meta: list[tuple[int, str, str]] = field(default_factory=list)
    sig_futures: deque[tuple[Future[list[int]], list[tuple[int, str, str]]]] = field(default_factory=deque)
    signatures_checked: int = 0
    pool: ProcessPoolExecutor | None = None
    used_workers: int = 1
    worker_cpu: float = 0.0
    #: candidate user keys per (username, key_id) for signatures verified in workers (see _check_range)
    hints: dict[tuple[str, str], tuple[bytes, ...]] = field(default_factory=dict)
    #: the caller's projection: fold (run where entries are checked), merge (here, runs in seq order)
    fold: ProjectionFold | None = None
    merge_projection: Callable[[dict[str, Any]], None] | None = None

    def fail(self, seq: int, reason: str) -> None:
        self.failures.append(Failure(seq, reason))

    # ---------------------------------------------------------------------------------------------- input

    @staticmethod
    def chunks_of(entries: Iterable[StoredEntry]) -> Iterator[tuple[list[tuple[Any, ...]], list[Any]]]:
        it = iter(entries)
        while True:
            block = list(islice(it, CHUNK_SIZE))
            if not block:
                return
            rows = []
            sigs = []
            for e in block:
                body = e.body
                if type(body) is not bytes and isinstance(body, bytearray | memoryview):
                    body = bytes(body)
                stored = e.entry_hash
                if stored is not None and type(stored) is not bytes and isinstance(stored, bytearray | memoryview):
                    stored = bytes(stored)
                cols = e.columns
                if cols is not None and type(cols) is not dict:
                    cols = dict(cols)
                rows.append((e.seq, body, stored, _GENERAL, cols, None))
                sigs.append(tuple(
                    s if type(s) is tuple else (s.signer, s.key_id, s.signature) for s in e.signatures
                ))
            yield rows, sigs

    # ---------------------------------------------------------------------------------------------- run

    def run(self, chunks: Iterator[tuple[list[tuple[Any, ...]], list[Any]]]) -> None:
        threshold = 2 if self.check_signatures else 12
        head = list(islice(chunks, threshold))
        self._process_pending(self.count)
        pool = None
        if self.workers > 1 and len(head) >= threshold:
            module = getattr(self.fold, "__module__", None)
            pool = _start_pool(self.workers, (module,) if module and module != "__main__" else ())
        if pool is None:
            for rows, sigs in chain(head, chunks):
                if rows:
                    self._merge(_check_chunk(_flat_rows(rows), self.check_signatures, len(rows) == CHUNK_SIZE,
                                             None, self.fold),
                                _unverified(sigs) if self.check_signatures else None)
            self._flush_signatures(final=True)
            return
        inflight: deque[tuple[list[Any], Future[Any]]] = deque()
        limit = 2 * self.workers + 2
        self.pool = pool
        self.used_workers = self.workers
        try:
            for rows, sigs in chain(head, chunks):
                if not rows:
                    continue
                fut = pool.submit(_check_chunk, _flat_rows(rows), self.check_signatures, len(rows) == CHUNK_SIZE,
                                  None, self.fold)
                inflight.append((sigs, fut))
                while len(inflight) > limit:
                    sg, fut = inflight.popleft()
                    self._merge(fut.result(), _unverified(sg) if self.check_signatures else None)
            while inflight:
                sg, fut = inflight.popleft()
                self._merge(fut.result(), _unverified(sg) if self.check_signatures else None)
            self._flush_signatures(final=True)
        finally:
            self.pool = None
            pool.shutdown(wait=True, cancel_futures=True)

    def run_ranges(self, reader: RangeReader, source: Any, ranges: list[tuple[int, int]],
                   tail: Iterable[tuple[list[tuple[Any, ...]], list[Any]]]) -> None:
        """Ranges read and checked by workers (in order), then ``tail`` blocks checked here."""
        self._process_pending(self.count)
        want = self.check_signatures
        hints = self.hints
        modules = (getattr(reader, "__module__", None), getattr(self.fold, "__module__", None))
        preload = tuple(m for m in modules if m and m != "__main__")
        pool = _start_pool(self.workers, preload) if self.workers > 1 and len(ranges) > 1 else None
        try:
            if pool is None:
                for lo, hi in ranges:
                    for result, info in _check_range(reader, source, lo, hi, want, hints, CHUNK_SIZE,
                                                     self.fold)[0]:
                        self._merge(result, info)
            else:
                self.pool = pool
                self.used_workers = self.workers
                inflight: deque[Future[Any]] = deque()
                # Each range's results (leaves, item links, projection summary) are tens of MB at 10^5 entries:
                # one range queued per worker besides the running ones keeps every worker busy and the memory
                # bounded (issue 18: peak RSS).
                limit = self.workers + 1
                for lo, hi in ranges:
                    inflight.append(pool.submit(_check_range, reader, source, lo, hi, want, hints, CHUNK_SIZE,
                                                self.fold))
                    while len(inflight) > limit:
                        self._merge_range(inflight.popleft().result())
                while inflight:
                    self._merge_range(inflight.popleft().result())
            for rows, sigs in tail:
                if rows:
                    self._merge(_check_chunk(_flat_rows(rows), want, len(rows) == CHUNK_SIZE, None, self.fold),
                                _unverified(sigs) if want else None)
            self._flush_signatures(final=True)
        finally:
            self.pool = None
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    def _merge_range(self, done: tuple[list[tuple[Any, Any]], float]) -> None:
        chunks, cpu = done
        self.worker_cpu += cpu
        for result, info in chunks:
            self._merge(result, info)

    # ---------------------------------------------------------------------------------------------- merge

    def _merge(self, result: tuple[Any, ...], sig_info: list[Any] | None) -> None:
        (n, first_seq, next_seq, first_prev, first_at, last_at, leaves, subtree_root,
         failures, items, specials, signers_list, seqs, reset, projection) = result
        if projection is not None and self.merge_projection is not None:
            self.merge_projection(projection)
        # Boundary with the previous chunk.
        if self.next_seq is not None:
            expected = self.next_seq
            if first_seq != expected:
                if type(first_seq) is int and type(expected) is int and first_seq > expected:
                    missing = f"{expected}" if first_seq == expected + 1 else f"{expected}..{first_seq - 1}"
                    self.fail(expected, f"entry missing: seq {missing} not found (next stored seq is {first_seq})")
                else:
                    self.fail(first_seq, f"seq {first_seq} out of order (expected {expected})")
        elif first_seq != 1:
            if type(first_seq) is int and first_seq > 1:
                missing = "1" if first_seq == 2 else f"1..{first_seq - 1}"
                self.fail(1, f"entry missing: seq {missing} not found (first stored seq is {first_seq})")
            else:
                self.fail(first_seq, f"seq {first_seq} out of order (expected 1)")
        if first_prev is not None and first_prev != self.last_hex:
            self.fail(first_seq, f"prev link broken: prev is {_short(first_prev)}, entry hash of the previous "
                                 f"entry is {_short(self.last_hex)}")
        if first_at is not None and first_at[0] < self.last_at:
            self.fail(first_at[1], f"at {first_at[0]} is earlier than the previous entry's {self.last_at}")
        for seq, reason in failures:
            self.fail(seq, reason)
        if items is not None:
            self._link_items(items)
        start = self.count
        # Merkle frontier, and the window of recent leaves for lagging checkpoint.signed entries.
        self.window.append((start, n, leaves, self.frontier.copy()))
        self.window_entries += n
        while self.window_entries - self.window[0][1] >= LEAF_WINDOW:
            self.window_entries -= self.window.popleft()[1]
        if subtree_root is not None and start % CHUNK_SIZE == 0:  # an aligned perfect subtree
            self.frontier.append_subtree(subtree_root, CHUNK_BITS)
        else:
            append = self.frontier.append
            for i in range(n):
                append(leaves[32 * i : 32 * i + 32])
        self.count += n
        self.next_seq = next_seq
        self.last_hex = leaves[-32:].hex()
        if reset or last_at > self.last_at:
            self.last_at = last_at
        # Keys, roles, signatures and checkpoint entries, in seq order.
        if self.check_signatures:
            self._entries_with_signatures(first_seq, seqs, sig_info, leaves, specials, signers_list)
        else:
            for sp in specials:
                self._special(sp, start, None)
                self.auth.after(sp[1], sp[2], sp[3])
        self._process_pending(self.count)
        if self.progress is not None:
            self.progress(self.count)

    def _link_items(self, links: PackedLinks) -> None:
        """Link the first entries of items in a run of entries to the items' earlier entries; take the run's last."""
        head_items, head_prevs, head_seqs, tail_items, tails = links
        item_last = self.item_last
        # the heads' expected hashes compared as one list; the differences are worded below
        if [None if v is None else v[:32] for v in map(item_last.get, head_items)] != head_prevs:
            for item, item_prev, seq in zip(head_items, head_prevs, head_seqs, strict=True):
                last = item_last.get(item)
                if last is None and self.item_head is not None:
                    found = self.item_head(item)
                    if found is not None:
                        last = item_last[item] = _item_last(bytes.fromhex(found[0]), found[1])
                if last is None:
                    if item_prev is not None:
                        self.fail(seq, f"item_prev of item {item} is {_short(item_prev.hex())} but no earlier "
                                       "entry concerns this item")
                elif item_prev != last[:32]:
                    self.fail(seq, f"item_prev of item {item} is {_short(_hex(item_prev))}, previous entry of the "
                                   f"item (seq {_last_seq(last)}) has hash {_short(last[:32].hex())}")
        n = len(tails)
        item_last.update(zip(tail_items, map(tails.__getitem__, map(slice, range(0, n, ITEM_LAST),
                                                                    range(ITEM_LAST, n + ITEM_LAST, ITEM_LAST))),
                             strict=True))

    def _entries_with_signatures(self, first_seq, seqs, sig_info, leaves, specials, signers_list) -> None:
        by_index = {sp[0]: sp for sp in specials}
        start = self.count - len(signers_list)
        if type(sig_info) is not SignatureSummary:  # per entry (checked here or by the pool in batches)
            for i, signers in enumerate(signers_list):
                self._entry_signatures(i, first_seq, seqs, sig_info[i], leaves, by_index.get(i), signers, start)
            return
        codes, combos, irregular = sig_info
        # Ordinary entries in stretches between the ones checked one by one (special or irregular): the authority
        # state is the same throughout a stretch, so each distinct (signer, key id, mask) is checked once.
        pos = 0
        n = len(signers_list)
        for stop in (*sorted(irregular), n):
            if pos < stop:
                self._ordinary_stretch(pos, stop, codes, combos, first_seq, seqs, leaves, signers_list, start)
            if stop < n:
                self._entry_signatures(stop, first_seq, seqs, irregular[stop], leaves, by_index.get(stop),
                                       signers_list[stop], start)
            pos = stop + 1

    def _ordinary_stretch(self, lo, hi, codes, combos, first_seq, seqs, leaves, signers_list, start) -> None:
        stretch = codes[lo:hi]
        used = set(stretch)
        user_keys = self.auth.user_keys
        revoked = self.auth.revoked
        hints = self.hints
        for code in used:
            for signer, kid, mask in combos[code]:
                found = user_keys.get((signer, kid))
                if found is None or (signer, kid) in revoked:
                    break
                candidates = hints.get((signer, kid), ())
                public = found[0]
                if public not in candidates or not (mask >> candidates.index(public)) & 1:
                    break
            else:
                continue
            # Something to say about an entry here: each is checked one by one (same words as always).
            for i in range(lo, hi):
                stored = tuple((signer, kid, mask, None) for signer, kid, mask in combos[codes[i]])
                self._entry_signatures(i, first_seq, seqs, stored, leaves, None, signers_list[i], start)
            return
        self.signatures_checked += sum(stretch.count(code) * len(combos[code]) for code in used)

    def _entry_signatures(self, i, first_seq, seqs, stored, leaves, sp, signers, start) -> None:
        """The signatures of entry ``i`` of a chunk (``sp``: the entry as special, or None): their signers, keys
        and verdicts (a worker's mask, else a verification queued here)."""
        auth = self.auth
        extra: dict[tuple[str, str], bytes] | None = None
        own: tuple[str, str] | None = None
        if sp is not None:
            extra, own = self._special(sp, start, stored)
        if signers is None:  # body rejected already
            if sp is not None:
                auth.after(sp[1], sp[2], sp[3])
            return
        seq = first_seq + i if seqs is None else seqs[i]
        present = set()
        user_keys = auth.user_keys
        for signer, kid, mask, sig in stored:
            if signer not in signers:
                self.fail(seq, f"signature by {signer}, who is not among the entry's signers")
                continue
            present.add(signer)
            if own is not None and signer == own[0] and kid != own[1]:
                self.fail(seq, f"key registration for {signer} is not signed with the key it registers "
                               "(proof of possession)")
                continue
            found = user_keys.get((signer, kid))
            if found is not None and (signer, kid) not in auth.revoked and not extra:
                public = found[0]
            else:
                resolved = auth.key_for(signer, kid, sp[5] if sp is not None else "", extra)
                if type(resolved) is KeyProblem:
                    self.fail(seq, resolved.reason)
                    continue
                public = resolved
            if mask is not None:  # verified by a worker against the candidate keys
                candidates = self.hints.get((signer, kid), ())
                self.signatures_checked += 1
                if public not in candidates:
                    self.fail(seq, f"signature of {signer} (key {kid}) could not be checked: the key is not "
                                   "where the index columns say it was registered")
                elif not (mask >> candidates.index(public)) & 1:
                    self._bad_signature((seq, signer, kid))
                continue
            if type(sig) is not bytes:
                sig = bytes(sig) if isinstance(sig, bytearray | memoryview) else b""
            if len(sig) != 64:
                self.fail(seq, f"signature of {signer} is not 64 bytes")
                continue
            self.sig_batch.append((public, leaves[32 * i : 32 * i + 32], sig))
            self.sig_meta.append((seq, signer, kid))
        if len(present) != len(signers):
            for name in signers:
                if name not in present:
                    self.fail(seq, f"missing signature of {name}")
        if sp is not None:
            auth.after(sp[1], sp[2], sp[3])
        if len(self.sig_batch) >= _SIG_BATCH:
            self._flush_signatures(final=False)

    def _flush_signatures(self, final: bool) -> None:
        if self.sig_batch:
            # copy and clear in place: callers hold references to these lists
            batch, meta = self.sig_batch[:], self.sig_meta[:]
            self.sig_batch.clear()
            self.sig_meta.clear()
            self.signatures_checked += len(batch)
            if self.pool is None:
                for i in _verify_signature_batch(batch):
                    self._bad_signature(meta[i])
            else:
                self.sig_futures.append((self.pool.submit(_verify_signature_batch, batch), meta))
        limit = 0 if final else 4 * self.workers + 4
        futures = self.sig_futures
        while len(futures) > limit or (futures and futures[0][0].done()):
            fut, meta = futures.popleft()
            for i in fut.result():
                self._bad_signature(meta[i])

    def _bad_signature(self, meta: tuple[int, str, str]) -> None:
        seq, signer, kid = meta
        self.fail(seq, f"invalid signature by {signer} (key {kid})")

    # ------------------------------------------------------------------------------------------- specials

    def _special(self, sp: tuple[Any, ...], chunk_start: int, stored: Any) -> tuple[
            dict[tuple[str, str], bytes] | None, tuple[str, str] | None]:
        """An entry the main process handles in seq order (authority kinds, checkpoints, ``@station`` entries):
        the authority rules (``stored`` None: signatures not read, structural verification), then the checkpoint
        root check. Returns keys valid for this entry only and the (signer, key id) of a registration's own key."""
        index, seq, kind, data, signers, station, actor = sp
        sigs = None if stored is None else [(signer, kid) for signer, kid, *_ in stored]
        fails, extra, own = self.auth.before(seq, kind, station, actor, list(signers), data, sigs)
        for reason in fails:
            self.fail(seq, reason)
        if kind == "checkpoint.signed":
            size = data.get("size")
            root = data.get("root")
            if type(size) is not int or size < 0 or type(root) is not str:
                self.fail(seq, "checkpoint.signed: data.size or data.root malformed")
                return extra, own
            position = chunk_start + index  # entries before this one
            if size > position:
                self.fail(seq, f"checkpoint.signed: size {size} covers entries after the checkpoint entry itself")
                return extra, own
            actual = self._root_at(size)
            if actual is None:
                self.fail(seq, f"checkpoint.signed: size {size} is more than {LEAF_WINDOW} entries behind; "
                               "cannot be checked in one pass")
            elif actual.hex() != root:
                self.fail(seq, f"checkpoint.signed: root for size {size} is {_short(root)}, the ledger's root at "
                               f"that size is {_short(actual.hex())}")
        return extra, own

    # ---------------------------------------------------------------------------------------- checkpoints

    def _root_at(self, size: int) -> bytes | None:
        if size == self.count:
            return self.frontier.root()
        if size == 0:
            return EMPTY_ROOT
        for start, n, leaves, before in reversed(self.window):
            if start <= size < start + n:
                f = before.copy()
                for i in range(size - start):
                    f.append(leaves[32 * i : 32 * i + 32])
                return f.root()
            if start + n <= size:
                break
        if self.older_root is not None:
            return self.older_root(size)
        return None

    def _process_pending(self, upto: int) -> None:
        pending = self.pending
        while self.pending_pos < len(pending) and pending[self.pending_pos].size <= upto:
            cp = pending[self.pending_pos]
            cp.actual_root = self._root_at(cp.size)
            cp.reached = True
            self.pending_pos += 1


def _item_last(entry_hash: bytes, seq: int) -> bytes:
    return entry_hash + _seq_bytes(seq)


def _last_seq(value: bytes) -> int:
    return int.from_bytes(value[32:], "big", signed=True)


def _hex(value: bytes | None) -> str | None:
    return None if value is None else value.hex()


def _to_note(item: object) -> tuple[int | None, str]:
    if isinstance(item, tuple) and len(item) == 2:
        size, note = item
        return (size if type(size) is int else None), note  # type: ignore[return-value]
    return None, item  # type: ignore[return-value]


def verify_entries(
    entries: Iterable[StoredEntry],
    *,
    checkpoints: Iterable[str | tuple[int, str]] = (),
    trusted_keys: Iterable[str] | None = None,
    check_signatures: bool = True,
    trusted_checkpoint: str | Iterable[str] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> VerifyReport:
    """Verify a whole ledger in one streaming pass (LEDGER.md section 6).

    ``entries`` in ``seq`` order. ``checkpoints``: stored checkpoint notes (or ``(size, note)`` pairs; the size is
    then checked against the note); each must verify with a station key the ledger registers through the chain
    from its first one (3.1.4) and match the Merkle root at its size. ``trusted_keys``: station verifier keys the
    caller trusts; the ledger's first station key must be one of them (None: nothing is trusted; the report can be
    ``ok`` but ``trusted`` stays False). ``trusted_checkpoint``: a note the caller trusts (the last checkpoint the
    station signed or an exported one): the ledger must contain at least that many entries and have that root at
    that size. ``check_signatures=False`` skips all entry-signature checks (and the rules of 3.1 that depend on
    which key signed).
    ``workers``: processes for the work (None = ``os.cpu_count()``, 1 = in this process only). ``progress`` is
    called with the number of entries processed so far.
    """
    return verify_blocks(
        _Verifier.chunks_of(entries), checkpoints=checkpoints, trusted_keys=trusted_keys,
        check_signatures=check_signatures, trusted_checkpoint=trusted_checkpoint, progress=progress, workers=workers,
    )


def verify_blocks(
    blocks: Iterable[tuple[list[tuple[Any, ...]], list[Any]]],
    *,
    checkpoints: Iterable[str | tuple[int, str]] = (),
    trusted_keys: Iterable[str] | None = None,
    check_signatures: bool = True,
    trusted_checkpoint: str | Iterable[str] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    start: StartState | None = None,
    projection: tuple[ProjectionFold, Callable[[dict[str, Any]], None]] | None = None,
) -> VerifyReport:
    """:func:`verify_entries` over stored rows already in blocks (the fast path for database readers).

    Each block is ``(rows, signatures)``: ``rows`` a list of consecutive ``(seq, body, entry_hash, columns)``
    tuples (``body`` and ``entry_hash`` as ``bytes``; ``columns`` None, a mapping as in :class:`StoredEntry`, or a
    tuple in :data:`ROW_COLUMNS` order), ``signatures`` a parallel list of tuples of ``(signer, key_id,
    signature)``. Blocks of :data:`CHUNK_SIZE` rows are fastest; any sizes are accepted.

    ``start``: the blocks begin after the first ``start.size`` entries, which were verified before (see
    :class:`StartState`); checkpoints and the trusted checkpoint then must not be older than ``start.size``.

    ``projection``: ``(fold, merge)``, see :data:`ProjectionFold`: the caller's projections computed in the same
    pass (in the worker processes), ``merge`` called here with each run's accumulator in ``seq`` order.
    """
    v, notes = _prepare(check_signatures, progress, workers, trusted_keys, checkpoints, trusted_checkpoint, start)
    if projection is not None:
        v.fold, v.merge_projection = projection
    v.run(iter(blocks))
    return _finish(v, notes)


def verify_ranges(
    reader: RangeReader,
    source: Any,
    size: int,
    *,
    tail: Iterable[tuple[list[tuple[Any, ...]], list[Any]]] = (),
    key_hints: Iterable[tuple[str, str, bytes]] = (),
    checkpoints: Iterable[str | tuple[int, str]] = (),
    trusted_keys: Iterable[str] | None = None,
    check_signatures: bool = True,
    trusted_checkpoint: str | Iterable[str] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    range_chunks: int = 64,
    projection: tuple[ProjectionFold, Callable[[dict[str, Any]], None]] | None = None,
) -> VerifyReport:
    """:func:`verify_blocks` for a stored ledger that worker processes read themselves.

    Workers call ``reader(source, lo, hi, with_signatures)`` for ``seq`` ranges covering ``1..size`` (aligned
    ranges of at most ``range_chunks`` chunks, largest first: see ``_ranges``), check them, and verify their signatures with ``key_hints``:
    ``(username, key_id, public_key)`` of the ledger's ``user.key_registered`` entries as an index finds them.
    Hints are only candidates: a verdict counts only for the key the ledger itself, read in ``seq`` order, has
    registered for that user at that entry (otherwise that entry fails). ``tail``: blocks as in
    :func:`verify_blocks` for the entries stored after ``seq`` ``size`` (checked in this process). The reader
    must see the same stored rows as the caller: committed rows, in practice (use :func:`verify_blocks` to check
    what only an open transaction sees). Same report as :func:`verify_blocks`; ``projection`` as there (the fold
    runs in the workers over their ranges).
    """
    v, notes = _prepare(check_signatures, progress, workers, trusted_keys, checkpoints, trusted_checkpoint)
    if projection is not None:
        v.fold, v.merge_projection = projection
    hints: dict[tuple[str, str], tuple[bytes, ...]] = {}
    for username, kid, public in key_hints:
        have = hints.get((username, kid), ())
        if public not in have:
            hints[(username, kid)] = (*have, bytes(public))
    v.hints = hints
    with _no_cyclic_gc():
        v.run_ranges(reader, source, _ranges(size, v.workers, range_chunks), tail)
    return _finish(v, notes)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector off while the workers' results are merged (as in the workers): they are
    millions of tuples and strings, no cycles, and its passes over them took ~15% of this process's CPU at 10^6
    entries. Reference counting still frees everything; the collector's state is restored after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _ranges(size: int, workers: int, range_chunks: int) -> list[tuple[int, int]]:
    """``seq`` ranges covering ``1..size`` for :func:`verify_ranges`, whole chunks, largest first: each about a
    ``2 x workers``-th of what is left, at most ``range_chunks`` chunks, at least what RANGES_PER_WORKER equal
    ranges per worker would hold (at most MIN_RANGE_CHUNKS). Large ranges mean fewer item links and projection
    summaries for the main process to merge; the small last ones make the workers finish together."""
    workers = max(1, workers)
    floor = max(1, min(MIN_RANGE_CHUNKS, range_chunks, -(-size // (CHUNK_SIZE * workers * RANGES_PER_WORKER))))
    ranges = []
    lo = 1
    while lo <= size:
        chunks = max(floor, min(range_chunks, (size - lo + 1) // (CHUNK_SIZE * 2 * workers)))
        hi = min(size, lo + chunks * CHUNK_SIZE - 1)
        ranges.append((lo, hi))
        lo = hi + 1
    return ranges


def _prepare(
    check_signatures: bool,
    progress: Callable[[int], None] | None,
    workers: int | None,
    trusted_keys: Iterable[str] | None,
    checkpoints: Iterable[str | tuple[int, str]],
    trusted_checkpoint: str | Iterable[str] | None,
    start: StartState | None = None,
) -> tuple[_Verifier, list[_PendingCheckpoint]]:
    if workers is None:
        workers = os.cpu_count() or 1
    v = _Verifier(check_signatures=check_signatures, progress=progress, workers=max(1, int(workers)))
    if trusted_keys is not None:
        trusted = []
        for vk in trusted_keys:
            try:
                parse_verifier_key(vk)
            except NoteError as exc:
                v.fail(0, f"trusted station key {vk!r} rejected: {exc}")
                continue
            trusted.append(vk)
        v.auth = Authority(trusted=frozenset(trusted))
    if start is not None:
        auth = copy.deepcopy(start.authority)
        auth.trusted = v.auth.trusted
        if auth.trusted is not None and auth.anchor not in auth.trusted:
            v.fail(start.size + 1, f"the ledger's first station key {auth.anchor} is not a key you trust")
        auth.anchor_trusted = auth.trusted is not None and auth.anchor in auth.trusted
        v.auth = auth
        v.count = start.size
        v.next_seq = start.size + 1 if start.size else None
        v.last_hex = start.last_hash
        v.last_at = start.last_at
        v.frontier = start.frontier.copy()
        v.item_head = start.item_head
        v.older_root = start.root_at
    notes: list[_PendingCheckpoint] = []
    for number, item in enumerate(checkpoints, 1):
        stated, note = _to_note(item)
        try:
            cp = parse_checkpoint(note)
        except NoteError as exc:
            v.fail(stated or 0, f"checkpoint {number}: malformed note: {exc}")
            continue
        if stated is not None and stated != cp.size:
            v.fail(cp.size, f"checkpoint {number}: stored size {stated} differs from the note's size {cp.size}")
        notes.append(_PendingCheckpoint(cp.size, note, cp, False, f"checkpoint {number} (size {cp.size})"))
    trusted_notes = [trusted_checkpoint] if isinstance(trusted_checkpoint, str) else list(trusted_checkpoint or ())
    for note in trusted_notes:
        try:
            cp = parse_checkpoint(note)
        except NoteError as exc:
            v.fail(0, f"trusted checkpoint: malformed note: {exc}")
        else:
            notes.append(_PendingCheckpoint(cp.size, note, cp, True, f"trusted checkpoint (size {cp.size})"))
    notes.sort(key=lambda p: p.size)
    v.pending = notes
    return v, notes


def _finish(v: _Verifier, notes: list[_PendingCheckpoint]) -> VerifyReport:
    checked = 0
    for cp in notes:
        seq_for = max(cp.size, 1)
        if not cp.reached:
            if cp.trusted:
                v.fail(v.count + 1, f"ledger truncated: {cp.label} covers {cp.size} entries, the ledger has "
                                    f"{v.count}")
            else:
                v.fail(v.count + 1, f"{cp.label} covers more entries than the ledger has ({v.count})")
            continue
        try:
            verify_checkpoint(cp.note, v.auth.verifier_keys)
        except NoteError as exc:
            v.fail(seq_for, f"{cp.label}: signature not valid: {exc}")
        if cp.actual_root is None:  # pragma: no cover - pending checkpoints are computed when reached
            v.fail(seq_for, f"{cp.label}: root could not be computed")
        elif cp.actual_root != cp.checkpoint.root:
            what = "ledger rewritten: not consistent with the" if cp.trusted else "root does not match the ledger:"
            v.fail(seq_for, f"{what} {cp.label}")
        checked += 1
    if v.auth.anchor is None and v.count:
        v.fail(1, "the ledger registers no station key (station.key_registered): nothing in it can be trusted")
    failures = sorted(v.failures, key=lambda f: f.seq)
    return VerifyReport(
        entries=v.count,
        failures=failures,
        root=v.frontier.root(),
        size=v.frontier.size,
        checkpoints_checked=checked,
        signatures_checked=v.signatures_checked,
        workers=v.used_workers,
        worker_cpu=v.worker_cpu,
        trusted=v.auth.anchor_trusted,
        anchor=v.auth.anchor,
        authority=v.auth,
        frontier=v.frontier,
        last_hash=v.last_hex,
        last_at=v.last_at,
    )

