"""First run: name the agency and the station and create the first administrator. No default accounts.

Nothing is written until Finish, and then only if every field is valid: the service checks everything and
answers with :class:`FormErrors`; each message is shown under its field and the wizard goes back to the page
of the first bad field.
"""

from __future__ import annotations

import html
import zoneinfo
from functools import cache

from PySide6.QtCore import Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from custody.domain.enums import Role
from custody.domain.errors import CustodyError, FormErrors
from custody.services import setup
from custody.services.context import AppContext, StationDTO
from custody.services.users import NewUser
from custody.ui import errors as ui_errors
from custody.ui.forms import FieldErrors, add_field, add_full_row, make_form
from custody.ui.language import current_language, language_picker
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import NAVY, set_role, show_field_error

PAGE_WELCOME, PAGE_AGENCY, PAGE_STATION, PAGE_ADMIN = range(4)

FIELD_PAGE = {
    "agency": PAGE_AGENCY,
    "evidence_room": PAGE_AGENCY,
    "time_zone": PAGE_AGENCY,
    "station_code": PAGE_STATION,
    "item_prefix": PAGE_STATION,
    "origin": PAGE_STATION,
}
FIELD_ORDER = [
    "agency", "evidence_room", "time_zone", "station_code", "item_prefix", "origin",
    "admin_username", "admin_full_name", "admin_badge_number", "admin_password", "admin_password_confirm",
    "admin_roles",
]


def page_of(field: str) -> int:
    return FIELD_PAGE.get(field, PAGE_ADMIN)


@cache
def time_zone_names() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def system_time_zone() -> str:
    try:
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii")
    except (UnicodeDecodeError, AttributeError):
        name = ""
    return name if name in set(time_zone_names()) else "UTC"


