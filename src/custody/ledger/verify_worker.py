"""Whole-ledger verification, worker side: structural checks of runs of consecutive entries.

These functions run in worker processes (or in the calling process for small ledgers): canonical parse, body
checks (including the body-local authority rules of LEDGER.md 3.1.1/3.1.2), entry hashes, links inside a run,
per-item links, the Merkle subtree of a full chunk, and signature checks against candidate keys. The main process
(:mod:`custody.ledger.verify`) stitches the runs together in ``seq`` order and applies the rules that need the
ledger's state.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import sys
import threading
import time
from array import array
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from hashlib import sha256
from typing import Any

import msgspec
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .authority import AUTHORITY_KINDS, STATION, body_rule
from .canonical import CanonicalError
from .entry import format_time, parse_body
from .fastbody import FAST_ERRORS, _confirm_decoded, _decode, _encode, confirm_body, entry_body_from_dict
from .signing import ENTRY_SIG_CONTEXT

__all__ = ["CHUNK_BITS", "CHUNK_SIZE", "ITEM_LAST", "ROW_COLUMNS", "PackedLinks", "ProjectionFold", "RangeReader",
           "parse_entry_body", "prestart_pool"]

CHUNK_BITS = 10
#: Entries per structural work unit; a power of two so that a full chunk is an aligned perfect Merkle subtree.
CHUNK_SIZE = 1 << CHUNK_BITS
#: Index columns of a stored row given as a tuple (``verify_blocks``), in this order; ``prev`` as 32 raw bytes, or
#: None when there is no stored copy (the database has none since migration 0011; a given one is still checked).
ROW_COLUMNS = ("kind", "item", "prev")
#: Start method for worker processes ("forkserver" where available: safe in a process that runs Qt threads).
MP_START_METHOD: str | None = None

_NODE = b"\x01"
_unhex = bytes.fromhex
_LEAF = b"\x00"
_SIGNER_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}
_CACHE_LIMIT = 100_000
#: Entries the main process handles itself, in seq order (keys, roles, checkpoints, clock corrections).
_SPECIAL_KINDS = AUTHORITY_KINDS | {"checkpoint.signed"}
CLOCK_CORRECTED = "clock.corrected"

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


def _subtree_root(leaves: list[bytes]) -> bytes:
    """Root of the perfect Merkle subtree over the leaf hashes ``leaves`` (a power of two of them)."""
    level = leaves
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


#: Item links as sent to the main process (:func:`_pack_links`): head items, their ``item_prev`` as 32 bytes or
#: None, their seqs; tail items and their last entries, :data:`ITEM_LAST` bytes each in one bytes object (the
#: entry hash, then its seq as 8 bytes, big-endian, signed).
PackedLinks = tuple[list[str], list[bytes | None], Any, list[str], bytes]
ITEM_LAST = 40


def _seq_bytes(seq: int) -> bytes:
    try:
        return seq.to_bytes(8, "big", signed=True)
    except (AttributeError, OverflowError):  # a stored seq that is not a 64-bit integer: a failure said elsewhere
        return b"\x80" + bytes(7)


def _pack_links(links: _ItemLinks) -> PackedLinks:
    """``links`` compact for the main process, which keeps every item's last entry until the end: the hash and
    seq of each in one 40-byte object (73 bytes; a hex hash was 113, its seq 32 more and a second table), the
    tails' in one bytes object, head seqs in an array (issue 18: peak RSS; a range's links held ~150,000 objects
    at 10^6 entries)."""
    head_items, head_prevs, head_seqs, tail_hash, tail_seq = links
    try:
        tails = _interleave(_unhex("".join(tail_hash.values())), tail_seq.values())
    except (TypeError, OverflowError):  # a seq that is not a 64-bit integer: a failure said elsewhere
        tails = b"".join([_unhex(h) + _seq_bytes(q) for h, q in zip(tail_hash.values(), tail_seq.values(),
                                                                     strict=True)])
    return (head_items, [None if p is None else _unhex(p) for p in head_prevs], _int_array(head_seqs),
            list(tail_hash), tails)


def _interleave(hashes: bytes, seqs: Any) -> bytes:
    """32 bytes of ``hashes`` then the seq as 8 bytes (big-endian, signed), item after item: in C, a byte column
    at a time (item by item in Python took ~0.7 us per item)."""
    seq_array = array("q", seqs)
    if sys.byteorder == "little":
        seq_array.byteswap()
    packed = seq_array.tobytes()
    out = bytearray(ITEM_LAST * len(seq_array))
    for k in range(32):
        out[k::ITEM_LAST] = hashes[k::32]
    for k in range(8):
        out[32 + k::ITEM_LAST] = packed[k::8]
    return bytes(out)


def _int_array(values: Any) -> Any:
    try:
        return array("q", values)
    except (TypeError, OverflowError):  # a stored seq that is not a 64-bit integer: a failure said elsewhere
        return list(values)


#: A projection fold for :func:`verify_blocks` / :func:`verify_ranges` (``projection=``): ``fold(acc, body)`` is
#: called for every entry whose body parsed, in ``seq`` order within a run of entries, with the run's own ``acc``
#: (a dict, empty at the start of the run) and the parsed body (:class:`custody.ledger.fastbody.EntryBody`). It runs
#: in the worker processes (a module-level function); the runs' ``acc`` go back to the main process, which merges
#: them in ``seq`` order. At the end of each run it is called once more with ``body`` None (it may then make
#: ``acc`` compact before it is sent). The ledger layer knows nothing of what is projected (services/projection_check.py).
ProjectionFold = Callable[[dict[str, Any], Any], None]


def _check_chunk(rows: list[tuple[Any, ...]], want_signers: bool, full: bool,
                 links: _ItemLinks | None = None, fold: ProjectionFold | None = None,
                 acc: dict[str, Any] | None = None) -> tuple[Any, ...]:
    """Structural checks of consecutive entries, flat rows ``(seq, body, stored_hash, kind, item, prev)`` (the
    stored index columns; see :data:`_GENERAL` for other columns).

    Returns a tuple (see ``_Verifier._merge``): boundary data, leaf hashes, subtree root of a full chunk,
    failures, per-item heads and tails, special entries ``(index, seq, kind, data, signers, station, actor)``
    (authority kinds, checkpoints and every entry ``@station`` signs), per-entry signers, stored seqs when out of
    order, whether a ``clock.corrected`` entry restarted the time order, and the projection accumulator (``fold``
    given: ``acc``, or a new one when ``acc`` is None; returned here only when this chunk made it).
    """
    own_acc = acc is None
    if fold is not None and acc is None:
        acc = {}
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
    specials: list[tuple[int, int, str, dict[str, Any], tuple[str, ...], str, str]] = []
    signers_out: list[tuple[str, ...] | None] | None = [] if want_signers else None
    first_prev: str | None = None
    first_at: tuple[str, int] | None = None
    last_at = ""
    last_hex: str | None = None
    expected = rows[0][0]
    in_order = True
    special_kinds = _SPECIAL_KINDS
    station = STATION
    reset = False  # a clock.corrected entry restarted the time order in this run
    last_h = b""
    encode = _encode
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
        try:  # fastbody.confirm_body, inlined (once per entry of the ledger)
            o = _decode(body)
            o = _confirm_decoded(body, o, last_hex, tail_hash) if encode(o) == body else None
        except FAST_ERRORS:
            o = None
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
        if fold is not None:
            fold(acc, o)  # type: ignore[arg-type]
        prev = o.prev
        if prev != last_hex:
            if i == 0:
                first_prev = prev
            else:
                fail((seq, f"prev link broken: prev is {_short(prev)}, entry hash of the previous entry is "
                           f"{_short(last_hex)}"))
        at = o.at
        kind = o.kind
        if kind == CLOCK_CORRECTED:  # restarts the order from its own time (LEDGER.md 3.1.5)
            reset = True
            last_at = at
        elif at < last_at:
            fail((seq, f"at {at} is earlier than the previous entry's {last_at}"))
        else:
            if first_at is None and not reset:
                first_at = (at, seq)
            last_at = at
        signers = o.signers
        actor = o.actor
        if actor not in signers or actor == station:  # what body_rule can object to
            problem = body_rule(kind, actor, signers)
            if problem is not None:
                fail((seq, problem))
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
        if kind in special_kinds or station in signers:
            specials.append((i, seq, kind, o.data, tuple(signers), o.station, actor))
        # Index columns: the fast exact check; the general check words any difference.
        if kind_c is _GENERAL:
            if item_c:
                problem = _check_columns(msgspec.structs.asdict(o), item_c, hexh)
                if problem:
                    fail((seq, problem))
        elif kind_c != kind or item_c != item or (pb is not None and (pb != last_h if prev == last_hex
                                                                      else pb != _unhex(prev))):
            stored = dict(zip(ROW_COLUMNS, (kind_c, item_c, pb), strict=True))
            if pb is None:  # no stored prev copy (migration 0011 dropped the column)
                del stored["prev"]
            problem = _check_columns(msgspec.structs.asdict(o), stored, hexh)
            if problem:
                fail((seq, problem))
        if signers_out is not None:
            # one tuple object per distinct set of signers: a chunk's list is sent to the main process and kept
            # there until merged (issue 18: peak RSS; a ledger has a few hundred such sets)
            signer_set = tuple(signers)
            signers_out.append(signer_set if len(_SIGNER_SETS) >= _CACHE_LIMIT
                               else _SIGNER_SETS.setdefault(signer_set, signer_set))
        last_hex, last_h = hexh, h
    joined = b"".join(leaves)
    if fold is not None and own_acc:
        fold(acc, None)  # type: ignore[arg-type]  # the end of this run
    return (
        len(rows), rows[0][0], expected, first_prev, first_at, last_at, joined,
        _subtree_root(leaves) if full else None,
        failures, _pack_links(links) if own_links else None, specials, signers_out,
        None if in_order else [r[0] for r in rows], reset, acc if own_acc else None,
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
                 hints: Mapping[tuple[str, str], tuple[bytes, ...]], chunk: int,
                 fold: ProjectionFold | None = None) -> tuple[list[tuple[Any, Any]], float]:
    """Worker: read and check ``seq`` ``lo..hi``; per chunk, ``(_check_chunk result, signature info)``.

    Signature info (when ``with_signatures``), per entry a tuple of ``(signer, key_id, mask, signature)``: ``mask``
    has bit ``k`` set when the signature verifies with ``hints[(signer, key_id)][k]`` (``signature`` is then
    None); ``mask`` is None when there is no candidate key or the signature is not 64 bytes (``signature`` is
    passed back for the main process). The main process accepts a mask bit only for the key that the ledger,
    read in ``seq`` order, has registered for that user at that entry. Also returns the CPU seconds it took.
    """
    cpu = time.process_time()
    out: list[tuple[Any, Any]] = []
    # Item links and the projection summary run over the whole range (fewer first entries of items for the main
    # process to link) and go back with the range's last chunk. The rows are read one chunk at a time: a worker
    # holds one chunk of bodies, not its whole range (issue 18: peak RSS).
    links = _new_item_links()
    acc: dict[str, Any] = {}
    last: tuple[Any, Any] | None = None
    for clo in range(lo, hi + 1, chunk):
        rows, sigs = reader(source, clo, min(hi, clo + chunk - 1), with_signatures)
        if not rows:
            continue
        part = rows if len(rows[0]) == 6 else _flat_rows(rows)
        result = _check_chunk(part, with_signatures, len(part) == chunk, links, fold, acc)
        info = _check_signatures(result, sigs, hints) if with_signatures else None
        if last is not None:
            out.append(last)
        last = (result, info)
        del rows, sigs, part
    if last is not None:
        if fold is not None:
            fold(acc, None)  # the end of this run
        result, info = last
        out.append(((*result[:9], _pack_links(links), *result[10:14], acc if fold is not None else None), info))
    return out, time.process_time() - cpu


_KEY_CACHE: dict[bytes, Ed25519PublicKey] = {}


class SignatureSummary(tuple):
    """A chunk's signatures as a worker checked them (see :func:`_check_signatures`): ``(codes, combos,
    irregular)``. ``codes[i]`` (an ``array('H')``) is entry ``i``'s index in ``combos``, the distinct tuples of
    ``(signer, key_id, mask)`` of the chunk's ordinary entries, or :data:`IRREGULAR`; ``irregular`` maps those
    entries' indices to their signature info as :func:`_check_range` describes it."""

    __slots__ = ()


