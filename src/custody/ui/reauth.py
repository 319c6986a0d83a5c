"""Sensitive actions re-ask the signed-in officer's password (issue: officers and access control).

Two ways to use it, both checking the password with ``auth.reauthenticate`` through the operations helper
(so the check never blocks the UI and a wrong password is recorded in the ledger):

- ``confirm_sensitive(window, reason) -> bool``: blocks (a window-modal dialog run with ``exec()``) until the
  officer typed the right password (True) or cancelled (False). For code that reads best top to bottom::

      if not confirm_sensitive(self.window_, self.tr("Dispose of 3 items")):
          return

- ``ask_password(window, reason, on_confirmed, on_cancelled=None) -> ReauthDialog``: the same dialog opened
  without blocking; ``on_confirmed()`` runs after the right password, ``on_cancelled()`` after Cancel.

``window`` is the main window or anything with ``ctx``, ``session`` and ``ops`` attributes (a page may pass
``self.window_``). A wrong password is said inline ("Wrong password. ...") and the officer may try again.

Once confirmed, the password is not asked again on the same window for ``REAUTH_GRACE_SECONDS`` (5 minutes): an
administrator adding six officers types it once, not six times (issue 15). Locking the window (idle lock) or
signing out ends the grace (:func:`forget_confirmation`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import AuthError, CustodyError
from custody.services import auth
from custody.ui import errors as ui_errors
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.operations import Change
from custody.ui.qtcompat import emit
from custody.ui.style import set_invalid, set_role, show_field_error


class ReauthDialog(QDialog):
    """"Confirm with your password": a password field, Confirm and Cancel.

    ``confirmed`` is emitted (and the dialog accepted) once ``auth.reauthenticate`` accepts the password;
    Cancel rejects it. A wrong password leaves the dialog open with the reason under the field."""

    confirmed = Signal()

    def __init__(self, ctx: Any, session: Any, operations: Any, reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.ctx = ctx
        self.session = session
        self.ops = operations
        self.attempts = 0
        self._busy = False
        self.setObjectName("reauth_dialog")
        self.setWindowTitle(self.tr("Confirm with your password"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        title = set_role(QLabel(self.tr("Confirm with your password")), "section")
        layout.addWidget(title)
        self.reason = QLabel(reason)
        self.reason.setObjectName("reauth_reason")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        explain = set_role(QLabel(self.tr(
            "This is a sensitive action. Type your own password again ({name}, signed in as {user}).").format(
            name=session.full_name, user=session.username)), "hint")
        explain.setWordWrap(True)
        layout.addWidget(explain)

        self.password = QLineEdit()
        self.password.setObjectName("reauth_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.password.setPlaceholderText(self.tr("Your password"))
        layout.addWidget(self.password)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("error_password")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setObjectName("reauth_confirm")
        set_role(self.confirm_button, "primary")
        self.confirm_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("reauth_cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            self._show(self.tr("Type your password."))
            return
        self._show(None)
        self._set_busy(True)
        self.ops.run(auth.reauthenticate, self.ctx, self.session, password,
                     on_success=self._succeeded, on_error=self._failed,
                     on_finally=lambda: self._set_busy(False),
                     changes={Change.LEDGER}, parent=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm_button.setEnabled(not busy)
        self.confirm_button.setText(self.tr("Checking…") if busy else self.tr("Confirm"))
        self.password.setEnabled(not busy)

    def _succeeded(self, _result: object) -> None:
        self.password.clear()
        emit(self.confirmed)
        self.accept()

    def _failed(self, err: CustodyError) -> None:
        self._set_busy(False)
        self.attempts += 1
        if isinstance(err, AuthError):
            self._show(self.tr("Wrong password. Type it again, or Cancel."))
        else:
            self._show(ui_errors.translate_error(err))
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, message: str | None) -> None:
        show_field_error(self.error, message)
        set_invalid(self.password, bool(message))

    def reject(self) -> None:
        if self._busy:  # the check is running: let it finish (its answer would land on a closed dialog)
            return
        super().reject()


REAUTH_GRACE_SECONDS = 300.0
_GRACE_ATTR = "_custody_reauth_confirmed_at"


def recently_confirmed(window: Any, now: float | None = None) -> bool:
    """Whether the officer of ``window`` confirmed their password less than the grace period ago."""
    at = getattr(window, _GRACE_ATTR, None)
    now = time.monotonic() if now is None else now
    return at is not None and 0 <= now - at < REAUTH_GRACE_SECONDS


def _remember(window: Any) -> None:
    try:
        setattr(window, _GRACE_ATTR, time.monotonic())
    except AttributeError:  # pragma: no cover - an object that takes no attributes: no grace
        pass


def forget_confirmation(window: Any) -> None:
    """End the grace period (the window locked, or the officer signed out)."""
    if getattr(window, _GRACE_ATTR, None) is not None:
        setattr(window, _GRACE_ATTR, None)


def _parts(window: Any) -> tuple[Any, Any, Any, QWidget | None]:
    parent = window if isinstance(window, QWidget) else None
    return window.ctx, window.session, window.ops, parent


def confirm_sensitive(window: Any, reason: str, *, parent: QWidget | None = None) -> bool:
    """Ask the signed-in officer's password again; True once it was right, False on Cancel (blocks). Not asked
    again within the grace period after a confirmation on the same window."""
    if recently_confirmed(window):
        return True
    ctx, session, ops, default_parent = _parts(window)
    dlg = ReauthDialog(ctx, session, ops, reason, parent or default_parent)
    try:
        ok = dlg.exec() == QDialog.DialogCode.Accepted
        if ok:
            _remember(window)
        return ok
    finally:
        dlg.deleteLater()


def ask_password(window: Any, reason: str, on_confirmed: Callable[[], Any],
                 on_cancelled: Callable[[], Any] | None = None, *,
                 parent: QWidget | None = None) -> ReauthDialog:
    """Like :func:`confirm_sensitive` without blocking: open the dialog and call back."""
    ctx, session, ops, default_parent = _parts(window)
    dlg = ReauthDialog(ctx, session, ops, reason, parent or default_parent)

    def finished(code: int) -> None:
        dlg.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            _remember(window)
            on_confirmed()
        elif on_cancelled is not None:
            on_cancelled()

    dlg.finished.connect(finished)
    dlg.open()
    return dlg