def _line(name: str, *, password: bool = False, max_len: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    edit.setMinimumWidth(360)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _set_heading(page: QWizardPage, title: str, subtitle: str) -> None:
    """Large page titles (the wizard header shows rich text as is)."""
    page.setTitle(f"<span style='font-size:16pt; font-weight:bold; color:{NAVY}'>{html.escape(title)}</span>")
    page.setSubTitle(subtitle)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_heading(
            self,
            self.tr("Welcome to Custody"),
            self.tr("This workstation's database is empty. Let us set up your station."),
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        # The station's working language: the wizard switches to it at once (it is rebuilt in that language).
        self.language = language_picker()
        row = make_form()
        row.addWidget(QLabel(self.tr("Language of this station")), 0, 0)
        row.addWidget(self.language, 0, 1)
        layout.addLayout(row)
        hint = set_role(QLabel(self.tr("Custody speaks this language at sign-in and writes reports and labels in it. "
                                       "Each officer can choose another language when signing in.")), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        for text in (
            self.tr("In three short steps you will name your agency and evidence room, choose the station's "
                    "identifiers, and create the first administrator account."),
            self.tr("Custody has no default accounts and no default passwords: the administrator you create "
                    "here is the only way in."),
            self.tr("Nothing is saved until you press Set up at the end and every field is valid."),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)


class AgencyPage(QWizardPage):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_heading(
            self,
            self.tr("Agency and evidence room"),
            self.tr("These names appear on every label and court report."),
        )
        self.agency = _line("agency")
        self.agency.setPlaceholderText(self.tr("for example: National Police, Drug Enforcement Unit"))
        self.evidence_room = _line("evidence_room")
        self.evidence_room.setPlaceholderText(self.tr("for example: Central evidence room"))
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.addItems(time_zone_names())
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(time_zone_names(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.setCurrentText(system_time_zone())

        form = make_form()
        add_field(form, errors, self.tr("Agency name"), "agency", self.agency)
        add_field(form, errors, self.tr("Evidence room"), "evidence_room", self.evidence_room)
        add_field(form, errors, self.tr("Time zone"), "time_zone", self.time_zone,
                  self.tr("Dates on reports are shown in this time zone. Type part of a city name to search."))
        form.setRowStretch(form.rowCount(), 1)
        self.setLayout(form)
        self.registerField("agency*", self.agency)
        self.registerField("evidence_room*", self.evidence_room)
        self.registerField("time_zone", self.time_zone, "currentText", self.time_zone.currentTextChanged)


class StationPage(QWizardPage):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_heading(
            self,
            self.tr("Station identifiers"),
            self.tr("Short codes that make this station's items and ledger recognisable."),
        )
        self.station_code = _line("station_code", max_len=16)
        self.station_code.setPlaceholderText(self.tr("for example: DIL"))
        self.item_prefix = _line("item_prefix", max_len=26)
        self.origin = _line("origin")
        self._prefix_edited = False
        self._origin_edited = False

        form = make_form()
        add_field(form, errors, self.tr("Station code"), "station_code", self.station_code,
                  self.tr("1 to 16 capital letters A-Z, digits or '-'."))
        add_field(form, errors, self.tr("Item-id prefix"), "item_prefix", self.item_prefix,
                  self.tr("Starts every item barcode, for example UN-DIL gives UN-DIL-26-000123-7."))
        add_field(form, errors, self.tr("Ledger origin"), "origin", self.origin,
                  self.tr("The name the ledger's checkpoints are signed under. Keep the suggestion unless your "
                          "administrator gave you one."))
        form.setRowStretch(form.rowCount(), 1)
        self.setLayout(form)
        self.registerField("station_code*", self.station_code)
        self.registerField("item_prefix*", self.item_prefix)
        self.registerField("origin", self.origin)

        self.station_code.textChanged.connect(self._code_changed)
        self.station_code.textEdited.connect(lambda text: self._upper(self.station_code, text))
        self.item_prefix.textEdited.connect(self._prefix_typed)
        self.origin.textEdited.connect(self._origin_typed)

    @staticmethod
    def _upper(edit: QLineEdit, text: str) -> None:
        if text != text.upper():
            pos = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(pos)

    def _prefix_typed(self, text: str) -> None:
        self._prefix_edited = bool(text)
        self._upper(self.item_prefix, text)

    def _origin_typed(self, text: str) -> None:
        self._origin_edited = bool(text)

    def _code_changed(self, text: str) -> None:
        code = text.strip().upper()
        if not self._prefix_edited:
            self.item_prefix.setText(code)
        if not self._origin_edited:
            self.origin.setText(setup.default_origin(code) if code else "")


class AdminPage(QWizardPage):
    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_heading(
            self,
            self.tr("First administrator"),
            self.tr("The administrator manages officers and the station. There is no other account."),
        )
        self.username = _line("admin_username", max_len=32)
        self.full_name = _line("admin_full_name")
        self.badge_number = _line("admin_badge_number", max_len=24)
        self.password = _line("admin_password", password=True, max_len=128)
        self.password_confirm = _line("admin_password_confirm", password=True, max_len=128)

        form = make_form()
        add_field(form, errors, self.tr("Username"), "admin_username", self.username,
                  self.tr("Lower-case letters, digits, '.', '_' or '-'; used to sign in."))
        add_field(form, errors, self.tr("Full name"), "admin_full_name", self.full_name)
        add_field(form, errors, self.tr("Badge number"), "admin_badge_number", self.badge_number)
        add_field(form, errors, self.tr("Password"), "admin_password", self.password,
                  self.tr("8 to 128 characters, in any script; spaces are allowed. A short sentence is easy "
                          "to remember and hard to guess. Common passwords are refused."))
        add_field(form, errors, self.tr("Repeat password"), "admin_password_confirm", self.password_confirm)
        self.general_error = QLabel()
        self.general_error.setObjectName("error_general")
        set_role(self.general_error, "error")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        add_full_row(form, self.general_error)
        form.setRowStretch(form.rowCount(), 1)
        self.setLayout(form)
        self._errors = errors
        self.registerField("admin_username*", self.username)
        self.registerField("admin_full_name*", self.full_name)
        self.registerField("admin_badge_number*", self.badge_number)
        self.registerField("admin_password*", self.password)
        self.registerField("admin_password_confirm*", self.password_confirm)
        self.badge_number.textEdited.connect(lambda text: StationPage._upper(self.badge_number, text))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        label = self._errors.labels["admin_password_confirm"]
        if self.password.text() != self.password_confirm.text():
            self._errors.show({"admin_password_confirm": self.tr("The two passwords are not the same.")})
            return False
        show_field_error(label, None)
        return True


class FirstRunWizard(QWizard):
    """Collects the setup request and runs :func:`setup.initialize` through the operations helper."""

    setup_done = Signal(object)  # StationDTO
    language_chosen = Signal(str)  # a language picked on the welcome page: the app switches and rebuilds the wizard

    def __init__(self, ctx: AppContext, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = operations
        self.station: StationDTO | None = None
        self.admin_username = ""
        self._submitting = False
        self._finished_ok = False
        self.field_errors = FieldErrors()
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Custody — first-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Set up"))
        self.setMinimumSize(820, 640)

        self.welcome_page = WelcomePage()
        self.agency_page = AgencyPage(self.field_errors)
        self.station_page = StationPage(self.field_errors)
        self.admin_page = AdminPage(self.field_errors)
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_AGENCY, self.agency_page)
        self.setPage(PAGE_STATION, self.station_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.language = current_language()
        self.welcome_page.language.activated.connect(self._language_picked)

    def _language_picked(self, index: int) -> None:
        code = self.welcome_page.language.itemData(index)
        if code and code != self.language:
            emit(self.language_chosen, code)

    # -- the request -------------------------------------------------------------------------

    def request(self) -> setup.SetupRequest:
        f = self.field
        admin = NewUser(
            username=str(f("admin_username") or "").strip(),
            full_name=str(f("admin_full_name") or "").strip(),
            badge_number=str(f("admin_badge_number") or "").strip(),
            password=str(f("admin_password") or ""),
            roles=(Role.ADMIN,),
        )
        return setup.SetupRequest(
            agency=str(f("agency") or "").strip(),
            station_code=str(f("station_code") or "").strip().upper(),
            evidence_room=str(f("evidence_room") or "").strip(),
            time_zone=str(f("time_zone") or "").strip(),
            item_prefix=str(f("item_prefix") or "").strip().upper(),
            admin=admin,
            origin=str(f("origin") or "").strip() or None,
            language=self.language,
        )

    # -- finishing ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self._finished_ok:
            super().accept()
            return
        if self._submitting:
            return
        if not self.admin_page.validatePage():
            return
        self.field_errors.clear()
        show_field_error(self.admin_page.general_error, None)
        req = self.request()
        self.admin_username = req.admin.username.lower()
        self._set_submitting(True)
        self.ops.run(
            setup.initialize,
            self.ctx,
            req,
            on_success=self._succeeded,
            on_error=self._failed,
            on_finally=lambda: self._set_submitting(False),
            changes={Change.STATION, Change.USERS, Change.LEDGER},
            parent=self,
            progress_label=None,
        )

    def _set_submitting(self, busy: bool) -> None:
        self._submitting = busy
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _succeeded(self, station: StationDTO) -> None:
        self.station = station
        self._finished_ok = True
        # Passwords do not linger in widgets once they have done their job.
        self.admin_page.password.clear()
        self.admin_page.password_confirm.clear()
        emit(self.setup_done, station)
        super().accept()

    def _failed(self, err: CustodyError) -> None:
        if isinstance(err, FormErrors):
            messages = ui_errors.field_messages(err)
            rest = self.field_errors.show(messages)
            if rest:
                show_field_error(self.admin_page.general_error, "\n".join(rest.values()))
            first = min(messages, key=lambda k: FIELD_ORDER.index(k) if k in FIELD_ORDER else len(FIELD_ORDER))
            self.go_to_page(page_of(first))
            editor = self.field_errors.editors.get(first)
            if editor is not None:
                editor.setFocus()
        else:
            ui_errors.show_error(self, err)

    def go_to_page(self, page_id: int) -> None:
        """Go back (keeping what was typed) to ``page_id``."""
        while self.currentId() > page_id:
            self.back()

