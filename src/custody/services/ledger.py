"""Appending to the ledger, its Merkle storage, checkpoints and whole-ledger verification.

Storage follows LEDGER.md section 8. Besides the three normative tables we keep:
- ``ledger_head``: size, root, last hash and time, and the Merkle frontier (one row);
- ``ledger_node``: hashes of aligned perfect subtrees at levels 4, 8, 12, ... so that any
  subtree hash, and so any inclusion or consistency proof, costs O(log n) small range reads.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from custody.db.ledger_read import READ_SIGNATURES, read_range, with_signatures_of
from custody.db.models import (
    ItemState,
    LedgerCheckpoint,
    LedgerEntry,
    LedgerHead,
    LedgerRef,
    Station,
    StationState,
)
from custody.db.uow import commit_marks
from custody.domain.errors import AuthError, CustodyError
from custody.domain.i18n import N_
from custody.ledger import canonical, merkle
from custody.ledger import verify as verify_mod
from custody.ledger.authority import STATION, body_rule
from custody.ledger.canonical import parse_canonical
from custody.ledger.entry import ZERO_HASH, check_body_members, entry_hash, format_time, make_body
from custody.ledger.note import Checkpoint, sign_checkpoint, verify_checkpoint
from custody.ledger.signing import key_id, sign_entry
from custody.ledger.verify import Failure, Signature, StoredEntry, VerifyReport, verify_blocks
from custody.services.clock import DEFAULT_MARGIN_MINUTES, ClockGuard
from custody.services.projections import ItemStateValue, next_state, ref_of

log = logging.getLogger(__name__)

__all__ = ["Failure", "KeyNotCurrent", "NewEvent", "Signer", "append", "store_checkpoint", "verify_stored",
           "format_time"]

NODE_STEP = 4  # stored subtree levels: 4, 8, 12, ...
PG_LEDGER_LOCK = 0x637573746F6479  # "custody"
STATION_ACTOR = STATION  # actor of entries written by the station itself (no user signed in)
CLOCK_CORRECTED = "clock.corrected"


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


def default_clock() -> ClockGuard:
    """The clock an application context starts with: the system clock behind a :class:`ClockGuard`."""
    return ClockGuard()


# --- head and Merkle storage -------------------------------------------------------------


def _lock_ledger(session: Session) -> None:
    """Serialise appends. SQLite already holds the write lock (BEGIN IMMEDIATE).

    On PostgreSQL the transaction-level advisory lock is taken by the next read of the head (:func:`_read_tip`), in
    the same round trip."""
    if session.get_bind().dialect.name == "postgresql":
        session.info[_LOCK_PENDING] = True


_LOCK_PENDING = "custody.ledger_lock_pending"


def get_head(session: Session) -> LedgerHead | None:
    return session.get(LedgerHead, 1)


def ledger_size(session: Session) -> int:
    head = get_head(session)
    return head.size if head else 0


def _raw_cursor(session: Session) -> tuple[Any, str]:
    """A DB-API cursor on the session's connection (its transaction) and the driver's positional placeholder.

    Plain cursors skip SQLAlchemy's per-statement and per-row work; callers flush pending ORM objects first.
    """
    conn = session.connection()
    ph = "?" if conn.dialect.paramstyle in ("qmark", "numeric") else "%s"
    return conn.connection.dbapi_connection.cursor(), ph


def _node_reader(session: Session) -> Callable[[int, int, int], list[bytes]]:
    """``read(level, start_idx, end_idx)``: stored hashes at ``level`` (0 = entry hashes) for that index range."""
    cur, ph = _raw_cursor(session)
    leaves_sql = f"SELECT entry_hash FROM ledger_entry WHERE seq > {ph} AND seq <= {ph} ORDER BY seq"
    nodes_sql = (f"SELECT hash FROM ledger_node WHERE level = {ph} AND idx >= {ph} AND idx < {ph} ORDER BY idx")

    def read(level: int, start_idx: int, end_idx: int) -> list[bytes]:
        if level == 0:
            cur.execute(leaves_sql, (start_idx, end_idx))
        else:
            cur.execute(nodes_sql, (level, start_idx, end_idx))
        out = [r[0] if type(r[0]) is bytes else bytes(r[0]) for r in cur.fetchall()]
        if len(out) != end_idx - start_idx:
            if level == 0:
                raise LedgerError(f"The ledger is missing entries between {start_idx + 1} and {end_idx}")
            raise LedgerError(f"Merkle storage is missing nodes at level {level}")
        return out

    return read


def subtree_reader(session: Session) -> merkle.Subtree:
    """A ``subtree(start, end)`` callable for the proof functions, backed by stored nodes.

    Each aligned perfect subtree of height ``h`` costs one read of at most ``2**(NODE_STEP-1)`` hashes at the
    stored level ``NODE_STEP * floor(h / NODE_STEP)``.
    """
    session.flush()
    read = _node_reader(session)

    def perfect(level: int, index: int) -> bytes:
        stored = (level // NODE_STEP) * NODE_STEP
        span = 1 << (level - stored)
        hashes = read(stored, index * span, (index + 1) * span)
        return hashes[0] if span == 1 else merkle.root_from_leaves(hashes)

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
            blocks.append(perfect(level, pos >> level))
            pos += size
        acc = blocks[-1]
        for h in reversed(blocks[:-1]):
            acc = merkle.node_hash(h, acc)
        return acc

    return subtree


_BATCH = 500  # items per IN (...) when one action appends entries for many items (labels, moves, audits)
_JOINED_ITEMS = 4  # up to this many items, the head, their last hashes and their states come in one query

#: ``(item_id, status, custodian, location_code, last_seq, updated_at)`` of ``item_state``
_STATE_COLUMNS = "item_id, status, custodian, location_code, last_seq, updated_at"
#: max(seq) of the item's entries, then that row's hash: the GROUP BY makes it go through the (item, kind) index
#: (migration 0011); as ORDER BY seq DESC LIMIT 1, PostgreSQL without statistics walks the primary key backwards
_LAST_ITEM_HASH = ("(SELECT e.entry_hash FROM ledger_entry AS e WHERE e.seq = (SELECT max(ledger_entry.seq)"
                   " FROM ledger_entry WHERE ledger_entry.item = {p} GROUP BY ledger_entry.item))")


def _placeholder(session: Session) -> str:
    return "?" if session.get_bind().dialect.paramstyle in ("qmark", "numeric") else "%s"


def _blob(value: Any) -> bytes | None:
    return value if value is None or type(value) is bytes else bytes(value)


def _state_of(row: Sequence[Any]) -> ItemStateValue | None:
    return None if row[0] is None else ItemStateValue(*row)


@dataclass
class _Tip:
    """What an append builds on, read under the lock: the head, and each item's last hash and projection row."""

    size: int = 0
    last_hash: bytes = bytes.fromhex(ZERO_HASH)
    last_at: str = ""
    frontier: merkle.Frontier = field(default_factory=merkle.Frontier)
    has_head: bool = False
    server_now: datetime | None = None
    item_heads: dict[str, bytes | None] = field(default_factory=dict)
    states: dict[str, ItemStateValue | None] = field(default_factory=dict)


