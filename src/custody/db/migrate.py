"""Programmatic Alembic: status, upgrade with a backup first, refusal of newer schemas.

Alembic is imported only when it has work to do: the check made at every start (is the database at this
version's head?) reads the stored revision and the migration files' ``revision``/``down_revision`` lines
(issue 18: start-up); anything unusual falls back to Alembic's own answer.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from custody.config import sqlite_path
from custody.db.engine import is_read_only
from custody.db.uow import translate_db_error
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class SchemaTooNew(CustodyError):
    """The database was written by a newer Custody; we must not touch it."""


class SchemaNotUpgradable(CustodyError):
    """The schema needs an upgrade that this connection's database role may not make (the application role)."""


MSG_NOT_OWNER = (
    "This database's schema ({current}) is older than this Custody's ({head}), and the database role this "
    "workstation uses may not change it (by design: it may only read and append). Ask the administrator to run "
    "'custody db upgrade' as the database owner, then 'custody db grants' again. Nothing was changed."
)


MSG_READ_ONLY_UPGRADE = N_("Database", "This database file is read-only and its schema ({current}) is older than this "
                                      "Custody's ({head}). Nothing was changed; upgrade a writable copy "
                                      "('custody db upgrade').")


MSG_BACKUP_BAD = N_("Database", "The copy of {path} made before the schema upgrade does not check out, so the upgrade "
                               "was not started. Check the disk, then run 'custody ledger verify'.")


def _permission_denied(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) == "42501" or "permission denied" in str(orig).lower()


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str
    known: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def empty(self) -> bool:
        return self.current is None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s")
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']\s*$", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|[\"']([^\"']+)[\"'])\s*$", re.M)


@cache
def _known_revisions() -> tuple[frozenset[str], str | None]:
    """(every revision of the migration files, the one head) read from the files' text; head None if unclear."""
    revs: set[str] = set()
    downs: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        body = path.read_text(encoding="utf-8")
        rev, down = _REVISION.findall(body), _DOWN.findall(body)
        if len(rev) != 1 or len(down) != 1:
            return frozenset(), None
        revs.add(rev[0])
        if down[0]:
            downs.add(down[0])
    heads = revs - downs
    return frozenset(revs), (next(iter(heads)) if len(heads) == 1 else None)


def _quick_status(engine: Engine) -> SchemaStatus | None:
    """The status when the database is at the head (one stored revision, equal to it); None otherwise."""
    revs, head = _known_revisions()
    if head is None:
        return None
    with engine.connect() as conn:
        try:
            stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except DBAPIError:  # no such table (an empty database): let Alembic say so
            stored = []
        conn.rollback()
    if stored != [head]:
        return None
    return SchemaStatus(current=head, head=head, known=True)


def status(engine: Engine) -> SchemaStatus:
    quick = _quick_status(engine)
    if quick is not None:
        return quick
    from alembic.runtime.migration import MigrationContext

    script = script_directory()
    head = script.get_current_head()
    assert head is not None
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            conn.rollback()
    except DBAPIError as exc:  # the first contact with the database: unreachable, damaged, not a database
        friendly = translate_db_error(exc)
        if friendly is None:
            raise
        raise friendly from exc
    known = current is None or _is_known(script, current)
    return SchemaStatus(current=current, head=head, known=known)


def _is_known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:  # alembic raises various errors for unknown ids
        return False


def newer_schema_message(current: str) -> str:
    return (
        f"This database was created by a newer Custody (schema {current}). "
        "Install the newer version of Custody to open it; this version has left it untouched."
    )


def backup_sqlite(engine: Engine, *, reason: str = "upgrade") -> Path | None:
    """Copy the SQLite file next to itself (backups/), atomically; return its path.

    SQLite's backup API writes a consistent copy under a temporary name (``.partial``); the copy is checked
    (``PRAGMA quick_check`` and its schema revision), fsynced, and only then renamed to its final name, and the
    folder is fsynced. A kill at any moment leaves either no backup or a good one under a backup's name (a stale
    ``.partial`` from an earlier kill, or its ``-journal``, is removed). Mode 0600.
    """
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup_dir = path.parent / "backups"
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    for stale in backup_dir.glob(f"{path.stem}-*{path.suffix}.partial*"):  # and its -journal
        stale.unlink(missing_ok=True)
    target = backup_dir / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{path.stem}-{stamp}-{reason}-{n}{path.suffix}"
    partial = target.with_name(target.name + ".partial")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            expected = src.execute("SELECT version_num FROM alembic_version").fetchall() if _has_version(src) else []
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                check = dst.execute("PRAGMA quick_check").fetchall()
                got = dst.execute("SELECT version_num FROM alembic_version").fetchall() if expected else []
            finally:
                dst.close()
        finally:
            src.close()
        if check != [("ok",)] or got != expected:
            raise CustodyError(MSG_BACKUP_BAD, path=str(path))
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
        _fsync_dir(backup_dir)
    except BaseException:
        partial.unlink(missing_ok=True)
        partial.with_name(partial.name + "-journal").unlink(missing_ok=True)
        raise
    return target


def _has_version(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone() \
        is not None


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows: a folder cannot be opened; NTFS renames are durable
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def upgrade(engine: Engine, *, backup: bool = True) -> tuple[SchemaStatus, Path | None]:
    """Upgrade to head. Refuse (without touching anything) a schema this version does not know."""
    before = status(engine)
    if not before.known:
        raise SchemaTooNew(newer_schema_message(before.current or "?"))
    if before.up_to_date:
        return before, None
    if is_read_only(engine):
        raise CustodyError(MSG_READ_ONLY_UPGRADE, current=before.current or "empty", head=before.head)
    backup_path = backup_sqlite(engine) if backup and not before.empty else None
    cfg = alembic_config()
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        # PRAGMA foreign_keys is a no-op inside a transaction, and the engine's "begin" hook opens one before any
        # statement it runs: set it on the driver's connection, between transactions (a table rebuild, as in
        # 0011, drops a table that others refer to)
        raw = conn.connection.dbapi_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            try:
                command.upgrade(cfg, "head")
            except DBAPIError as exc:
                conn.rollback()
                if _permission_denied(exc):
                    raise SchemaNotUpgradable(MSG_NOT_OWNER, current=before.current or "empty",
                                              head=before.head) from exc
                raise
            conn.commit()
        finally:
            if raw is not None:
                conn.rollback()
                raw.execute("PRAGMA foreign_keys = ON")
        if sqlite:
            violations = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            conn.rollback()
            if violations:
                raise CustodyError(f"The database upgrade left broken references: {violations[:5]}")
            if raw is not None and not before.empty:
                _vacuum_if_mostly_free(raw)
    return status(engine), backup_path


def _vacuum_if_mostly_free(raw: sqlite3.Connection) -> None:
    """After an upgrade that rebuilt a big table (0011: ``ledger_entry``, about 60% of the file at 10^6 entries left
    as free pages), give the space back: ``VACUUM`` when over a quarter of the file is free pages (14 s at 10^6
    entries). Not done, the free pages would only be reused by the next entries. A failure (no room for the
    temporary copy) changes nothing and is only logged."""
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    free = raw.execute("PRAGMA freelist_count").fetchone()[0]
    if pages and free * 4 > pages:
        try:
            raw.execute("VACUUM")
        except sqlite3.Error as exc:  # pragma: no cover - disk full
            logging.getLogger(__name__).warning("VACUUM after the schema upgrade failed: %s", exc)
