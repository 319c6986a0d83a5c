"""Idle lock: after some minutes without input the main window hides its data behind a lock screen.

Only the same officer's password (``auth.reauthenticate``) opens it again; "Log out" ends the session so
another officer can sign in. Keys typed into the lock screen's password field always land there, however
fast (a password manager); a badge or item scanned into it by mistake is taken back out by the application-
wide :class:`~custody.ui.scanner.ScannerFilter`, and the scan router drops scans while the window is locked
(counted in ``ignored_scans``).

The window is anything with ``show_lock_screen(widget)`` and ``hide_lock_screen()`` (the main window).
Timeouts, the check interval and the clock are injectable so tests can drive the lock quickly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError
from custody.ui import errors as ui_errors
from custody.ui import input_filters
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import set_role, show_field_error

DEFAULT_IDLE_MINUTES = 5

_ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class LockHost(Protocol):
    def show_lock_screen(self, widget: QWidget) -> None: ...

    def hide_lock_screen(self) -> None: ...


class LockScreen(QWidget):
    """What a locked workstation shows: who is signed in, a password field, Unlock and Log out."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget()
        box.setMaximumWidth(560)
        col = QVBoxLayout(box)
        col.setSpacing(14)
        title = set_role(QLabel(self.tr("This workstation is locked")), "title")
        title.setStyleSheet("color: white;")
        col.addWidget(title)
        self.who = QLabel()
        self.who.setObjectName("lock_who")
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-size: 13pt;")
        col.addWidget(self.who)
        hint = QLabel(self.tr("Type your password to continue, or log out so that another officer can sign in."))
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.password.setMinimumHeight(36)
        col.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("lock_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        col.addWidget(self.error)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        set_role(self.unlock_button, "primary")
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setObjectName("lock_logout")
        self.logout_button.setStyleSheet("color: white; background: transparent; border: 1px solid #8fa6c4;"
                                         "border-radius: 4px; padding: 6px 16px;")
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        row.addWidget(self.logout_button)
        col.addLayout(row)
        center = QHBoxLayout()
        center.addStretch(1)
        center.addWidget(box, 3)
        center.addStretch(1)
        outer.addLayout(center)
        outer.addStretch(3)

        self.unlock_button.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.logout_button.clicked.connect(self.logout_requested)

    def reset(self, who: str) -> None:
        self.who.setText(who)
        self.password.clear()
        self.set_error(None)
        self.set_busy(False)

    def set_error(self, message: str | None) -> None:
        show_field_error(self.error, message)

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.logout_button.setEnabled(not busy)

    def _submit(self) -> None:
        if self.password.text():
            emit(self.unlock_requested, self.password.text())


class IdleLock(QObject):
    """Locks ``window`` after ``timeout_ms`` without user input (0 disables the timer; lock() still works)."""

    locked_changed = Signal(bool)
    logout_requested = Signal()

    def __init__(
        self,
        window: Any,
        timeout_ms: int,
        reauth_fn: Callable[[str], Any],
        *,
        operations: Operations | None = None,
        who: str = "",
        check_interval_ms: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.timeout_ms = timeout_ms
        self.reauth_fn = reauth_fn
        self.ops = operations
        self.who = who
        self.clock = clock
        self.locked = False
        self.ignored_scans = 0
        self._last_activity = clock()
        self._unlocking = False

        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.try_unlock)
        self.lock_screen.logout_requested.connect(self.logout_requested)

        self._timer = QTimer(self)
        self._timer.setObjectName("idle_timer")
        interval = check_interval_ms if check_interval_ms is not None else max(50, min(timeout_ms // 4, 15_000))
        self._timer.setInterval(interval)
        self._timer.timeout.connect(self.check)
        if timeout_ms > 0:
            self._timer.start()
        input_filters.install(self)

    # -- activity ----------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Every event of the application passes here: only input events (keys, mouse, wheel, touch, tablet: all
        # QInputEvent) are asked their type, an enum built in Python (~1 us an event otherwise, issue 18).
        if isinstance(event, QInputEvent) and not self.locked and event.type() in _ACTIVITY_EVENTS:
            self._last_activity = self.clock()
        return False

    def check(self) -> None:
        """Lock if the user has been idle for the timeout (called by the timer)."""
        if self.locked or self.timeout_ms <= 0:
            return
        if (self.clock() - self._last_activity) * 1000 >= self.timeout_ms:
            self.lock()

    def touch(self) -> None:
        """Count as activity now (e.g. a long operation just finished)."""
        self._last_activity = self.clock()

    # -- lock / unlock -----------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        from custody.ui.reauth import forget_confirmation

        forget_confirmation(self.window)  # a locked window asks the password again for sensitive actions
        self.lock_screen.reset(self.tr("Signed in: {who}").format(who=self.who) if self.who else "")
        self.window.show_lock_screen(self.lock_screen)
        self.lock_screen.password.setFocus(Qt.FocusReason.OtherFocusReason)
        emit(self.locked_changed, True)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self._unlocking = False
        self.lock_screen.reset("")
        self.window.hide_lock_screen()
        self._last_activity = self.clock()
        emit(self.locked_changed, False)

    def try_unlock(self, password: str) -> None:
        """Check the password with the service; unlock on success, say why not otherwise."""
        if not self.locked or self._unlocking:
            return
        self._unlocking = True
        self.lock_screen.set_busy(True)
        self.lock_screen.set_error(None)
        if self.ops is None:
            try:
                self.reauth_fn(password)
            except CustodyError as err:
                self._unlock_failed(err)
            else:
                self.unlock()
            return
        self.ops.run(
            self.reauth_fn,
            password,
            on_success=lambda _result: self.unlock(),
            on_error=self._unlock_failed,
            on_finally=self._unlock_done,
            changes={Change.SESSION},
            parent=self.lock_screen,
        )

    def _unlock_done(self) -> None:
        self._unlocking = False
        self.lock_screen.set_busy(False)

    def _unlock_failed(self, err: CustodyError) -> None:
        self._unlocking = False
        self.lock_screen.set_busy(False)
        self.lock_screen.password.clear()
        self.lock_screen.set_error(ui_errors.translate_error(err))
        self.lock_screen.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        input_filters.remove(self)
