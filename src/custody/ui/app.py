"""Start the desktop app: QApplication, translations, the exception hook, then wizard -> sign-in -> main window.

``run_app`` is what ``custody`` with no arguments calls. The steps after the database is open live in
:class:`Startup` so that tests can drive them without an event loop of their own.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from custody.cli.common import CliState
from custody.domain.errors import CustodyError
from custody.paths import resource
from custody.services import preferences, setup, trusted
from custody.services.auth import AuthSession
from custody.services.context import AppContext, StationDTO
from custody.services.settings import get_settings
from custody.ui import errors as ui_errors
from custody.ui import language
from custody.ui.idle import DEFAULT_IDLE_MINUTES
from custody.ui.login import LoginDialog
from custody.ui.operations import Operations
from custody.ui.qtcompat import emit
from custody.ui.style import apply_theme

if TYPE_CHECKING:  # imported when first shown: the sign-in window needs neither (issue 18: start-up)
    from custody.ui.mainwindow import MainWindow
    from custody.ui.wizard import FirstRunWizard

log = logging.getLogger("custody.ui")

EXIT_OK = 0
EXIT_START_FAILED = 2


# --------------------------------------------------------------------------------------------- application


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named and themed (reuses an existing instance, as under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Custody")
    app.setApplicationName("Custody")
    app.setDesktopFileName("custody")  # custody.desktop: menu entry, taskbar icon and name on Wayland
    try:
        app.setWindowIcon(QIcon(str(resource("icons", "custody.svg"))))
    except FileNotFoundError:  # an incomplete install still starts (the self-test says what is missing)
        log.warning("The application icon is missing")
    apply_theme(app)
    return app


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and Custody's translations for ``locale`` (the system's by default) when they exist."""
    return language.install_for_locale(app, locale or QLocale.system())


class ExceptionHandler(QObject):
    """sys.excepthook and threading.excepthook: log every uncaught exception and show it on the UI thread."""

    _report = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report.connect(self._show)  # queued when raised on another thread
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook

    def install(self) -> ExceptionHandler:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook = self.previous_hook
        threading.excepthook = self.previous_thread_hook

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        details = "".join(traceback.format_exception(etype, value, tb))
        emit(self._report, value, details)

    def thread_excepthook(self, args: Any) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = getattr(args.thread, "name", "?")
        details = f"In thread {name}:\n" + "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        emit(self._report, args.exc_value, details)

    def _show(self, exc: BaseException, details: str) -> None:
        parent = QApplication.activeWindow()
        if isinstance(exc, CustodyError):
            log.warning("Uncaught known error: %s", exc)
            ui_errors.show_error(parent, exc)
        else:
            ui_errors.show_bug(parent, exc, details)


def install_excepthook(app: QObject | None = None) -> ExceptionHandler:
    return ExceptionHandler(app).install()


# ----------------------------------------------------------------------------------------------- startup


