"""Engine factory: SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE) and PostgreSQL (psycopg 3)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

from custody.config import sqlite_path
from custody.db.filesystems import refuse_network_share
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_

BUSY_TIMEOUT_MS = 15_000

# Execution option that marks a read-only unit of work: on SQLite it starts a deferred
# transaction (no write lock), every other transaction starts with BEGIN IMMEDIATE.
READ_ONLY = "custody_read_only"

MSG_BAD_URL = N_("Database", "The database given (--db or CUSTODY_DATABASE_URL) is neither an SQLite file path nor "
                             "a postgresql:// URL. Nothing was opened.")
MSG_NO_DATABASE = N_("Database", "There is no database at {path}. Check --db (or the data folder), or create one "
                                 "with 'custody init'. Nothing was created.")
MSG_NOT_A_FILE = N_("Database", "{path} is a folder, not a database file. Nothing was opened.")


class DatabaseMissing(CustodyError):
    pass


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url if isinstance(engine_or_url, str) else str(engine_or_url.url)
    return url.startswith("sqlite")


def is_read_only(engine: Engine) -> bool:
    """True when the SQLite file could only be opened read-only (a read-only file or file system): readers work,
    and nothing may try to write (verification does not record its outcome there)."""
    return bool(getattr(engine, "_custody_read_only", False))


def read_only_mode(path: Path) -> str | None:
    """How an existing SQLite file must be opened: None (read-write), "ro" (a file we may not write), or
    "immutable" (on a read-only file system, where no one can change it while we read)."""
    if not path.exists():
        return None
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "immutable"
    except (OSError, AttributeError):  # no statvfs (Windows)
        pass
    return None if os.access(path, os.W_OK) else "ro"


def make_engine(url: str, *, echo: bool = False, create: bool = True, read_only: bool = False,
                **kwargs: Any) -> Engine:
    """Create the engine for ``url`` with Custody's durability settings.

    An SQLite file on a network share is refused (:mod:`custody.db.filesystems`) before anything is opened. With
    ``create=False`` a missing SQLite file is refused instead of being created (read-only commands, a typo in
    ``--db``). A file that may not be written is opened read-only, and so is any with ``read_only`` (a copy being
    verified).
    """
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        mode = None
        if path is not None:
            if path.is_dir():
                raise DatabaseMissing(MSG_NOT_A_FILE, path=str(path))
            if not create and not path.exists():
                raise DatabaseMissing(MSG_NO_DATABASE, path=str(path))
            refuse_network_share(path)
            mode = read_only_mode(path) or ("ro" if read_only else None)
            if not path.exists():
                _create_private(path)
        connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        if mode is not None and path is not None:
            uri = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if mode == "immutable" else "")

            def creator() -> sqlite3.Connection:
                return sqlite3.connect(uri, uri=True, **connect_args)  # type: ignore[arg-type]

            engine = create_engine(url, echo=echo, creator=creator, **kwargs)
            engine._custody_read_only = True  # type: ignore[attr-defined]
        else:
            engine = create_engine(url, echo=echo, connect_args=connect_args, **kwargs)
        _configure_sqlite(engine, read_only=mode is not None)
        return engine
    try:
        return create_engine(url, echo=echo, pool_pre_ping=True, **kwargs)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise CustodyError(MSG_BAD_URL) from exc


def _create_private(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite gives its -wal and -shm files the same
    mode); an empty file is an empty SQLite database."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError:  # let SQLite report it (a missing folder, a read-only file system) in its own words
        pass


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    # SQLAlchemy's documented recipe for pysqlite: take over transaction control so that
    # we can emit BEGIN IMMEDIATE ourselves (serialised writers, no upgrade deadlocks).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not read_only:
                # A new database's page size (no effect on an existing file, fixed once journal_mode = WAL has
                # written the header): 8 KiB pages hold ledger entries (~520 bytes) with less left over at each
                # page's end than 4 KiB (issue 18, point 6: storage per entry)
                cur.execute("PRAGMA page_size = 8192")
                cur.execute("PRAGMA journal_mode = WAL")
                cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA trusted_schema = OFF")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if read_only or conn.get_execution_options().get(READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def storage_damage(engine: Engine, *, limit: int = 5) -> list[str]:
    """SQLite's ``PRAGMA quick_check``: damaged pages, broken b-trees, a truncated file (empty when sound, and
    always for PostgreSQL, which checks its own pages)."""
    if not is_sqlite(engine):
        return []
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA quick_check({int(limit)})").fetchall()]
            conn.rollback()
    except DatabaseError as exc:  # damage bad enough that the check itself cannot run
        return [str(getattr(exc, "orig", exc))]
    if rows == ["ok"]:
        return []
    lines = (ln.strip() for r in rows for ln in r.splitlines())
    return [ln for ln in lines if ln and not ln.startswith("*** in database")]
