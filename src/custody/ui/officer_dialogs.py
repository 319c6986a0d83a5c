"""Officer administration's dialogs: new officer, roles, password reset, and the "Change my password" dialog
every officer can open from the header (:mod:`custody.ui.users_admin` holds the officers panel that opens them).

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

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import Role
from custody.domain.errors import AuthError, Conflict, CustodyError, FormErrors, ValidationError
from custody.security.passwords import DEFAULT_POLICY, check_password_policy
from custody.services import auth, user_admin
from custody.services.users import MSG_BADGE_TAKEN, MSG_ROLES, MSG_TAKEN, NewUser, UserDTO, validate_new_user
from custody.ui import errors as ui_errors
from custody.ui.dialog_fit import FitScrollArea, fit_to_screen, keep_on_screen
from custody.ui.forms import FieldErrors, add_field, make_form
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.qtcompat import emit
from custody.ui.style import set_role, show_field_error

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
