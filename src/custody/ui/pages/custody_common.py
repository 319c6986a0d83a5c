"""Building blocks of the scan-driven custody pages: the page base, the basket, officer fields, signer dialog.

Every page here is driven by scans (``handle_scan``, called by :class:`custody.ui.scan_routing.ScanRouter`) and
by the same codes typed into a :class:`ScanBox`. Service calls go through the window's operations; refusals
are shown in words on the page (and the station beeps).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import ItemStatus
from custody.domain.errors import CustodyError, ValidationError
from custody.domain.ids import MSG_UNKNOWN_SCAN, ScanCode, classify_scan, normalise_code
from custody.domain.values import format_weight, parse_weight
from custody.services import auth
from custody.services import custody as custody_svc
from custody.services import intake as intake_svc
from custody.services.custody import ItemCustodyDTO, SealCheck
from custody.services.ledger import Signer
from custody.services.users import UserDTO
from custody.ui import errors as ui_errors
from custody.ui import feedback as fb
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.qtcompat import emit
from custody.ui.scanner import accept_codes
from custody.ui.style import page_layout, set_role, show_field_error

CTX = "CustodyPages"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def beep() -> None:
    fb.beep()


def hint(text: str) -> QLabel:
    label = set_role(QLabel(text), "hint")
    label.setWordWrap(True)
    return label


def status_text(status: str | None) -> str:
    if not status:
        return ""
    try:
        return translate_label(ItemStatus(status))
    except ValueError:
        return status


def where_text(dto: ItemCustodyDTO) -> str:
    """'With olga', 'In storage at LOC-000001-7', 'At the laboratory'..."""
    if dto.status == ItemStatus.WITH_OFFICER.value:
        return tr("With {officer}").format(officer=dto.custodian or "?")
    if dto.status == ItemStatus.IN_STORAGE.value:
        return tr("In storage at {location}").format(location=dto.location_code or "?")
    if dto.status == ItemStatus.REGISTERED.value and dto.custodian:
        return tr("Registered, with {officer}").format(officer=dto.custodian)
    return status_text(dto.status)


def weight_text(mg: int | None) -> str:
    return format_weight(mg) if mg is not None else "—"


def parse_weight_field(edit: QLineEdit, field: str) -> int | None:
    """The weight typed in ``edit`` ('3.2 kg', '250 g', '12 mg'; grams by default) in mg, or None if empty."""
    text = edit.text().strip()
    if not text:
        return None
    return parse_weight(text, "g", field=field)


# ------------------------------------------------------------------------------------------- scan box


# What a badge number printed on a card looks like (services.users.BADGE_RE, with at least one digit).
_BADGE_NUMBER = re.compile(r"(?=.*[0-9])[A-Z0-9-]{1,24}")


class ScanBox(QLineEdit):
    """Scan here, or type a code and press Enter: typed codes take the same path as scans."""

    code_entered = Signal(object)  # ScanCode
    code_refused = Signal(str)  # message

    def __init__(self, placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_box")
        self.setPlaceholderText(placeholder or tr("Scan a barcode, or type the code and press Enter"))
        self.setClearButtonEnabled(True)
        self.setMinimumHeight(34)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.text().strip()
        if not text:
            return
        try:
            scan = classify_scan(text)
        except ValidationError as err:
            norm = normalise_code(text)
            if err.template != MSG_UNKNOWN_SCAN or not _BADGE_NUMBER.fullmatch(norm):
                emit(self.code_refused, ui_errors.translate_error(err))
                return
            scan = ScanCode("officer", norm)  # the badge number printed on the card: looked up like its code
        self.clear()
        emit(self.code_entered, scan)


# ------------------------------------------------------------------------------------------- basket


class Basket(QWidget):
    """The items scanned for one action, in scan order, each once. With ``seal_checks`` the receiver records,
    per sealed item, whether the seal is intact and the number read on it."""

    changed = Signal()

    COL_ITEM, COL_DESCRIPTION, COL_WHERE, COL_SEAL, COL_INTACT, COL_SEEN = range(6)

    def __init__(self, *, seal_checks: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basket")
        self.with_seal_checks = seal_checks
        self.dtos: list[ItemCustodyDTO] = []
        self._intact: dict[str, QCheckBox] = {}
        self._seen: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        headers = [tr("Item"), tr("Description"), tr("Where"), tr("Seal on record")]
        if seal_checks:
            headers += [tr("Seal intact"), tr("Seal number seen")]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("basket_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(150)
        if seal_checks:
            self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.count_label = set_role(QLabel(), "hint")
        self.count_label.setObjectName("basket_count")
        self.remove_button = QPushButton(tr("Remove selected"))
        self.remove_button.setObjectName("basket_remove")
        self.clear_button = QPushButton(tr("Empty the basket"))
        self.clear_button.setObjectName("basket_clear")
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self._update_count()

    def item_ids(self) -> list[str]:
        return [d.item_id for d in self.dtos]

    def count(self) -> int:
        return len(self.dtos)

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, str) and normalise_code(item_id) in self.item_ids()

    def add(self, dto: ItemCustodyDTO) -> bool:
        if dto.item_id in self.item_ids():
            return False
        self.dtos.append(dto)
        r = self.table.rowCount()
        self.table.insertRow(r)
        cells = [dto.item_id, dto.description, where_text(dto), dto.seal_number or tr("not sealed")]
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(r, col, cell)
        if self.with_seal_checks and dto.seal_number:
            box = QCheckBox(tr("intact"))
            box.setObjectName(f"intact_{dto.item_id}")
            seen = QLineEdit()
            accept_codes(seen)  # the seal's barcode scanned here lands as text
            seen.setObjectName(f"seen_{dto.item_id}")
            seen.setPlaceholderText(tr("number on the seal"))
            box.toggled.connect(lambda *_: emit(self.changed))
            seen.textChanged.connect(lambda *_: emit(self.changed))
            self._intact[dto.item_id] = box
            self._seen[dto.item_id] = seen
            self.table.setCellWidget(r, self.COL_INTACT, box)
            self.table.setCellWidget(r, self.COL_SEEN, seen)
        elif self.with_seal_checks:
            for col in (self.COL_INTACT, self.COL_SEEN):
                self.table.setItem(r, col, QTableWidgetItem("—"))
        self.table.scrollToBottom()
        self._update_count()
        emit(self.changed)
        return True

    def remove(self, item_id: str) -> None:
        ids = self.item_ids()
        if item_id not in ids:
            return
        r = ids.index(item_id)
        self.table.removeRow(r)
        del self.dtos[r]
        self._intact.pop(item_id, None)
        self._seen.pop(item_id, None)
        self._update_count()
        emit(self.changed)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.remove(self.dtos[r].item_id)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.dtos.clear()
        self._intact.clear()
        self._seen.clear()
        self._update_count()
        emit(self.changed)

    def _update_count(self) -> None:
        n = len(self.dtos)
        self.count_label.setText(tr("No items scanned yet.") if n == 0 else
                                 tr("{n} item(s) in the basket").format(n=n))
        self.remove_button.setEnabled(n > 0)
        self.clear_button.setEnabled(n > 0)

    # -- seal checks -------------------------------------------------------------------------

    def intact_box(self, item_id: str) -> QCheckBox:
        return self._intact[item_id]

    def seen_edit(self, item_id: str) -> QLineEdit:
        return self._seen[item_id]

    def seal_checks(self) -> dict[str, SealCheck]:
        return {i: SealCheck(intact=self._intact[i].isChecked(), seal_number_seen=self._seen[i].text().strip())
                for i in self._intact}

    def unchecked_seals(self) -> list[str]:
        """Sealed items whose seal number has not been read yet."""
        return [i for i in self._intact if not self._seen[i].text().strip()]

    def seal_mismatches(self) -> list[str]:
        """Sealed items whose seal is not intact or whose number differs from the record."""
        out = []
        for d in self.dtos:
            if d.item_id not in self._intact:
                continue
            seen = self._seen[d.item_id].text().strip()
            if not seen:
                continue
            if not self._intact[d.item_id].isChecked() or normalise_code(seen) != normalise_code(d.seal_number or ""):
                out.append(d.item_id)
        return out


# ------------------------------------------------------------------------------------------- officers


def _restyle(label: QLabel, role: str) -> None:
    set_role(label, role)
    label.style().unpolish(label)
    label.style().polish(label)


class OfficerField(QWidget):
    """An officer: scan the badge, or type the username or the badge number printed on the card (B-1002).

    What was typed is looked up (:func:`custody.services.intake.find_officer`) when the officer presses Enter
    or leaves the field, and before the page acts on it (:meth:`CustodyPage.with_officers`): the field then
    shows the username and, beside it, the officer's name and badge number."""

    changed = Signal()

    def __init__(self, name: str, placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{name}_username")
        self.edit.setPlaceholderText(placeholder or tr("Scan the badge, or type the username or badge number"))
        self.edit.setMaxLength(64)
        self.name = set_role(QLabel(), "hint")
        self.name.setObjectName(f"{name}_name")
        row.addWidget(self.edit, 1)
        row.addWidget(self.name, 1)
        self.officer: UserDTO | None = None
        self._looked_up = ""  # the text last looked up (each text once)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(lambda: self.resolve())
        self.edit.editingFinished.connect(lambda: self.resolve())

    def _typed(self, _text: str) -> None:
        self.officer = None
        self._looked_up = ""
        self.name.setText("")
        _restyle(self.name, "hint")
        emit(self.changed)

    def set_officer(self, officer: UserDTO) -> None:
        self.officer = officer
        self.edit.setText(officer.username)
        self._looked_up = officer.username
        self.name.setText(f"{officer.full_name} ({officer.badge_number})" if officer.badge_number
                          else officer.full_name)
        _restyle(self.name, "hint")
        emit(self.changed)

    def username(self) -> str:
        if self.officer is not None:
            return self.officer.username
        return self.edit.text().strip().lower()

    def needs_lookup(self) -> bool:
        """Text typed that is not yet known to name an officer."""
        return self.officer is None and bool(self.edit.text().strip())

    def resolve(self, then: Callable[[], Any] | None = None) -> None:
        """Look up what was typed (username, badge number or badge code); then ``then()`` if it names an
        officer. An unknown officer is said beside the field and in the message bar."""
        text = self.edit.text().strip()
        if not self.needs_lookup():
            if then is not None and (self.officer is not None or not text):
                then()
            return
        if then is None and text == self._looked_up:
            return
        self._looked_up = text
        page = self._page()
        if page is None:
            if then is not None:
                then()
            return

        def found(officer: UserDTO) -> None:
            if self.edit.text().strip() != text:  # typed on meanwhile
                return
            self.set_officer(officer)
            if then is not None:
                then()

        def missing(message: str) -> None:
            if self.edit.text().strip() != text:
                return
            self.name.setText(message)
            _restyle(self.name, "error")
            if then is not None:  # the page was about to act on it: say so in view, focus the field
                page.warn(message, field=self.edit)

        page.find_officer(text, found, missing)

    def _page(self) -> CustodyPage | None:
        w = self.parentWidget()
        while w is not None and not isinstance(w, CustodyPage):
            w = w.parentWidget()
        return w

    def clear(self) -> None:
        self.officer = None
        self._looked_up = ""
        self.edit.clear()
        self.name.clear()
        _restyle(self.name, "hint")
        emit(self.changed)


class SignerDialog(QDialog):
    """A second officer signs on this workstation: their username (badge scan or typed) and password.

    The password is checked by ``auth.unlock_signer`` through the operations; ``signed(Signer)`` on success.
    Non-blocking (``open()``): a scan of a badge while it is open fills in the username.
    """

    signed = Signal(object)  # Signer

    def __init__(self, page: CustodyPage, title: str, explanation: str, username: str = "", *,
                 fixed_username: bool = False, name: str = "signer_dialog") -> None:
        super().__init__(page)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.page = page
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.signer: Signer | None = None
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(set_role(QLabel(title), "section"))
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("signer_username")
        self.username.setReadOnly(fixed_username)
        self.password = QLineEdit()
        self.password.setObjectName("signer_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        form.addRow(tr("Username"), self.username)
        form.addRow(tr("Password"), self.password)
        layout.addLayout(form)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("signer_error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.sign_button = QPushButton(tr("Sign"))
        self.sign_button.setObjectName("signer_sign")
        set_role(self.sign_button, "primary")
        self.sign_button.setAutoDefault(False)
        self.buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.password.returnPressed.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    def handle_scan(self, scan: ScanCode) -> bool:
        if scan.kind != "officer" or self.username.isReadOnly():
            return False
        self.page.lookup_officer(scan.value, self._badge)
        return True

    def _badge(self, officer: UserDTO) -> None:
        self.username.setText(officer.username)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self._busy:
            return
        username, password = self.username.text().strip().lower(), self.password.text()
        if not username or not password:
            show_field_error(self.error, tr("Type the username and the password."))
            return
        self._busy = True
        self.sign_button.setEnabled(False)
        show_field_error(self.error, None)
        if self.username.isReadOnly():
            self._unlock(username, password)
            return

        def missing(message: str) -> None:
            show_field_error(self.error, message)
            self._done()

        # Typed: a username or the badge number on the card (B-1002), as everywhere an officer is named.
        self.page.find_officer(username, lambda officer: self._unlock(officer.username, password), missing)

    def _unlock(self, username: str, password: str) -> None:
        if self.username.text().strip().lower() != username:
            self.username.setText(username)
        page = self.page
        page.window_.ops.run(auth.unlock_signer, page.ctx, username, password, on_success=self._unlocked,
                             on_error=self._failed, on_finally=self._done, changes={Change.LEDGER}, parent=self)

    def _unlocked(self, signer: Signer) -> None:
        self.signer = signer
        self.password.clear()
        self.accept()
        emit(self.signed, signer)

    def _failed(self, err: CustodyError) -> None:
        show_field_error(self.error, ui_errors.translate_error(err))
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self) -> None:
        self._busy = False
        self.sign_button.setEnabled(True)


# ------------------------------------------------------------------------------------------- page base


class CustodyPage(QWidget):
    """Base of the custody pages: title, a feedback line, scan dispatch, item and officer look-ups."""

    PAGE_NAME = "custody_page"

    def __init__(self, window: Any, title: str, subtitle: str | None = None) -> None:
        super().__init__()
        self.window_ = window
        self.ctx = window.ctx
        self.session = window.session
        self.ops = window.ops
        self.setObjectName(self.PAGE_NAME)
        self.dialog: SignerDialog | None = None
        self._looking_up: set[str] = set()
        layout = page_layout(self, title, subtitle, spacing=14)
        self.body = layout
        self._invalid: list[QWidget] = []

    # -- feedback ----------------------------------------------------------------------------

    @property
    def feedback(self) -> fb.MessageBar:
        """Where this page's messages show: the window's message bar, always in view (custody.ui.feedback)."""
        bar = fb.message_bar(self) or getattr(self.window_, "message_bar", None)
        assert bar is not None, "a custody page lives in the main window"
        return bar

    def say(self, message: str) -> None:
        self._clear_invalid()
        self.feedback.show_message(message, fb.STATE_OK, source=self)

    def warn(self, message: str, *, sound: bool = True, field: QWidget | None = None) -> None:
        """A refusal in the message bar (with the beep unless the scanner beeped already). With ``field``, the
        field is marked, gets the focus and is scrolled into view; the message goes when it is edited."""
        self._clear_invalid()
        self.feedback.show_message(message, fb.STATE_BAD, source=self, sound=sound)
        if field is not None:
            fb.mark_field(field, True)
            self._invalid.append(field)
            fb.focus_field(field)
            self.feedback.on_clear(self._clear_invalid)

    def _clear_invalid(self) -> None:
        for w in self._invalid:
            if shiboken6.isValid(w):
                fb.mark_field(w, False)
        self._invalid.clear()

    def field_fixed(self) -> None:
        """The officer changed a field that was in error: the refusal about it goes."""
        if self._invalid:
            self.feedback.clear(self)

    def watch_fields(self, *widgets: QWidget) -> None:
        """Refusals about these fields clear as soon as the officer changes one of them."""
        for w in widgets:
            fb.when_edited(w, self.field_fixed)

    def show_error(self, err: CustodyError) -> None:
        self.warn(ui_errors.translate_error(err))

    def scan_rejected(self, code: str, message: str) -> None:
        self.warn(message, sound=False)  # the scanner beeped already

    # -- scans -------------------------------------------------------------------------------

    def handle_scan(self, scan: ScanCode) -> bool:
        handler: Callable[[str], bool] = {
            "item": self.scan_item, "location": self.scan_location, "officer": self.scan_officer,
        }[scan.kind]
        if handler(scan.value):
            return True
        if self.has_work():
            self.warn(tr("{code}: this step does not use {what}.").format(
                code=scan.value, what={"item": tr("item numbers"), "location": tr("location codes"),
                                       "officer": tr("badge codes")}[scan.kind]))
            return True
        return False

    def has_work(self) -> bool:
        """Something is half-done here: a scan this page cannot use is refused rather than opened."""
        return False

    def scan_item(self, item_id: str) -> bool:
        return False

    def scan_location(self, code: str) -> bool:
        return False

    def scan_officer(self, code: str) -> bool:
        return False

    def scan_and_basket(self, layout: Any, basket_name: str | None = None, *,
                        seal_checks: bool = False) -> tuple[ScanBox, Basket]:
        """A scan-or-type box above a basket, both added to ``layout``."""
        box = ScanBox()
        self.connect_scan_box(box)
        layout.addWidget(box)
        basket = Basket(seal_checks=seal_checks)
        if basket_name:
            basket.setObjectName(basket_name)
        layout.addWidget(basket)
        return box, basket

    def connect_scan_box(self, box: ScanBox) -> None:
        box.code_entered.connect(lambda scan: self.handle_scan(scan) or self.warn(
            tr("{code} cannot be used on this page.").format(code=scan.value)))
        box.code_refused.connect(self.warn)

    # -- look-ups ----------------------------------------------------------------------------

    def lookup_item(self, item_id: str, on_found: Callable[[ItemCustodyDTO], Any]) -> None:
        """Where the item is and what it looks like (NotFound shown in words)."""
        if item_id in self._looking_up:
            return
        self._looking_up.add(item_id)

        def found(dto: ItemCustodyDTO) -> None:
            on_found(dto)

        self.ops.run(custody_svc.item_custody, self.ctx, item_id, on_success=found, on_error=self.show_error,
                     on_finally=lambda: self._looking_up.discard(item_id), parent=self)

    def add_to_basket(self, basket: Basket, item_id: str,
                      check: Callable[[ItemCustodyDTO], str | None] | None = None) -> bool:
        if item_id in basket:
            self.warn(tr("{item} is already in the basket.").format(item=item_id))
            return True

        def found(dto: ItemCustodyDTO) -> None:
            problem = check(dto) if check is not None else None
            if problem:
                self.warn(problem)
                return
            if basket.add(dto):
                self.say(tr("{item} added: {description}").format(item=dto.item_id, description=dto.description))

        self.lookup_item(item_id, found)
        return True

    def lookup_officer(self, badge_code: str, on_found: Callable[[UserDTO], Any]) -> None:
        def found(result: tuple[str, Any]) -> None:
            kind, dto = result
            if kind != "officer":  # pragma: no cover - classify_scan said officer
                self.warn(tr("{code} is not a badge.").format(code=badge_code))
                return
            on_found(dto)

        self.ops.run(intake_svc.find_by_scan, self.ctx, self.session, badge_code, on_success=found,
                     on_error=self.show_error, parent=self)

    def find_officer(self, text: str, on_found: Callable[[UserDTO], Any], on_missing: Callable[[str], Any]) -> None:
        """The officer named by a username, badge number or badge code typed by a person."""
        self.ops.run(intake_svc.find_officer, self.ctx, self.session, text, on_success=on_found,
                     on_error=lambda err: on_missing(ui_errors.translate_error(err)), parent=self)

    def with_officers(self, fields: Sequence[OfficerField], then: Callable[[], Any]) -> None:
        """Run ``then`` once every field names a known officer (typed names and badge numbers looked up)."""
        pending = [f for f in fields if f.needs_lookup()]
        if not pending:
            then()
            return
        pending[0].resolve(lambda: self.with_officers(pending[1:], then))

    # -- running actions ---------------------------------------------------------------------

    def ask_signer(self, title: str, explanation: str, username: str, on_signed: Callable[[Signer], Any], *,
                   fixed: bool = True, name: str = "signer_dialog") -> SignerDialog:
        dlg = SignerDialog(self, title, explanation, username, fixed_username=fixed, name=name)
        dlg.signed.connect(on_signed)
        dlg.finished.connect(lambda *_: dlg.deleteLater())
        self.dialog = dlg
        dlg.open()
        return dlg

    def perform(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], Any],
                buttons: Sequence[QPushButton] = (), **kwargs: Any) -> None:
        """Run one recorded action (one transaction); refusals shown on the page in words."""
        for b in buttons:
            b.setEnabled(False)

        def done() -> None:
            for b in buttons:
                b.setEnabled(True)

        self.ops.run(fn, *args, on_success=on_success, on_error=self.show_error, on_finally=done,
                     changes={Change.LEDGER}, parent=self, **kwargs)


def primary_button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    set_role(b, "primary")
    b.setAutoDefault(False)
    return b


def line_edit(name: str, placeholder: str = "", max_len: int = 200) -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    e.setPlaceholderText(placeholder)
    e.setMaxLength(max_len)
    return e


def show_error_label(label: QLabel, message: str | None) -> None:
    show_field_error(label, message)
