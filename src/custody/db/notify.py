"""PostgreSQL change notifications between workstations (LISTEN/NOTIFY).

Every write transaction on PostgreSQL sends ``NOTIFY custody_changes, '<sender token>'`` just before it commits
(:func:`announce`, called by the unit of work); PostgreSQL delivers it to every listening connection when, and only
if, the transaction commits. A workstation's :class:`Listener` waits on its own connection and ignores the
notifications sent through its own engine (the token: one per engine, so two stations in one process stay apart). Notifications are a hint: the listener then compares the ledger size, and a
timed check covers notifications lost while a connection was down.
"""

from __future__ import annotations

import secrets
import weakref
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

CHANNEL = "custody_changes"
_tokens: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def sender_token(engine: Engine) -> str:
    """The token that marks notifications sent through ``engine`` (its own changes are not news to it)."""
    token = _tokens.get(engine)
    if token is None:
        token = _tokens[engine] = secrets.token_hex(8)
    return token


def announce(session: Session) -> None:
    """Queue the notification in the session's transaction (sent at commit, dropped on rollback)."""
    engine = session.get_bind().engine
    session.execute(text("SELECT pg_notify(:channel, :sender)"), {"channel": CHANNEL, "sender": sender_token(engine)})


class Listener:
    """A dedicated autocommit connection that LISTENs on :data:`CHANNEL`."""

    def __init__(self, engine: Engine) -> None:
        import psycopg

        dsn = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._own = sender_token(engine)
        self._conn: Any = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True as soon as another process has committed a change.

        Raises psycopg.OperationalError when the connection is lost (the caller reconnects later)."""
        for note in self._conn.notifies(timeout=timeout):
            if note.payload != self._own:
                return True
        return False

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 - closing a broken connection
            pass


def listener(engine: Engine) -> Listener | None:
    """A listener for ``engine``'s database, or None where there is nothing to listen to (SQLite)."""
    if engine.dialect.name != "postgresql":
        return None
    return Listener(engine)
