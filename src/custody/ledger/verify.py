"""Whole-ledger verification (LEDGER.md section 6), streaming over any iterable of stored entries.

One pass, in ``seq`` order. Structural work (canonical parse, body checks, entry hashes, links inside a chunk of
entries) runs chunk by chunk, in worker processes when the ledger is large; the main process stitches the chunks
together (links across chunk boundaries, per-item chains, key registry, Merkle frontier, checkpoints) and hands
signature checks to the workers in batches.

:func:`verify_ranges` goes further for a database: each worker reads its own ``seq`` range (through a reader
function), checks it and verifies its signatures with the keys the ledger registers (a hint the main process
confirms in ``seq`` order), and returns compact per-chunk results; only the linking runs in the main process.

Failures are reported against the stored chain: after a broken link the verifier compares each entry with its stored
predecessor, so one tampered row yields a few failures, the first naming the tampered ``seq``.
"""

from __future__ import annotations

import base64
import binascii
import gc
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from hashlib import sha256
from itertools import chain, islice
from typing import Any

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .canonical import CanonicalError
from .entry import ZERO_HASH, format_time, parse_body
from .fastbody import confirm_body, entry_body_from_dict
from .merkle import EMPTY_ROOT, Frontier
from .note import Checkpoint, NoteError, parse_checkpoint, parse_verifier_key, verifier_key, verify_checkpoint
from .signing import ENTRY_SIG_CONTEXT, key_id

__all__ = [
    "CHUNK_SIZE",
    "ROW_COLUMNS",
    "Failure",
    "Signature",
    "StoredEntry",
    "VerifyReport",
    "format_failure",
    "parse_entry_body",
    "verify_blocks",
    "verify_entries",
    "verify_ranges",
]

CHUNK_BITS = 10
#: Entries per structural work unit; a power of two so that a full chunk is an aligned perfect Merkle subtree.
CHUNK_SIZE = 1 << CHUNK_BITS
#: How many recent entries' leaf hashes are kept to check ``checkpoint.signed`` entries that lag behind.
LEAF_WINDOW = 1 << 16
_SIG_BATCH = 256
#: verify_ranges splits a ledger into at least this many ranges per worker (larger ranges: fewer item links
#: for the main process to make; more ranges: workers finish together, progress is finer).
RANGES_PER_WORKER = 4
#: Start method for worker processes ("forkserver" where available: safe in a process that runs Qt threads).
MP_START_METHOD: str | None = None

_NODE = b"\x01"
_unhex = bytes.fromhex
_LEAF = b"\x00"
_SPECIAL_KINDS = frozenset({"user.key_registered", "user.key_revoked", "station.key_registered", "checkpoint.signed"})


# ------------------------------------------------------------------------------------------------ public types


@dataclass(frozen=True)
class Signature:
    signer: str
    key_id: str
    signature: bytes


#: Index columns of a stored row given as a tuple (``verify_blocks``), in this order; ``prev`` as 32 raw bytes.
ROW_COLUMNS = ("kind", "item", "prev")


@dataclass(frozen=True)
class StoredEntry:
    """One stored entry as read from the database (or an export).

    ``columns`` holds the index-column copies to cross-check against the body: a key that is a body member must
    equal the body's value (bytes compare as lower-case hex, datetimes via ``format_time``); ``"data.<name>"``
    compares with ``body["data"].get(name)``; ``"entry_hash"`` compares with the recomputed hash (bytes or hex);
    other keys are ignored.
    """

    seq: int
    body: bytes
    entry_hash: bytes | None = None
    signatures: tuple[Signature, ...] = ()
    columns: Mapping[str, object] | None = None


@dataclass(frozen=True)
class Failure:
    seq: int
    reason: str

    def __str__(self) -> str:
        return format_failure(self)


def format_failure(failure: Failure) -> str:
    """``seq N: reason``."""
    return f"seq {failure.seq}: {failure.reason}"


