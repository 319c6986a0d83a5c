"""Officer administration: the officers panel of the Administration page and its dialogs, and the
"Change my password" dialog every officer can open from the header.

Every change to an officer first asks the administrator's own password again (:mod:`custody.ui.reauth`).
Forms are checked before anything is written: each problem is shown in red under its field (object name
``error_<field>``, the field names the services use) and nothing is sent until the form is valid; the
service checks again and its refusals land under the same fields or, when no field owns them, in words at
the bottom of the form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QPoint, QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import Role
from custody.domain.errors import AuthError, Conflict, CustodyError, FormErrors, ValidationError
from custody.ledger.entry import format_time
from custody.security.passwords import DEFAULT_POLICY, check_password_policy
from custody.security.permissions import Action
from custody.services import auth, labels, user_admin
from custody.services.users import MSG_BADGE_TAKEN, MSG_ROLES, MSG_TAKEN, NewUser, UserDTO, validate_new_user
from custody.ui import errors as ui_errors
from custody.ui import reauth
from custody.ui.dialog_fit import FitScrollArea, fit_to_screen, keep_on_screen
from custody.ui.forms import FieldErrors, add_field, make_form
from custody.ui.models import OBJECT_ROLE, UsersTableModel, translate_label
from custody.ui.operations import Change
from custody.ui.qtcompat import emit
from custody.ui.style import set_role, set_state, show_field_error

CTX = "UsersAdmin"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def policy_text() -> str:
    return _tr("{low} to {high} characters, any script; common passwords are refused").format(
        low=DEFAULT_POLICY.min_len, high=DEFAULT_POLICY.max_len)


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)  # longer than the policy allows, so the policy (not the field) says "too long"
    return edit


def _line_edit(name: str, max_len: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_len)
    edit.setPlaceholderText(placeholder)
    return edit


def _officer(user: UserDTO) -> str:
    return f"{user.full_name} ({user.username})"


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str) -> str | None:
    """Where to save a PDF (a file dialog); None when cancelled. Tests replace this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested_name) if folder else suggested_name
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, _tr("PDF documents (*.pdf)"))
    if not path:
        return None
    return path if path.lower().endswith(".pdf") else path + ".pdf"


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto more rows when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


# --------------------------------------------------------------------------------------------- forms


