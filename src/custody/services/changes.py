"""What another workstation changed: the ledger's size, and a wait for PostgreSQL's change notifications.

The desktop app keeps what it shows current without a restart (``custody.ui.live``): a :class:`ChangeWaiter` on
its own thread wakes it when another workstation commits (PostgreSQL LISTEN/NOTIFY), a timer checks now and then
anyway, and each check compares :func:`ledger_size` with the size it last saw. Every change a user can see goes
through the ledger, so a new entry is exactly when views must reload.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import select

from custody.db import notify
from custody.db.models import LedgerHead
from custody.db.uow import unit_of_work
from custody.services.context import AppContext

log = logging.getLogger(__name__)


def ledger_size(ctx: AppContext) -> int:
    """Number of entries in the ledger (one small read)."""
    with unit_of_work(ctx.engine, read_only=True) as s:
        return s.execute(select(LedgerHead.size).where(LedgerHead.id == 1)).scalar_one_or_none() or 0


class ChangeWaiter:
    """Blocks until another process commits a change (PostgreSQL); reconnects after a lost connection."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._listener: notify.Listener | None = None

    @property
    def supported(self) -> bool:
        return self.ctx.engine.dialect.name == "postgresql"

    def wait(self, timeout: float) -> bool:
        """True when another process committed during the wait. Never raises: a broken connection is dropped
        (False) and opened again on a later call."""
        try:
            if self._listener is None:
                self._listener = notify.listener(self.ctx.engine)
                if self._listener is None:
                    time.sleep(timeout)
                    return False
                log.info("Listening for other workstations' changes")
            return self._listener.wait(timeout)
        except Exception as exc:  # noqa: BLE001 - server down or restarted: the timed check covers the gap
            if self._listener is not None:
                log.warning("Lost the change notifications (%s); retrying", type(exc).__name__)
            self.close()
            time.sleep(timeout)
            return False

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
