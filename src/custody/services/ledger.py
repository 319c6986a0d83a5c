"""Appending to the ledger, its Merkle storage, checkpoints and whole-ledger verification.

Storage follows LEDGER.md section 8. Besides the three normative tables we keep:
- ``ledger_head``: size, root, last hash and time, and the Merkle frontier (one row);
- ``ledger_node``: hashes of aligned perfect subtrees at levels 4, 8, 12, ... so that any
  subtree hash, and so any inclusion or consistency proof, costs O(log n) small range reads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from custody.db.models import (
    ItemState,
    LedgerCheckpoint,
    LedgerEntry,
    LedgerHead,
    LedgerNode,
    LedgerSignature,
    StationState,
)
from custody.domain.errors import CustodyError
from custody.ledger import merkle
from custody.ledger.canonical import canonical_bytes, parse_canonical
from custody.ledger.entry import ZERO_HASH, entry_hash, format_time, make_body
from custody.ledger.note import Checkpoint, sign_checkpoint, verify_checkpoint
from custody.ledger.signing import sign_entry
from custody.ledger.verify import Failure, Signature, StoredEntry, VerifyReport, verify_entries
from custody.services.projections import ItemStateValue, next_state

log = logging.getLogger(__name__)

__all__ = ["Failure", "NewEvent", "Signer", "append", "verify_stored", "format_time"]

NODE_STEP = 4  # stored subtree levels: 4, 8, 12, ...
PG_LEDGER_LOCK = 0x637573746F6479  # "custody"
STATION_ACTOR = "@station"  # actor of entries written by the station itself (no user signed in)


class LedgerError(CustodyError):
    pass


@dataclass(frozen=True)
class Signer:
    """A user whose private key is unlocked for this action."""

    username: str
    key_id: str
    private_key: Ed25519PrivateKey = field(repr=False)


@dataclass(frozen=True)
class NewEvent:
    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    item: str | None = None
    case: str | None = None
    signers: tuple[str, ...] = ()  # usernames who must sign (the actor is added for user actions)


@dataclass(frozen=True)
class Appended:
    seq: int
    entry_hash: bytes
    at: str
    body: bytes


Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


# --- head and Merkle storage -------------------------------------------------------------


def _lock_ledger(session: Session) -> None:
    """Serialise appends. SQLite already holds the write lock (BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LEDGER_LOCK})


def get_head(session: Session) -> LedgerHead | None:
    return session.get(LedgerHead, 1)


def ledger_size(session: Session) -> int:
    head = get_head(session)
    return head.size if head else 0


def _leaf_hashes(session: Session, start: int, end: int) -> list[bytes]:
    rows = session.execute(
        select(LedgerEntry.entry_hash)
        .where(LedgerEntry.seq > start, LedgerEntry.seq <= end)
        .order_by(LedgerEntry.seq)
    ).scalars()
    out = list(rows)
    if len(out) != end - start:
        raise LedgerError(f"The ledger is missing entries between {start + 1} and {end}")
    return out


def _node_hashes(session: Session, level: int, start_idx: int, end_idx: int) -> list[bytes]:
    if level == 0:
        return _leaf_hashes(session, start_idx, end_idx)
    rows = session.execute(
        select(LedgerNode.hash)
        .where(LedgerNode.level == level, LedgerNode.idx >= start_idx, LedgerNode.idx < end_idx)
        .order_by(LedgerNode.idx)
    ).scalars()
    out = list(rows)
    if len(out) != end_idx - start_idx:
        raise LedgerError(f"Merkle storage is missing nodes at level {level}")
    return out