@dataclass
class VerifyReport:
    entries: int
    failures: list[Failure]
    root: bytes
    size: int
    checkpoints_checked: int = 0
    signatures_checked: int = 0
    #: worker processes actually used (1 = everything ran in the calling process)
    workers: int = 1
    #: CPU seconds spent in worker processes reading and checking ranges (verify_ranges; 0 otherwise)
    worker_cpu: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def first(self) -> Failure | None:
        return self.failures[0] if self.failures else None

    def lines(self) -> list[str]:
        return [format_failure(f) for f in self.failures]


# ------------------------------------------------------------------------------------------- worker functions


def _short(h: str | None) -> str:
    return "null" if h is None else (h[:16] + "…")


def _norm_column(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, datetime):
        try:
            return format_time(value)
        except ValueError:
            return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _check_columns(obj: dict[str, Any], columns: Mapping[str, object], hexh: str) -> str | None:
    for name, value in columns.items():
        if name == "entry_hash":
            if value is None:
                continue
            if _norm_column(value) != hexh:
                return "index column entry_hash differs from the recomputed entry hash"
            continue
        if name in obj:
            expected = obj[name]
        elif name.startswith("data.") and type(obj["data"]) is dict:
            expected = obj["data"].get(name[5:])
        else:
            continue
        actual = _norm_column(value)
        if actual != expected or type(actual) is not type(expected):
            return f"index column {name} = {actual!r} differs from the body ({expected!r})"
    return None


def parse_entry_body(body: bytes) -> dict[str, Any]:
    """Same verdict as :func:`custody.ledger.entry.parse_body` (canonical and well-formed members), faster.

    The fast path (:func:`custody.ledger.fastbody.confirm_body`) only ever accepts; anything it cannot confirm goes
    through ``parse_body``, which decides and words the reason.
    """
    b = confirm_body(body) if type(body) is bytes else None
    if b is not None:
        return msgspec.structs.asdict(b)
    return parse_body(body)


def _subtree_root(joined: bytes) -> bytes:
    """Root of the perfect Merkle subtree over the concatenated leaf hashes ``joined`` (a power of two of them)."""
    level = [joined[i:i + 32] for i in range(0, len(joined), 32)]
    while len(level) > 1:
        it = iter(level)
        level = [sha256(_NODE + left + right).digest() for left, right in zip(it, it, strict=True)]
    return level[0]


class _General:
    """Marker type of :data:`_GENERAL`; pickles as a reference to the module's one instance."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "_GENERAL"


#: In the ``kind`` slot of a flat row: the ``item`` slot holds a general columns mapping (or None) instead.
_GENERAL = _General()


def _flat_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows ``(seq, body, stored_hash, columns)`` (see :func:`verify_blocks`) as flat rows for :func:`_check_chunk`."""
    out = []
    for row in rows:
        if len(row) == 6:
            out.append(row)
            continue
        seq, body, stored, cols = row
        if type(cols) is tuple and len(cols) == 3:
            out.append((seq, body, stored, *cols))
        else:
            out.append((seq, body, stored, _GENERAL, cols, None))
    return out


_ItemLinks = tuple[list[str], list[str | None], list[int], dict[str, str], dict[str, int]]


def _new_item_links() -> _ItemLinks:
    """Per-item link state of consecutive entries: the first entry of each item (``item``, its ``item_prev``,
    ``seq``: linked by the main process) and the item's last entry (hex hash, ``seq``)."""
    return [], [], [], {}, {}


