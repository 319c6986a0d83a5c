"""Keyboard-wedge barcode scanners: recognise a scan anywhere in the app and route it (DESIGN.md 1.3).

A USB scanner "types" the code like a keyboard, much faster than a person, and ends it with Enter, Tab or
CR LF. :class:`ScannerFilter` is an application-wide event filter that **holds back** every printable
keystroke until it knows what the burst is:

- each held key that is followed, within ``max_interval_ms``, by the next key stays held;
- when a terminator (Enter, Return, Tab, LF) ends a fast burst whose code (without the configured
  prefix/suffix) has at least ``min_length`` characters, the burst is a **scan**: nothing of it reaches the
  focused widget; the code is classified (:func:`custody.domain.ids.classify_scan`) and handed to
  ``on_scan``;
- anything else (a pause longer than the interval, a slow Enter, a short burst, a key that is not a
  character) means a person is typing: the held keys are replayed, in order, to the widgets they were meant
  for, so typing still works everywhere (line edits included), only up to ``max_interval_ms`` later.

The same code scanned twice within :data:`DUPLICATE_WINDOW_S` counts once. An unknown or mistyped code is
announced (``rejected`` signal, status bar, beep) and never lands as text.

:class:`BurstRules` is the one definition of "a scan" (the idle lock uses it too). Time comes from an
injectable ``clock`` (seconds, monotonic) so tests send ``QTest`` key events with explicit timestamps.

In the main window::

    self.scanner = install_scanner(self)          # routes to the current page, else window.open_code

``install_scanner`` loads the station's scanner settings through the window's operations and follows
changes to them. A page that wants scans implements ``handle_scan(scan: ScanCode) -> bool``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from custody.domain.errors import CustodyError, ValidationError
from custody.domain.ids import ScanCode, classify_scan
from custody.ui.qtcompat import emit

log = logging.getLogger("custody.ui.scanner")

DEFAULT_MAX_INTERVAL_MS = 50
DEFAULT_MIN_LENGTH = 6
DUPLICATE_WINDOW_S = 2.0

TERMINATOR_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
})
_TEXT_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scanner", text)


# ------------------------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class ScannerConfig:
    """How this station's scanners type (StationSettings ``scanner_*``)."""

    max_interval_ms: int = DEFAULT_MAX_INTERVAL_MS  # keys closer than this belong to one burst
    min_length: int = DEFAULT_MIN_LENGTH  # a shorter burst is typing
    prefix: str = ""  # sent by the scanner before each code (configured on the scanner)
    suffix: str = ""  # sent after each code, before the terminator

    @classmethod
    def from_settings(cls, settings: Any) -> ScannerConfig:
        """From :class:`custody.services.settings.StationSettings` (or anything with its ``scanner_*``)."""
        return cls(
            max_interval_ms=int(getattr(settings, "scanner_max_interval_ms", DEFAULT_MAX_INTERVAL_MS)),
            min_length=int(getattr(settings, "scanner_min_length", DEFAULT_MIN_LENGTH)),
            prefix=str(getattr(settings, "scanner_prefix", "") or ""),
            suffix=str(getattr(settings, "scanner_suffix", "") or ""),
        )


def coerce_config(settings: Any) -> ScannerConfig:
    if settings is None:
        return ScannerConfig()
    if isinstance(settings, ScannerConfig):
        return settings
    return ScannerConfig.from_settings(settings)


class BurstRules:
    """The one definition of a scan: fast keys, long enough, with the configured prefix/suffix, terminated."""

    def __init__(self, config: ScannerConfig | None = None) -> None:
        self.config = config or ScannerConfig()

    @property
    def interval_s(self) -> float:
        return self.config.max_interval_ms / 1000.0

    def is_fast(self, gap_s: float) -> bool:
        """Does a key ``gap_s`` seconds after the previous one continue the burst?"""
        return gap_s * 1000.0 <= self.config.max_interval_ms

    def code_of(self, burst: str) -> str | None:
        """The code a fast, terminated burst carries, or None if the burst is not a scan."""
        c = self.config
        text = burst
        if c.prefix:
            if not text.startswith(c.prefix):
                return None
            text = text[len(c.prefix):]
        if c.suffix:
            if not text.endswith(c.suffix):
                return None
            text = text[: len(text) - len(c.suffix)]
        text = text.strip()
        if len(text) < max(1, c.min_length):
            return None
        return text

    @staticmethod
    def is_terminator(key: int, text: str, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> bool:
        """Enter, Return or Tab without Ctrl/Alt/Meta, or a CR/LF character (Ctrl+J, Ctrl+M)."""
        if text in ("\r", "\n"):
            return True
        return key in TERMINATOR_KEYS and not (modifiers & ~_TEXT_MODIFIERS)

    @staticmethod
    def is_scan_char(text: str, modifiers: Qt.KeyboardModifier) -> bool:
        """Keys that are held back: one printable, non-space character typed without Ctrl/Alt/Meta."""
        if len(text) != 1 or not ("!" <= text <= "~"):
            return False
        return not (modifiers & ~_TEXT_MODIFIERS)


# ------------------------------------------------------------------------------------------- the filter


@dataclass(frozen=True)
class ScanBurst:
    """A recognised scan, for the "test your scanner" box."""

    raw: str  # everything typed before the terminator (prefix and suffix included)
    code: str  # without prefix/suffix
    gaps_ms: tuple[float, ...]  # time between consecutive keys
    terminator: str  # "Enter", "Tab"
    scan: ScanCode | None = None  # None: not a valid code (see ``error``)
    error: str = ""
    duplicate: bool = False

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)