def _read_tip(session: Session, items: Sequence[str], *,
              before: Sequence[tuple[str, tuple[Any, ...]]] = ()) -> tuple[_Tip, list[list[Any]]]:
    """One query for the head and (up to :data:`_JOINED_ITEMS`) the items' last hashes and states; a few per
    :data:`_BATCH` items beyond. On PostgreSQL the server's clock comes with it (LEDGER.md 3.1.5).

    ``before``: statements sent first, whose rows are returned too. On PostgreSQL they, the ledger lock (when
    :func:`_lock_ledger` asked for it) and the read go in one pipeline (one round trip): the read runs once the lock
    is granted, with a snapshot taken then (READ COMMITTED), so it sees the head the previous holder committed.
    """
    conn = session.connection()
    pg = conn.dialect.name == "postgresql"
    p = _placeholder(session)
    joined = items if len(items) <= _JOINED_ITEMS else ()
    columns = ["h.size", "h.last_hash", "h.last_at", "h.frontier", "clock_timestamp()" if pg else "NULL"]
    joins = ["LEFT JOIN ledger_head AS h ON h.id = 1"]
    params: list[Any] = []
    for k, item in enumerate(joined):
        columns.append(_LAST_ITEM_HASH.format(p=p))
        params.append(item)
        columns.extend(f"s{k}.{c.strip()}" for c in _STATE_COLUMNS.split(","))
    for k, item in enumerate(joined):
        joins.append(f"LEFT JOIN item_state AS s{k} ON s{k}.item_id = {p}")
        params.append(item)
    read = (f"SELECT {', '.join(columns)} FROM (SELECT 1 AS one) AS o {' '.join(joins)}", tuple(params))
    lock = [(_LOCK_SQL, (PG_LEDGER_LOCK,))] if session.info.pop(_LOCK_PENDING, False) else []
    if pg:
        results = _pipelined(conn, [*before, *lock, read])
    else:
        results = [conn.exec_driver_sql(sql, args).all() for sql, args in (*before, *lock, read)]
    row = results[-1][0]
    tip = _Tip(server_now=row[4])
    if row[0] is not None:
        tip.size, tip.last_hash, tip.last_at = row[0], _blob(row[1]), row[2]
        tip.frontier = merkle.Frontier.from_bytes(_blob(row[3]))
        tip.has_head = True
    for k, item in enumerate(joined):
        at = 5 + 7 * k
        tip.item_heads[item] = _blob(row[at])
        tip.states[item] = _state_of(row[at + 1:at + 7])
    if not joined and items:
        tip.item_heads = _item_heads(session, items)
        tip.states = _item_states(session, items)
    return tip, results[:len(before)]


