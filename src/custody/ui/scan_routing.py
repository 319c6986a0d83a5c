"""Where a scan goes in the main window, and installing the scanner filter there (DESIGN.md 1.3).

An open dialog that takes scans (``handle_scan``) gets it first, else the current page's ``handle_scan``,
else ``window.open_code(kind, value)``. Nothing happens while the window is locked. A scan that cannot be
used is said in the window's message bar, in view, with the scanner's beep.

In the main window::

    self.scanner = install_scanner(self)          # routes to the current page, else window.open_code

``install_scanner`` loads the station's scanner settings through the window's operations and follows
changes to them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from custody.domain.ids import ScanCode
from custody.ui import feedback
from custody.ui.scanner import ScannerFilter

log = logging.getLogger("custody.ui.scanner")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scanner", text)


class ScanRouter:
    """Routes scans in the main window (module docstring)."""

    NOT_OPENED = "Scanned {code}, but no part of Custody opens {what} here."
    DIALOG_OPEN = "Scanned {code}: finish or close the open dialog first."
    LOCKED = "locked"

    def __init__(self, window: Any) -> None:
        self.window = window
        self.filter: ScannerFilter | None = None

    def current_page(self) -> QWidget | None:
        w = self.window
        key = w.current_page_key() if hasattr(w, "current_page_key") else None
        if key is None:
            return None
        try:
            return w.page(key)
        except KeyError:
            return None

    def __call__(self, scan: ScanCode) -> str:
        w = self.window
        if getattr(w, "locked", False):
            lock = getattr(w, "idle_lock", None)
            if lock is not None:
                lock.ignored_scans += 1
            log.info("Scan ignored while locked")
            return self.LOCKED
        lock = getattr(w, "idle_lock", None)
        if lock is not None:
            lock.touch()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handler = getattr(modal, "handle_scan", None)
            if handler is not None and handler(scan):
                log.info("Scan %s %s taken by dialog %s", scan.kind, scan.value, modal.objectName())
                return "dialog"
            self.say(_tr(self.DIALOG_OPEN).format(code=scan.value), modal)
            return "refused"
        page = self.current_page()
        handler = getattr(page, "handle_scan", None)
        if handler is not None and handler(scan):
            log.info("Scan %s %s taken by page %s", scan.kind, scan.value, page.objectName() if page else "")
            return "page"
        if hasattr(w, "open_code") and w.open_code(scan.kind, scan.value):
            log.info("Scan opened: %s %s", scan.kind, scan.value)
            return "opened"
        log.info("Scan not opened (nothing opens %s codes): %s", scan.kind, scan.value)
        self.say(_tr(self.NOT_OPENED).format(code=scan.value, what=_kind_words(scan.kind)))
        return "unhandled"

    def say(self, message: str, where: QWidget | None = None) -> None:
        """A scan problem: in view (the dialog's own message line, else the message bar) with a sound."""
        show = getattr(where, "scan_problem", None) if where is not None else None
        if show is not None:
            show(message)
        elif isinstance(self.window, QWidget):
            feedback.notify(self.window, message, feedback.STATE_BAD, source=self)
        if self.filter is not None:
            try:
                self.filter.beep()
            except Exception:  # noqa: BLE001
                pass

    def rejected(self, code: str, message: str) -> None:
        """The filter refused a scan (it beeps itself): show it on the page, the dialog or the bar."""
        if getattr(self.window, "locked", False):
            return
        modal = QApplication.activeModalWidget()
        show = getattr(modal, "scan_problem", None) if modal is not None else None
        if show is not None:
            show(message)
            return
        page = self.current_page()
        show = getattr(page, "scan_rejected", None)
        if show is not None:
            show(code, message)
            return
        if isinstance(self.window, QWidget):
            feedback.notify(self.window, message, feedback.STATE_BAD, source=self)


def _kind_words(kind: str) -> str:
    return {
        "item": _tr("item numbers"),
        "location": _tr("location codes"),
        "officer": _tr("badge codes"),
    }.get(kind, kind)


def install_scanner(
    app_or_window: Any,
    settings: Any = None,
    on_scan: Callable[[ScanCode], Any] | None = None,
    *,
    clock: Callable[[], float] | None = None,
    beep: Callable[[], None] | None = None,
) -> ScannerFilter:
    """Install the application-wide scanner filter and return it.

    ``app_or_window``: the main window (scans go to a :class:`ScanRouter` unless ``on_scan`` is given; the
    filter is parented to the window and sleeps while the window is hidden) or the QApplication (then
    ``on_scan`` is required). ``settings``: ``StationSettings``, ``ScannerConfig`` or None; with None and a
    window that has ``ops``/``ctx``, the station's settings are loaded through the window's operations and
    re-loaded when the station settings change.

    Installing again on the same window reconfigures the window's existing filter (never two filters).
    """
    window = None if isinstance(app_or_window, QCoreApplication) else app_or_window
    if window is not None:
        existing = getattr(window, "scanner", None)
        if isinstance(existing, ScannerFilter) and shiboken6.isValid(existing):
            if settings is not None:
                existing.apply_settings(settings)
            if clock is not None:
                existing.clock = clock
            if beep is not None:
                existing.beep = beep
            if on_scan is not None:
                existing.on_scan = on_scan
            existing.install()
            return existing
    router = None
    if on_scan is None:
        if window is None:
            raise ValueError("install_scanner(app) needs on_scan")
        router = ScanRouter(window)
        on_scan = router
    filt = ScannerFilter(
        settings,
        on_scan,
        on_reject=router.rejected if router is not None else None,
        clock=clock or time.monotonic,
        window=window,
        beep=beep,
        parent=window if isinstance(window, QObject) else None,
    )
    if router is not None:
        router.filter = filt
    filt.router = router
    filt.install()
    if window is not None:
        try:
            window.scanner = filt
        except AttributeError:  # pragma: no cover - a window that refuses attributes
            pass
        if isinstance(window, QObject):
            window.destroyed.connect(lambda *_: filt.uninstall() if shiboken6.isValid(filt) else None)
        if settings is None:
            _load_settings(window, filt)
    return filt


def _load_settings(window: Any, filt: ScannerFilter) -> None:
    ops = getattr(window, "ops", None)
    ctx = getattr(window, "ctx", None)
    if ops is None or ctx is None:
        return
    from custody.services import settings as settings_svc
    from custody.ui.operations import Change

    def load() -> None:
        ops.run(settings_svc.get_settings, ctx, on_success=filt.apply_settings, on_error=lambda err: None)

    def changed(kinds: frozenset[str]) -> None:
        if Change.STATION in kinds and shiboken6.isValid(filt) and filt.installed:
            load()

    ops.changed.connect(changed)
    load()
