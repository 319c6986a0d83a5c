"""Start the desktop app: QApplication, translations, the exception hook, then wizard -> sign-in -> main window.

``run_app`` is what ``custody`` with no arguments calls. The steps after the database is open live in
:class:`Startup` so that tests can drive them without an event loop of their own.

The sign-in window comes first (issue 18: start-up): when there is a database to sign in to (an SQLite file that
exists, or a database server), :meth:`Startup.open` shows it at once, in the station's language and naming the
station as the card kept from the last start says (:mod:`custody.ui.signin_card`), and only then, once it is
painted, opens the database on the operations thread: SQLAlchemy and the services are imported there, the schema
is checked (backed up and upgraded when needed), then whether the station is set up, the quick ledger check and
the station itself. A password typed meanwhile is kept and its sign-in goes ahead when the database is open; a
database that is not set up gets the first-run wizard instead; one that cannot be opened gives the same message as
before, over the window, and the app ends. Without a database file the database is created and the wizard shown,
as before. Nothing in this module imports SQLAlchemy or the services at import time.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from custody.config import sqlite_path
from custody.domain.errors import CustodyError
from custody.paths import resource
from custody.ui import errors as ui_errors
from custody.ui import language, signin_card
from custody.ui.idle import DEFAULT_IDLE_MINUTES
from custody.ui.login import LoginDialog
from custody.ui.operations import Operations
from custody.ui.qtcompat import emit
from custody.ui.style import apply_theme

if TYPE_CHECKING:  # imported when first used: the sign-in window needs none of them (issue 18: start-up)
    from custody.cli.common import CliState
    from custody.services.auth import AuthSession
    from custody.services.context import AppContext, StationDTO
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

#: When the sign-in window reports no paint (a platform that does not paint hidden windows), the database is opened
#: this long after it was shown all the same.
OPEN_AFTER_MS = 300


@dataclass
class Opened:
    """What the database said when it was opened (on the operations thread), or why it could not be opened."""

    ctx: AppContext | None = None
    needs_setup: bool = False
    station: StationDTO | None = None
    language: str | None = None  # the station's
    doubt: CustodyError | None = None  # the quick ledger check failed: shown, and sign-in stays possible
    failure: BaseException | None = None
    details: str | None = None  # the traceback of a failure that is not a known error


def open_context(state: CliState) -> AppContext:
    """Open the database, back it up and upgrade its schema (raises CustodyError in words)."""
    return state.context(upgrade=True)


def _failed(exc: BaseException) -> Opened:
    """A failure to open: a known error, or one the database gives that users cause (a damaged or locked file, an
    unreachable server: in words, as the command line says it), or else a bug (with its details)."""
    if isinstance(exc, CustodyError):
        return Opened(failure=exc)
    kind = getattr(sys.modules.get("sqlalchemy.exc"), "DBAPIError", None)
    if kind is not None and isinstance(exc, kind):
        from custody.db.uow import translate_db_error

        friendly = translate_db_error(exc)
        if friendly is not None:
            log.warning("Cannot open the database: %s", exc)
            return Opened(failure=friendly)
    return Opened(failure=exc, details=ui_errors.traceback_text(exc))


def open_database(state: CliState) -> Opened:
    """On the operations thread: :func:`open_context` only (the caller then runs :meth:`Startup.start`)."""
    try:
        return Opened(ctx=open_context(state))
    except Exception as exc:  # noqa: BLE001 - a broken database must still give a readable message
        return _failed(exc)


def open_station(state: CliState) -> Opened:
    """On the operations thread, behind the sign-in window: open the database and ask it what the sign-in needs
    (whether it is set up, the quick ledger check, the station and its language)."""
    opened = open_database(state)
    ctx = opened.ctx
    if ctx is None:
        return opened
    try:
        from custody.services import preferences, setup, trusted

        if setup.needs_setup(ctx):
            opened.needs_setup = True
            return opened
        # The stored ledger must still extend the last checkpoint this station signed (kept outside the database):
        # a truncated or rewritten ledger is shown at once, before anyone works on it.
        try:
            trusted.check_at_start(ctx)
        except CustodyError as err:
            opened.doubt = err
        opened.station = ctx.station()
        try:
            opened.language = preferences.station_language(ctx)
        except CustodyError:
            opened.language = None
        return opened
    except Exception as exc:  # noqa: BLE001 - as open_database
        ctx.engine.dispose()
        return _failed(exc)


def _has_database(url: str) -> bool:
    """Whether there is a database to sign in to before it is opened: an SQLite file that exists, or a server."""
    if not url.startswith("sqlite"):
        return True
    path = sqlite_path(url)
    return path is not None and path.exists()


class _AfterFirstPaint(QObject):
    """Calls ``then`` once ``widget`` has been painted (or :data:`OPEN_AFTER_MS` after it was shown, at the latest):
    work started after it cannot hold up the window's first paint."""

    def __init__(self, widget: QWidget, then: Any) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(OPEN_AFTER_MS, self, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # once this paint is done
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._then()


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
        self.state: CliState | None = None
        self.card_key: str | None = None  # which sign-in card (custody.ui.signin_card) is this database's
        self.closing = False
        self.quit_requested.connect(self._quitting)

    def _quitting(self, _code: int) -> None:
        self.closing = True

    # -- from the command: the sign-in window first, then the database --------------------------

    def open(self, state: CliState) -> None:
        """What ``custody`` starts with (see the module docstring): the sign-in window at once when there is a
        database to sign in to, opened behind it; else the database is created and the first-run wizard shown."""
        self.state = state
        try:
            url = state.url()
        except OSError:  # no data folder to be had: opening the database says why
            self.ops.run(open_database, state, on_success=self._context_opened)
            return
        self.card_key = signin_card.database_key(url, state.station_code())
        if not _has_database(url):
            self.ops.run(open_database, state, on_success=self._context_opened)
            return
        folder = self._card_folder()
        card = signin_card.read(folder, self.card_key) if folder is not None else None
        if card is not None and card.language and card.language != language.current_language():
            language.set_language(card.language)
        dialog = self._show_login_dialog(None, card, "")
        _AfterFirstPaint(dialog, self._open_behind)

    def _open_behind(self) -> None:
        if not self.closing and self.state is not None:
            self.ops.run(open_station, self.state, on_success=self._opened)

    def _context_opened(self, opened: Opened) -> None:
        if opened.ctx is not None:
            self.ctx = opened.ctx  # run_app disposes of its engine in the end
        if self.closing:
            return
        if opened.failure is not None:
            self._open_failed(opened)
            return
        assert opened.ctx is not None
        self.start(opened.ctx)

    def _opened(self, opened: Opened) -> None:
        """The database behind the sign-in window answered."""
        if opened.ctx is not None:
            self.ctx = opened.ctx
        if self.closing:  # the window was closed meanwhile
            return
        if opened.failure is not None:
            self._open_failed(opened)
            return
        login = self.login
        if opened.needs_setup:
            if login is not None:
                self._drop_login(login)
            self.show_wizard()
            return
        assert opened.ctx is not None and opened.station is not None
        self.station = opened.station
        self._keep_card(opened.language)
        if login is None:  # pragma: no cover - the window is there until the app quits
            return
        if opened.language and login.chosen_language is None and opened.language != language.current_language():
            language.set_language(opened.language)
        login.set_station(opened.station)
        if login.waiting:
            log.info("The database is open; the sign-in asked for while it was opening goes ahead")
        login.database_opened(opened.ctx, go_ahead=opened.doubt is None)
        if opened.doubt is not None:  # said before anyone signs in (a sign-in asked for meanwhile waits for it)
            ui_errors.show_error(login, opened.doubt)

    def _open_failed(self, opened: Opened) -> None:
        err = opened.failure
        if isinstance(err, CustodyError):
            log.error("Cannot open the database: %s", err)
            text, details = ui_errors.translate_error(err), None
        else:
            log.error("Cannot open the database:\n%s", opened.details)
            text = QCoreApplication.translate(
                "Startup", "Custody could not open its database. The details below are also in the log file.")
            details = opened.details
        if self.login is not None:
            self.login.database_failed(text)
        _fatal_box(self.login, text, details)
        emit(self.quit_requested, EXIT_START_FAILED)

    def _keep_card(self, code: str | None) -> None:
        """The sign-in card for the next start: this station's header and language."""
        station = self.station
        folder = self._card_folder()
        if folder is None or self.card_key is None or station is None:
            return
        signin_card.write(folder, self.card_key,
                          signin_card.SignInCard(station.agency, station.code, station.evidence_room, code))

    def _card_folder(self) -> Path | None:
        """The data folder (None if it cannot be made: opening the database then says so, in words)."""
        if self.state is None:
            return None
        try:
            return self.state.data_dir()
        except OSError:
            return None

    def _drop_login(self, login: LoginDialog) -> None:
        login.blockSignals(True)  # its rejected() must not quit the app
        login.close()
        login.deleteLater()
        self.login = None

    # -- on an open database -----------------------------------------------------------------

    def start(self, ctx: AppContext) -> None:
        """Show the first-run wizard if the database is not set up, else the sign-in."""
        from custody.services import setup

        self.ctx = ctx
        self.ops.run(setup.needs_setup, ctx, on_success=self._setup_checked, on_error=self._fatal)

    def _setup_checked(self, needed: bool) -> None:
        if needed:
            self.show_wizard()
            return
        # The stored ledger must still extend the last checkpoint this station signed (kept outside the
        # database): a truncated or rewritten ledger is shown at once, before anyone works on it.
        from custody.services import trusted

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
        from custody.services import preferences

        assert self.ctx is not None
        self.ops.run(preferences.station_language, self.ctx,
                     on_success=lambda code: self._open_login_in(code, username),
                     on_error=lambda _err: self._open_login_in(None, username))

    def _open_login_in(self, code: str | None, username: str) -> None:
        assert self.ctx is not None
        if code and code != language.current_language():
            language.set_language(code)
        self._keep_card(code)
        self._show_login_dialog(self.ctx, self.station, username)

    def _show_login_dialog(self, ctx: AppContext | None, station: Any, username: str) -> LoginDialog:
        dialog = LoginDialog(ctx, self.ops, station, username)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(lambda: emit(self.quit_requested, EXIT_OK))
        self.login = dialog
        dialog.show()
        emit(self.login_shown, dialog)
        return dialog

    def _signed_in(self, session: AuthSession) -> None:
        assert self.ctx is not None
        timeout = self.idle_timeout_ms
        if timeout is None:
            from custody.services.settings import get_settings

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
    ops = Operations(app)
    app.setQuitOnLastWindowClosed(False)
    startup = Startup(ops)
    startup.quit_requested.connect(app.exit)
    startup.open(state)
    try:
        return app.exec()
    finally:
        ops.shutdown()
        if startup.ctx is not None:
            startup.ctx.engine.dispose()
