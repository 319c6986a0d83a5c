"""Officer administration: the officers panel of the Administration page (its dialogs, and the "Change my
password" dialog every officer can open from the header, are in :mod:`custody.ui.officer_dialogs`).

The label and badge card code (ReportLab) is imported when a badge card is printed, not with the window (issue
18: the app's memory before a ledger verification).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError
from custody.ledger.entry import format_time
from custody.security.permissions import Action
from custody.services import auth, user_admin
from custody.services.users import UserDTO
from custody.ui import errors as ui_errors
from custody.ui import reauth
from custody.ui.models import OBJECT_ROLE, UsersTableModel, translate_label
from custody.ui.officer_dialogs import (  # noqa: F401 - re-exported: the dialogs were defined here
    CTX,
    ChangePasswordDialog,
    EditRolesDialog,
    FlowLayout,
    FormDialog,
    NewOfficerDialog,
    ResetPasswordDialog,
    RolesBox,
    _officer,
    _tr,
    ask_save_path,
    open_change_password,
    policy_text,
)
from custody.ui.operations import Change
from custody.ui.style import set_role, set_state


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
        from custody.services import labels

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
