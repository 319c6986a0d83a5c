"""Re-asking the password for sensitive actions: wrong, then right; Cancel; the blocking and the
non-blocking helper. Also home of :class:`ReauthAnswers`, which the other admin tests use to type the
administrator's password into the dialog when it appears."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from custody.services import ledger_admin
from custody.ui import reauth
from custody.ui.reauth import ReauthDialog
from tests.conftest import ADMIN_PASSWORD

TIMEOUT = 30_000


class ReauthAnswers:
    """Answers every "Confirm with your password" dialog that opens with the next of ``passwords``;
    when they run out, it presses Cancel. ``errors`` holds what each dialog said before each answer."""

    def __init__(self, passwords: list[str]) -> None:
        self.passwords = list(passwords)
        self.typed: list[str] = []
        self.errors: list[str] = []
        self.cancelled = 0
        self.dialogs: list[ReauthDialog] = []
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        for w in QApplication.topLevelWidgets():
            if not isinstance(w, ReauthDialog) or not w.isVisible() or w._busy:
                continue
            if w not in self.dialogs:
                self.dialogs.append(w)
            elif len(self.errors) and not w.error.isVisible():
                continue  # answered already; the check has not come back yet
            self.errors.append(w.error.text() if w.error.isVisible() else "")
            if self.passwords:
                pw = self.passwords.pop(0)
                self.typed.append(pw)
                w.password.setText(pw)
                w.confirm_button.click()
            else:
                self.cancelled += 1
                w.cancel_button.click()

    def stop(self) -> None:
        self.timer.stop()


@contextmanager
def answer_reauth(*passwords: str) -> Iterator[ReauthAnswers]:
    answers = ReauthAnswers(list(passwords))
    try:
        yield answers
    finally:
        answers.stop()


def test_dialog_wrong_then_right_password(qtbot, make_window, admin, sqlite_ctx):
    window = make_window(admin)
    dlg = ReauthDialog(sqlite_ctx, admin, window.ops, "Dispose of 3 items.", window)
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    assert dlg.reason.text() == "Dispose of 3 items."
    size = ledger_admin.total_entries(sqlite_ctx)

    dlg.password.setText("not my password")
    qtbot.mouseClick(dlg.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=TIMEOUT)
    assert dlg.error.objectName() == "error_password"
    assert dlg.error.text().startswith("Wrong password")
    assert dlg.isVisible() and dlg.password.text() == "" and dlg.confirm_button.isEnabled()
    assert ledger_admin.total_entries(sqlite_ctx) == size + 1  # the failed attempt is recorded

    dlg.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dlg.confirmed, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.confirm_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == ReauthDialog.DialogCode.Accepted
    assert dlg.attempts == 1


def test_empty_password_is_not_sent(qtbot, make_window, admin, sqlite_ctx):
    window = make_window(admin)
    dlg = ReauthDialog(sqlite_ctx, admin, window.ops, "Reset a password.", window)
    qtbot.addWidget(dlg)
    size = ledger_admin.total_entries(sqlite_ctx)
    dlg.submit()
    assert dlg.error.text() == "Type your password." and dlg.attempts == 0
    assert ledger_admin.total_entries(sqlite_ctx) == size


def test_confirm_sensitive_retries_then_returns_true(qtbot, make_window, admin):
    window = make_window(admin)
    with answer_reauth("wrong one", "wrong two", ADMIN_PASSWORD) as answers:
        assert reauth.confirm_sensitive(window, "Change the station settings.") is True
    assert answers.typed == ["wrong one", "wrong two", ADMIN_PASSWORD]
    assert answers.errors[0] == ""
    assert answers.errors[1].startswith("Wrong password") and answers.errors[2].startswith("Wrong password")
    assert len(answers.dialogs) == 1  # one dialog, three tries


def test_confirm_sensitive_cancel_returns_false(qtbot, make_window, admin):
    window = make_window(admin)
    with answer_reauth() as answers:
        assert reauth.confirm_sensitive(window, "Disable an account.") is False
    assert answers.cancelled == 1


def test_ask_password_calls_back(qtbot, make_window, admin):
    window = make_window(admin)
    outcome: list[str] = []
    dlg = reauth.ask_password(window, "Print a badge card.", lambda: outcome.append("yes"),
                              lambda: outcome.append("no"))
    qtbot.waitExposed(dlg)
    dlg.password.setText(ADMIN_PASSWORD)
    dlg.confirm_button.click()
    qtbot.waitUntil(lambda: outcome == ["yes"], timeout=TIMEOUT)

    dlg = reauth.ask_password(window, "Print a badge card.", lambda: outcome.append("yes"),
                              lambda: outcome.append("no"))
    dlg.cancel_button.click()
    assert outcome == ["yes", "no"]


def test_confirmed_once_then_not_asked_again_for_a_few_minutes(qtbot, make_window, admin, monkeypatch):
    """Issue 15: an administrator adding several officers types the password once; locking ends the grace."""
    from custody.ui import reauth

    window = make_window(admin)
    with answer_reauth(ADMIN_PASSWORD) as answers:
        assert reauth.confirm_sensitive(window, "Add an officer")
        assert reauth.confirm_sensitive(window, "Add another officer")  # not asked again
    assert answers.typed == [ADMIN_PASSWORD] and answers.cancelled == 0
    real = reauth.time.monotonic
    monkeypatch.setattr(reauth.time, "monotonic", lambda: real() + reauth.REAUTH_GRACE_SECONDS + 1)
    with answer_reauth() as answers:  # five minutes later: asked again (and cancelled here)
        assert not reauth.confirm_sensitive(window, "Add a third officer")
    assert answers.cancelled == 1
    monkeypatch.setattr(reauth.time, "monotonic", real)
    with answer_reauth(ADMIN_PASSWORD):
        assert reauth.confirm_sensitive(window, "Again")
    window.idle_lock.lock()
    assert not reauth.recently_confirmed(window)