def _perfect_subtree(session: Session, level: int, index: int) -> bytes:
    """Hash of the perfect subtree covering leaves [index*2^level, (index+1)*2^level)."""
    stored = (level // NODE_STEP) * NODE_STEP
    span = 1 << (level - stored)
    return merkle.root_from_leaves(_node_hashes(session, stored, index * span, (index + 1) * span))


def subtree_reader(session: Session) -> merkle.Subtree:
    """A ``subtree(start, end)`` callable for the proof functions, backed by stored nodes."""

    def subtree(start: int, end: int) -> bytes:
        if end <= start:
            return merkle.EMPTY_ROOT
        blocks: list[bytes] = []
        pos = start
        while pos < end:
            size = 1
            while pos % (size * 2) == 0 and pos + size * 2 <= end:
                size *= 2
            level = size.bit_length() - 1
            blocks.append(_perfect_subtree(session, level, pos >> level))
            pos += size
        acc = blocks[-1]
        for h in reversed(blocks[:-1]):
            acc = merkle.node_hash(h, acc)
        return acc

    return subtree


def _store_nodes(session: Session, size: int, pending_leaves: dict[int, bytes]) -> None:
    """After the ledger reaches ``size``, store every perfect subtree that just completed."""
    level = NODE_STEP
    while size % (1 << level) == 0:
        width = 1 << NODE_STEP
        idx = (size >> level) - 1
        child_level = level - NODE_STEP
        first_child = idx * width
        if child_level == 0:
            children = [pending_leaves.get(seq) for seq in range(first_child + 1, first_child + width + 1)]
            if any(c is None for c in children):
                session.flush()
                children = _leaf_hashes(session, first_child, first_child + width)
        else:
            session.flush()
            children = _node_hashes(session, child_level, first_child, first_child + width)
        session.add(LedgerNode(level=level, idx=idx, hash=merkle.root_from_leaves(children)))  # type: ignore[arg-type]
        level += NODE_STEP


def _last_item_hash(session: Session, item: str) -> bytes | None:
    return session.execute(
        select(LedgerEntry.entry_hash).where(LedgerEntry.item == item).order_by(LedgerEntry.seq.desc()).limit(1)
    ).scalar_one_or_none()


# --- append -------------------------------------------------------------------------------


def append(
    session: Session,
    events: Sequence[NewEvent],
    *,
    station: str,
    actor: str,
    signers: Iterable[Signer] = (),
    clock: Clock = utc_now,
) -> list[Appended]:
    """Append all entries of one user action (one transaction, which the caller commits).

    Fills ``seq``, ``prev``, ``item_prev`` and ``at``, signs for every required signer,
    updates the Merkle head and the item projections.
    """
    if not events:
        return []
    keys = {s.username: s for s in signers}
    _lock_ledger(session)
    head = get_head(session)
    if head is None:
        frontier = merkle.Frontier()
        size, last_hash, last_at = 0, bytes.fromhex(ZERO_HASH), ""
    else:
        frontier = merkle.Frontier.from_bytes(head.frontier)
        size, last_hash, last_at = head.size, head.last_hash, head.last_at
    now = format_time(clock())
    at = max(now, last_at) if last_at else now
    item_heads: dict[str, bytes | None] = {}
    pending: dict[int, bytes] = {}
    out: list[Appended] = []
    for ev in events:
        required = set(ev.signers)
        if actor != STATION_ACTOR:
            required.add(actor)
        missing = sorted(u for u in required if u not in keys)
        if missing:
            raise LedgerError(f"Cannot record '{ev.kind}': no unlocked key for {', '.join(missing)}")
        item_prev: bytes | None = None
        if ev.item:
            if ev.item not in item_heads:
                item_heads[ev.item] = _last_item_hash(session, ev.item)
            item_prev = item_heads[ev.item]
        seq = size + 1
        body_obj = make_body(
            seq=seq,
            prev=last_hash.hex(),
            kind=ev.kind,
            at=at,
            station=station,
            actor=actor,
            item=ev.item,
            item_prev=item_prev.hex() if item_prev else None,
            case=ev.case,
            signers=sorted(required),
            data=ev.data,
        )
        body = canonical_bytes(body_obj)
        h = entry_hash(body)
        session.add(
            LedgerEntry(
                seq=seq,
                body=body,
                entry_hash=h,
                prev=last_hash,
                kind=ev.kind,
                at=at,
                station=station,
                actor=actor,
                item=ev.item,
                case_number=ev.case,
            )
        )
        for username in sorted(required):
            signer = keys[username]
            session.add(
                LedgerSignature(
                    seq=seq,
                    signer=username,
                    key_id=signer.key_id,
                    signature=sign_entry(signer.private_key, h),
                )
            )
        frontier.append(h)
        pending[seq] = h
        size, last_hash = seq, h
        if ev.item:
            item_heads[ev.item] = h
        _store_nodes(session, size, pending)
        _project(session, body_obj)
        out.append(Appended(seq=seq, entry_hash=h, at=at, body=body))
    if head is None:
        head = LedgerHead(id=1)
        session.add(head)
    head.size = size
    head.root = frontier.root()
    head.last_hash = last_hash
    head.last_at = at
    head.frontier = frontier.to_bytes()
    session.flush()
    return out


def _project(session: Session, body: dict[str, Any]) -> None:
    item = body.get("item")
    if not item:
        return
    row = session.get(ItemState, item)
    prev = (
        ItemStateValue(row.item_id, row.status, row.custodian, row.location_code, row.last_seq, row.updated_at)
        if row
        else None
    )
    new = next_state(prev, body)
    if new is None:
        return
    if row is None:
        session.add(
            ItemState(
                item_id=new.item_id,
                status=new.status,
                custodian=new.custodian,
                location_code=new.location_code,
                last_seq=new.last_seq,
                updated_at=new.updated_at,
            )
        )
    else:
        row.status, row.custodian, row.location_code = new.status, new.custodian, new.location_code
        row.last_seq, row.updated_at = new.last_seq, new.updated_at


# --- checkpoints --------------------------------------------------------------------------


def current_checkpoint(session: Session, origin: str) -> Checkpoint:
    head = get_head(session)
    if head is None:
        return Checkpoint(origin=origin, size=0, root=merkle.EMPTY_ROOT)
    return Checkpoint(origin=origin, size=head.size, root=head.root)


def sign_new_checkpoint(
    session: Session,
    *,
    origin: str,
    station: str,
    key_name: str,
    station_key: Ed25519PrivateKey,
    verifier_keys: Sequence[str],
    actor: str = STATION_ACTOR,
    signers: Iterable[Signer] = (),
    clock: Clock = utc_now,
) -> str:
    """Sign a checkpoint of the current ledger, store it, record ``checkpoint.signed``.

    Refuses when the new tree is not consistent with the last checkpoint this station
    signed or saw (a truncated or rewritten ledger).
    """
    _lock_ledger(session)
    cp = current_checkpoint(session, origin)
    state = session.get(StationState, station)
    if state is not None and state.last_checkpoint:
        check_consistent_with(session, state.last_checkpoint, verifier_keys, cp)
    note = sign_checkpoint(cp, key_name, station_key)
    at = format_time(clock())
    session.add(LedgerCheckpoint(size=cp.size, note=note, station=station, created_at=at))
    remember_checkpoint(session, station, note, cp.size)
    append(
        session,
        [NewEvent(kind="checkpoint.signed", data={"size": cp.size, "root": cp.root.hex(), "key_name": key_name})],
        station=station,
        actor=actor,
        signers=signers,
        clock=clock,
    )
    return note


def remember_checkpoint(session: Session, station: str, note: str, size: int) -> None:
    state = session.get(StationState, station)
    if state is None:
        state = StationState(station=station, last_checkpoint_size=0)
        session.add(state)
    if size >= (state.last_checkpoint_size or 0):
        state.last_checkpoint = note
        state.last_checkpoint_size = size


def check_consistent_with(
    session: Session, note: str, verifier_keys: Sequence[str], new: Checkpoint | None = None
) -> None:
    """Raise LedgerError unless the stored ledger extends the tree that ``note`` commits to."""
    old = verify_checkpoint(note, verifier_keys)
    head_size = ledger_size(session)
    if old.size > head_size:
        raise LedgerError(
            f"The ledger has {head_size} entries but checkpoint shows {old.size}: entries were removed."
        )
    subtree = subtree_reader(session)
    new_root = new.root if new is not None else current_checkpoint(session, old.origin).root
    new_size = new.size if new is not None else head_size
    if old.size == 0:
        return
    proof = merkle.consistency_proof(old.size, new_size, subtree)
    try:
        merkle.verify_consistency(old.size, new_size, old.root, new_root, proof)
    except ValueError as exc:
        raise LedgerError(
            f"The ledger is not consistent with the checkpoint of size {old.size}: it was rewritten ({exc})."
        ) from exc


def inclusion_proof(session: Session, seq: int, size: int) -> list[bytes]:
    return merkle.inclusion_proof(seq - 1, size, subtree_reader(session))


# --- reading and verification ------------------------------------------------------------


def iter_stored_entries(session: Session, *, batch: int = 5000, with_columns: bool = True) -> Iterator[StoredEntry]:
    """Stream the stored ledger in ``seq`` order with signatures and index columns."""
    last = 0
    while True:
        rows = session.execute(
            select(LedgerEntry).where(LedgerEntry.seq > last).order_by(LedgerEntry.seq).limit(batch)
        ).scalars().all()
        if not rows:
            return
        lo, hi = rows[0].seq, rows[-1].seq
        sigs: dict[int, list[Signature]] = {}
        for s in session.execute(
            select(LedgerSignature).where(LedgerSignature.seq >= lo, LedgerSignature.seq <= hi)
        ).scalars():
            sigs.setdefault(s.seq, []).append(Signature(signer=s.signer, key_id=s.key_id, signature=s.signature))
        for r in rows:
            columns = None
            if with_columns:
                columns = {
                    "seq": r.seq,
                    "kind": r.kind,
                    "at": r.at,
                    "station": r.station,
                    "actor": r.actor,
                    "item": r.item,
                    "case": r.case_number,
                    "prev": r.prev.hex() if isinstance(r.prev, bytes | bytearray | memoryview) else r.prev,
                }
            yield StoredEntry(
                seq=r.seq,
                body=bytes(r.body),
                entry_hash=bytes(r.entry_hash),
                signatures=tuple(sorted(sigs.get(r.seq, ()), key=lambda s: s.signer)),
                columns=columns,
            )
        session.expunge_all()
        last = hi


def stored_checkpoints(session: Session) -> list[str]:
    return list(session.execute(select(LedgerCheckpoint.note).order_by(LedgerCheckpoint.size)).scalars())


def verify_stored(
    session: Session,
    *,
    check_signatures: bool = True,
    trusted_checkpoint: str | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> VerifyReport:
    """Verify the whole stored ledger (LEDGER.md section 6)."""
    return verify_entries(
        iter_stored_entries(session),
        checkpoints=stored_checkpoints(session),
        check_signatures=check_signatures,
        trusted_checkpoint=trusted_checkpoint,
        progress=progress,
        workers=workers,
    )


def entry_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()


def parse_body(body: bytes) -> dict[str, Any]:
    return parse_canonical(body)
