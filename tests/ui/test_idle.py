"""Idle lock groundwork: timeout, lock screen, unlock, log out, scans ignored while locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from custody.domain.errors import AuthError
from custody.ui.idle import IdleLock


class Host(QWidget):
    """A stand-in for the main window: data page + room for the lock screen."""

    def __init__(self) -> None:
        super().__init__()
        self.stack = QStackedWidget()
        self.data = QLabel("secret case data")
        self.stack.addWidget(self.data)
        QVBoxLayout(self).addWidget(self.stack)

    def show_lock_screen(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def hide_lock_screen(self) -> None:
        self.stack.setCurrentWidget(self.data)


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def reauth(password: str) -> None:
    if password != "right password":
        raise AuthError("The password is not correct.")


@pytest.fixture
def host(qtbot):
    h = Host()
    qtbot.addWidget(h)
    h.show()
    qtbot.waitExposed(h)
    return h


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def lock(host, clock):
    idle = IdleLock(host, 60_000, reauth, who="Amina Diallo (admin)", clock=clock, check_interval_ms=10)
    yield idle
    idle.stop()


def test_locks_after_the_idle_timeout(qtbot, host, lock, clock):
    lock.check()
    assert not lock.locked
    clock.t += 59
    lock.check()
    assert not lock.locked
    clock.t += 2
    with qtbot.waitSignal(lock.locked_changed, timeout=2000) as blocker:
        pass  # the timer calls check()
    assert blocker.args == [True]
    assert lock.locked
    assert not host.data.isVisible()
    assert lock.lock_screen.isVisible()
    assert lock.lock_screen.who.text() == "Signed in: Amina Diallo (admin)"


def test_user_input_counts_as_activity(qtbot, host, lock, clock):
    clock.t += 50
    qtbot.mouseClick(host.data, Qt.MouseButton.LeftButton)
    clock.t += 50
    lock.check()
    assert not lock.locked  # 50 s since the click, not 100


def test_timer_with_real_clock(qtbot, host):
    idle = IdleLock(host, 50, reauth, check_interval_ms=10)
    try:
        qtbot.waitUntil(lambda: idle.locked, timeout=3000)
    finally:
        idle.stop()


def test_unlock_needs_the_same_users_password(qtbot, host, lock):
    lock.lock()
    screen = lock.lock_screen
    screen.password.setText("wrong")
    screen.unlock_button.click()
    assert lock.locked
    assert screen.error.text() == "The password is not correct."
    assert screen.password.text() == ""
    screen.password.setText("right password")
    screen.unlock_button.click()
    assert not lock.locked
    assert host.data.isVisible()


def test_log_out_from_the_lock_screen(qtbot, lock):
    lock.lock()
    with qtbot.waitSignal(lock.logout_requested, timeout=1000):
        lock.lock_screen.logout_button.click()


def test_the_lock_screen_takes_a_fast_password_and_keeps_scans_out(qtbot, lock, clock):
    """With the application's scanner filter: a password typed by a password manager (4 ms per key) lands
    whole and unlocks; a badge scanned into the password field is taken back out, never tried as a password."""
    from custody.domain.ids import make_badge_code
    from custody.ui.scanner import ScannerFilter

    scans = []
    flt = ScannerFilter(None, scans.append, clock=clock, beep=lambda: None).install()
    try:
        lock.lock()
        field = lock.lock_screen.password
        field.setFocus()
        for ch in make_badge_code(34):
            qtbot.keyClick(field, ch)
            clock.t += 0.004
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == "" and lock.locked and len(scans) == 1
        assert lock.lock_screen.error.isHidden()  # no failed unlock attempt was made
        clock.t += 1
        for ch in "right password":
            qtbot.keyClick(field, ch)
            clock.t += 0.004
        assert field.text() == "right password"
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert not lock.locked
    finally:
        flt.uninstall()


def test_lock_and_unlock_are_idempotent(lock):
    lock.unlock()
    assert not lock.locked
    lock.lock()
    lock.lock()
    assert lock.locked
    lock.unlock()
    lock.unlock()
    assert not lock.locked


def _input_event(kind: str):
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

    p = QPointF(5, 5)
    if kind == "key":
        return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    if kind in ("press", "double click", "move"):
        etype = {"press": QEvent.Type.MouseButtonPress, "double click": QEvent.Type.MouseButtonDblClick,
                 "move": QEvent.Type.MouseMove}[kind]
        button = Qt.MouseButton.NoButton if kind == "move" else Qt.MouseButton.LeftButton
        return QMouseEvent(etype, p, p, button, button, Qt.KeyboardModifier.NoModifier)
    return QWheelEvent(p, p, QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                       Qt.ScrollPhase.NoScrollPhase, False)


@pytest.mark.parametrize("kind", ["key", "press", "double click", "move", "wheel"])
def test_each_kind_of_input_counts_and_other_events_do_not(qtbot, host, lock, clock, kind):
    """The filter looks at input events only (issue 18: it sees every event of the application): each kind of
    input still counts; paints, layouts, timers... do not."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    clock.t += 50
    QApplication.sendEvent(host.data, _input_event(kind))
    clock.t += 50
    lock.check()
    assert not lock.locked  # 50 s since the input, not 100
    for etype in (QEvent.Type.UpdateRequest, QEvent.Type.LayoutRequest, QEvent.Type.User):
        QApplication.sendEvent(host.data, QEvent(etype))
    host.data.repaint()
    clock.t += 11
    lock.check()
    assert lock.locked  # 61 s since the input: what came after it was not input