@dataclass
class _Held:
    receiver: Any  # QObject (weakly checked with shiboken before replay)
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


@dataclass
class _State:
    held: list[_Held] = field(default_factory=list)
    last_at: float = -1e18
    swallow_terminator_until: float = -1e18
    last_code: str = ""
    last_code_at: float = -1e18


_active: list[ScannerFilter] = []


def active_filter() -> ScannerFilter | None:
    """The installed scanner filter (the idle lock leaves scans to it), or None."""
    return _active[-1] if _active else None


def is_replaying() -> bool:
    """True while held keys are being replayed as typing (other filters must not count them again)."""
    return any(f.replaying for f in _active)


class ScannerFilter(QObject):
    """Application-wide: holds keystrokes until a burst is classified as scan or typing (module docstring)."""

    scanned = Signal(object)  # ScanCode, after de-duplication
    rejected = Signal(str, str)  # code, message in words
    burst = Signal(object)  # ScanBurst: every terminated fast burst (valid, invalid or duplicate)
    typed = Signal(str)  # held keys replayed as typing

    def __init__(
        self,
        config: ScannerConfig | Any = None,
        on_scan: Callable[[ScanCode], Any] | None = None,
        *,
        on_reject: Callable[[str, str], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        window: QWidget | None = None,
        prefixes: list[str] | None = None,
        beep: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = BurstRules(coerce_config(config))
        self.on_scan = on_scan
        self.on_reject = on_reject
        self.clock = clock
        self.window = window
        self.prefixes = prefixes
        self.beep = beep or QApplication.beep
        self.replaying = False
        self.installed = False
        self._s = _State()
        self._timer = QTimer(self)
        self._timer.setObjectName("scanner_hold_timer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

    # -- set-up ------------------------------------------------------------------------------

    @property
    def config(self) -> ScannerConfig:
        return self.rules.config

    def apply_settings(self, settings: Any) -> None:
        """New ``ScannerConfig`` or ``StationSettings`` (e.g. after the settings page saved)."""
        self.flush()
        self.rules = BurstRules(coerce_config(settings))

    def install(self, app: QCoreApplication | None = None) -> ScannerFilter:
        app = app or QApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True
            _active.append(self)
        return self

    def uninstall(self) -> None:
        """Stop watching keys (replays whatever is held first)."""
        if not self.installed:
            return
        self.flush()
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.installed = False
        if self in _active:
            _active.remove(self)

    @property
    def pending(self) -> str:
        """The keys held right now (not yet known to be a scan or typing)."""
        return "".join(h.text for h in self._s.held)

    # -- events ------------------------------------------------------------------------------

    def _watching(self) -> bool:
        w = self.window
        if w is None:
            return True
        if not shiboken6.isValid(w):
            return False
        return w.isVisible()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or self.replaying:
            return False
        if not isinstance(obj, QWidget):  # the QWindow sees the key first; act once, on the widget
            return False
        if not self._watching():
            return False
        try:
            return self._key_press(obj, event)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a filter must never leave keys stuck
            log.exception("Scanner filter failed")
            self._s.held.clear()
            return False

    def _key_press(self, obj: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        text = event.text()
        mods = event.modifiers()
        now = self.clock()
        s = self._s
        if event.isAutoRepeat():
            self.flush()
            return False
        if s.held and not self.rules.is_fast(now - s.last_at):
            self.flush()
        if self.rules.is_terminator(key, text, mods):
            if s.held:
                raw = self.pending
                code = self.rules.code_of(raw)
                if code is not None:
                    held = list(s.held)
                    s.held.clear()
                    self._timer.stop()
                    s.swallow_terminator_until = now + self.rules.interval_s
                    gaps = tuple(round((b.at - a.at) * 1000.0, 1) for a, b in zip(held, held[1:], strict=False))
                    gaps += (round((now - held[-1].at) * 1000.0, 1),)
                    self._dispatch(raw, code, gaps, "Tab" if key == Qt.Key.Key_Tab else "Enter", now)
                    return True
                self.flush()
                return False
            if now <= s.swallow_terminator_until:  # the LF of CR LF (or a second terminator) after a scan
                s.swallow_terminator_until = -1e18
                return True
            return False
        if self.rules.is_scan_char(text, mods):
            s.held.append(_Held(obj, key, mods, text, now))
            s.last_at = now
            self._timer.start(self.rules.config.max_interval_ms + 5)
            return True
        self.flush()  # Backspace, arrows, Ctrl+..., space: typing
        return False

    def poll(self) -> None:
        """Replay the held keys as typing once the burst has paused longer than the interval."""
        s = self._s
        if not s.held:
            return
        waited = self.clock() - s.last_at
        if not self.rules.is_fast(waited):
            self.flush()
        else:
            remaining = self.rules.config.max_interval_ms - waited * 1000.0
            self._timer.start(max(1, int(remaining) + 2))

    def flush(self) -> None:
        """Replay every held key now, as typing, to the widget it was meant for."""
        s = self._s
        if not s.held:
            return
        held = list(s.held)
        s.held.clear()
        self._timer.stop()
        self.replaying = True
        try:
            for h in held:
                if not shiboken6.isValid(h.receiver):
                    continue
                ev = QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text)
                QApplication.sendEvent(h.receiver, ev)
        finally:
            self.replaying = False
        emit(self.typed, "".join(h.text for h in held))

    # -- scans -------------------------------------------------------------------------------

    def _dispatch(self, raw: str, code: str, gaps: tuple[float, ...], terminator: str, now: float) -> None:
        s = self._s
        try:
            scan = classify_scan(code, prefixes=self.prefixes)
        except ValidationError as err:
            message = _translate(err)
            log.info("Scan not recognised: %r: %s", code, message)
            emit(self.burst, ScanBurst(raw, code, gaps, terminator, None, message))
            self.reject(code, message)
            return
        duplicate = scan.value == s.last_code and now - s.last_code_at < DUPLICATE_WINDOW_S
        emit(self.burst, ScanBurst(raw, code, gaps, terminator, scan, "", duplicate))
        if duplicate:
            log.info("Scan repeated within %.0f s, counted once: %s", DUPLICATE_WINDOW_S, scan.value)
            return
        s.last_code, s.last_code_at = scan.value, now
        log.info("Scan recognised: %s %s", scan.kind, scan.value)
        emit(self.scanned, scan)
        if self.on_scan is not None:
            try:
                self.on_scan(scan)
            except CustodyError as err:
                self.reject(scan.value, _translate(err))

    def reject(self, code: str, message: str) -> None:
        """Announce a scan that cannot be used: signal, callback, beep."""
        emit(self.rejected, code, message)
        if self.on_reject is not None:
            self.on_reject(code, message)
        try:
            self.beep()
        except Exception:  # noqa: BLE001 - no sound is no reason to fail
            pass


def _translate(err: CustodyError) -> str:
    from custody.ui.errors import translate_error

    return translate_error(err)


# ------------------------------------------------------------------------------------------- routing


class ScanRouter:
    """Where a scan goes in the main window: an open dialog that takes scans, else the current page's
    ``handle_scan``, else ``window.open_code(kind, value)``. Nothing happens while the window is locked."""

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
            self.say(_tr(self.DIALOG_OPEN).format(code=scan.value), error=True)
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
        self.say(_tr(self.NOT_OPENED).format(code=scan.value, what=_kind_words(scan.kind)), error=True)
        return "unhandled"

    def say(self, message: str, *, error: bool = False) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(message, 10_000)
        if error and self.filter is not None:
            try:
                self.filter.beep()
            except Exception:  # noqa: BLE001
                pass

    def rejected(self, code: str, message: str) -> None:
        page = self.current_page()
        show = getattr(page, "scan_rejected", None)
        if show is not None:
            show(code, message)
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(message, 10_000)


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
    filt.router = router  # type: ignore[attr-defined]
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
