"""Keyboard-wedge barcode scanners: recognise a scan anywhere in the app without ever losing or leaking typing.

A USB scanner "types" the code like a keyboard, much faster than a person, and ends it with Enter, Tab or
CR LF. :class:`ScannerFilter` is an application-wide event filter. What it does with a key depends on the
widget the key is for (:func:`input_mode`):

- **password fields** (``QLineEdit`` with a hidden echo mode): keys are never held, never changed, never
  logged. Only when a fast burst there turns out to be a complete, valid Custody code (a badge scanned into
  a password field by mistake) is that code taken back out of the field and handled as a scan, so it is
  never sent as a wrong password;
- everywhere else printable keys are **held back** while they might be a scan: as long as each key follows
  the previous one within ``max_interval_ms`` (and, with a scanner prefix configured, as long as they start
  with the prefix). Held keys are released to the widgets they were meant for, at once and in order, as soon
  as anything else happens: a pause, a key that is not a character, a mouse press, a focus change, any other
  input event. A click right after typing therefore never loses a character;
- a terminator (Enter, Return, Tab, LF) after a fast burst of at least ``min_length`` characters (without the
  configured prefix/suffix) makes the burst a **scan**:

  - in a field that declares it takes codes (:func:`accept_codes`: seal numbers, serials, IMEI, lab numbers)
    the code lands in the field as text;
  - a valid Custody code (item, location, badge) is classified and handed to ``on_scan``;
  - anything else typed into an ordinary text field is typing (a fast typist, a password manager): it lands
    as typed. If it has the shape of a Custody code but does not check (a mistyped or damaged code) it lands
    too, and the problem is announced (``rejected``: in view, with a sound); Enter is not passed on;
  - with the focus on anything else (a list, a button) an unrecognised code is announced, never typed.

Unrecognised input is never written to the log: only its length and the kinds of characters in it.

The scanner **prefix/suffix** (characters the scanner is set up to send around every code) is the
unambiguous mode: then only bursts that start with the prefix are ever held, so typing is never delayed, and
a scan is recognised by its prefix even from a slow scanner (up to ``PREFIX_MAX_GAP_MS`` between keys). The scanner settings page recommends it.

The same code scanned twice within :data:`DUPLICATE_WINDOW_S` counts once. :class:`BurstRules` is the one
definition of "a scan". Time comes from an injectable ``clock`` (seconds, monotonic) so tests send ``QTest``
key events with explicit timestamps. Routing a scan to a page is :mod:`custody.ui.scan_routing`.
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
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from custody.domain.errors import CustodyError, ValidationError
from custody.domain.ids import MSG_UNKNOWN_SCAN, ScanCode, classify_scan
from custody.ui import input_filters
from custody.ui.qtcompat import emit

log = logging.getLogger("custody.ui.scanner")

DEFAULT_MAX_INTERVAL_MS = 50
DEFAULT_MIN_LENGTH = 6
DUPLICATE_WINDOW_S = 2.0
PREFIX_MAX_GAP_MS = 500  # with a prefix: the longest pause inside one scan
MAX_CODE_LENGTH = 64  # longer fast bursts are typing (no Custody or product code is that long)

TERMINATOR_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
})
_TEXT_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier

# Anything but a key press that means the keys typed so far are finished: release them before it is handled.
RELEASE_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease,
    QEvent.Type.NonClientAreaMouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.FocusAboutToChange,
    QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate, QEvent.Type.InputMethod,
    QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.Drop, QEvent.Type.Shortcut,
    QEvent.Type.Close, QEvent.Type.Hide, QEvent.Type.ApplicationStateChange,
})

# How a widget takes scanner input (the dynamic property INPUT_PROPERTY).
INPUT_PROPERTY = "scanner_input"
MODE_CODES = "codes"  # a scan lands here as text (seal numbers, serial numbers, IMEI, lab numbers)
MODE_SCANS = "scans"  # every fast terminated burst is a scan, never text (the "test your scanner" field)
MODE_PASSWORD = "password"
MODE_TEXT = "text"  # an ordinary editable field
MODE_OTHER = "other"  # not a text field (lists, buttons, the window)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scanner", text)


def accept_codes(widget: QWidget) -> QWidget:
    """Declare that ``widget`` takes codes a scanner reads (a seal number, a serial number, an IMEI...):
    a scan while it has the focus lands in it as text instead of being looked up."""
    widget.setProperty(INPUT_PROPERTY, MODE_CODES)
    return widget


def input_mode(widget: Any) -> str:
    """What a key for ``widget`` may be: see the ``MODE_*`` constants."""
    if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
        return MODE_PASSWORD
    if not isinstance(widget, QWidget):
        return MODE_OTHER
    declared = widget.property(INPUT_PROPERTY)
    if declared in (MODE_CODES, MODE_SCANS):
        return str(declared)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return MODE_OTHER if widget.isReadOnly() else MODE_TEXT
    if isinstance(widget, QAbstractSpinBox):
        return MODE_OTHER if widget.isReadOnly() else MODE_TEXT
    if isinstance(widget, QComboBox) and widget.isEditable():
        return MODE_TEXT
    return MODE_OTHER


def describe(text: str) -> str:
    """What a log may say about input that was not recognised: its length and the kinds of characters."""
    kinds = []
    if any(c.isalpha() for c in text):
        kinds.append("letters")
    if any(c.isdigit() for c in text):
        kinds.append("digits")
    if any(not c.isalnum() for c in text):
        kinds.append("other characters")
    return f"{len(text)} characters ({', '.join(kinds) or 'none'})"


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

    @property
    def unambiguous(self) -> bool:
        """A prefix is configured: scans are told from typing by it, not by speed alone."""
        return bool(self.prefix)


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

    def is_fast(self, gap_s: float, pending: str = "") -> bool:
        """Does a key ``gap_s`` seconds after the previous one continue the burst (``pending`` so far)?"""
        return gap_s * 1000.0 <= self.hold_ms(pending)

    def hold_ms(self, pending: str = "") -> int:
        """How long keys ``pending`` may wait for the next one. Keys that began with the configured prefix
        are a scan for sure: a slow scanner (up to :data:`PREFIX_MAX_GAP_MS` between keys) is still one."""
        c = self.config
        if c.prefix and pending.startswith(c.prefix):
            return max(c.max_interval_ms, PREFIX_MAX_GAP_MS)
        return c.max_interval_ms

    def may_be_scan(self, pending: str) -> bool:
        """Could keys ``pending`` (so far) still become a scan? With a prefix they must start with it."""
        c = self.config
        if len(pending) > MAX_CODE_LENGTH + len(c.prefix) + len(c.suffix):
            return False
        if c.prefix:
            return pending.startswith(c.prefix) or c.prefix.startswith(pending)
        return True

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
        if len(text) < max(1, c.min_length) or len(text) > MAX_CODE_LENGTH:
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
    """A fast terminated burst, for the "test your scanner" box (never logged)."""

    raw: str  # everything typed before the terminator (prefix and suffix included)
    code: str  # without prefix/suffix
    gaps_ms: tuple[float, ...]  # time between consecutive keys
    terminator: str  # "Enter", "Tab"
    scan: ScanCode | None = None  # None: not a valid code (see ``error``)
    error: str = ""
    duplicate: bool = False
    as_text: bool = False  # typed into a field that takes codes

    @property
    def max_gap_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)


@dataclass
class _Held:
    receiver: Any  # QObject (checked with shiboken before replay)
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


@dataclass
class _PasswordBurst:
    """Keys typed into a password field in one fast burst (kept only until the burst ends; never logged)."""

    field: Any
    before: str  # the field's text before the burst
    chars: list[str]
    first_at: float
    last_at: float


@dataclass
class _State:
    held: list[_Held] = field(default_factory=list)
    last_at: float = -1e18
    swallow_terminator_until: float = -1e18
    last_code: str = ""
    last_code_at: float = -1e18
    password: _PasswordBurst | None = None


_active: list[ScannerFilter] = []


def active_filter() -> ScannerFilter | None:
    """The installed scanner filter, or None."""
    return _active[-1] if _active else None


def is_replaying() -> bool:
    """True while held keys are being released (other filters must not count them again)."""
    return any(f.replaying for f in _active)


class ScannerFilter(QObject):
    """Application-wide: holds keystrokes until a burst is classified as scan or typing (module docstring)."""

    scanned = Signal(object)  # ScanCode, after de-duplication
    rejected = Signal(str, str)  # code, message in words
    burst = Signal(object)  # ScanBurst: every terminated fast burst (valid, invalid, duplicate, or as text)
    typed = Signal(str)  # held keys released as typing

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
        self.router: Any = None
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
        if not self.installed and input_filters.install(self, app):
            self.installed = True
            _active.append(self)
        return self

    def uninstall(self) -> None:
        """Stop watching keys (releases whatever is held first)."""
        if not self.installed:
            return
        self.flush()
        self._timer.stop()
        self._s.password = None
        input_filters.remove(self)
        self.installed = False
        if self in _active:
            _active.remove(self)

    def before_pause(self) -> None:
        """Widgets are about to be built with the filter off (:func:`custody.ui.input_filters.paused`): the keys
        held go to their widgets now, as the build's first hide or focus change would have sent them."""
        if not self.replaying:
            self.flush()

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
        # Every event of the application passes here (paints, layouts, timers...): anything but a key event leaves
        # on its Python class, before event.type() is asked for (an enum built in Python: ~1 us, which on every
        # event was most of this filter's cost, issue 18). Key events always arrive as QKeyEvent (PySide's type
        # discovery picks the class from the event type); no release event is one.
        if not isinstance(event, QKeyEvent):
            if self._s.held and not self.replaying and event.type() in RELEASE_EVENTS:
                self.flush()  # before the click, focus change... is handled: typed keys come first
            return False
        if self.replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(obj, QWidget):  # the QWindow sees the key first; act once, on the widget
            return False
        if not self._watching():
            self.flush()
            return False
        try:
            return self._key_press(obj, event)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a filter must never leave keys stuck
            log.exception("Scanner filter failed")
            self._s.password = None
            self.flush()
            return False

    def _key_press(self, obj: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        text = event.text()
        mods = event.modifiers()
        now = self.clock()
        s = self._s
        if event.isAutoRepeat():
            s.password = None
            self.flush()
            return False
        if input_mode(obj) == MODE_PASSWORD:
            self.flush()  # anything held was meant for another field, before this key
            return self._password_key(obj, key, text, mods, now)
        s.password = None
        if s.held and not self.rules.is_fast(now - s.last_at, self.pending):
            self.flush()
        if self.rules.is_terminator(key, text, mods):
            if s.held:
                return self._terminated(key, now)
            if now <= s.swallow_terminator_until:  # the LF of CR LF (or a second terminator) after a scan
                s.swallow_terminator_until = -1e18
                return True
            return False
        if self.rules.is_scan_char(text, mods):
            if s.held and s.held[0].receiver is not obj:
                self.flush()  # the focus moved: what was held belongs to the other field
            if not self.rules.may_be_scan(self.pending + text):
                self.flush()
                if not self.rules.may_be_scan(text):
                    return False  # typing (no prefix): nothing to hold
            s.held.append(_Held(obj, key, mods, text, now))
            s.last_at = now
            self._timer.start(self.rules.hold_ms(self.pending) + 5)
            return True
        self.flush()  # Backspace, arrows, Ctrl+..., space: typing
        return False

    def poll(self) -> None:
        """Release the held keys as typing once the burst has paused longer than the interval."""
        s = self._s
        if not s.held:
            return
        waited = self.clock() - s.last_at
        if not self.rules.is_fast(waited, self.pending):
            self.flush()
        else:
            remaining = self.rules.hold_ms(self.pending) - waited * 1000.0
            self._timer.start(max(1, int(remaining) + 2))

    def flush(self) -> None:
        """Release every held key now, in order, as typing, to the widget it was meant for."""
        s = self._s
        if not s.held:
            return
        held = list(s.held)
        s.held.clear()
        self._timer.stop()
        self._send(held)
        emit(self.typed, "".join(h.text for h in held))

    def _send(self, held: list[_Held]) -> None:
        self.replaying = True
        try:
            for h in held:
                if not shiboken6.isValid(h.receiver):
                    continue
                ev = QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text)
                QApplication.sendEvent(h.receiver, ev)
        finally:
            self.replaying = False

    # -- bursts ------------------------------------------------------------------------------

    def _terminated(self, key: int, now: float) -> bool:
        """A terminator after held keys: a scan, a code typed into a field, or typing."""
        s = self._s
        raw = self.pending
        code = self.rules.code_of(raw)
        if code is None:
            self.flush()
            return False
        held = list(s.held)
        target = held[0].receiver
        mode = input_mode(target)
        gaps = tuple(round((b.at - a.at) * 1000.0, 1) for a, b in zip(held, held[1:], strict=False))
        gaps += (round((now - held[-1].at) * 1000.0, 1),)
        terminator = "Tab" if key == Qt.Key.Key_Tab else "Enter"
        tab = key == Qt.Key.Key_Tab
        if mode == MODE_CODES:
            s.held.clear()
            self._timer.stop()
            self._type_into(target, code)
            log.info("Scan typed into a field that takes codes: %d characters", len(code))
            emit(self.burst, ScanBurst(raw, code, gaps, terminator, as_text=True))
            if tab:
                return False  # Tab moves on to the next field, as the scanner meant
            s.swallow_terminator_until = now + self.rules.interval_s
            return True
        try:
            scan = classify_scan(code, prefixes=self.prefixes)
        except ValidationError as err:
            message = _translate(err)
            if mode == MODE_TEXT and not self.config.unambiguous:
                self.flush()  # never lost: it lands in the field as typed
                if err.template == MSG_UNKNOWN_SCAN:  # a person typing fast, or a barcode that is not ours
                    log.debug("Fast keys ending in %s taken as typing: %s", terminator, describe(code))
                    return False
                # Shaped like a Custody code but it does not check: say so, and do not pass Enter on.
                s.swallow_terminator_until = now + self.rules.interval_s
                log.info("Scan not recognised (left in the field): %s", describe(code))
                emit(self.burst, ScanBurst(raw, code, gaps, terminator, None, message))
                self.reject(code, message)
                return True
            s.held.clear()  # a scan for sure (the prefix says so), or nowhere to type it: announced
            self._timer.stop()
            s.swallow_terminator_until = now + self.rules.interval_s
            log.info("Scan not recognised: %s", describe(code))
            emit(self.burst, ScanBurst(raw, code, gaps, terminator, None, message))
            self.reject(code, message)
            return True
        s.held.clear()
        self._timer.stop()
        s.swallow_terminator_until = now + self.rules.interval_s
        self._dispatch(raw, code, gaps, terminator, now, scan)
        return True

    def _type_into(self, target: Any, text: str) -> None:
        if not shiboken6.isValid(target):
            return
        held = [_Held(target, _key_for(ch), Qt.KeyboardModifier.NoModifier, ch, 0.0) for ch in text]
        self._send(held)

    def _password_key(self, obj: QWidget, key: int, text: str, mods: Qt.KeyboardModifier, now: float) -> bool:
        """Keys for a password field go through untouched. A valid Custody code typed there at scanner speed
        and terminated is taken back out and handled as a scan (it must never be sent as a password)."""
        s = self._s
        pb = s.password
        if pb is not None and (pb.field is not obj or not self.rules.is_fast(now - pb.last_at)):
            pb = s.password = None
        if self.rules.is_terminator(key, text, mods):
            s.password = None
            if pb is None:
                if now <= s.swallow_terminator_until:
                    s.swallow_terminator_until = -1e18
                    return True
                return False
            raw = "".join(pb.chars)
            code = self.rules.code_of(raw)
            if code is None or not isinstance(obj, QLineEdit) or obj.text() != pb.before + raw:
                return False
            try:
                scan = classify_scan(code, prefixes=self.prefixes)
            except ValidationError:
                return False  # a password: it is the field's, untouched
            obj.setText(pb.before)
            s.swallow_terminator_until = now + self.rules.interval_s
            terminator = "Tab" if key == Qt.Key.Key_Tab else "Enter"
            self._dispatch(raw, code, (), terminator, now, scan)
            return True
        if self.rules.is_scan_char(text, mods):
            if pb is None:
                before = obj.text() if isinstance(obj, QLineEdit) else ""
                pb = s.password = _PasswordBurst(obj, before, [], now, now)
            pb.chars.append(text)
            pb.last_at = now
            if len(pb.chars) > MAX_CODE_LENGTH + len(self.config.prefix) + len(self.config.suffix):
                s.password = None
        else:
            s.password = None
        return False

    # -- scans -------------------------------------------------------------------------------

    def _dispatch(self, raw: str, code: str, gaps: tuple[float, ...], terminator: str, now: float,
                  scan: ScanCode) -> None:
        s = self._s
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


def _key_for(ch: str) -> int:
    if "a" <= ch <= "z":
        return int(Qt.Key.Key_A) + ord(ch) - ord("a")
    if "A" <= ch <= "Z" or "0" <= ch <= "9":
        return ord(ch)
    return int(Qt.Key.Key_unknown) if not ("!" <= ch <= "~") else ord(ch)


def _translate(err: CustodyError) -> str:
    from custody.ui.errors import translate_error

    return translate_error(err)
