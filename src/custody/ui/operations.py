"""The one way the UI calls the services (DESIGN.md section 2, habit 2; after Anki's ``aqt/operations``).

A service call is wrapped in an operation::

    ops.run(ledger_admin.verify, ctx, progress_label=tr("Verifying the ledger..."),
            changes={Change.VERIFICATION}, on_success=self.show_result)

The call runs on a single worker thread, one operation after the other, so the UI never blocks on the
database or on password hashing and two writes from this workstation never race. A read the officer did not ask
for (the start page's counts and lists, refreshed after every change) is run with ``background=True``: it goes to
a second worker thread of its own, one after the other too, so what the officer asked for (the item list they
opened, a page scrolled, a search, a write) never waits behind it (issue 18: at 10^6 items the list waited
~1 s behind the start page's queries). Background work must only read: SQLite in WAL mode and PostgreSQL let it
read beside the other worker's writes. When it is done, back on the UI thread:

- on success ``on_success(result)`` is called;
- a known error (:class:`CustodyError`) goes to ``on_error(err)`` if given, else it is shown in words;
- any other exception is a bug: it is logged and shown with its traceback (``on_error`` is not called);
- ``on_finally()`` is called in every case (re-enable buttons there);
- ``changed(kinds)`` is emitted with the operation's ``changes`` so every view can refresh what it shows
  (also after a known error: a refused sign-in still records an event).

With ``progress_label`` a progress dialog appears for long work and the service receives a ``progress``
keyword argument: a callable taking the number of units done, safe to call from the worker thread.

``Operations(sync=True)`` runs everything inline on the calling thread (for unit tests of views).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from custody.domain.errors import CustodyError
from custody.ui import errors
from custody.ui.qtcompat import emit

log = logging.getLogger("custody.ui.operations")


def _key_not_current(exc: CustodyError) -> bool:
    """Whether ``exc`` says an officer's key was replaced (imported here, not at start-up: the sign-in window is
    shown before the services load, issue 18)."""
    from custody.services.ledger import KeyNotCurrent

    return isinstance(exc, KeyNotCurrent)


class Change:
    """Kinds of change an operation announces with ``Operations.changed``."""

    LEDGER = "ledger"  # new ledger entries (every write)
    USERS = "users"
    STATION = "station"
    VERIFICATION = "verification"  # a ledger verification finished
    SESSION = "session"  # sign-in, sign-out, lock


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    on_success: Callable[[Any], Any] | None = None
    on_error: Callable[[CustodyError], Any] | None = None
    on_finally: Callable[[], Any] | None = None
    changes: frozenset[str] = frozenset()
    parent: QWidget | None = None
    progress_label: str | None = None
    progress_total: int | None = None
    background: bool = False
    dialog: ProgressDialog | None = field(default=None, repr=False)


class ProgressDialog(QDialog):
    """Window-modal progress for one long operation, shown only if it lasts longer than a moment.

    Unlike QProgressDialog it never processes events from inside ``set_progress`` (which would re-enter
    the operation's callbacks)."""

    def __init__(self, label: str, total: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operation_progress")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(440)
        self._label_text = label
        self.total = total or 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, self.total)  # 0..0: busy indicator
        self.bar.setValue(0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.show)
        self._done = False

    def show_after(self, delay_ms: int) -> None:
        if delay_ms <= 0:
            self.show()
        else:
            self._timer.start(delay_ms)

    def set_progress(self, n: int) -> None:
        if self.total:
            self.bar.setValue(min(n, self.total))
        else:
            self.label.setText(f"{self._label_text}\n" + self.tr("{n} done").format(n=f"{n:,}"))

    def finish(self) -> None:
        self._done = True
        self._timer.stop()
        self.hide()
        self.deleteLater()

    def reject(self) -> None:  # Escape must not hide the progress of work that cannot be cancelled
        if self._done:
            super().reject()


class _Worker(QObject):
    """Lives on the worker thread; runs one job at a time."""

    done = Signal(int, object, object, str)  # job id, result, exception (or None), traceback text
    progressed = Signal(int, int)  # job id, units done

    PROGRESS_INTERVAL_S = 0.05

    @Slot(object)
    def execute(self, job: _Job) -> None:
        kwargs = dict(job.kwargs)
        if job.progress_label is not None:
            kwargs["progress"] = self._progress_callback(job.id)
        try:
            result = job.fn(*job.args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is reported on the UI thread
            details = "" if isinstance(exc, CustodyError) else errors.traceback_text(exc)
            emit(self.done, job.id, None, exc, details)
        else:
            emit(self.done, job.id, result, None, "")

    def _progress_callback(self, job_id: int) -> Callable[[int], None]:
        last = [0.0]

        def progress(n: int) -> None:
            now = time.monotonic()
            if now - last[0] >= self.PROGRESS_INTERVAL_S:
                last[0] = now
                emit(self.progressed, job_id, int(n))

        return progress


class Operations(QObject):
    """Runs service calls off the UI thread and tells every view what changed."""

    changed = Signal(object)  # frozenset[str] of Change kinds
    started = Signal(int)  # job id
    finished = Signal(int)  # job id, after the callbacks ran
    progressed = Signal(int, int)  # job id, units done
    busy_changed = Signal(bool)
    #: an officer's key was replaced or revoked since it was unlocked (username): they must sign in again
    key_replaced = Signal(str)

    _submit = Signal(object)
    _submit_background = Signal(object)

    def __init__(self, parent: QObject | None = None, *, sync: bool = False, progress_delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.sync = sync
        self.progress_delay_ms = progress_delay_ms
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._worker = _Worker()
        self._background = _Worker()
        self._threads: list[QThread] = []
        if not sync:
            for worker, name in ((self._worker, "custody-operations"), (self._background, "custody-background")):
                thread = QThread()
                thread.setObjectName(name)
                worker.moveToThread(thread)
                thread.start()
                self._threads.append(thread)
        self._submit.connect(self._worker.execute)
        self._submit_background.connect(self._background.execute)
        for worker in (self._worker, self._background):
            worker.done.connect(self._on_done)
            worker.progressed.connect(self._on_progress)

    # -- public API --------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], Any] | None = None,
        on_error: Callable[[CustodyError], Any] | None = None,
        on_finally: Callable[[], Any] | None = None,
        changes: Iterable[str] = (),
        parent: QWidget | None = None,
        progress_label: str | None = None,
        progress_total: int | None = None,
        background: bool = False,
        **kwargs: Any,
    ) -> int:
        """Queue ``fn(*args, **kwargs)`` on the worker thread; return the job id. With ``background`` it is a read
        nobody is waiting for: queued on the background worker, behind nothing and ahead of nothing the officer
        asked for."""
        job = _Job(
            id=next(self._ids),
            fn=fn,
            args=args,
            kwargs=kwargs,
            on_success=on_success,
            on_error=on_error,
            on_finally=on_finally,
            changes=frozenset(changes),
            parent=parent,
            progress_label=progress_label,
            progress_total=progress_total,
            background=background,
        )
        was_idle = not self._jobs
        self._jobs[job.id] = job
        if job.progress_label is not None:
            job.dialog = self._make_progress_dialog(job)
        if was_idle:
            emit(self.busy_changed, True)
        emit(self.started, job.id)
        emit(self._submit_background if background else self._submit, job)
        return job.id

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish the queued operations (a sign-out being recorded, say), then stop the worker thread."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._jobs and time.monotonic() < deadline and self._threads:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(5)
        for thread in self._threads:
            if thread.isRunning():
                thread.quit()
                if not thread.wait(max(1, int((deadline - time.monotonic()) * 1000))):
                    log.error("The database worker %s did not stop within %s ms", thread.objectName(), timeout_ms)

    # -- UI thread -----------------------------------------------------------------------------

    def _make_progress_dialog(self, job: _Job) -> ProgressDialog:
        dlg = ProgressDialog(job.progress_label or "", job.progress_total, job.parent)
        dlg.setWindowTitle(self.tr("Please wait"))
        dlg.show_after(self.progress_delay_ms)
        return dlg

    @Slot(int, int)
    def _on_progress(self, job_id: int, n: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None and job.dialog is not None:
            job.dialog.set_progress(n)
        emit(self.progressed, job_id, n)

    @Slot(int, object, object, str)
    def _on_done(self, job_id: int, result: Any, exc: BaseException | None, details: str) -> None:
        job = self._jobs.pop(job_id, None)
        if job is None:  # pragma: no cover - cannot happen
            return
        if job.dialog is not None:
            job.dialog.finish()
            job.dialog = None
        try:
            if exc is None:
                if job.on_success is not None:
                    job.on_success(result)
            elif isinstance(exc, CustodyError):
                log.info("Operation %s refused: %s", getattr(job.fn, "__qualname__", job.fn), exc)
                if job.on_error is not None:
                    job.on_error(exc)
                else:
                    errors.show_error(job.parent, exc)
            else:
                errors.show_bug(job.parent, exc, details or None)
        finally:
            if job.on_finally is not None:
                job.on_finally()
            if job.changes and (exc is None or isinstance(exc, CustodyError)):
                emit(self.changed, job.changes)
            if isinstance(exc, CustodyError) and _key_not_current(exc):
                emit(self.key_replaced, exc.username)  # type: ignore[attr-defined]
            emit(self.finished, job_id)
            if not self._jobs:
                emit(self.busy_changed, False)