def _check_chunk(rows: list[tuple[Any, ...]], want_signers: bool, full: bool,
                 links: _ItemLinks | None = None) -> tuple[Any, ...]:
    """Structural checks of consecutive entries, flat rows ``(seq, body, stored_hash, kind, item, prev)`` (the
    stored index columns; see :data:`_GENERAL` for other columns).

    Returns a tuple (see ``_Verifier._merge``): boundary data, leaf hashes, subtree root of a full chunk,
    failures, per-item heads and tails, special entries, per-entry signers.
    """
    failures: list[tuple[int, str]] = []
    fail = failures.append
    leaves: list[bytes] = []
    add_leaf = leaves.append
    leaf_prefix = _LEAF
    # ``links`` given: carried on from earlier chunks, returned with the last one (see _check_range).
    own_links = links is None
    if links is None:
        links = _new_item_links()
    head_items, head_prevs, head_seqs, tail_hash, tail_seq = links
    specials: list[tuple[int, int, str, dict[str, Any], tuple[str, ...]]] = []
    signers_out: list[tuple[str, ...] | None] | None = [] if want_signers else None
    first_prev: str | None = None
    first_at: tuple[str, int] | None = None
    last_at = ""
    last_hex: str | None = None
    expected = rows[0][0]
    in_order = True
    special_kinds = _SPECIAL_KINDS
    last_h = b""
    for i, (seq, body, stored_hash, kind_c, item_c, pb) in enumerate(rows):
        try:
            h = sha256(leaf_prefix + body).digest()
        except TypeError:
            fail((seq, "body is missing or not bytes"))
            body = b""
            h = sha256(leaf_prefix).digest()
        add_leaf(h)
        hexh = h.hex()
        if seq != expected:
            in_order = False
            if type(seq) is int and type(expected) is int and seq > expected:
                missing = f"{expected}" if seq == expected + 1 else f"{expected}..{seq - 1}"
                fail((expected, f"entry missing: seq {missing} not found (next stored seq is {seq})"))
            else:
                fail((seq, f"seq {seq} out of order (expected {expected})"))
        expected = seq + 1 if type(seq) is int else expected
        if stored_hash != h and stored_hash is not None:
            if not (type(stored_hash) is str and stored_hash == hexh):
                fail((seq, "stored entry_hash differs from the hash of the stored body"))
        o = confirm_body(body, last_hex)
        if o is None:
            try:
                o = entry_body_from_dict(parse_body(body))
            except CanonicalError as exc:
                fail((seq, f"body rejected: {exc}"))
                if signers_out is not None:
                    signers_out.append(None)
                last_hex, last_h = hexh, h
                continue
        if o.seq != seq:
            fail((seq, f"body seq {o.seq} differs from the stored seq {seq}"))
        prev = o.prev
        if prev != last_hex:
            if i == 0:
                first_prev = prev
            else:
                fail((seq, f"prev link broken: prev is {_short(prev)}, entry hash of the previous entry is "
                           f"{_short(last_hex)}"))
        at = o.at
        if at < last_at:
            fail((seq, f"at {at} is earlier than the previous entry's {last_at}"))
        else:
            if first_at is None:
                first_at = (at, seq)
            last_at = at
        item = o.item
        if item is not None:
            tail = tail_hash.get(item)
            if tail is None:
                head_items.append(item)
                head_prevs.append(o.item_prev)
                head_seqs.append(seq)
            elif o.item_prev != tail:
                fail((seq, f"item_prev of item {item} is {_short(o.item_prev)}, previous entry of the item "
                           f"(seq {tail_seq[item]}) has hash {_short(tail)}"))
            tail_hash[item] = hexh
            tail_seq[item] = seq
        kind = o.kind
        if kind in special_kinds:
            specials.append((i, seq, kind, o.data, tuple(o.signers)))
        # Index columns: the fast exact check; the general check words any difference.
        if kind_c is _GENERAL:
            if item_c:
                problem = _check_columns(msgspec.structs.asdict(o), item_c, hexh)
                if problem:
                    fail((seq, problem))
        elif kind_c != kind or item_c != item or (pb != last_h if prev == last_hex else pb != _unhex(prev)):
            problem = _check_columns(msgspec.structs.asdict(o), dict(zip(ROW_COLUMNS, (kind_c, item_c, pb),
                                                                         strict=True)), hexh)
            if problem:
                fail((seq, problem))
        if signers_out is not None:
            signers_out.append(tuple(o.signers))
        last_hex, last_h = hexh, h
    joined = b"".join(leaves)
    return (
        len(rows), rows[0][0], expected, first_prev, first_at, last_at, joined,
        _subtree_root(joined) if full else None,
        failures, links if own_links else None, specials, signers_out,
        None if in_order else [r[0] for r in rows],
    )


