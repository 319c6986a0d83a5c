"""Sign-in: username and password; the service decides, the dialog shows its answer in words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError
from custody.services import auth
from custody.services.auth import AuthSession
from custody.services.context import AppContext, StationDTO
from custody.ui import errors as ui_errors
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import set_role, show_field_error


class LoginDialog(QDialog):
    """Ask for username and password; ``signed_in(session)`` and ``accept()`` on success."""

    signed_in = Signal(object)  # AuthSession

    def __init__(
        self,
        ctx: AppContext,
        operations: Operations,
        station: StationDTO | None = None,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = operations
        self.session: AuthSession | None = None
        self._busy = False
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Custody — sign in"))
        self.setMinimumWidth(520)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QWidget()
        header.setObjectName("header")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(28, 20, 28, 20)
        hl.setSpacing(4)
        app_label = QLabel(self.tr("Custody"))
        app_label.setObjectName("header_app")
        hl.addWidget(app_label)
        if station is not None:
            agency = QLabel(station.agency)
            agency.setObjectName("header_agency")
            agency.setWordWrap(True)
            hl.addWidget(agency)
            where = QLabel(self.tr("Station {code} · {room}").format(code=station.code, room=station.evidence_room))
            where.setObjectName("header_station")
            where.setWordWrap(True)
            hl.addWidget(where)
        outer.addWidget(header)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(28, 22, 28, 22)
        bl.setSpacing(14)
        title = set_role(QLabel(self.tr("Sign in")), "section")
        bl.addWidget(title)

        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        bl.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("login_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        bl.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("sign_in")
        set_role(self.sign_in_button, "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAutoDefault(False)  # Enter must never quit, even while signing in
        self.buttons.accepted.connect(self.sign_in)
        # Enter in either field signs in (a disabled-then-enabled default button is not reliable).
        self.password.returnPressed.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.buttons.rejected.connect(self.reject)
        bl.addWidget(self.buttons)
        outer.addWidget(body)

        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def sign_in(self) -> None:
        if self._busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self._show(self.tr("Type your username and your password."))
            return
        self._show(None)
        self._set_busy(True)
        self.ops.run(
            auth.login,
            self.ctx,
            username,
            password,
            on_success=self._succeeded,
            on_error=self._failed,
            on_finally=lambda: self._set_busy(False),
            changes={Change.SESSION, Change.LEDGER},
            parent=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def _succeeded(self, session: AuthSession) -> None:
        self.session = session
        self.password.clear()
        emit(self.signed_in, session)
        self.accept()

    def _failed(self, err: CustodyError) -> None:
        self._set_busy(False)
        self._show(ui_errors.translate_error(err))
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, message: str | None) -> None:
        show_field_error(self.error, message)
