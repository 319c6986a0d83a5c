"""The two-person clock correction (LEDGER.md 3.1.5): an administrator and a supervisor record ``clock.corrected``.

Offered on the Administration page. Needed only after entries were stamped with a wrong, future time: until then
every new entry is refused with a message that sends the administrator here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError
from custody.services import auth
from custody.services.auth import AuthSession
from custody.services.clock_correction import ClockCorrection, correct_clock, needs_correction
from custody.services.context import AppContext
from custody.services.ledger import Signer
from custody.ui import errors as ui_errors
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import set_role


class ClockCorrectionDialog(QDialog):
    """Reason, and the supervisor who countersigns (username and password typed here)."""

    corrected = Signal(object)  # ClockCorrection

    def __init__(self, ctx: AppContext, session: AuthSession, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.ctx, self.session, self.ops = ctx, session, ops
        self.setObjectName("clock_correction_dialog")
        self.setWindowTitle(self.tr("Correct the ledger's clock"))
        self.setMinimumWidth(520)
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(set_role(QLabel(self.tr("Correct the ledger's clock")), "section"))
        self.state = QLabel()
        self.state.setObjectName("clock_state")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        explain = QLabel(self.tr(
            "Use this only when entries were recorded with a wrong, future time (a computer whose clock was wrong). "
            "The correction is kept in the ledger with your reason, signed by you and by a supervisor; entries "
            "after it carry the right time again."))
        explain.setWordWrap(True)
        set_role(explain, "hint")
        layout.addWidget(explain)
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("clock_reason")
        self.reason.setMaximumHeight(90)
        self.reason.setPlaceholderText(self.tr("What happened to the clock"))
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("clock_supervisor")
        self.password = QLineEdit()
        self.password.setObjectName("clock_supervisor_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Supervisor (username)"), self.supervisor)
        form.addRow(self.tr("Supervisor's password"), self.password)
        layout.addLayout(form)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("clock_error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.record = QPushButton(self.tr("Record the correction"))
        self.record.setObjectName("clock_record")
        set_role(self.record, "primary")
        buttons.addButton(self.record, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ops.run(needs_correction, ctx, on_success=self._show_state, parent=self)

    def _show_state(self, wrong_until: str | None) -> None:
        if wrong_until:
            self.state.setText(self.tr("The ledger's last entry carries the time {at} (UTC), later than this "
                                       "computer's clock.").format(at=wrong_until))
        else:
            self.state.setText(self.tr("The ledger's last entry is not later than this computer's clock: there is "
                                       "nothing to correct."))
        self.record.setEnabled(bool(wrong_until))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def submit(self) -> None:
        if self._busy:
            return
        reason = self.reason.toPlainText().strip()
        username, password = self.supervisor.text().strip().lower(), self.password.text()
        if not reason:
            self._fail(self.tr("Say what happened to the clock."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not username or not password:
            self._fail(self.tr("A supervisor types their username and password to countersign."))
            (self.supervisor if not username else self.password).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy = True
        self.error.setVisible(False)
        self.ops.run(auth.unlock_signer, self.ctx, username, password, on_success=lambda s: self._signed(s, reason),
                     on_error=self._failed, changes={Change.LEDGER}, parent=self)

    def _signed(self, supervisor: Signer, reason: str) -> None:
        self.password.clear()
        self.ops.run(correct_clock, self.ctx, self.session, supervisor, reason, on_success=self._done,
                     on_error=self._failed, changes={Change.LEDGER}, parent=self)

    def _failed(self, err: CustodyError) -> None:
        self._busy = False
        self.password.clear()
        self._fail(ui_errors.translate_error(err))

    def _done(self, result: ClockCorrection) -> None:
        self._busy = False
        emit(self.corrected, result)
        self.accept()
