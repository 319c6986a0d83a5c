"""Engine factory: SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from custody.config import sqlite_path
from custody.db.filesystems import refuse_network_share

BUSY_TIMEOUT_MS = 15_000

# Execution option that marks a read-only unit of work: on SQLite it starts a deferred
# transaction (no write lock), every other transaction starts with BEGIN IMMEDIATE.
READ_ONLY = "custody_read_only"


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url if isinstance(engine_or_url, str) else str(engine_or_url.url)
    return url.startswith("sqlite")


def make_engine(url: str, *, echo: bool = False, **kwargs: Any) -> Engine:
    """Create the engine for ``url`` with Custody's durability settings.

    An SQLite file on a network share is refused (:mod:`custody.db.filesystems`) before anything is opened.
    """
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            refuse_network_share(path)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **kwargs,
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    # SQLAlchemy's documented recipe for pysqlite: take over transaction control so that
    # we can emit BEGIN IMMEDIATE ourselves (serialised writers, no upgrade deadlocks).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA trusted_schema = OFF")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