class RolesBox(QWidget):
    """One check box per role, labelled in the user's language."""

    def __init__(self, checked: tuple[Role, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roles")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.boxes: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            box = QCheckBox(translate_label(role))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in checked)
            self.boxes[role] = box
            grid.addWidget(box, i // 2, i % 2)

    def roles(self) -> tuple[Role, ...]:
        return tuple(role for role, box in self.boxes.items() if box.isChecked())

    def set_roles(self, roles: tuple[Role, ...]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)


class FormDialog(QDialog):
    """A form in a dialog: title, explanation, fields with their error labels, a general error line,
    a primary button and Cancel. Subclasses build the fields and implement :meth:`submit`."""

    def __init__(self, window: Any, title: str, intro: str | None, action_text: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else (window if isinstance(window, QWidget) else None))
        self.window_ = window
        self.ctx = window.ctx
        self.session = window.session
        self.ops = window.ops
        self._busy = False
        self._action_text = action_text
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(620)

        # The form scrolls inside when the screen is too short for it; the buttons stay under it, in view.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 16)
        outer.setSpacing(10)
        body = QWidget()
        body.setObjectName("form_body")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(26, 22, 26, 4)
        self.layout_.setSpacing(14)
        self.layout_.addWidget(set_role(QLabel(title), "section"))
        self.body = FitScrollArea(body)
        outer.addWidget(self.body, 1)
        self.outer_ = outer
        if intro:
            label = QLabel(intro)
            label.setObjectName("form_intro")
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.form = make_form()
        self.fields = FieldErrors()
        self.layout_.addLayout(self.form)

        self.form_error = set_role(QLabel(), "error")
        self.form_error.setObjectName("form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(action_text)
        self.save_button.setObjectName("save")
        set_role(self.save_button, "primary")
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.form_error)
        self.layout_.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(26, 0, 26, 0)
        row.addWidget(self.buttons)
        self.outer_.addLayout(row)
        keep_on_screen(self, self.body.widget())

    def fit_height(self) -> None:
        """As tall as the form with its wrapped hints and messages, never taller than the screen (then the
        form scrolls inside and the buttons stay visible)."""
        fit_to_screen(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.fit_height()

    def add_field(self, caption: str, field: str, editor: QWidget, hint: str | None = None) -> QWidget:
        return add_field(self.form, self.fields, caption, field, editor, hint)

    # -- errors ----------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.fields.clear()
        show_field_error(self.form_error, None)

    def show_messages(self, messages: Mapping[str, str]) -> None:
        rest = self.fields.show(messages)
        if rest:
            show_field_error(self.form_error, "\n".join(rest.values()))
        self.fit_height()
        for field in messages:
            editor = self.fields.editors.get(field)
            if editor is not None:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def error_field(self, err: CustodyError) -> str | None:
        """Which field a refusal that is not a FormErrors belongs to (None: the form as a whole)."""
        if isinstance(err, ValidationError) and err.field in self.fields.labels:
            return err.field
        return None

    def show_error(self, err: CustodyError) -> None:
        """A refusal: each message under its field; the rest (permission, conflicts) in words below."""
        self.clear_errors()
        if isinstance(err, FormErrors):
            self.show_messages(ui_errors.field_messages(err))
            return
        field = self.error_field(err)
        self.show_messages({field or "": ui_errors.translate_error(err)})

    # -- running ---------------------------------------------------------------------------------

    def _submit(self) -> None:
        if self._busy:
            return
        self.clear_errors()
        self.submit()

    def submit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def run(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], Any],
            changes: frozenset[str] | set[str] = frozenset({Change.USERS, Change.LEDGER})) -> None:
        self.set_busy(True)
        self.ops.run(fn, *args, on_success=on_success, on_error=self.show_error,
                     on_finally=lambda: self.set_busy(False), changes=changes, parent=self)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self._action_text)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()


def _repeat_error(password: QLineEdit, repeat: QLineEdit) -> str | None:
    if password.text() != repeat.text():
        return _tr("The two passwords are not the same. Type the new password twice.")
    return None


def _policy_error(password: str, username: str | None) -> str | None:
    try:
        check_password_policy(password, username=username)
    except ValidationError as err:
        return ui_errors.translate_error(err)
    return None


class NewOfficerDialog(FormDialog):
    """Username, full name, badge number, rank, unit, roles, password twice. ``saved(UserDTO)``."""

    saved = Signal(object)

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(window, _tr("New officer"), _tr(
            "The officer signs in with this username and password. Custody creates the officer's signing "
            "key from the password; tell the officer to change it at the first sign-in."),
            _tr("Add officer"), "new_officer_dialog", parent)
        self.username = _line_edit("username", 32, self.tr("e.g. kmensah"))
        self.full_name = _line_edit("full_name", 200)
        self.badge_number = _line_edit("badge_number", 24, self.tr("e.g. B-0042"))
        self.rank = _line_edit("rank", 100)
        self.unit = _line_edit("unit", 200)
        self.roles = RolesBox((Role.OFFICER,))
        self.password = _password_edit("password")
        self.password_repeat = _password_edit("password_repeat")
        self.add_field(self.tr("Username"), "username", self.username,
                       self.tr("Lower-case letters, digits, '.', '_' or '-'; 2 to 32 characters."))
        self.add_field(self.tr("Full name"), "full_name", self.full_name)
        self.add_field(self.tr("Badge number"), "badge_number", self.badge_number)
        self.add_field(self.tr("Rank"), "rank", self.rank, self.tr("Optional"))
        self.add_field(self.tr("Unit"), "unit", self.unit, self.tr("Optional"))
        self.add_field(self.tr("Roles"), "roles", self.roles)
        self.add_field(self.tr("Password"), "password", self.password, policy_text())
        self.add_field(self.tr("Repeat the password"), "password_repeat", self.password_repeat)
        self.finish_layout()
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> NewUser:
        return NewUser(
            username=self.username.text(),
            full_name=self.full_name.text(),
            badge_number=self.badge_number.text(),
            password=self.password.text(),
            roles=self.roles.roles(),
            rank=self.rank.text(),
            unit=self.unit.text(),
        )

    def error_field(self, err: CustodyError) -> str | None:
        if isinstance(err, Conflict) and err.template == MSG_TAKEN:
            return "username"
        if isinstance(err, Conflict) and err.template == MSG_BADGE_TAKEN:
            return "badge_number"
        return super().error_field(err)

    def submit(self) -> None:
        req = self.request()
        messages: dict[str, str] = {}
        try:
            validate_new_user(req)  # pure: nothing is written
        except FormErrors as err:
            messages.update(ui_errors.field_messages(err))
        repeat = _repeat_error(self.password, self.password_repeat)
        if repeat and "password" not in messages:
            messages["password_repeat"] = repeat
        if messages:
            self.show_messages(messages)
            return
        self.run(user_admin.add_user, self.ctx, self.session, req, on_success=self._saved)

    def _saved(self, user: UserDTO) -> None:
        self.password.clear()
        self.password_repeat.clear()
        emit(self.saved, user)
        self.accept()


class EditRolesDialog(FormDialog):
    """Tick the officer's roles. ``saved(UserDTO)``."""

    saved = Signal(object)

    def __init__(self, window: Any, user: UserDTO, parent: QWidget | None = None) -> None:
        super().__init__(window, _tr("Roles of {officer}").format(officer=_officer(user)), _tr(
            "Roles decide what the officer may do. The change is recorded in the ledger and applies from "
            "the officer's next sign-in."), _tr("Save roles"), "edit_roles_dialog", parent)
        self.user = user
        self.roles = RolesBox(user.roles)
        self.add_field(self.tr("Roles"), "roles", self.roles)
        self.finish_layout()

    def submit(self) -> None:
        roles = self.roles.roles()
        if not roles:
            self.show_messages({"roles": ui_errors.translate_error(ValidationError("roles", MSG_ROLES))})
            return
        if self.user.username == self.session.username and Role.ADMIN in self.user.roles \
                and Role.ADMIN not in roles:
            self.show_messages({"roles": self.tr(
                "You cannot take the Administrator role away from your own account; ask another "
                "administrator.")})
            return
        self.run(user_admin.set_roles, self.ctx, self.session, self.user.username, roles,
                 on_success=self._saved)

    def _saved(self, user: UserDTO) -> None:
        emit(self.saved, user)
        self.accept()


class ResetPasswordDialog(FormDialog):
    """An administrator sets a new password for an officer who forgot theirs. ``saved(UserDTO)``."""

    saved = Signal(object)

    def __init__(self, window: Any, user: UserDTO, parent: QWidget | None = None) -> None:
        super().__init__(window, _tr("Reset the password of {officer}").format(officer=_officer(user)),
                         None, _tr("Reset password"), "reset_password_dialog", parent)
        self.user = user
        warning = QLabel(self.tr(
            "The officer's signing key is locked with the old password, which nobody knows any more. "
            "Custody therefore issues a NEW signing key and REVOKES the old one; entries already signed "
            "stay valid. The account is also unlocked. Give the new password to the officer in person."))
        warning.setObjectName("reset_warning")
        warning.setWordWrap(True)
        set_role(warning, "warning")
        warning.setStyleSheet("QLabel#reset_warning { background: #fff4e5; border: 1px solid #e0a458; "
                              "border-radius: 4px; padding: 10px; color: #5c3b00; }")
        self.layout_.insertWidget(1, warning)
        self.password = _password_edit("password")
        self.password_repeat = _password_edit("password_repeat")
        self.add_field(self.tr("New password"), "password", self.password, policy_text())
        self.add_field(self.tr("Repeat the new password"), "password_repeat", self.password_repeat)
        self.finish_layout()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        policy = _policy_error(self.password.text(), self.user.username)
        if policy:
            self.show_messages({"password": policy})
            return
        repeat = _repeat_error(self.password, self.password_repeat)
        if repeat:
            self.show_messages({"password_repeat": repeat})
            return
        self.run(user_admin.reset_password, self.ctx, self.session, self.user.username, self.password.text(),
                 on_success=self._saved)

    def _saved(self, user: UserDTO) -> None:
        self.password.clear()
        self.password_repeat.clear()
        emit(self.saved, user)
        self.accept()


class ChangePasswordDialog(FormDialog):
    """Any officer changes their own password (the signing key stays, re-locked with the new one)."""

    changed = Signal()

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(window, _tr("Change my password"), _tr(
            "Your signing key stays the same; it is locked with the new password from now on."),
            _tr("Change password"), "change_password_dialog", parent)
        self.old_password = _password_edit("old_password")
        self.password = _password_edit("password")
        self.password_repeat = _password_edit("password_repeat")
        self.add_field(self.tr("Current password"), "old_password", self.old_password)
        self.add_field(self.tr("New password"), "password", self.password, policy_text())
        self.add_field(self.tr("Repeat the new password"), "password_repeat", self.password_repeat)
        self.finish_layout()
        self.old_password.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_field(self, err: CustodyError) -> str | None:
        if isinstance(err, AuthError):
            return "old_password"
        return super().error_field(err)

    def submit(self) -> None:
        messages: dict[str, str] = {}
        if not self.old_password.text():
            messages["old_password"] = self.tr("Type your current password.")
        policy = _policy_error(self.password.text(), self.session.username)
        if policy:
            messages["password"] = policy
        else:
            repeat = _repeat_error(self.password, self.password_repeat)
            if repeat:
                messages["password_repeat"] = repeat
        if messages:
            self.show_messages(messages)
            return
        self.run(auth.change_password, self.ctx, self.session, self.old_password.text(), self.password.text(),
                 on_success=self._saved, changes={Change.LEDGER})

    def _saved(self, _session: Any) -> None:
        for edit in (self.old_password, self.password, self.password_repeat):
            edit.clear()
        emit(self.changed)
        self.accept()


def open_change_password(window: Any) -> ChangePasswordDialog:
    """Open "Change my password" for the signed-in officer (non-blocking); says so in the status bar after."""
    dlg = ChangePasswordDialog(window)

    def done() -> None:
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(dlg.tr("Your password has been changed."), 10_000)

    dlg.changed.connect(done)
    dlg.finished.connect(lambda _code: dlg.deleteLater())
    dlg.open()
    return dlg


# --------------------------------------------------------------------------------------------- panel


class OfficersPanel(QWidget):
    """The list of officers with the actions an administrator takes on them."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.ctx = window.ctx
        self.session = window.session
        self.ops = window.ops
        self.dialog: QDialog | None = None  # the form dialog open now (tests reach it here)
        self.preview: QDialog | None = None  # the badge card preview open now
        self._select_after_refresh: str | None = None
        self.setObjectName("officers_panel")
        self.can_manage = self.session.can(Action.USER_MANAGE)
        self.can_unlock = self.session.can(Action.USER_UNLOCK)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)

        buttons = FlowLayout(spacing=8)
        self.new_button = self._button(self.tr("New officer…"), "new_officer", self.new_officer, buttons)
        set_role(self.new_button, "primary")
        self.roles_button = self._button(self.tr("Edit roles…"), "edit_roles", self.edit_roles, buttons)
        self.active_button = self._button(self.tr("Disable"), "toggle_active", self.toggle_active, buttons)
        self.unlock_button = self._button(self.tr("Unlock"), "unlock_officer", self.unlock, buttons)
        self.reset_button = self._button(self.tr("Reset password…"), "reset_password", self.reset_password,
                                         buttons)
        self.badge_button = self._button(self.tr("Print badge card…"), "print_badge", self.print_badge,
                                         buttons)
        self.buttons_box = QWidget()
        self.buttons_box.setObjectName("officer_actions")
        self.buttons_box.setLayout(buttons)
        policy = self.buttons_box.sizePolicy()
        policy.setHeightForWidth(True)
        self.buttons_box.setSizePolicy(policy)
        self.buttons_box.setVisible(self.can_manage)
        outer.addWidget(self.buttons_box)

        station = getattr(window, "station", None)
        self.model = UsersTableModel(parent=self, clock=self.ctx.clock,
                                     time_zone=station.time_zone if station else None)
        self.view = QTableView()
        self.view.setObjectName("users_table")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(UsersTableModel.COL_USERNAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(34)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UsersTableModel.COL_FULL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UsersTableModel.COL_ROLES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(100)
        self.view.setMinimumHeight(240)
        self.view.setEnabled(self.can_manage)
        outer.addWidget(self.view, 1)

        self.status = QLabel()
        self.status.setObjectName("officers_status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        outer.addWidget(self.status)
        if not self.can_manage:
            outer.addWidget(set_role(QLabel(self.tr("Only administrators see the list of officers.")), "hint"))

        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._restore_selection)
        self.ops.changed.connect(self._changed)
        self._update_buttons()
        if self.can_manage:
            self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], Any], layout: QLayout) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        layout.addWidget(b)
        return b

    # -- rows and selection ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.run(user_admin.list_users, self.ctx, self.session, on_success=self._loaded, parent=self)

    def _loaded(self, rows: list[UserDTO]) -> None:
        if self._select_after_refresh is None:
            current = self.selected_user()
            self._select_after_refresh = current.username if current else None
        self.model.set_rows(rows)

    def _restore_selection(self) -> None:
        name, self._select_after_refresh = self._select_after_refresh, None
        if name:
            self.select_user(name)
        self._update_buttons()

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.USERS in kinds and self.can_manage:
            self.refresh()

    def select_user(self, username: str) -> bool:
        for r in range(self.model.total_rows()):
            if self.model.object_at(r).username == username:
                while r >= self.model.rowCount() and self.model.canFetchMore():
                    self.model.fetchMore()
                self.view.selectRow(r)
                self.view.scrollTo(self.model.index(r, 0))
                return True
        return False

    def selected_user(self) -> UserDTO | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(OBJECT_ROLE)

    def is_locked(self, user: UserDTO) -> bool:
        return bool(user.locked_until) and str(user.locked_until) > format_time(self.ctx.clock())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user() if self.can_manage else None
        has = user is not None
        own = has and user.username == self.session.username
        self.new_button.setEnabled(self.can_manage)
        for b in (self.roles_button, self.active_button, self.badge_button, self.reset_button):
            b.setEnabled(has)
        self.active_button.setText(self.tr("Enable") if has and not user.active else self.tr("Disable"))
        self.active_button.setToolTip("")
        self.reset_button.setToolTip("")
        if own:
            self.active_button.setEnabled(False)
            self.active_button.setToolTip(self.tr("You cannot disable your own account."))
            self.reset_button.setEnabled(False)
            self.reset_button.setToolTip(self.tr('To change your own password use "Change my password…" at '
                                                 "the top of the window."))
        locked = has and self.is_locked(user)
        self.unlock_button.setEnabled(locked and self.can_unlock)
        self.unlock_button.setToolTip("" if locked else self.tr("Only a locked account can be unlocked."))

    def say(self, message: str, state: str = "ok") -> None:
        self.status.setText(message)
        set_state(self.status, state)
        self.status.setVisible(True)

    # -- actions ---------------------------------------------------------------------------------

    def _confirm(self, reason: str) -> bool:
        return reauth.confirm_sensitive(self.window_, reason, parent=self.window())

    def _open(self, dialog: FormDialog, on_saved: Callable[[UserDTO], Any]) -> None:
        self.dialog = dialog
        dialog.saved.connect(on_saved)

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_officer(self) -> None:
        if not self._confirm(self.tr("Add a new officer.")):
            return

        def saved(user: UserDTO) -> None:
            self._select_after_refresh = user.username
            self.say(self.tr("Officer {officer} added. Badge number {badge}; badge card code {code}.").format(
                officer=_officer(user), badge=user.badge_number, code=user.badge_code))

        self._open(NewOfficerDialog(self.window_, parent=self.window()), saved)

    def edit_roles(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(self.tr("Change the roles of {officer}.").format(
                officer=_officer(user))):
            return

        def saved(dto: UserDTO) -> None:
            self.say(self.tr("Roles of {officer}: {roles}.").format(
                officer=_officer(dto), roles=", ".join(translate_label(r) for r in dto.roles)))

        self._open(EditRolesDialog(self.window_, user, parent=self.window()), saved)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(self.tr("Reset the password of {officer}.").format(
                officer=_officer(user))):
            return

        def saved(dto: UserDTO) -> None:
            self.say(self.tr("New password set for {officer}; a new signing key was issued and the old one "
                             "revoked.").format(officer=_officer(dto)))

        self._open(ResetPasswordDialog(self.window_, user, parent=self.window()), saved)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        enable = not user.active
        reason = (self.tr("Enable the account of {officer}.") if enable
                  else self.tr("Disable the account of {officer}: they can no longer sign in.")).format(
            officer=_officer(user))
        if not self._confirm(reason):
            return

        def done(dto: UserDTO) -> None:
            self.say((self.tr("{officer} can sign in again.") if dto.active
                      else self.tr("{officer} is disabled and can no longer sign in.")).format(
                officer=_officer(dto)))

        self._run(user_admin.set_active, self.ctx, self.session, user.username, enable, on_success=done)

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(self.tr("Unlock the account of {officer}.").format(
                officer=_officer(user))):
            return
        self._run(auth.admin_unlock, self.ctx, self.session, user.username,
                  on_success=lambda _r: self.say(self.tr("{officer} is unlocked and can sign in again.").format(
                      officer=_officer(user))))

    def print_badge(self) -> None:
        user = self.selected_user()
        if user is None or not self._confirm(self.tr("Print a badge card for {officer}.").format(
                officer=_officer(user))):
            return
        self.ops.run(labels.badge_cards, self.ctx, self.session, [user.username],
                     on_success=lambda job: self._badge_ready(user, job.data), on_error=self._refused,
                     parent=self)

    def _badge_ready(self, user: UserDTO, pdf: bytes) -> None:
        """Show the card in the PDF preview (print or save it there); without one, save it as a PDF."""
        title = self.tr("Badge card of {officer}").format(officer=_officer(user))
        filename = f"badge-{user.username}.pdf"
        preview_class = _pdf_preview()
        if preview_class is not None:
            dlg = preview_class(pdf, title, filename, self.window(), note=self.tr(
                "Badge card code {code}: scanning it identifies {officer} at a handover.").format(
                code=user.badge_code, officer=_officer(user)))
            dlg.saved.connect(lambda path: self.say(self.tr("Badge card of {officer} saved to {path}.").format(
                officer=_officer(user), path=path)))
            dlg.printed.connect(lambda where: self.say(self.tr("Badge card of {officer} printed ({where}).").format(
                officer=_officer(user), where=where)))
            dlg.finished.connect(lambda _code: self._preview_closed(dlg))
            self.preview = dlg
            dlg.open()
            return
        path = ask_save_path(self.window(), title, filename)
        if not path:
            return
        try:
            Path(path).write_bytes(pdf)
        except OSError as exc:
            self.say(self.tr("The badge card could not be saved to {path}: {reason}").format(
                path=path, reason=exc.strerror or exc), "bad")
            return
        self.say(self.tr("Badge card of {officer} saved to {path}.").format(officer=_officer(user), path=path))

    def _preview_closed(self, dlg: QDialog) -> None:
        if self.preview is dlg:
            self.preview = None
        dlg.deleteLater()

    def _run(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], Any]) -> None:
        self.ops.run(fn, *args, on_success=on_success, on_error=self._refused,
                     changes={Change.USERS, Change.LEDGER}, parent=self)

    def _refused(self, err: CustodyError) -> None:
        self.say(ui_errors.translate_error(err), "bad")
        ui_errors.show_error(self.window(), err)


def _pdf_preview() -> Any:
    """The PDF preview dialog class (custody.ui.pdfview.PdfPreviewDialog) when this build has it, else None
    (then the card is saved as a PDF file). Tests replace this function."""
    try:
        from custody.ui.pdfview import PdfPreviewDialog
    except ImportError:  # pragma: no cover - QtPdf missing from the build
        return None
    return PdfPreviewDialog