_LOCK_SQL = "SELECT pg_advisory_xact_lock(%s)"


def _pipelined(conn: Any, statements: Sequence[tuple[str, tuple[Any, ...]]]) -> list[list[Any]]:
    """PostgreSQL (psycopg 3): ``statements`` in one pipeline, one round trip; the rows of each."""
    dbapi = conn.connection.dbapi_connection
    error = conn.dialect.loaded_dbapi.Error
    cursors = [dbapi.cursor() for _ in statements]
    sql, args = "", ()
    try:
        for cur, (sql, args) in zip(cursors, statements, strict=True):
            conn.dispatch.before_cursor_execute(conn, cur, sql, args, None, False)  # seen as any statement is
        with dbapi.pipeline():
            for cur, (sql, args) in zip(cursors, statements, strict=True):
                cur.execute(sql, args)
        return [cur.fetchall() if cur.description is not None else [] for cur in cursors]
    except error as exc:  # as SQLAlchemy would raise it: the unit of work maps it
        raise DBAPIError.instance(sql, args, exc, error, dialect=conn.dialect) from exc
    finally:
        for cur in cursors:
            cur.close()


def _item_heads(session: Session, items: Sequence[str]) -> dict[str, bytes | None]:
    """Hash of the last entry of each item (None: no entry yet), one query per :data:`_BATCH` items."""
    heads: dict[str, bytes | None] = dict.fromkeys(items)
    conn, p = session.connection(), _placeholder(session)
    for k in range(0, len(items), _BATCH):
        part = items[k:k + _BATCH]
        marks = ", ".join([p] * len(part))
        sql = (f"SELECT ledger_entry.item, ledger_entry.entry_hash FROM ledger_entry JOIN"
               f" (SELECT ledger_entry.item AS item, max(ledger_entry.seq) AS seq FROM ledger_entry"
               f" WHERE ledger_entry.item IN ({marks}) GROUP BY ledger_entry.item) AS last"
               f" ON ledger_entry.seq = last.seq")
        heads.update((item, _blob(h)) for item, h in conn.exec_driver_sql(sql, tuple(part)))
    return heads


def _item_states(session: Session, items: Sequence[str]) -> dict[str, ItemStateValue | None]:
    """The stored projection rows of these items (None: none yet), one query per :data:`_BATCH` items."""
    states: dict[str, ItemStateValue | None] = dict.fromkeys(items)
    conn, p = session.connection(), _placeholder(session)
    for k in range(0, len(items), _BATCH):
        part = items[k:k + _BATCH]
        sql = f"SELECT {_STATE_COLUMNS} FROM item_state WHERE item_id IN ({', '.join([p] * len(part))})"
        for row in conn.exec_driver_sql(sql, tuple(part)):
            states[row[0]] = ItemStateValue(*row)
    return states


# --- append -------------------------------------------------------------------------------

MSG_KEY_REPLACED = N_("Auth", "The signing key of {username} was replaced or revoked since it was unlocked (for "
                              "example by a password reset). Nothing was saved. Sign in again.")
MSG_UNKNOWN_SIGNER = N_("Auth", "{username} is not an officer of this ledger. Nothing was saved.")


class KeyNotCurrent(AuthError):
    """A signer's unlocked key is no longer the one registered for them: they must sign in again."""

    def __init__(self, username: str) -> None:
        super().__init__(MSG_KEY_REPLACED, username=username)
        self.username = username


def _keys_query(session: Session, signers: Iterable[Signer]) -> tuple[str, tuple[str, ...]] | None:
    """The query :func:`_check_keys_current` answers from (None: only the station signs)."""
    names = sorted({s.username for s in signers if s.username != STATION_ACTOR})
    if not names:
        return None
    p = _placeholder(session)
    return f"SELECT username, key_id FROM app_user WHERE username IN ({', '.join([p] * len(names))})", tuple(names)


def _check_keys_current(session: Session, signers: Iterable[Signer],
                        current: dict[str, str] | None = None) -> None:
    """Refuse keys that were revoked or replaced since they were unlocked (the verifier would refuse the entry).

    The officer table holds each officer's current key, changed in the same transaction as the ledger entries that
    revoke and register keys, so it says what the ledger says for every honest write. ``current``: the answer to
    :func:`_keys_query` (else it is asked now).
    """
    users = {s.username: s.key_id for s in signers if s.username != STATION_ACTOR}
    if not users:
        return
    if current is None:
        query = _keys_query(session, signers)
        assert query is not None
        current = dict(session.connection().exec_driver_sql(*query).all())
    for username in sorted(users):
        kid = users[username]
        if username not in current:
            raise KeyNotCurrent(username) if kid else AuthError(MSG_UNKNOWN_SIGNER, username=username)
        if current[username] != kid:
            raise KeyNotCurrent(username)