class Startup(QObject):
    """Drives wizard -> sign-in -> main window (and back to sign-in after logging out)."""

    wizard_shown = Signal(object)  # FirstRunWizard
    login_shown = Signal(object)  # LoginDialog
    main_window_shown = Signal(object)  # MainWindow
    quit_requested = Signal(int)  # exit code

    def __init__(
        self,
        operations: Operations,
        *,
        idle_timeout_ms: int | None = None,  # None: the station's idle_lock_minutes setting
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = operations
        self.idle_timeout_ms = idle_timeout_ms
        self.ctx: AppContext | None = None
        self.station: StationDTO | None = None
        self.wizard: FirstRunWizard | None = None
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self, ctx: AppContext) -> None:
        """Show the first-run wizard if the database is not set up, else the sign-in."""
        self.ctx = ctx
        self.ops.run(setup.needs_setup, ctx, on_success=self._setup_checked, on_error=self._fatal)

    def _setup_checked(self, needed: bool) -> None:
        if needed:
            self.show_wizard()
            return
        # The stored ledger must still extend the last checkpoint this station signed (kept outside the
        # database): a truncated or rewritten ledger is shown at once, before anyone works on it.
        assert self.ctx is not None
        self.ops.run(trusted.check_at_start, self.ctx, on_success=lambda _r: self.show_login(),
                     on_error=self._ledger_doubtful)

    def _ledger_doubtful(self, err: CustodyError) -> None:
        ui_errors.show_error(None, err)
        self.show_login()

    def _fatal(self, err: CustodyError) -> None:
        ui_errors.show_error(None, err)
        emit(self.quit_requested, EXIT_START_FAILED)

    # -- steps -------------------------------------------------------------------------------

    def show_wizard(self) -> FirstRunWizard:
        assert self.ctx is not None
        from custody.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.ctx, self.ops)
        wizard.setup_done.connect(self._setup_done)
        wizard.language_chosen.connect(self._wizard_language)
        wizard.rejected.connect(lambda: emit(self.quit_requested, EXIT_OK))
        self.wizard = wizard
        wizard.show()
        emit(self.wizard_shown, wizard)
        return wizard

    def _wizard_language(self, code: str) -> None:
        """Speak ``code`` and show the wizard again in it (only the welcome page has a picker: nothing is lost)."""
        old = self.wizard
        language.set_language(code)
        if old is not None:
            old.blockSignals(True)  # its rejected() must not quit the app
            old.close()
            old.deleteLater()
        self.show_wizard()

    def _setup_done(self, station: StationDTO) -> None:
        self.station = station
        username = self.wizard.admin_username if self.wizard else ""
        self.show_login(username)

    def show_login(self, username: str = "") -> None:
        assert self.ctx is not None
        if self.station is None:
            self.ops.run(self.ctx.station, on_success=lambda st: self._station_loaded(st, username),
                         on_error=self._fatal)
        else:
            self._open_login(username)

    def _station_loaded(self, station: StationDTO, username: str) -> None:
        self.station = station
        self._open_login(username)

    def _open_login(self, username: str) -> None:
        """The sign-in screen speaks the station's language (an officer's own applies after their sign-in)."""
        assert self.ctx is not None
        self.ops.run(preferences.station_language, self.ctx,
                     on_success=lambda code: self._open_login_in(code, username),
                     on_error=lambda _err: self._open_login_in(None, username))

    def _open_login_in(self, code: str | None, username: str) -> None:
        assert self.ctx is not None
        if code and code != language.current_language():
            language.set_language(code)
        dialog = LoginDialog(self.ctx, self.ops, self.station, username)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(lambda: emit(self.quit_requested, EXIT_OK))
        self.login = dialog
        dialog.show()
        emit(self.login_shown, dialog)

    def _signed_in(self, session: AuthSession) -> None:
        assert self.ctx is not None
        timeout = self.idle_timeout_ms
        if timeout is None:
            try:
                timeout = get_settings(self.ctx).idle_lock_minutes * 60_000
            except CustodyError:
                timeout = DEFAULT_IDLE_MINUTES * 60_000
        from custody.ui.mainwindow import MainWindow

        window = MainWindow(self.ctx, session, self.ops, self.station, idle_timeout_ms=timeout)
        window.logged_out.connect(self._logged_out)
        window.closed.connect(lambda: emit(self.quit_requested, EXIT_OK))
        self.window = window
        self.login = None
        window.show_restored()
        emit(self.main_window_shown, window)
        from custody.ui.first_password import require_own_password

        self.first_password = require_own_password(window)  # a temporary password is changed first

    def _logged_out(self) -> None:
        self.window = None
        self.show_login()


# ----------------------------------------------------------------------------------------------- run_app


def _fatal_box(parent: QWidget | None, text: str, details: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Custody"), text,
                      QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def open_context(state: CliState) -> AppContext:
    """Open the database, back it up and upgrade its schema (raises CustodyError in words)."""
    return state.context(upgrade=True)


def run_app(state: CliState, argv: list[str] | None = None) -> int:
    """The desktop app; returns the process exit code (2 if the database cannot be opened)."""
    app = create_application(argv)
    install_translators(app)
    handler = install_excepthook(app)
    try:
        return _run(app, state)
    finally:
        handler.uninstall()


def _run(app: QApplication, state: CliState) -> int:
    try:
        ctx = open_context(state)
    except CustodyError as err:
        log.error("Cannot open the database: %s", err)
        _fatal_box(None, ui_errors.translate_error(err))
        return EXIT_START_FAILED
    except Exception as exc:  # noqa: BLE001 - a broken database must still give a readable message
        details = ui_errors.traceback_text(exc)
        log.error("Cannot open the database:\n%s", details)
        _fatal_box(None, QCoreApplication.translate(
            "Startup", "Custody could not open its database. The details below are also in the log file."), details)
        return EXIT_START_FAILED

    ops = Operations(app)
    app.setQuitOnLastWindowClosed(False)
    startup = Startup(ops)
    startup.quit_requested.connect(app.exit)
    startup.start(ctx)
    try:
        return app.exec()
    finally:
        ops.shutdown()
        ctx.engine.dispose()
