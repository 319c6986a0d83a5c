"""Unit of work: one user action = one transaction. Repositories flush; only this commits."""

from __future__ import annotations

import errno
import logging
import secrets
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from custody.db.engine import READ_ONLY
from custody.db.notify import CHANNEL, sender_token
from custody.domain.errors import CustodyError
from custody.domain.i18n import N_

log = logging.getLogger(__name__)


class DatabaseBusy(CustodyError):
    pass


class DiskFull(CustodyError):
    pass


class DatabaseUnavailable(CustodyError):
    pass


class DatabasePermission(CustodyError):
    """The application role lacks a grant (a schema upgrade without 'custody db grants' after it)."""


MSG_BUSY = N_("Database", "The database is busy with another workstation's work. Nothing was saved; try again in "
                         "a moment.")
MSG_DISK_FULL = N_("Database", "The disk is full. Nothing was saved; free some space and try again.")
MSG_UNREACHABLE = N_("Database", "The database cannot be reached ({reason}). Check --db, the network or the data "
                                 "folder; nothing was saved.")
MSG_CONNECTION_LOST = N_("Database", "The connection to the database server was lost ({reason}). Nothing was saved; "
                                     "try again when the server is back.")
MSG_LOST_AT_COMMIT = N_("Database", "The connection to the database server was lost while saving ({reason}), so it "
                                    "is not known whether the action was saved. Look at the item's history before "
                                    "doing it again.")
MSG_PERMISSION = N_("Database", "The database refused this workstation's role access to some data. Nothing was "
                                "saved. The administrator should run 'custody db grants' again (needed after every "
                                "schema upgrade).")
MSG_READ_ONLY = N_("Database", "The database file is read-only. Nothing was saved.")
MSG_DAMAGED = N_("Database", "The database file is damaged or is not a Custody database ({reason}). Nothing was "
                             "written. Restore the latest backup ('custody restore').")

# PostgreSQL SQLSTATEs of a connection that went away: admin/crash shutdown, cannot connect now, class 08.
_LOST_STATES = {"57P01", "57P02", "57P03"}
_LOST_TEXTS = ("server closed the connection", "terminating connection", "connection already closed",
               "the connection is closed", "consuming input failed", "connection is lost", "ssl syscall error",
               "connection reset", "broken pipe", "eof detected")
_UNREACHABLE_TEXTS = ("unable to open database", "could not connect", "connection refused", "connection failed",
                      "password authentication failed", "no password supplied",
                      "could not translate host name", "timeout expired", "name or service not known",
                      "no pg_hba.conf entry")


def _reason(orig: BaseException) -> str:
    """The server's own one-line reason, without SQLAlchemy's decorations (never a password: servers do not echo
    them)."""
    text = str(orig).strip()
    if "FATAL:" in text:
        text = text.split("FATAL:", 1)[1]
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), type(orig).__name__)
    if line.startswith("connection failed: "):
        line = line[len("connection failed: "):]
    return line.rstrip(".")


def translate_db_error(exc: BaseException, *, at_commit: bool = False) -> CustodyError | None:
    """Map database failures users can cause to messages in their words (None = a bug)."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    state = getattr(orig, "sqlstate", None) or ""
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return DatabaseBusy(MSG_BUSY)
    if "disk is full" in text or "no space left" in text or getattr(orig, "errno", None) == errno.ENOSPC:
        return DiskFull(MSG_DISK_FULL)
    if state in _LOST_STATES or state.startswith("08") or any(t in text for t in _LOST_TEXTS) or (
            getattr(exc, "connection_invalidated", False)):
        if "connection failed" not in text:
            return DatabaseUnavailable(MSG_LOST_AT_COMMIT if at_commit else MSG_CONNECTION_LOST,
                                       reason=_reason(orig))
    missing = "does not exist" in text and ("fatal:" in text or "connection failed" in text)
    if missing or any(t in text for t in _UNREACHABLE_TEXTS):
        return DatabaseUnavailable(MSG_UNREACHABLE, reason=_reason(orig))
    if "permission denied for" in text:
        return DatabasePermission(MSG_PERMISSION)
    if "readonly database" in text or "read-only" in text:
        return DatabaseUnavailable(MSG_READ_ONLY)
    if "file is not a database" in text or "malformed" in text or "no such table" in text:
        return DatabaseUnavailable(MSG_DAMAGED, reason=_reason(orig))
    return None


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Run ``action`` once the unit of work has committed (never if it rolls back): for what must not be done
    before the database holds the change, such as recording outside the database what was just committed."""
    session.info.setdefault(_AFTER_COMMIT, []).append(action)


def _after_commit(session: Session) -> None:
    for action in session.info.pop(_AFTER_COMMIT, []):
        try:
            action()
        except Exception:  # the commit stands; what failed afterwards is logged, never reported as a failed save
            log.exception("an action after a commit failed")