#: A reader for :func:`verify_ranges`: ``reader(source, lo, hi, with_signatures) -> (rows, signatures)``, rows
#: ``(seq, body, entry_hash, kind, item, prev)`` (or all as in :func:`verify_blocks`) for the stored entries with
#: ``lo <= seq <= hi`` in ``seq`` order, signatures a parallel
#: list of tuples of ``(signer, key_id, signature)`` (empty tuples when ``with_signatures`` is false). It runs in
#: worker processes: a module-level function, ``source`` picklable.
RangeReader = Callable[[Any, int, int, bool], tuple[list[tuple[Any, ...]], list[Any]]]


def _public_key(public: bytes) -> Ed25519PublicKey:
    key = _KEY_CACHE.get(public)
    if key is None:
        if len(_KEY_CACHE) > 4096:
            _KEY_CACHE.clear()
        key = _KEY_CACHE[public] = Ed25519PublicKey.from_public_bytes(public)
    return key


def _check_range(reader: RangeReader, source: Any, lo: int, hi: int, with_signatures: bool,
                 hints: Mapping[tuple[str, str], tuple[bytes, ...]], chunk: int) -> tuple[list[tuple[Any, Any]], float]:
    """Worker: read and check ``seq`` ``lo..hi``; per chunk, ``(_check_chunk result, signature info)``.

    Signature info (when ``with_signatures``), per entry a tuple of ``(signer, key_id, mask, signature)``: ``mask``
    has bit ``k`` set when the signature verifies with ``hints[(signer, key_id)][k]`` (``signature`` is then
    None); ``mask`` is None when there is no candidate key or the signature is not 64 bytes (``signature`` is
    passed back for the main process). The main process accepts a mask bit only for the key that the ledger,
    read in ``seq`` order, has registered for that user at that entry. Also returns the CPU seconds it took.
    """
    cpu = time.process_time()
    rows, sigs = reader(source, lo, hi, with_signatures)
    out: list[tuple[Any, Any]] = []
    # Item links run over the whole range (fewer first entries of items for the main process to link), and go
    # back with the range's last chunk.
    links = _new_item_links()
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        if len(part[0]) != 6:
            part = _flat_rows(part)
        result = _check_chunk(part, with_signatures, len(part) == chunk, links)
        if start + chunk >= len(rows):
            result = (*result[:9], links, *result[10:])
        info = None
        if with_signatures:
            leaves = result[6]
            info = []
            for i, stored in enumerate(sigs[start:start + len(part)]):
                if not stored:
                    info.append(())
                    continue
                message = ENTRY_SIG_CONTEXT + leaves[32 * i:32 * i + 32]
                checked = []
                for signer, kid, sig in stored:
                    candidates = hints.get((signer, kid))
                    if not candidates or type(sig) is not bytes or len(sig) != 64:
                        checked.append((signer, kid, None, sig))
                        continue
                    mask = 0
                    for k, public in enumerate(candidates):
                        try:
                            _public_key(public).verify(sig, message)
                            mask |= 1 << k
                        except (InvalidSignature, ValueError):
                            pass
                    checked.append((signer, kid, mask, None))
                info.append(tuple(checked))
        out.append((result, info))
    return out, time.process_time() - cpu


_KEY_CACHE: dict[bytes, Ed25519PublicKey] = {}


def _verify_signature_batch(batch: list[tuple[bytes, bytes, bytes]]) -> list[int]:
    """Verify ``(public_raw, entry_hash, signature)`` triples; return the indices of the invalid ones."""
    bad: list[int] = []
    for i, (public, h, sig) in enumerate(batch):
        try:
            _public_key(public).verify(sig, ENTRY_SIG_CONTEXT + h)
        except (InvalidSignature, ValueError):
            bad.append(i)
    return bad


def _unverified(sigs: list[Any]) -> list[tuple[tuple[str, str, None, Any], ...]]:
    """Stored signatures as signature info for the main process (no worker verdicts)."""
    return [tuple((signer, kid, None, sig) for signer, kid, sig in entry) for entry in sigs]


# --------------------------------------------------------------------------------------------------- verifier


