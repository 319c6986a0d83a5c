"""Live refresh: what other workstations record appears here without a restart.

:class:`LiveUpdates` (one per main window) asks ``services.changes.ledger_size`` through the operations queue
whenever it has reason to think the ledger grew elsewhere, and when it did, emits ``Operations.changed`` with
``Change.LEDGER`` so that every view reloads exactly as after a local action. Reasons to look:

- PostgreSQL: a notification from another workstation (``ChangeWaiter`` on a thread of its own, which only waits;
  every read still runs through :mod:`custody.ui.operations`);
- a timer (every ``poll_ms``, 10 s by default): the fallback when notifications are lost, and the only way on SQLite.

After a local action the size is re-read silently (that change is already on screen). The baseline is connected to
``Operations.changed`` before any view (the main window creates it first), so it is read before the views reload:
a remote entry that lands in between is shown by the next check rather than lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from custody.services import changes
from custody.services.context import AppContext
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit

log = logging.getLogger("custody.ui.live")

POLL_MS = 10_000
WAIT_S = 1.0  # how long one wait for a notification lasts (stopping takes at most this long)


class _WaitThread(QThread):
    """Waits for PostgreSQL change notifications; ``poked`` (queued to the UI thread) when one arrives."""

    poked = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custody-live-updates")
        self.waiter = changes.ChangeWaiter(ctx)
        self._stop = False

    def run(self) -> None:
        try:
            while not self._stop:
                if self.waiter.wait(WAIT_S) and not self._stop:
                    emit(self.poked)
        finally:
            self.waiter.close()

    def stop(self) -> None:
        self._stop = True
        self.wait(int((WAIT_S + 15) * 1000))  # one wait, or a reconnection attempt that times out


class LiveUpdates(QObject):
    """Reloads every view (``Operations.changed``) when the ledger grew through another workstation."""

    remote_change = Signal(int)  # the new ledger size (after views were told)

    def __init__(self, ctx: AppContext, ops: Operations, *, poll_ms: int = POLL_MS, listen: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self.size: int | None = None
        self._reads = 0  # size reads queued and not finished
        self._again = False
        self._emitting = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.check)
        self.thread: _WaitThread | None = None
        if listen and ctx.engine.dialect.name == "postgresql":
            self.thread = _WaitThread(ctx)
            self.thread.poked.connect(self.check)
        ops.changed.connect(self._local_change)

    def start(self) -> None:
        self._read(self._baseline)
        self.timer.start()
        if self.thread is not None:
            self.thread.start()

    def stop(self) -> None:
        """Stop looking (sign-out, window closed); safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self.ops.changed.disconnect(self._local_change)
        if self.thread is not None:
            self.thread.stop()
            self.thread = None

    # -- checks -------------------------------------------------------------------------------------------

    def check(self) -> None:
        """Compare the ledger size with the last seen; tell the views if it grew elsewhere."""
        if self._stopped:
            return
        if self._reads:
            self._again = True  # one more check when the queued reads are done
            return
        self._read(self._compare)

    def _read(self, then) -> None:  # type: ignore[no-untyped-def]
        self._reads += 1
        self.ops.run(changes.ledger_size, self.ctx, on_success=then, on_error=lambda err: None,
                     on_finally=self._done)

    def _done(self) -> None:
        self._reads -= 1
        if not self._reads and self._again:
            self._again = False
            self.check()

    def _baseline(self, size: int) -> None:
        self.size = size

    def _compare(self, size: int) -> None:
        if self._stopped:
            return
        if self.size is not None and size != self.size:
            log.info("The ledger grew elsewhere (%s -> %s entries): refreshing", self.size, size)
            self.size = size
            self._emitting = True
            try:
                emit(self.ops.changed, frozenset({Change.LEDGER}))
            finally:
                self._emitting = False
            emit(self.remote_change, size)
        else:
            self.size = size

    def _local_change(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds and not self._emitting:
            self._read(self._baseline)  # what this workstation did is already on screen
