"""Plain reads of the stored ledger for verification worker processes.

Kept apart from the ORM (it imports only the standard library; SQLAlchemy only for a PostgreSQL source) so that a
worker process starts in a fraction of a second: :func:`read_range` is a
:data:`custody.ledger.verify.RangeReader`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

__all__ = ["READ_RANGE", "READ_SIGNATURES", "as_bytes", "read_range", "with_signatures_of"]

READ_SIGNATURES = (
    "SELECT seq, signer, key_id, signature FROM ledger_signature WHERE seq >= {p} AND seq <= {p}"
    " ORDER BY seq, signer"
)
#: ``prev`` is not stored (migration 0011): NULL tells the verifier there is no copy to compare with the body.
READ_RANGE = (
    "SELECT seq, body, entry_hash, kind, item, NULL AS prev FROM ledger_entry WHERE seq >= {p} AND seq <= {p}"
    " ORDER BY seq"
)

_CONNECTIONS: dict[tuple[str, str], tuple[Any, str]] = {}


def as_bytes(value: Any) -> Any:
    """memoryview/bytearray (drivers) as bytes; anything else unchanged (a wrong type is the verifier's finding)."""
    return bytes(value) if isinstance(value, memoryview | bytearray) else value


def _connection(source: tuple[str, str]) -> tuple[Any, str]:
    cached = _CONNECTIONS.get(source)
    if cached is None:
        kind, target = source
        if kind == "sqlite":
            dbapi: Any = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
            dbapi.execute("PRAGMA query_only = ON")
            cached = (dbapi, "?")
        else:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            dbapi = create_engine(target, poolclass=NullPool).raw_connection()
            cached = (dbapi, "%s")
        _CONNECTIONS[source] = cached
    return cached


def read_range(source: tuple[str, str], lo: int, hi: int, with_signatures: bool) -> tuple[
    list[tuple[Any, ...]], list[tuple[tuple[str, str, bytes], ...]]
]:
    """Committed rows ``lo <= seq <= hi`` as ``(seq, body, entry_hash, kind, item, prev)``, and per row its
    signatures ``(signer, key_id, signature)`` sorted by signer (empty tuples unless ``with_signatures``).

    ``source`` is ``("sqlite", path)`` or ``("url", SQLAlchemy URL)``. One connection per process and database,
    reused across calls; every call reads committed data (rows up to the ledger size at the start of
    verification never change: the tables are append-only).
    """
    dbapi, ph = _connection(source)
    cur = dbapi.cursor()
    try:
        cur.execute(READ_RANGE.format(p=ph), (lo, hi))
        rows = cur.fetchall()
        sig_rows: list[Any] = []
        if with_signatures and rows:
            cur.execute(READ_SIGNATURES.format(p=ph), (lo, hi))
            sig_rows = cur.fetchall()
    finally:
        cur.close()
        if ph != "?":
            dbapi.rollback()  # end the read transaction
    return with_signatures_of(rows, sig_rows, convert=ph != "?")


def with_signatures_of(rows: list[Any], sig_rows: list[Any], *, convert: bool = True) -> tuple[
    list[tuple[Any, ...]], list[tuple[tuple[str, str, bytes], ...]]
]:
    """Entry rows ``(seq, body, entry_hash, kind, item, prev)`` and signature rows ``(seq, signer, key_id,
    signature)`` as the verifier takes them: the entry rows (byte columns as ``bytes`` when ``convert``; SQLite
    returns BLOBs as bytes already) and, per row, its signatures (empty tuple when none)."""
    if convert:
        rows = [(seq, as_bytes(body), as_bytes(h), kind, item, as_bytes(prev))
                for seq, body, h, kind, item, prev in rows]
    empty: tuple[tuple[str, str, bytes], ...] = ()
    if not sig_rows:
        return rows, [empty] * len(rows)
    if convert:
        sig_rows = [(seq, signer, kid, as_bytes(sig)) for seq, signer, kid, sig in sig_rows]
    found: dict[int, tuple[tuple[str, str, bytes], ...]] = {}
    get = found.get
    for r in sig_rows:  # (seq, signer, key_id, signature) in seq order
        seq = r[0]
        f = get(seq)
        found[seq] = (r[1:],) if f is None else (*f, r[1:])
    return rows, [get(row[0], empty) for row in rows]
