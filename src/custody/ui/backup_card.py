"""Station settings: automatic backups (daily and when Custody closes, how many to keep, where), the backup
passphrase (set once by an administrator) and "Back up now"; and the schedule itself
(:func:`install_auto_backups`).

Backups are made by services.backup (verified before they count, encrypted to the passphrase). The daily one runs
on the window's worker thread when the newest backup is a day old; the one at exit runs when the app quits.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from custody.domain.errors import CustodyError, FormErrors
from custody.services import backup as backup_svc
from custody.ui import errors as ui_errors
from custody.ui.style import card, set_role, set_state

if TYPE_CHECKING:
    from custody.services.context import AppContext
    from custody.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000  # the daily backup is due when the newest one is a day old: look every hour
_APP_CTX = "custody_backup_ctx"


def install_auto_backups(window: MainWindow) -> None:
    """Schedule this workstation's automatic backups for the app's lifetime (daily, and at exit)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    setattr(app, _APP_CTX, window.ctx)  # the database the app has open now
    if not getattr(app, "_custody_backup_at_exit", False):
        app._custody_backup_at_exit = True  # type: ignore[attr-defined]
        app.aboutToQuit.connect(lambda: _at_exit(app))
    timer = QTimer(window)
    timer.setInterval(CHECK_EVERY_MS)
    timer.timeout.connect(lambda: _daily(window))
    timer.start()
    QTimer.singleShot(60_000, window, lambda: _daily(window))


def _daily(window: MainWindow) -> None:
    window.ops.run(backup_svc.auto_backup, window.ctx, "daily",
                   on_error=lambda err: log.warning("automatic backup failed: %s", err.message))


def _at_exit(app: QCoreApplication) -> None:
    ctx: AppContext | None = getattr(app, _APP_CTX, None)
    if ctx is None:
        return
    try:
        backup_svc.auto_backup(ctx, "exit")
    except Exception:  # closing must not fail because the backup did; the log says why
        log.exception("the backup at exit failed")


class BackupCard(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.ctx = window.ctx
        self.setObjectName("backup_card")
        frame, cl = card(self.tr("Backups"))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        explain = QLabel(self.tr(
            "Each backup is one file with the database and this station's keys, checked before it counts and "
            "encrypted with the backup passphrase. Never copy the database file by hand while Custody runs."))
        explain.setWordWrap(True)
        set_role(explain, "hint")
        cl.addWidget(explain)

        row = QHBoxLayout()
        self.daily = QCheckBox(self.tr("Every day"))
        self.daily.setObjectName("backup_daily")
        self.at_exit = QCheckBox(self.tr("When Custody closes"))
        self.at_exit.setObjectName("backup_at_exit")
        row.addWidget(self.daily)
        row.addWidget(self.at_exit)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Keep the newest")))
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, 365)
        row.addWidget(self.keep)
        row.addStretch(1)
        cl.addLayout(row)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder")))
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(str(self.ctx.data_dir / "backups"))
        row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        cl.addLayout(row)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save backup settings"))
        self.save_button.setObjectName("save_backup_settings")
        self.save_button.clicked.connect(self.save)
        self.passphrase_button = QPushButton()
        self.passphrase_button.setObjectName("backup_passphrase")
        self.passphrase_button.clicked.connect(self.set_passphrase)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.back_up_now)
        for b in (self.save_button, self.passphrase_button, self.now_button):
            row.addWidget(b)
        row.addStretch(1)
        cl.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        cl.addWidget(self.status)
        self.show_settings()

    def show_settings(self) -> None:
        s = backup_svc.auto_settings(self.ctx)
        self.daily.setChecked(s.daily)
        self.at_exit.setChecked(s.at_exit)
        self.keep.setValue(s.keep)
        self.folder.setText(s.folder)
        has = backup_svc.has_passphrase(self.ctx)
        self.passphrase_button.setText(self.tr("Change the passphrase…") if has else self.tr("Set the passphrase…"))
        self.now_button.setEnabled(has)
        if not has:
            self.say(self.tr("No backup passphrase is set yet: no backup is made until an administrator sets one."),
                     "bad")
            return
        try:
            last = backup_svc.last_backup(self.ctx, s)
        except CustodyError:
            last = None
        self.say(self.tr("Last backup: {name}").format(name=last.name) if last else self.tr("No backup yet."),
                 "ok" if last else "unknown")

    def say(self, message: str, state: str = "ok") -> None:
        self.status.setText(message)
        set_state(self.status, state)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        settings = backup_svc.AutoBackupSettings(daily=self.daily.isChecked(), at_exit=self.at_exit.isChecked(),
                                                 keep=self.keep.value(), folder=self.folder.text().strip())
        try:
            backup_svc.save_auto_settings(self.ctx, settings)
        except FormErrors as err:
            self.say("\n".join(ui_errors.field_messages(err).values()), "bad")
            return
        self.say(self.tr("Backup settings saved."))

    def set_passphrase(self) -> None:
        from custody.ui.reauth import confirm_sensitive

        if not confirm_sensitive(self.window_, self.tr("Set the backup passphrase")):
            return
        first, ok = QInputDialog.getText(self, self.tr("Backup passphrase"), self.tr(
            "The passphrase that opens every backup (at least {n} characters). Keep it apart from this computer: "
            "without it no backup can be restored.").format(n=backup_svc.MIN_PASSPHRASE), QLineEdit.EchoMode.Password)
        if not ok:
            return
        second, ok = QInputDialog.getText(self, self.tr("Backup passphrase"), self.tr("The same passphrase again:"),
                                          QLineEdit.EchoMode.Password)
        if not ok:
            return
        if first != second:
            self.say(self.tr("The two passphrases differ; nothing was changed."), "bad")
            return
        try:
            backup_svc.set_passphrase(self.ctx, first, replace=True)
        except CustodyError as err:
            self.say(ui_errors.translate_error(err), "bad")
            return
        self.show_settings()
        self.say(self.tr("Backup passphrase set. Older backups keep needing the passphrase they were made with."))

    def back_up_now(self) -> None:
        settings = backup_svc.auto_settings(self.ctx)
        self.now_button.setEnabled(False)
        self.say(self.tr("Backing up and checking the copy…"), "unknown")
        self.window_.ops.run(
            backup_svc.create_backup, self.ctx, settings.target(self.ctx),
            on_success=lambda res: self.say(self.tr("Backup written and verified: {path}").format(path=str(res.path))),
            on_error=lambda err: self.say(ui_errors.translate_error(err), "bad"),
            on_finally=lambda: self.now_button.setEnabled(True), parent=self)