#: ``SignatureSummary`` code of an entry whose signatures the main process checks one by one.
IRREGULAR = 0xFFFF


def _check_signatures(result: tuple[Any, ...], sigs: list[Any],
                      hints: Mapping[tuple[str, str], tuple[bytes, ...]]) -> SignatureSummary:
    """Verify a checked chunk's stored signatures with the candidate keys (``hints``).

    An entry is ordinary when its body parsed, it is not special (the main process follows the authority state
    through those) and it has exactly one signature per signer, each checked against candidate keys: the main
    process then only checks each distinct ``(signer, key_id, mask)`` once per stretch of entries between special
    ones (the authority state does not change in between). Every other entry is irregular: its full signature
    info goes back, and the main process checks it as before."""
    leaves = result[6]
    signers_list = result[11]
    special = {sp[0] for sp in result[10]}
    context = ENTRY_SIG_CONTEXT
    combos: dict[tuple[tuple[str, str, int], ...], int] = {}
    codes = array("H")
    add_code = codes.append
    irregular: dict[int, tuple[Any, ...]] = {}
    get_hint = hints.get
    for i, stored in enumerate(sigs):
        signers = signers_list[i]
        if not stored:
            irregular[i] = ()
            add_code(IRREGULAR)
            continue
        message = context + leaves[32 * i:32 * i + 32]
        if len(stored) == 1 and signers is not None and len(signers) == 1 and i not in special:
            # the usual entry: one signer, one signature, one candidate key (same verdicts as below)
            signer, kid, sig = stored[0]
            candidates = get_hint((signer, kid))
            if (candidates is not None and len(candidates) == 1 and signer == signers[0] and type(sig) is bytes
                    and len(sig) == 64):
                try:
                    _public_key(candidates[0]).verify(sig, message)
                    mask = 1
                except (InvalidSignature, ValueError):
                    mask = 0
                combo = ((signer, kid, mask),)
                code = combos.get(combo)
                if code is None:
                    code = combos[combo] = len(combos)
                add_code(code)
                continue
        checked = []
        regular = signers is not None and i not in special and len(stored) == len(signers)
        for signer, kid, sig in stored:
            candidates = get_hint((signer, kid))
            if not candidates or type(sig) is not bytes or len(sig) != 64:
                checked.append((signer, kid, None, sig))
                regular = False
                continue
            mask = 0
            for k, public in enumerate(candidates):
                try:
                    _public_key(public).verify(sig, message)
                    mask |= 1 << k
                except (InvalidSignature, ValueError):
                    pass
            checked.append((signer, kid, mask, None))
            if regular and signer not in signers:
                regular = False
        if regular and len(checked) > 1 and len({c[0] for c in checked}) != len(checked):
            regular = False  # a signer twice (then another is missing)
        if regular:
            combo = tuple((signer, kid, mask) for signer, kid, mask, _ in checked)
            code = combos.get(combo)
            if code is None:
                code = combos[combo] = len(combos)
            add_code(code)
        else:
            irregular[i] = tuple(checked)
            add_code(IRREGULAR)
    return SignatureSummary((codes, list(combos), irregular))


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

    A pool started ahead with the same arguments (:func:`prestart_pool`) is taken as it is.
    With the "spawn"/"forkserver" start methods the main module of the program must be import-safe (the usual
    ``if __name__ == "__main__":`` guard, and ``multiprocessing.freeze_support()`` in frozen executables).
    """
    ahead = _PRESTARTED.pop((workers, preload), None)
    if ahead is not None:
        ahead.join()
        if ahead.pool is not None:
            return ahead.pool
    return _new_pool(workers, preload)


def _new_pool(workers: int, preload: tuple[str, ...]) -> ProcessPoolExecutor | None:
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


class _Ahead(threading.Thread):
    """A pool being started in the background (see :func:`prestart_pool`)."""

    def __init__(self, workers: int, preload: tuple[str, ...]) -> None:
        super().__init__(name="custody-verify-pool", daemon=True)
        self.workers, self.preload = workers, preload
        self.pool: ProcessPoolExecutor | None = None

    def run(self) -> None:
        self.pool = _new_pool(self.workers, self.preload)


_PRESTARTED: dict[tuple[int, tuple[str, ...]], _Ahead] = {}


def prestart_pool(workers: int | None, preload: tuple[str, ...]) -> None:
    """Start the worker pool of a verification that is about to run, in the background: a command calls this
    before its own slow imports and database work, so that the worker processes (their fork server imports the
    verifier) are ready when :func:`_start_pool` asks for a pool with the same ``workers`` (None: one per core) and
    ``preload``. A pool that nothing takes is shut down when the program ends."""
    workers = max(1, workers if workers is not None else os.cpu_count() or 1)
    if workers < 2 or (workers, preload) in _PRESTARTED:
        return
    ahead = _PRESTARTED[(workers, preload)] = _Ahead(workers, preload)
    ahead.start()
    if len(_PRESTARTED) == 1:
        atexit.register(_shut_down_unused)


def _shut_down_unused() -> None:
    while _PRESTARTED:
        _, ahead = _PRESTARTED.popitem()
        ahead.join()
        if ahead.pool is not None:
            ahead.pool.shutdown(wait=True, cancel_futures=True)
