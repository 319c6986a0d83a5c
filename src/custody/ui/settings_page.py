"""Station settings (administrators, ``station.configure``): sign-in lockout and the idle lock.

Values are typed as numbers; what is wrong is said in words under the field (the service's own ranges) and
nothing is saved until every field is right. Saving re-asks the administrator's password and is recorded
in the ledger (``station.settings_changed``). The new idle-lock time applies to this window at once and to
every window opened afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError, FormErrors
from custody.security.permissions import Action
from custody.services import settings as settings_svc
from custody.services.settings import StationSettings
from custody.ui import errors as ui_errors
from custody.ui import reauth
from custody.ui.backup_card import BackupCard, install_auto_backups
from custody.ui.certificate_card import CertificateCard
from custody.ui.forms import FieldErrors, add_field, make_form
from custody.ui.language import language_picker
from custody.ui.operations import Change
from custody.ui.style import set_role, set_state, show_field_error

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

PAGE_SETTINGS = "settings"
TITLE_SETTINGS = QT_TRANSLATE_NOOP("MainWindow", "Station settings")
CTX = "SettingsPage"

# (field, caption, hint), in the order shown.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("lockout_failures", QT_TRANSLATE_NOOP("SettingsPage", "Wrong passwords before locking"),
     QT_TRANSLATE_NOOP("SettingsPage", "An account locks after this many wrong passwords in a row "
                                       "(from {low} to {high}).")),
    ("lockout_minutes", QT_TRANSLATE_NOOP("SettingsPage", "Lockout (minutes)"),
     QT_TRANSLATE_NOOP("SettingsPage", "How long a locked account stays locked, unless an administrator "
                                       "unlocks it sooner (from {low} to {high} minutes).")),
    ("idle_lock_minutes", QT_TRANSLATE_NOOP("SettingsPage", "Idle lock (minutes)"),
     QT_TRANSLATE_NOOP("SettingsPage", "The workstation hides everything behind the lock screen after this "
                                       "many minutes without use (from {low} to {high} minutes).")),
    ("clock_jump_minutes", QT_TRANSLATE_NOOP("SettingsPage", "Clock jump refused (minutes)"),
     QT_TRANSLATE_NOOP("SettingsPage", "Nothing is recorded when this computer's clock moves forward by more "
                                       "than this while Custody runs (from {low} to {high} minutes).")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _range(field: str) -> tuple[int, int]:
    ranges = getattr(settings_svc, "RANGES", None) or getattr(settings_svc, "_RANGES", {})
    return ranges.get(field, (0, 0))


class SettingsPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.ctx = window.ctx
        self.session = window.session
        self.ops = window.ops
        self.settings: StationSettings | None = None
        self._saving = False
        self.setObjectName("settings_page")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 26)
        layout.setSpacing(16)
        heading = set_role(QLabel(self.tr("Station settings")), "title")
        heading.setObjectName("page_title")
        layout.addWidget(heading)
        sub = set_role(QLabel(self.tr(
            "These settings apply to every workstation of this station. Each change is recorded in the "
            "ledger with your name.")), "subtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)

        card = QFrame()
        card.setProperty("role", "card")
        cl = QVBoxLayout(card)
        cl.setContentsMargins(20, 16, 20, 18)
        cl.setSpacing(12)
        cl.addWidget(set_role(QLabel(self.tr("Sign-in and locking")), "section"))
        self.form = make_form()
        self.fields = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        for field, caption, hint in FIELDS:
            low, high = _range(field)
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setMaxLength(12)
            edit.setMaximumWidth(140)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.returnPressed.connect(self.save)
            self.edits[field] = edit
            add_field(self.form, self.fields, _tr(caption), field, edit, _tr(hint).format(low=low, high=high))
        # the station's working language: the sign-in screen's and the default of reports and labels
        self.language = language_picker()
        self.language.setObjectName("station_language")
        self.language.setMaximumWidth(220)
        add_field(self.form, self.fields, self.tr("Language of the station"), "language", self.language,
                  self.tr("The sign-in screen speaks it, and reports and labels are written in it unless another "
                          "language is chosen for a document. Each officer can choose their own at sign-in."))
        cl.addLayout(self.form)

        self.form_error = set_role(QLabel(), "error")
        self.form_error.setObjectName("form_error")
        self.form_error.setWordWrap(True)
        self.form_error.setVisible(False)
        cl.addWidget(self.form_error)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("save_settings")
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo my changes"))
        self.revert_button.setObjectName("revert_settings")
        self.revert_button.clicked.connect(self.show_settings)
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        cl.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("settings_status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        cl.addWidget(self.status)
        layout.addWidget(card)
        layout.addWidget(self._labels_card(window))
        layout.addWidget(CertificateCard(window))
        layout.addWidget(BackupCard(window))
        layout.addStretch(1)

        self._set_enabled(False)
        self.ops.changed.connect(self._changed)
        self.load()

    # -- labels ----------------------------------------------------------------------------------

    def _labels_card(self, window: MainWindow) -> QFrame:
        from custody.reports.labels import list_templates

        card = QFrame()
        card.setProperty("role", "card")
        cl = QVBoxLayout(card)
        cl.setContentsMargins(20, 16, 20, 18)
        cl.setSpacing(10)
        cl.addWidget(set_role(QLabel(self.tr("Labels")), "section"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Default label template")))
        self.template = QComboBox()
        self.template.setObjectName("label_template")
        for info in list_templates():
            title = QCoreApplication.translate("LabelTemplate", info.title)
            self.template.addItem(f"{title} ({info.width_mm:g} × {info.height_mm:g} mm, {info.dpi} dpi)", info.name)
        current = window.station.label_template if window.station else None
        if current and self.template.findData(current) >= 0:
            self.template.setCurrentIndex(self.template.findData(current))
        row.addWidget(self.template, 1)
        self.template_button = QPushButton(self.tr("Use this template"))
        self.template_button.setObjectName("save_label_template")
        self.template_button.clicked.connect(self.save_template)
        row.addWidget(self.template_button)
        cl.addLayout(row)
        return card

    def save_template(self) -> None:
        from custody.services.labels import set_station_template
        from custody.ui.reauth import confirm_sensitive

        if not confirm_sensitive(self.window_, self.tr("Change the station's default label template")):
            return
        self.ops.run(set_station_template, self.ctx, self.session, self.template.currentData(),
                     on_success=lambda name: self.say(self.tr("Labels now print on {name} by default.").format(
                         name=name)), changes=(Change.LEDGER,), parent=self)

    # -- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        self.ops.run(settings_svc.get_settings, self.ctx, on_success=self._loaded, parent=self)

    def _loaded(self, settings: StationSettings) -> None:
        self.settings = settings
        self.show_settings()
        self._set_enabled(True)

    def show_settings(self) -> None:
        self.fields.clear()
        show_field_error(self.form_error, None)
        if self.settings is None:
            return
        for field, edit in self.edits.items():
            edit.setText(str(getattr(self.settings, field)))
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language), 0))

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.STATION in kinds and not self._saving:
            self.load()

    def _set_enabled(self, enabled: bool) -> None:
        for edit in self.edits.values():
            edit.setEnabled(enabled)
        self.language.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.revert_button.setEnabled(enabled)

    # -- saving ----------------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What differs from the stored settings (as typed)."""
        out: dict[str, Any] = {}
        for field, edit in self.edits.items():
            text = edit.text().strip()
            if self.settings is None or text != str(getattr(self.settings, field)):
                out[field] = text
        if self.settings is None or self.language.currentData() != self.settings.language:
            out["language"] = self.language.currentData()
        return out

    def say(self, message: str, state: str = "ok") -> None:
        self.status.setText(message)
        set_state(self.status, state)
        self.status.setVisible(True)

    def save(self) -> None:
        if self._saving or self.settings is None:
            return
        self.fields.clear()
        show_field_error(self.form_error, None)
        changes = self.changes()
        if not changes:
            self.say(self.tr("Nothing to save: the settings are as stored."), "unknown")
            return
        try:
            settings_svc.validate_changes(changes)  # pure: nothing is written
        except FormErrors as err:
            self._show_form_errors(err)
            return
        if not reauth.confirm_sensitive(self.window_, self.tr("Change the station settings."), parent=self.window()):
            return
        self._saving = True
        self._set_enabled(False)
        self.save_button.setText(self.tr("Saving…"))
        self.ops.run(settings_svc.update_settings, self.ctx, self.session, on_success=self._saved,
                     on_error=self._refused, on_finally=self._save_done,
                     changes={Change.STATION, Change.LEDGER}, parent=self, **changes)

    def _save_done(self) -> None:
        self._saving = False
        self.save_button.setText(self.tr("Save settings"))
        self._set_enabled(True)

    def _saved(self, settings: StationSettings) -> None:
        self.settings = settings
        self.show_settings()
        idle = getattr(self.window_, "idle_lock", None)
        if idle is not None:
            idle.timeout_ms = settings.idle_lock_minutes * 60_000
        self.say(self.tr("Saved. The idle lock now starts after {n} minutes without use.").format(
            n=settings.idle_lock_minutes))

    def _show_form_errors(self, err: FormErrors) -> None:
        rest = self.fields.show(ui_errors.field_messages(err))
        if rest:
            show_field_error(self.form_error, "\n".join(rest.values()))

    def _refused(self, err: CustodyError) -> None:
        if isinstance(err, FormErrors):
            self._show_form_errors(err)
            return
        self.say(ui_errors.translate_error(err), "bad")


def register(window: MainWindow) -> None:
    """Add "Station settings" for officers allowed to configure the station; schedule the automatic backups."""
    install_auto_backups(window)
    window.register_page(PAGE_SETTINGS, TITLE_SETTINGS, SettingsPage, Action.STATION_CONFIGURE)