def _b64_32(value: object) -> bytes | None:
    if type(value) is not str:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


@dataclass
class _PendingCheckpoint:
    size: int
    note: str
    checkpoint: Checkpoint
    trusted: bool
    label: str
    actual_root: bytes | None = None
    reached: bool = False


def _mp_context(preload: tuple[str, ...] = ()) -> Any:
    method = MP_START_METHOD
    if method is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        # Preloading makes the fork server import these modules (and receive sys.path) once, when it starts.
        ctx.set_forkserver_preload([__name__, *preload])
    return ctx


def _worker_init() -> None:
    """Worker processes run without the cyclic garbage collector: they create no reference cycles (parsed bodies
    are trees, results are tuples) and its passes over the rows in hand cost about a fifth of the checking time.
    Reference counting still frees everything; the workers end with the verification."""
    gc.disable()


def _start_pool(workers: int, preload: tuple[str, ...] = ()) -> ProcessPoolExecutor | None:
    """A process pool, or None if worker processes cannot start here (then everything runs in this process).

    With the "spawn"/"forkserver" start methods the main module of the program must be import-safe (the usual
    ``if __name__ == "__main__":`` guard, and ``multiprocessing.freeze_support()`` in frozen executables).
    """
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(preload), initializer=_worker_init)
    except (OSError, ValueError, RuntimeError, NotImplementedError):
        return None
    try:
        pool.submit(os.getpid).result(timeout=120)
    except Exception:  # noqa: BLE001 - BrokenProcessPool, timeouts, unpicklable main...
        pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool


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
    #: hex entry hash and seq of the last entry seen of each item
    item_hash: dict[str, str] = field(default_factory=dict)
    item_seq: dict[str, int] = field(default_factory=dict)
    user_keys: dict[tuple[str, str], bytes] = field(default_factory=dict)
    revoked: dict[tuple[str, str], int] = field(default_factory=dict)
    station_keys: list[str] = field(default_factory=list)
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
        self._process_pending(0)
        pool = None
        if self.workers > 1 and len(head) >= threshold:
            pool = _start_pool(self.workers)
        if pool is None:
            for rows, sigs in chain(head, chunks):
                if rows:
                    self._merge(_check_chunk(_flat_rows(rows), self.check_signatures, len(rows) == CHUNK_SIZE),
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
                fut = pool.submit(_check_chunk, _flat_rows(rows), self.check_signatures, len(rows) == CHUNK_SIZE)
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
        self._process_pending(0)
        want = self.check_signatures
        hints = self.hints
        module = getattr(reader, "__module__", None)
        preload = (module,) if module and module != "__main__" else ()
        pool = _start_pool(self.workers, preload) if self.workers > 1 and len(ranges) > 1 else None
        try:
            if pool is None:
                for lo, hi in ranges:
                    for result, info in _check_range(reader, source, lo, hi, want, hints, CHUNK_SIZE)[0]:
                        self._merge(result, info)
            else:
                self.pool = pool
                self.used_workers = self.workers
                inflight: deque[Future[Any]] = deque()
                limit = 2 * self.workers + 1
                for lo, hi in ranges:
                    inflight.append(pool.submit(_check_range, reader, source, lo, hi, want, hints, CHUNK_SIZE))
                    while len(inflight) > limit:
                        self._merge_range(inflight.popleft().result())
                while inflight:
                    self._merge_range(inflight.popleft().result())
            for rows, sigs in tail:
                if rows:
                    self._merge(_check_chunk(_flat_rows(rows), want, len(rows) == CHUNK_SIZE),
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
         failures, items, specials, signers_list, seqs) = result
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
        if last_at > self.last_at:
            self.last_at = last_at
        # Keys, signatures and checkpoint entries, in seq order.
        if self.check_signatures:
            self._entries_with_signatures(first_seq, seqs, sig_info, leaves, specials, signers_list)
        else:
            for sp in specials:
                self._special_before(sp, start)
                self._special_after(sp)
        self._process_pending(self.count)
        if self.progress is not None:
            self.progress(self.count)

    def _link_items(self, links: _ItemLinks) -> None:
        """Link the first entries of items in a run of entries to the items' earlier entries; take the run's last."""
        head_items, head_prevs, head_seqs, tail_hash, tail_seq = links
        item_hash = self.item_hash
        if list(map(item_hash.get, head_items)) != head_prevs:  # compared in C; words the differences below
            item_seq = self.item_seq
            for item, item_prev, seq in zip(head_items, head_prevs, head_seqs, strict=True):
                last = item_hash.get(item)
                if last is None:
                    if item_prev is not None:
                        self.fail(seq, f"item_prev of item {item} is {_short(item_prev)} but no earlier entry "
                                       "concerns this item")
                elif item_prev != last:
                    self.fail(seq, f"item_prev of item {item} is {_short(item_prev)}, previous entry of the item "
                                   f"(seq {item_seq[item]}) has hash {_short(last)}")
        item_hash.update(tail_hash)
        self.item_seq.update(tail_seq)

    def _entries_with_signatures(self, first_seq, seqs, sig_info, leaves, specials, signers_list) -> None:
        by_index = {sp[0]: sp for sp in specials}
        user_keys = self.user_keys
        revoked = self.revoked
        hints = self.hints
        batch = self.sig_batch
        meta = self.sig_meta
        start = self.count - len(signers_list)
        for i, signers in enumerate(signers_list):
            sp = by_index.get(i) if by_index else None
            pop: tuple[str, str] | None = None
            if sp is not None:
                pop = self._special_before(sp, start)
            stored = sig_info[i]
            if signers is None:  # body rejected already
                continue
            seq = first_seq + i if seqs is None else seqs[i]
            if not signers and not stored:
                if sp is not None:
                    self._special_after(sp)
                continue
            h = leaves[32 * i : 32 * i + 32]
            present = set()
            for signer, kid, mask, sig in stored:
                if signer not in signers:
                    self.fail(seq, f"signature by {signer}, who is not among the entry's signers")
                    continue
                present.add(signer)
                if pop is not None and signer == pop[0] and kid != pop[1]:
                    self.fail(seq, f"key registration for {signer} is not signed with the key it registers "
                                   "(proof of possession)")
                    continue
                public = user_keys.get((signer, kid))
                if public is None:
                    self.fail(seq, f"signature of {signer} uses key {kid}, which is not registered for "
                                   f"{signer} by an earlier user.key_registered entry")
                    continue
                when = revoked.get((signer, kid))
                if when is not None:
                    self.fail(seq, f"signature of {signer} uses key {kid}, revoked at seq {when}")
                    continue
                if mask is not None:  # verified by a worker against the candidate keys
                    candidates = hints.get((signer, kid), ())
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
                batch.append((public, h, sig))
                meta.append((seq, signer, kid))
            if len(present) != len(signers):
                for name in signers:
                    if name not in present:
                        self.fail(seq, f"missing signature of {name}")
            if sp is not None:
                self._special_after(sp)
            if len(batch) >= _SIG_BATCH:
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

    def _special_before(self, sp: tuple[Any, ...], chunk_start: int) -> tuple[str, str] | None:
        """Handle a special entry before its signatures are checked; returns (user, key id) of a registration."""
        index, seq, kind, data, signers = sp
        if kind == "user.key_registered":
            username = data.get("username")
            public = _b64_32(data.get("public_key"))
            kid = data.get("key_id")
            if type(username) is not str or not username:
                self.fail(seq, "user.key_registered: data.username missing")
                return None
            if public is None:
                self.fail(seq, "user.key_registered: data.public_key is not a base64 32-byte Ed25519 key")
                return None
            if kid != key_id(public):
                self.fail(seq, f"user.key_registered: data.key_id {kid!r} does not match the public key")
                return None
            if username not in signers:
                self.fail(seq, f"user.key_registered: {username} is not among the signers (proof of possession)")
            self.user_keys[(username, kid)] = public
            return (username, kid)
        if kind == "station.key_registered":
            name = data.get("key_name")
            public = _b64_32(data.get("public_key"))
            vkey = data.get("verifier_key")
            if type(name) is not str or public is None:
                self.fail(seq, "station.key_registered: data.key_name or data.public_key malformed")
                return None
            try:
                expected = verifier_key(name, public)
            except NoteError as exc:
                self.fail(seq, f"station.key_registered: {exc}")
                return None
            if vkey != expected:
                self.fail(seq, "station.key_registered: data.verifier_key does not match key_name and public_key")
                return None
            self.station_keys.append(expected)
            return None
        if kind == "checkpoint.signed":
            size = data.get("size")
            root = data.get("root")
            if type(size) is not int or size < 0 or type(root) is not str:
                self.fail(seq, "checkpoint.signed: data.size or data.root malformed")
                return None
            position = chunk_start + index  # entries before this one
            if size > position:
                self.fail(seq, f"checkpoint.signed: size {size} covers entries after the checkpoint entry itself")
                return None
            actual = self._root_at(size)
            if actual is None:
                self.fail(seq, f"checkpoint.signed: size {size} is more than {LEAF_WINDOW} entries behind; "
                               "cannot be checked in one pass")
            elif actual.hex() != root:
                self.fail(seq, f"checkpoint.signed: root for size {size} is {_short(root)}, the ledger's root at "
                               f"that size is {_short(actual.hex())}")
        return None

    def _special_after(self, sp: tuple[Any, ...]) -> None:
        index, seq, kind, data, signers = sp
        if kind == "user.key_revoked":
            username = data.get("username")
            kid = data.get("key_id")
            if type(username) is not str or type(kid) is not str:
                self.fail(seq, "user.key_revoked: data.username or data.key_id malformed")
                return
            self.revoked.setdefault((username, kid), seq)

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
        return None

    def _process_pending(self, upto: int) -> None:
        pending = self.pending
        while self.pending_pos < len(pending) and pending[self.pending_pos].size <= upto:
            cp = pending[self.pending_pos]
            cp.actual_root = self._root_at(cp.size)
            cp.reached = True
            self.pending_pos += 1


def _to_note(item: object) -> tuple[int | None, str]:
    if isinstance(item, tuple) and len(item) == 2:
        size, note = item
        return (size if type(size) is int else None), note  # type: ignore[return-value]
    return None, item  # type: ignore[return-value]


def verify_entries(
    entries: Iterable[StoredEntry],
    *,
    checkpoints: Iterable[str | tuple[int, str]] = (),
    station_keys: Iterable[str] = (),
    check_signatures: bool = True,
    trusted_checkpoint: str | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> VerifyReport:
    """Verify a whole ledger in one streaming pass (LEDGER.md section 6).

    ``entries`` in ``seq`` order. ``checkpoints``: stored checkpoint notes (or ``(size, note)`` pairs; the size is
    then checked against the note); each must verify with a station key (``station_keys`` plus keys registered by
    ``station.key_registered`` entries) and match the Merkle root at its size. ``trusted_checkpoint``: a note the
    caller trusts (the last checkpoint the station saw or an exported one): the ledger must contain at least that
    many entries and have that root at that size. ``check_signatures=False`` skips all entry-signature checks.
    ``workers``: processes for the work (None = ``os.cpu_count()``, 1 = in this process only). ``progress`` is
    called with the number of entries processed so far.
    """
    return verify_blocks(
        _Verifier.chunks_of(entries), checkpoints=checkpoints, station_keys=station_keys,
        check_signatures=check_signatures, trusted_checkpoint=trusted_checkpoint, progress=progress, workers=workers,
    )


def verify_blocks(
    blocks: Iterable[tuple[list[tuple[Any, ...]], list[Any]]],
    *,
    checkpoints: Iterable[str | tuple[int, str]] = (),
    station_keys: Iterable[str] = (),
    check_signatures: bool = True,
    trusted_checkpoint: str | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> VerifyReport:
    """:func:`verify_entries` over stored rows already in blocks (the fast path for database readers).

    Each block is ``(rows, signatures)``: ``rows`` a list of consecutive ``(seq, body, entry_hash, columns)``
    tuples (``body`` and ``entry_hash`` as ``bytes``; ``columns`` None, a mapping as in :class:`StoredEntry`, or a
    tuple in :data:`ROW_COLUMNS` order), ``signatures`` a parallel list of tuples of ``(signer, key_id,
    signature)``. Blocks of :data:`CHUNK_SIZE` rows are fastest; any sizes are accepted.
    """
    v, notes = _prepare(check_signatures, progress, workers, station_keys, checkpoints, trusted_checkpoint)
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
    station_keys: Iterable[str] = (),
    check_signatures: bool = True,
    trusted_checkpoint: str | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    range_chunks: int = 128,
) -> VerifyReport:
    """:func:`verify_blocks` for a stored ledger that worker processes read themselves.

    Workers call ``reader(source, lo, hi, with_signatures)`` for ``seq`` ranges covering ``1..size`` (aligned
    ranges of at most ``range_chunks`` chunks, at least :data:`RANGES_PER_WORKER` per worker), check them, and verify their signatures with ``key_hints``:
    ``(username, key_id, public_key)`` of the ledger's ``user.key_registered`` entries as an index finds them.
    Hints are only candidates: a verdict counts only for the key the ledger itself, read in ``seq`` order, has
    registered for that user at that entry (otherwise that entry fails). ``tail``: blocks as in
    :func:`verify_blocks` for the entries stored after ``seq`` ``size`` (checked in this process). The reader
    must see the same stored rows as the caller: committed rows, in practice (use :func:`verify_blocks` to check
    what only an open transaction sees). Same report as :func:`verify_blocks`.
    """
    v, notes = _prepare(check_signatures, progress, workers, station_keys, checkpoints, trusted_checkpoint)
    hints: dict[tuple[str, str], tuple[bytes, ...]] = {}
    for username, kid, public in key_hints:
        have = hints.get((username, kid), ())
        if public not in have:
            hints[(username, kid)] = (*have, bytes(public))
    v.hints = hints
    # Ranges of at most ``range_chunks`` chunks, at least RANGES_PER_WORKER per worker (none waits long at the end).
    per_range = max(1, min(range_chunks, -(-size // (CHUNK_SIZE * max(1, v.workers) * RANGES_PER_WORKER))))
    step = CHUNK_SIZE * per_range
    ranges = [(lo, min(lo + step - 1, size)) for lo in range(1, size + 1, step)]
    v.run_ranges(reader, source, ranges, tail)
    return _finish(v, notes)


def _prepare(
    check_signatures: bool,
    progress: Callable[[int], None] | None,
    workers: int | None,
    station_keys: Iterable[str],
    checkpoints: Iterable[str | tuple[int, str]],
    trusted_checkpoint: str | None,
) -> tuple[_Verifier, list[_PendingCheckpoint]]:
    if workers is None:
        workers = os.cpu_count() or 1
    v = _Verifier(check_signatures=check_signatures, progress=progress, workers=max(1, int(workers)))
    for vk in station_keys:
        try:
            parse_verifier_key(vk)
        except NoteError as exc:
            v.fail(0, f"station key {vk!r} rejected: {exc}")
            continue
        v.station_keys.append(vk)
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
    if trusted_checkpoint is not None:
        try:
            cp = parse_checkpoint(trusted_checkpoint)
        except NoteError as exc:
            v.fail(0, f"trusted checkpoint: malformed note: {exc}")
        else:
            notes.append(_PendingCheckpoint(cp.size, trusted_checkpoint, cp, True,
                                            f"trusted checkpoint (size {cp.size})"))
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
            verify_checkpoint(cp.note, v.station_keys)
        except NoteError as exc:
            v.fail(seq_for, f"{cp.label}: signature not valid: {exc}")
        if cp.actual_root is None:  # pragma: no cover - pending checkpoints are computed when reached
            v.fail(seq_for, f"{cp.label}: root could not be computed")
        elif cp.actual_root != cp.checkpoint.root:
            what = "ledger rewritten: not consistent with the" if cp.trusted else "root does not match the ledger:"
            v.fail(seq_for, f"{what} {cp.label}")
        checked += 1
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
    )
