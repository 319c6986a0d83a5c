"""Unit of work: one user action = one transaction. Repositories flush; only this commits."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from custody.db.engine import READ_ONLY
from custody.db.notify import announce
from custody.domain.errors import CustodyError

log = logging.getLogger(__name__)


class DatabaseBusy(CustodyError):
    pass


class DiskFull(CustodyError):
    pass


class DatabaseUnavailable(CustodyError):
    pass


class DatabasePermission(CustodyError):
    """The application role lacks a grant (a schema upgrade without 'custody db grants' after it)."""


def translate_db_error(exc: BaseException) -> CustodyError | None:
    """Map database failures users can cause to messages in their words (None = a bug)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return DatabaseBusy(
            "The database is busy with another workstation's work. Nothing was saved; try again in a moment."
        )
    if "disk is full" in text or "no space left" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull("The disk is full. Nothing was saved; free some space and try again.")
    if "unable to open database" in text or "could not connect" in text or "connection refused" in text:
        return DatabaseUnavailable(
            "The database cannot be reached. Check the network or the data folder; nothing was saved."
        )
    if "permission denied for" in text:
        return DatabasePermission(
            "The database refused this workstation's role access to some data. Nothing was saved. The "
            "administrator should run 'custody db grants' again (needed after every schema upgrade)."
        )
    if "readonly database" in text or "read-only" in text:
        return DatabaseUnavailable("The database file is read-only. Nothing was saved.")
    if "file is not a database" in text or "malformed" in text:
        return DatabaseUnavailable(
            "The database file is damaged. Restore the latest backup; nothing was written."
        )
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
    try:
        yield session
        if read_only:
            session.rollback()
        else:
            if session.in_transaction() and session.get_bind().dialect.name == "postgresql":
                announce(session)  # other workstations refresh what they show (custody.db.notify)
            session.commit()
            _after_commit(session)
    except (OperationalError, DBAPIError) as exc:
        session.rollback()
        friendly = translate_db_error(exc)
        if friendly is not None:
            log.warning("database error: %s", exc)
            raise friendly from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
