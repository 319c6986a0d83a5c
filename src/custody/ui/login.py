"""Sign-in: username, password and language; the service decides, the dialog shows its answer in words.

The language picker switches the app at once (the dialog retranslates itself on ``QEvent.LanguageChange``); a
language picked here is kept for that officer (:mod:`custody.services.preferences`). Without a pick, the officer's
earlier choice applies after sign-in.

At start-up the dialog is shown before the database is open (issue 18): it is built without a context and says
"Opening the database…" until :meth:`LoginDialog.database_opened` gives it one. Whatever is typed meanwhile stays;
a sign-in asked for meanwhile (Return, or Sign in clicked) waits and goes ahead as soon as the database is open.
Nothing here imports SQLAlchemy or the services before a sign-in is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
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
from custody.ui import errors as ui_errors
from custody.ui import language as ui_language
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import set_role, show_field_error

if TYPE_CHECKING:
    from custody.services.auth import AuthSession
    from custody.services.context import AppContext
    from custody.services.preferences import SignedIn


class StationHeader(Protocol):
    """What the header names: a StationDTO, or the card kept from the last start (:mod:`custody.ui.signin_card`)."""

    @property
    def agency(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def evidence_room(self) -> str: ...


class LoginDialog(QDialog):
    """Ask for username and password; ``signed_in(session)`` and ``accept()`` on success.

    ``ctx=None``: the database is still being opened (see the module docstring)."""

    signed_in = Signal(object)  # AuthSession

    def __init__(
        self,
        ctx: AppContext | None,
        operations: Operations,
        station: StationHeader | None = None,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = operations
        self.session: AuthSession | None = None
        self._busy = False
        self._pending = False  # a sign-in asked for while the database was being opened
        self._station = station
        self.chosen_language: str | None = None  # picked in this dialog (kept for the officer)
        self.setObjectName("login_dialog")
        self.setMinimumWidth(520)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QWidget()
        header.setObjectName("header")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(28, 20, 28, 20)
        hl.setSpacing(4)
        self.app_label = QLabel()
        self.app_label.setObjectName("header_app")
        hl.addWidget(self.app_label)
        self.agency = QLabel()
        self.agency.setObjectName("header_agency")
        self.agency.setWordWrap(True)
        hl.addWidget(self.agency)
        self.where = QLabel()
        self.where.setObjectName("header_station")
        self.where.setWordWrap(True)
        hl.addWidget(self.where)
        self._show_station()
        outer.addWidget(header)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(28, 22, 28, 22)
        bl.setSpacing(14)
        self.title = set_role(QLabel(), "section")
        bl.addWidget(self.title)

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
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.language_label = QLabel()
        self.language = ui_language.language_picker()
        self.language.activated.connect(self._language_picked)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)
        bl.addLayout(form)

        self.opening = QLabel()
        self.opening.setObjectName("login_opening")
        set_role(self.opening, "hint")
        self.opening.setWordWrap(True)
        self.opening.setVisible(ctx is None)
        bl.addWidget(self.opening)

        self.error = QLabel()
        self.error.setObjectName("login_error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        bl.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("sign_in")
        set_role(self.sign_in_button, "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setAutoDefault(False)  # Enter must never quit, even while signing in
        self.buttons.accepted.connect(self.sign_in)
        # Enter in either field signs in (a disabled-then-enabled default button is not reliable).
        self.password.returnPressed.connect(self.sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        self.buttons.rejected.connect(self.reject)
        bl.addWidget(self.buttons)
        outer.addWidget(body)

        self._retranslate()
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Custody — sign in"))
        self.app_label.setText(self.tr("Custody"))
        if self._station is not None:
            self.where.setText(self.tr("Station {code} · {room}").format(
                code=ui_language.ltr(self._station.code), room=self._station.evidence_room))
        self.title.setText(self.tr("Sign in"))
        self.opening.setText(self.tr("Opening the database…"))
        index = self.language.findData(ui_language.current_language())  # switched by the station's answer, say
        if index >= 0 and index != self.language.currentIndex():
            self.language.setCurrentIndex(index)
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.language_label.setText(self.tr("Language"))
        self.language.setToolTip(self.tr("The language Custody speaks to you. It is kept for your next sign-in."))
        self.sign_in_button.setText(self.tr("Signing in…") if self._busy else self.tr("Sign in"))
        self.quit_button.setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_picked(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != ui_language.current_language():
            ui_language.set_language(code)
            self._retranslate()  # at once (Qt's LanguageChange events arrive later, through the event loop)
        self.chosen_language = code

    # -- the station and the database ----------------------------------------------------------

    def _show_station(self) -> None:
        station = self._station
        self.agency.setText(station.agency if station is not None else "")
        self.agency.setVisible(station is not None)
        self.where.setVisible(station is not None)

    def set_station(self, station: StationHeader | None) -> None:
        """Name ``station`` in the header (the database's answer may differ from the card the window began with)."""
        grows = self._station is None and station is not None
        self._station = station
        self._show_station()
        self._retranslate()
        if grows and self.isVisible():
            self.adjustSize()

    @property
    def database_open(self) -> bool:
        return self.ctx is not None

    @property
    def waiting(self) -> bool:
        """A sign-in was asked for while the database is being opened: it goes ahead once it is open."""
        return self._pending

    def database_opened(self, ctx: AppContext, *, go_ahead: bool = True) -> None:
        """The database is open: sign-in works from now on. A sign-in asked for while it was opening goes ahead now,
        unless ``go_ahead`` is False (something must be read first): then it waits for Return again, with
        everything typed kept."""
        self.ctx = ctx
        self.opening.setVisible(False)
        if self._pending:
            self._pending = False
            self._set_busy(False)
            if go_ahead:
                self.sign_in()
            else:
                self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def database_failed(self, message: str) -> None:
        """The database cannot be opened: say why here too (the app then ends), and sign-in stays off."""
        self._pending = False
        self.opening.setVisible(False)
        self._set_busy(True)
        self.sign_in_button.setText(self.tr("Sign in"))
        self._show(message)

    # -- signing in ----------------------------------------------------------------------------

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
        if self.ctx is None:  # still opening: database_opened() goes ahead with what was typed
            self._pending = True
            return
        from custody.services import preferences  # loaded with the database, after the window is shown

        self.ops.run(
            preferences.sign_in,
            self.ctx,
            username,
            password,
            self.chosen_language,
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
        self.language.setEnabled(not busy)

    def _succeeded(self, signed_in: SignedIn) -> None:
        session = signed_in.session
        if signed_in.language != ui_language.current_language():
            ui_language.set_language(signed_in.language)  # before the main window is built, in that language
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