def _margin_minutes(session: Session, station: str) -> int:
    """The station's ``clock_jump_minutes`` setting (read only when a jump must be judged)."""
    raw = session.execute(select(Station.settings_json).where(Station.code == station)).scalar_one_or_none()
    try:
        value = json.loads(raw or "{}").get("clock_jump_minutes", DEFAULT_MARGIN_MINUTES)
    except (ValueError, AttributeError):
        value = DEFAULT_MARGIN_MINUTES
    return value if type(value) is int and value > 0 else DEFAULT_MARGIN_MINUTES


def _entry_at(session: Session, clock: Clock, last_at: str, station: str, *, correction: bool,
              server_now: datetime | None = None) -> str:
    """The ``at`` of the entries being appended (LEDGER.md 3.1.5); ClockError when it cannot be right.

    ``server_now``: PostgreSQL's clock, read with the head (entries take it when the clock says so)."""
    check = getattr(clock, "entry_time", None)
    if check is None:  # a plain clock (tests): never earlier than the last entry
        now_s = format_time(clock())
        return now_s if correction or not last_at else max(now_s, last_at)
    now = clock()
    if getattr(clock, "use_server_time", False) and session.get_bind().dialect.name == "postgresql":
        now = server_now or session.execute(text("SELECT clock_timestamp()")).scalar_one()
    return check(now, last_at or None, lambda: _margin_minutes(session, station), correction=correction)


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

    Every entry is signed by its actor and by the usernames its event lists (LEDGER.md 3.1.1): pass their unlocked
    keys in ``signers``; for ``actor="@station"`` the station's (``AppContext.station_signer()``), and only for the
    kinds the station may write (3.1.2). Fills ``seq``, ``prev``, ``item_prev`` and ``at`` (3.1.5, see
    :mod:`custody.services.clock`), signs for every required signer, updates the Merkle head and the item
    projections. Refused before anything is written: a missing key, a key revoked or replaced since it was unlocked
    (:class:`KeyNotCurrent`), an implausible clock (:class:`custody.services.clock.ClockError`).

    Everything that does not depend on the head is done before the ledger lock is taken (the bodies checked whole,
    the caller's pending rows flushed). On PostgreSQL the unit of work's action key and notification, the signers'
    current keys, the lock and one read (head, items' last hashes and states, server clock) go in one round trip;
    then, under the lock: the key check, bodies, hashes and signatures, and every row written as one statement
    (one round trip), then the caller's COMMIT. ORM objects of the head, item states and references this session
    holds are expired (read again when next used).
    """
    if not events:
        return []
    keys = {s.username: s for s in signers}
    plans: list[tuple[NewEvent, list[str], dict[str, Any]]] = []
    for ev in events:
        required = sorted(set(ev.signers) | {actor})
        problem = body_rule(ev.kind, actor, required)
        if problem is not None:
            raise LedgerError(f"Cannot record '{ev.kind}': {problem}")
        missing = [u for u in required if u not in keys]
        if missing:
            raise LedgerError(f"Cannot record '{ev.kind}': no unlocked key for {', '.join(missing)}")
        # the whole body checked now, the head's members (seq, prev, at, item_prev) stand in; under the lock only
        # those are set and checked again
        template = make_body(seq=1, prev=ZERO_HASH, kind=ev.kind, at=_SOME_TIME, station=station, actor=actor,
                             item=ev.item, item_prev=None, case=ev.case, signers=required, data=ev.data)
        plans.append((ev, required, template))
    items = list(dict.fromkeys(ev.item for ev in events if ev.item))
    correction = any(ev.kind == CLOCK_CORRECTED for ev in events)
    session.flush()  # the caller's rows go first: the writes below are plain statements
    # sent with the lock and the read, in one round trip on PostgreSQL: the unit of work's action key and
    # notification (else sent at the commit, under the lock) and the signers' current keys (checked before
    # anything is written)
    keys_query = _keys_query(session, keys.values())
    marks = commit_marks(session)
    before = [q for q in (marks, keys_query) if q is not None]
    _lock_ledger(session)
    tip, answers = _read_tip(session, items, before=before)
    _check_keys_current(session, keys.values(), dict(answers[-1]) if keys_query is not None else {})
    at = _entry_at(session, clock, tip.last_at, station, correction=correction, server_now=tip.server_now)
    writes = _Writes()
    out = _build_all(plans, keys, station, actor, at, tip, writes)
    writes.head = (out[-1].seq, tip.frontier.root(), out[-1].entry_hash, at, tip.frontier.to_bytes())
    writes.run(session, has_head=tip.has_head)
    _expire_loaded(session, items, writes.refs)
    return out


@dataclass
class _Writes:
    """Rows one append writes, sent as plain statements (executemany where several rows)."""

    entries: list[tuple[int, bytes, bytes, str, str | None]] = field(default_factory=list)  # no prev: 0011
    signatures: list[tuple[int, str, str, bytes]] = field(default_factory=list)
    nodes: list[tuple[int, int, bytes]] = field(default_factory=list)
    refs: dict[str, int] = field(default_factory=dict)
    new_states: dict[str, ItemStateValue] = field(default_factory=dict)
    changed_states: dict[str, ItemStateValue] = field(default_factory=dict)
    head: tuple[int, bytes, bytes, str, bytes] | None = None

    def statements(self, p: str, *, has_head: bool) -> list[tuple[str, list[tuple[Any, ...]]]]:
        out: list[tuple[str, list[tuple[Any, ...]]]] = [
            (f"INSERT INTO ledger_entry (seq, body, entry_hash, kind, item) VALUES ({p}, {p}, {p}, {p}, {p})",
             self.entries),
            (f"INSERT INTO ledger_signature (seq, signer, key_id, signature) VALUES ({p}, {p}, {p}, {p})",
             self.signatures),
            (f"INSERT INTO ledger_node (level, idx, hash) VALUES ({p}, {p}, {p})", self.nodes),
            (f"INSERT INTO item_state ({_STATE_COLUMNS}) VALUES ({p}, {p}, {p}, {p}, {p}, {p})",
             [(s.item_id, s.status, s.custodian, s.location_code, s.last_seq, s.updated_at)
              for s in self.new_states.values()]),
            (f"UPDATE item_state SET status = {p}, custodian = {p}, location_code = {p}, last_seq = {p},"
             f" updated_at = {p} WHERE item_id = {p}",
             [(s.status, s.custodian, s.location_code, s.last_seq, s.updated_at, s.item_id)
              for s in self.changed_states.values()]),
            (f"INSERT INTO ledger_ref (ref, seq) VALUES ({p}, {p}) ON CONFLICT (ref) DO UPDATE SET seq = excluded.seq",
             list(self.refs.items())),
        ]
        assert self.head is not None
        if has_head:
            size, root, last_hash, at, frontier = self.head
            out.append((f"UPDATE ledger_head SET size = {p}, root = {p}, last_hash = {p}, last_at = {p},"
                        f" frontier = {p} WHERE id = 1", [(size, root, last_hash, at, frontier)]))
        else:
            out.append((f"INSERT INTO ledger_head (id, size, root, last_hash, last_at, frontier)"
                        f" VALUES (1, {p}, {p}, {p}, {p}, {p})", [self.head]))
        return [(sql, rows) for sql, rows in out if rows]

    def one_statement(self, *, has_head: bool) -> tuple[str, list[Any]]:
        """PostgreSQL: every write as one statement (data-modifying WITH queries; the foreign keys are checked at
        its end)."""
        parts: list[str] = []
        params: list[Any] = []

        def values(rows: Sequence[tuple[Any, ...]], casts: Sequence[str] = ()) -> str:
            casts = casts or [""] * len(rows[0])
            row = "(" + ", ".join(f"%s{c}" for c in casts) + ")"
            for r in rows:
                params.extend(r)
            return ", ".join([row] * len(rows))

        parts.append(f"e AS (INSERT INTO ledger_entry (seq, body, entry_hash, kind, item) VALUES"
                     f" {values(self.entries)})")
        parts.append(f"s AS (INSERT INTO ledger_signature (seq, signer, key_id, signature) VALUES"
                     f" {values(self.signatures)})")
        if self.nodes:
            parts.append(f"n AS (INSERT INTO ledger_node (level, idx, hash) VALUES {values(self.nodes)})")
        if self.new_states:
            rows = [(s.item_id, s.status, s.custodian, s.location_code, s.last_seq, s.updated_at)
                    for s in self.new_states.values()]
            parts.append(f"i AS (INSERT INTO item_state ({_STATE_COLUMNS}) VALUES {values(rows)})")
        if self.changed_states:
            rows = [(s.item_id, s.status, s.custodian, s.location_code, s.last_seq, s.updated_at)
                    for s in self.changed_states.values()]
            typed = values(rows, ("::varchar", "::varchar", "::varchar", "::varchar", "::bigint", "::varchar"))
            parts.append(f"u AS (UPDATE item_state SET status = v.status, custodian = v.custodian,"
                         f" location_code = v.location_code, last_seq = v.last_seq, updated_at = v.updated_at"
                         f" FROM (VALUES {typed}) AS v ({_STATE_COLUMNS}) WHERE item_state.item_id = v.item_id)")
        if self.refs:
            parts.append(f"r AS (INSERT INTO ledger_ref (ref, seq) VALUES {values(list(self.refs.items()))}"
                         f" ON CONFLICT (ref) DO UPDATE SET seq = excluded.seq)")
        assert self.head is not None
        if has_head:
            size, root, last_hash, at, frontier = self.head
            params.extend((size, root, last_hash, at, frontier))
            parts.append("h AS (UPDATE ledger_head SET size = %s, root = %s, last_hash = %s, last_at = %s,"
                         " frontier = %s WHERE id = 1)")
        else:
            parts.append(f"h AS (INSERT INTO ledger_head (id, size, root, last_hash, last_at, frontier)"
                         f" VALUES (1, {values([self.head])[1:]})")
        return "WITH " + ", ".join(parts) + " SELECT 1", params

    def run(self, session: Session, *, has_head: bool) -> None:
        conn = session.connection()
        dbapi = conn.connection.dbapi_connection
        p = _placeholder(session)
        cur = dbapi.cursor()
        sql, rows = "", []
        try:
            if conn.dialect.name == "postgresql" and self._params() <= _MAX_PARAMS:
                sql, rows = self.one_statement(has_head=has_head)
                cur.execute(sql, rows)
            elif conn.dialect.name == "postgresql":
                with dbapi.pipeline():  # psycopg 3: every statement in one round trip
                    for sql, rows in self.statements(p, has_head=has_head):
                        cur.executemany(sql, rows) if len(rows) > 1 else cur.execute(sql, rows[0])
            else:
                for sql, rows in self.statements(p, has_head=has_head):
                    cur.executemany(sql, rows) if len(rows) > 1 else cur.execute(sql, rows[0])
        except conn.dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy would raise it: the unit of work maps it
            raise DBAPIError.instance(sql, rows, exc, conn.dialect.loaded_dbapi.Error,
                                      dialect=conn.dialect) from exc
        finally:
            cur.close()

    def _params(self) -> int:
        return (6 * len(self.entries) + 4 * len(self.signatures) + 3 * len(self.nodes) + 2 * len(self.refs)
                + 6 * (len(self.new_states) + len(self.changed_states)) + 5)


_SOME_TIME = "2000-01-01T00:00:00.000Z"  # a template's ``at`` (replaced under the lock)
_MAX_PARAMS = 30_000  # PostgreSQL takes at most 65,535 parameters per statement: larger appends are pipelined


def _build_all(plans: list[tuple[NewEvent, list[str], dict[str, Any]]], keys: dict[str, Signer], station: str, actor: str,
               at: str, tip: _Tip, writes: _Writes) -> list[Appended]:
    """Bodies, hashes, signatures, Merkle nodes and projections of the entries, on top of ``tip`` (updated).

    Each body is its event's template (checked whole by ``make_body`` before the lock) with the members that
    depend on the head set, and checked again (:func:`check_body_members`: every member's type and format); its
    ``data`` and the other members are the template's, already checked, so it is encoded without a second pass.
    """
    out: list[Appended] = []
    size, last_hash, frontier = tip.size, tip.last_hash, tip.frontier
    item_heads, states = tip.item_heads, tip.states
    for ev, required, template in plans:
        item_prev = item_heads[ev.item] if ev.item else None
        seq = size + 1
        body_obj = dict(template)
        body_obj["seq"], body_obj["prev"], body_obj["at"] = seq, last_hash.hex(), at
        body_obj["item_prev"] = item_prev.hex() if item_prev else None
        check_body_members(body_obj)
        body = canonical._ENCODER.encode(body_obj).encode("utf-8")  # = canonical_bytes(body_obj), checked above
        h = entry_hash(body)
        writes.entries.append((seq, body, h, ev.kind, ev.item))
        for username in required:
            signer = keys[username]
            writes.signatures.append((seq, username, signer.key_id, sign_entry(signer.private_key, h)))
        # The frontier yields every perfect subtree this leaf completes: store those at levels 4, 8, 12, ...
        # (what _store_nodes would compute from the stored children, without reading them back).
        for height, first_leaf, node in frontier.append_completed(h):
            if height and height % NODE_STEP == 0:
                writes.nodes.append((height, first_leaf >> height, node))
        size, last_hash = seq, h
        if ev.item:
            item_heads[ev.item] = h
        _project(body_obj, states, writes)
        out.append(Appended(seq=seq, entry_hash=h, at=at, body=body))
    return out


def _project(body: dict[str, Any], states: dict[str, ItemStateValue | None], writes: _Writes) -> None:
    """The projection rows one appended entry changes; ``states`` holds each item's state so far (updated)."""
    ref = ref_of(body)
    if ref is not None:
        writes.refs[ref] = body["seq"]
    item = body.get("item")
    if not item:
        return
    prev = states[item]
    new = next_state(prev, body)
    if new is None:
        return
    states[item] = new
    if item in writes.new_states or prev is None:
        writes.new_states[item] = new
    else:
        writes.changed_states[item] = new


def _expire_loaded(session: Session, items: Sequence[str], refs: Iterable[str]) -> None:
    """Expire the ORM objects this session holds for rows the append wrote (they are read again if used)."""
    if not len(session.identity_map):
        return
    keys = [identity_key(LedgerHead, 1)]
    keys += [identity_key(ItemState, item) for item in items]
    keys += [identity_key(LedgerRef, ref) for ref in refs]
    for key in keys:
        obj = session.identity_map.get(key)
        if obj is not None:
            session.expire(obj)



# --- checkpoints --------------------------------------------------------------------------


def current_checkpoint(session: Session, origin: str) -> Checkpoint:
    head = get_head(session)
    if head is None:
        return Checkpoint(origin=origin, size=0, root=merkle.EMPTY_ROOT)
    return Checkpoint(origin=origin, size=head.size, root=head.root)


def store_checkpoint(
    session: Session,
    cp: Checkpoint,
    *,
    station: str,
    key_name: str,
    station_signer: Signer,
    clock: Clock = utc_now,
) -> str:
    """Sign ``cp`` with the station key, store the note and record ``checkpoint.signed`` (signed by the station).

    Low level: callers verify the ledger up to ``cp`` first (:mod:`custody.services.trusted` does).
    """
    note = sign_checkpoint(cp, key_name, station_signer.private_key)
    session.add(LedgerCheckpoint(size=cp.size, note=note, station=station, created_at=format_time(clock())))
    remember_checkpoint(session, station, note, cp.size)
    append(
        session,
        [NewEvent(kind="checkpoint.signed", data={"size": cp.size, "root": cp.root.hex(), "key_name": key_name})],
        station=station,
        actor=STATION_ACTOR,
        signers=[station_signer],
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


#: ``prev`` is not stored (migration 0011): NULL, no copy for the verifier to compare with the body.
_READ_ENTRIES = ("SELECT seq, body, entry_hash, kind, item, NULL AS prev FROM ledger_entry WHERE seq > {p}"
                 " ORDER BY seq LIMIT {p}")


def iter_stored_blocks(session: Session, *, block: int | None = None, batch: int = 8, after: int = 0,
                       signatures: bool = True) -> Iterator[
    tuple[list[tuple[Any, ...]], list[tuple[tuple[str, str, bytes], ...]]]
]:
    """Stream the stored ledger (``seq > after``) in ``seq`` order as blocks for :func:`verify_blocks`.

    Rows are ``(seq, body, entry_hash, kind, item, prev)`` (the stored index columns); signatures
    ``(signer, key_id, signature)`` sorted by signer (none when ``signatures`` is false). Plain column reads (no
    ORM objects), ``block * batch`` rows per query, through the session's connection (its transaction).
    """
    block = block or verify_mod.CHUNK_SIZE
    conn = session.connection()  # begins the session's transaction if needed
    ph = "?" if conn.dialect.paramstyle in ("qmark", "numeric") else "%s"
    read_entries, read_signatures = _READ_ENTRIES.format(p=ph), READ_SIGNATURES.format(p=ph)
    cur = conn.connection.dbapi_connection.cursor()  # plain DB-API rows: no per-row result processing
    n = block * batch
    while True:
        cur.execute(read_entries, (after, n))
        rows = cur.fetchall()
        if not rows:
            return
        sig_rows: list[Any] = []
        if signatures:
            cur.execute(read_signatures, (rows[0][0], rows[-1][0]))
            sig_rows = cur.fetchall()
        rows, sigs = with_signatures_of(rows, sig_rows, convert=ph != "?")
        for start in range(0, len(rows), block):
            yield rows[start:start + block], sigs[start:start + block]
        if len(rows) < n:
            return
        after = rows[-1][0]


def iter_stored_entries(session: Session, *, batch: int = 5000, with_columns: bool = True) -> Iterator[StoredEntry]:
    """Stream the stored ledger in ``seq`` order with signatures and index columns."""
    for rows, sigs in iter_stored_blocks(session, block=batch, batch=1):
        for (seq, body, h, kind, item, prev), found in zip(rows, sigs, strict=True):
            columns = None
            if with_columns:
                columns = {"seq": seq, "kind": kind, "item": item}
                if prev is not None:
                    columns["prev"] = prev.hex() if isinstance(prev, bytes) else prev
            yield StoredEntry(
                seq=seq,
                body=body,
                entry_hash=h,
                signatures=tuple(Signature(*s) for s in found),
                columns=columns,
            )


# --- parallel verification: worker processes read their own seq ranges -----------------------------

#: Below this many entries verification runs in the calling process (starting workers costs more).
PARALLEL_MIN_ENTRIES = 32 * 1024


def _worker_source(session: Session) -> tuple[str, str] | None:
    """How a worker process opens the session's database, or None (in-memory or unsupported)."""
    bind = session.get_bind()
    url = bind.engine.url if hasattr(bind, "engine") else bind.url
    if url.get_backend_name() == "sqlite":
        database = url.database
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return ("sqlite", os.path.abspath(database))
    if url.get_backend_name() == "postgresql":
        return ("url", url.render_as_string(hide_password=False))
    return None


def _key_hints(session: Session) -> list[tuple[str, str, bytes]]:
    """(username, key_id, public key) of every ``user.key_registered`` entry the kind index finds (candidates)."""
    out = []
    for (body,) in session.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "user.key_registered")):
        try:
            data = json.loads(body)["data"]
            username, kid = data["username"], data["key_id"]
            public = base64.b64decode(data["public_key"], validate=True)
        except (ValueError, KeyError, TypeError):
            continue
        if type(username) is str and len(public) == 32 and kid == key_id(public):
            out.append((username, kid, public))
    return out


def stored_checkpoints(session: Session) -> list[str]:
    return list(session.execute(select(LedgerCheckpoint.note).order_by(LedgerCheckpoint.size)).scalars())


def verify_stored(
    session: Session,
    *,
    check_signatures: bool = True,
    trusted_keys: Iterable[str] | None = None,
    trusted_checkpoint: str | Iterable[str] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    start: verify_mod.StartState | None = None,
    projection: tuple[verify_mod.ProjectionFold, Callable[[dict[str, Any]], None]] | None = None,
) -> VerifyReport:
    """Verify the whole stored ledger (LEDGER.md section 6), or the entries after ``start`` (verified before).

    ``trusted_keys``: the station verifier keys the ledger's first station key must be one of (None: nothing is
    trusted, the report can only say "intact"). ``workers`` (None = one per core): with more than one and a large
    ledger in a database file or server, worker processes read and check their own ``seq`` ranges through their
    own connections, so they see committed data only. ``workers=1`` verifies exactly what this session's
    transaction sees (including its own changes). ``projection``: see :func:`custody.ledger.verify.verify_blocks`
    (whole-ledger verification only).
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if start is not None:
        notes = [n for size, n in session.execute(
            select(LedgerCheckpoint.size, LedgerCheckpoint.note).where(LedgerCheckpoint.size >= start.size)
            .order_by(LedgerCheckpoint.size)).all()]
        return verify_blocks(
            iter_stored_blocks(session, after=start.size, signatures=check_signatures),
            checkpoints=notes, trusted_keys=trusted_keys, check_signatures=check_signatures,
            trusted_checkpoint=trusted_checkpoint, progress=progress, workers=1, start=start,
        )
    checkpoints = stored_checkpoints(session)
    source = _worker_source(session) if workers > 1 else None
    if source is not None:
        # Entries with seq >= 1 counted as all entries less those below 1: SQLite counts all rows on its smallest
        # index, where a seq range is a walk of the whole table (0.2 s at 10^6 entries warm, 0.9 s cold).
        count = session.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()
        count -= session.execute(select(func.count()).where(LedgerEntry.seq < 1)).scalar_one()
        highest = session.execute(select(func.max(LedgerEntry.seq))).scalar_one()
        size = min(count, highest or 0)
        if size >= PARALLEL_MIN_ENTRIES:
            return verify_mod.verify_ranges(
                read_range, source, size,
                tail=iter_stored_blocks(session, after=size, signatures=check_signatures),
                key_hints=_key_hints(session) if check_signatures else (),
                checkpoints=checkpoints,
                trusted_keys=trusted_keys,
                check_signatures=check_signatures,
                trusted_checkpoint=trusted_checkpoint,
                progress=progress,
                workers=workers,
                projection=projection,
            )
    return verify_blocks(
        iter_stored_blocks(session, signatures=check_signatures),
        checkpoints=checkpoints,
        trusted_keys=trusted_keys,
        check_signatures=check_signatures,
        trusted_checkpoint=trusted_checkpoint,
        progress=progress,
        workers=workers,
        projection=projection,
    )


def entry_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(LedgerEntry)).scalar_one()


def parse_body(body: bytes) -> dict[str, Any]:
    return parse_canonical(body)