_AFTER_COMMIT = "custody.after_commit"


@contextmanager
def unit_of_work(engine: Engine, *, read_only: bool = False) -> Iterator[Session]:
    """Open a session; commit once at the end; roll back everything on any error."""
    bind = engine.execution_options(**{READ_ONLY: True}) if read_only else engine
    session = Session(bind=bind, expire_on_commit=False, autoflush=True)
    if not read_only:
        session.info[_WRITE_UNIT] = True
    committing = False
    key: str | None = None
    try:
        yield session
        if read_only:
            session.rollback()
        else:
            if session.in_transaction():
                prepare_commit(session)
                key = _action_key(session)
            committing = True
            session.commit()
            committing = False
            _after_commit(session)
    except (OperationalError, DBAPIError) as exc:
        _safe_rollback(session)
        if committing and key is not None and _connection_lost(exc):
            saved = _was_saved(engine, key)
            if saved:  # the server had committed it: the action is done, once
                log.warning("the connection was lost while committing, but the action was saved: %s", exc)
                _after_commit(session)
                return
            if saved is False:  # certainly not saved: safe to do again
                log.warning("the connection was lost while committing; the action was not saved: %s", exc)
                raise DatabaseUnavailable(MSG_CONNECTION_LOST, reason=_reason(getattr(exc, "orig", exc))) from exc
        friendly = translate_db_error(exc, at_commit=committing)
        if friendly is not None:
            log.warning("database error: %s", exc)
            raise friendly from exc
        raise
    except BaseException:
        _safe_rollback(session)
        raise
    finally:
        _safe_close(session)


def prepare_commit(session: Session) -> None:
    """Send what a write unit of work sends before committing (:func:`commit_marks`) now, if not sent yet."""
    marks = commit_marks(session)
    if marks is not None:
        session.connection().exec_driver_sql(*marks)


def commit_marks(session: Session) -> tuple[str, tuple[str, ...]] | None:
    """What a write unit of work sends before committing on PostgreSQL, as one DB-API statement: the action key
    (committed with the transaction, see :func:`_was_saved`) and the change notification (custody.db.notify).

    None when there is nothing to send: already sent in this transaction, SQLite, not a write unit of work. The
    caller sends the statement in the session's transaction, and the unit of work does not send it again: the
    ledger append sends it in the same round trip as its lock, rather than under the lock at the commit."""
    if not session.info.get(_WRITE_UNIT) or session.in_nested_transaction():
        return None
    session.connection()  # the transaction the marks belong to has begun
    done = session.info.get(_ACTION_KEY)
    if done is not None and done[1] is session.get_transaction():
        return None
    if session.get_bind().dialect.name != "postgresql":
        return None
    key = uuid.uuid4().hex
    now = datetime.now(UTC)
    if secrets.randbelow(1000) == 0:  # now and then, week-old keys go
        old = (now - timedelta(days=ACTION_KEY_DAYS)).strftime("%Y-%m-%dT%H:%M:%SZ")
        session.execute(text("DELETE FROM action_key WHERE done_at < :t"), {"t": old})
    session.info[_ACTION_KEY] = (key, session.get_transaction())
    return _MARKS, (key, now.strftime("%Y-%m-%dT%H:%M:%SZ"), CHANNEL, sender_token(session.get_bind().engine))


def _action_key(session: Session) -> str | None:
    done = session.info.get(_ACTION_KEY)
    return done[0] if done is not None and done[1] is session.get_transaction() else None


_MARKS = "WITH k AS (INSERT INTO action_key (key, done_at) VALUES (%s, %s)) SELECT pg_notify(%s, %s)"
_WRITE_UNIT = "custody.write_unit"
_ACTION_KEY = "custody.action_key"
ACTION_KEY_DAYS = 7


def _connection_lost(exc: BaseException) -> bool:
    err = translate_db_error(exc, at_commit=True)
    return err is not None and err.template == MSG_LOST_AT_COMMIT


def _was_saved(engine: Engine, key: str) -> bool | None:
    """Whether the transaction that recorded ``key`` committed (None: the server cannot be asked now)."""
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT 1 FROM action_key WHERE key = :k"), {"k": key}).first()
            conn.rollback()
    except Exception:  # still unreachable: the outcome stays unknown, and the message says so
        log.warning("could not ask the server whether the action was saved", exc_info=True)
        return None
    return found is not None


def _safe_rollback(session: Session) -> None:
    """Roll back; on a connection that is already gone (a server restart) the rollback itself fails, and that
    must not hide the first error."""
    try:
        session.rollback()
    except Exception:  # the transaction died with its connection: nothing to undo here
        log.debug("rollback after an error failed", exc_info=True)


def _safe_close(session: Session) -> None:
    try:
        session.close()
    except Exception:
        log.debug("closing a session after an error failed", exc_info=True)
