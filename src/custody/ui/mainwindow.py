"""The main window: a header (agency, station, signed-in officer), navigation on the left, pages on the right.

Later issues add their parts with :meth:`MainWindow.register_page`. Pages run service calls through the
shared :class:`Operations` and refresh when it announces a change they show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from custody.ledger.entry import parse_time
from custody.security.permissions import Action
from custody.services import auth, ledger_admin
from custody.services.auth import AuthSession
from custody.services.checkpoints import checkpoint_if_due
from custody.services.context import AppContext, StationDTO
from custody.services.ledger_admin import VerifyResult
from custody.services.trusted import LedgerFails
from custody.ui import errors as ui_errors
from custody.ui import input_filters
from custody.ui.feedback import ElidedLabel, MessageBar
from custody.ui.formatting import format_count, format_minute
from custody.ui.home_admin import AdministrationPage, HomePage, Verification
from custody.ui.idle import DEFAULT_IDLE_MINUTES, IdleLock
from custody.ui.live import LiveUpdates
from custody.ui.models import translate_label
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import set_state
from custody.ui.users_admin import ChangePasswordDialog, open_change_password
from custody.ui.verifier_page import save_verifier_page

PAGE_HOME = "home"
PAGE_ADMIN = "admin"
MAXIMISE_UP_TO_PX = 1440  # screens this wide or narrower (laptops at the counter) start maximised
GEOMETRY_FILE = "window.ini"  # in the data folder: where this workstation's window was

PageFactory = Callable[["MainWindow"], QWidget]
Permission = Action | Iterable[Action] | None


log = logging.getLogger(__name__)


@dataclass
class PageSpec:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...)
    factory: PageFactory
    permission: tuple[Action, ...]
    item: QListWidgetItem | None = None
    widget: QWidget | None = None


# ------------------------------------------------------------------------------------------------ window


class MainWindow(QMainWindow):
    logged_out = Signal()  # the officer logged out: show the sign-in again
    closed = Signal()  # the window was closed otherwise: the app quits
    station_loaded = Signal(object)  # StationDTO
    verification_changed = Signal(object)  # Verification | None
    verification_running = Signal(bool)

    TITLE_HOME = QT_TRANSLATE_NOOP("MainWindow", "Home")
    TITLE_ADMIN = QT_TRANSLATE_NOOP("MainWindow", "Administration")

    def __init__(
        self,
        ctx: AppContext,
        session: AuthSession,
        operations: Operations,
        station: StationDTO | None = None,
        *,
        idle_timeout_ms: int = DEFAULT_IDLE_MINUTES * 60_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.ops = operations
        operations.key_replaced.connect(self._key_replaced)
        self.station = station
        self.verification: Verification | None = None
        self._pages: dict[str, PageSpec] = {}
        self._closing = False
        self._logged_out = False
        self._verifying = False
        self._verify_started = False
        self._subject: str | None = None  # what the current page shows (an item id), for the title
        self.setObjectName("main_window")
        self.resize(1180, 760)
        self.setMinimumSize(800, 560)
        # Other workstations' entries appear without a restart. Created before any view: see custody.ui.live.
        self.live = LiveUpdates(ctx, operations, parent=self)

        # Central: a stack holding the workspace and, when locked, the lock screen.
        self.root_stack = QStackedWidget()
        self.root_stack.setObjectName("root_stack")
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        ws = QVBoxLayout(self.workspace)
        ws.setContentsMargins(0, 0, 0, 0)
        ws.setSpacing(0)
        ws.addWidget(self._build_header())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(230)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        # Feedback that stays in view under the page and never moves it (custody.ui.feedback).
        self.message_bar = MessageBar()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.pages, 1)
        right.addWidget(self.message_bar)
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        ws.addLayout(body, 1)
        self.root_stack.addWidget(self.workspace)
        self.setCentralWidget(self.root_stack)

        # Status bar: the last verification, always visible.
        self.verify_status = QLabel()
        self.verify_status.setObjectName("verify_status")
        self.verify_status.setContentsMargins(8, 2, 8, 2)
        self.statusBar().addPermanentWidget(self.verify_status)
        self._show_verification_status()

        # Actions.
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self.tr("Log out"), self)
        self.logout_action.setObjectName("logout_action")
        self.logout_action.triggered.connect(self.logout)
        self.change_password_action = QAction(self.tr("Change my password…"), self)
        self.change_password_action.setObjectName("change_password_action")
        self.change_password_action.triggered.connect(self.change_password)
        self.addAction(self.lock_action)
        self.addAction(self.logout_action)
        self.addAction(self.change_password_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        self.verifier_page_action = QAction(self.tr("Verifier for prosecutors…"), self)
        self.verifier_page_action.setObjectName("verifier_page_action")
        self.verifier_page_action.setStatusTip(
            self.tr("Save the page prosecutors open in any browser to check a report, with nothing installed"))
        self.verifier_page_action.triggered.connect(lambda: save_verifier_page(self))
        help_menu.addAction(self.verifier_page_action)
        self.change_password_button.clicked.connect(self.change_password_action.trigger)
        self.lock_button.clicked.connect(self.lock_action.trigger)
        self.logout_button.clicked.connect(self.logout_action.trigger)

        # Idle lock.
        self.idle_lock = IdleLock(
            self,
            idle_timeout_ms,
            self._reauthenticate,
            operations=operations,
            who=f"{session.full_name} ({session.username})",
            parent=self,
        )
        self.idle_lock.logout_requested.connect(self.logout)

        self.nav.currentItemChanged.connect(self._nav_changed)
        self.register_page(PAGE_HOME, self.TITLE_HOME, HomePage)
        self.register_page(PAGE_ADMIN, self.TITLE_ADMIN, AdministrationPage,
                           (Action.LEDGER_VERIFY, Action.USER_MANAGE))
        self._openers: dict[str, Callable[[str], None]] = {}
        from custody.ui.pages import register_all
        from custody.ui.scan_routing import install_scanner

        register_all(self)
        self.scanner = install_scanner(self)

        self.last_stored_verification: ledger_admin.LastVerification | None = None
        self.ops.run(ledger_admin.last_verification, ctx, on_success=self._stored_verification, changes=(),
                     parent=self)
        # At least one signed checkpoint a day (LEDGER.md section 4): now, then checked every hour.
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(60 * 60 * 1000)
        self.checkpoint_timer.timeout.connect(self.checkpoint_if_due)
        self.checkpoint_timer.start()
        self.checkpoint_if_due()
        self._apply_station()
        if self.station is None:
            self.ops.run(ctx.station, on_success=self._station_loaded, changes=(), parent=self)
        self.show_page(PAGE_HOME)
        self.live.start()

    # -- header ----------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        """Agency and station, the search box (added by the intake pages), the officer, Lock and Log out.
        Names that do not fit are cut with "…" (whole in the tooltip): nothing in the header overlaps."""
        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(22, 10, 18, 10)
        row.setSpacing(16)
        app = QLabel(self.tr("Custody"))
        app.setObjectName("header_app")
        row.addWidget(app)
        sep = QFrame()
        sep.setFrameShape(QFrame.Shape.VLine)
        sep.setStyleSheet("color: #4d6a8f;")
        row.addWidget(sep)
        where = QVBoxLayout()
        where.setSpacing(0)
        self.header_agency = ElidedLabel(min_chars=6)
        self.header_agency.setObjectName("header_agency")
        self.header_station = ElidedLabel(min_chars=6)
        self.header_station.setObjectName("header_station")
        where.addWidget(self.header_agency)
        where.addWidget(self.header_station)
        row.addLayout(where, 2)
        who = QVBoxLayout()
        who.setSpacing(0)
        user = ElidedLabel(self.session.full_name, min_chars=6)
        user.setObjectName("header_user")
        user.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        roles = ElidedLabel(", ".join(translate_label(r) for r in sorted(self.session.roles)), min_chars=6)
        roles.setObjectName("header_roles")
        roles.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        who.addWidget(user)
        who.addWidget(roles)
        # A link under the officer's name rather than one more framed button: the header stays narrow.
        self.change_password_button = QPushButton(self.tr("Change my password…"))
        self.change_password_button.setObjectName("change_password_button")
        self.change_password_button.setToolTip(self.tr("Choose a new password for your own account"))
        self.change_password_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.change_password_button.setFlat(True)
        self.change_password_button.setStyleSheet(
            "QPushButton#change_password_button { border: none; background: transparent; padding: 0; "
            "min-height: 0; color: #c9d6e8; text-decoration: underline; }"
            "QPushButton#change_password_button:hover { color: white; background: transparent; }")
        who.addWidget(self.change_password_button, 0, Qt.AlignmentFlag.AlignTrailing)
        who_box = QWidget()
        who_box.setObjectName("header_who")
        who_box.setLayout(who)
        who_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        row.addWidget(who_box, 1)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setObjectName("lock_button")
        self.lock_button.setToolTip(self.tr("Hide everything until you type your password again (Ctrl+L)"))
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setObjectName("logout_button")
        row.addWidget(self.lock_button)
        row.addWidget(self.logout_button)
        return header

    def _station_loaded(self, station: StationDTO) -> None:
        self.station = station
        self._apply_station()
        emit(self.station_loaded, station)

    def _apply_station(self) -> None:
        if self.station is not None:
            st = self.station
            self.header_agency.setText(st.agency)
            self.header_station.setText(self.tr("Station {code} · {room}").format(code=st.code, room=st.evidence_room))
        self.update_title()

    def update_title(self) -> None:
        """The window title says where the officer is: the page, and what it shows (an item id). It can be
        read from across the counter and tells window switchers apart."""
        parts = [self.tr("Custody")]
        if self.station is not None:
            parts += [self.station.agency, self.station.code]
        key = self.current_page_key()
        if key is not None and key in self._pages and key != PAGE_HOME:
            parts.append(QCoreApplication.translate("MainWindow", self._pages[key].title))
        if self._subject:
            parts.append(self._subject)
        self.setWindowTitle(" — ".join(parts))

    def set_subject(self, page: QWidget | None, subject: str | None) -> None:
        """What ``page`` shows now (an item id; None: nothing in particular), for the window title. Ignored
        when ``page`` is not the current page."""
        current = self.current_page_key()
        if page is not None and (current is None or self._pages[current].widget is not page):
            return
        self._subject = subject
        self.update_title()

    def time_zone(self) -> str | None:
        return self.station.time_zone if self.station else None

    # -- navigation ------------------------------------------------------------------------------

    def register_page(
        self, key: str, title: str, widget_factory: PageFactory, permission: Permission = None
    ) -> bool:
        """Add a part of the app to the navigation. ``title`` is marked with
        ``QT_TRANSLATE_NOOP("MainWindow", ...)``. With ``permission`` (one action or several, any of which
        suffices) the page is left out for officers whose roles allow none of them. The widget is created
        the first time the page is shown. Returns whether the page was added."""
        if key in self._pages:
            raise ValueError(f"page {key!r} is already registered")
        if permission is None:
            perms: tuple[Action, ...] = ()
        elif isinstance(permission, Action):
            perms = (permission,)
        else:
            perms = tuple(permission)
        if perms and not any(self.session.can(p) for p in perms):
            return False
        spec = PageSpec(key, title, widget_factory, perms)
        item = QListWidgetItem(QCoreApplication.translate("MainWindow", title))
        item.setData(Qt.ItemDataRole.UserRole, key)
        spec.item = item
        self._pages[key] = spec
        self.nav.addItem(item)
        return True

    def set_opener(self, kind: str, opener: Callable[[str], None]) -> None:
        """What opening a scanned or typed code of ``kind`` ("item", "location", "officer") does."""
        self._openers[kind] = opener

    def open_code(self, kind: str, value: str) -> bool:
        """Open the item/location/officer ``value``; False when no part of the app opens that kind."""
        opener = self._openers.get(kind)
        if opener is None:
            return False
        opener(value)  # the page that opens it names it in the window title once it is shown
        return True

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def page(self, key: str) -> QWidget:
        """The page's widget (created now if it was not shown yet)."""
        spec = self._pages[key]
        if spec.widget is None:
            # The scroll area joins the window first, then the page joins it: the page's widgets are moved into
            # the window (and styled for it) once, not twice (issue 18: ~0.1 s of the items list's first show).
            scroll = QScrollArea()
            scroll.setObjectName(f"page_{key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.pages.addWidget(scroll)
            with input_filters.paused():  # built in one call: no input arrives, ~1,200 events need no filter
                try:
                    widget = spec.factory(self)
                except BaseException:
                    self.pages.removeWidget(scroll)
                    scroll.deleteLater()
                    raise
                scroll.setWidget(widget)
            spec.widget = widget
        return spec.widget

    def show_page(self, key: str) -> QWidget:
        spec = self._pages[key]
        widget = self.page(key)
        self.pages.setCurrentWidget(widget.parentWidget().parentWidget())  # the scroll area
        if self.nav.currentItem() is not spec.item:
            self.nav.setCurrentItem(spec.item)
        return widget

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _nav_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._subject = None
            self.message_bar.clear()  # a message belongs to the page it was said on
            self.show_page(current.data(Qt.ItemDataRole.UserRole))
            self.update_title()

    # -- ledger verification ---------------------------------------------------------------------

    def verify_ledger(self) -> None:
        if not self.session.can(Action.LEDGER_VERIFY) or self._verifying:
            return
        self._verifying = True
        self._verify_started = False
        emit(self.verification_running, True)
        self.statusBar().showMessage(self.tr("Verifying the ledger…"))
        self.ops.run(ledger_admin.total_entries, self.ctx, on_success=self._verify_with_total,
                     on_finally=self._count_done, parent=self)

    def _verify_with_total(self, total: int) -> None:
        self._verify_started = True
        self.ops.run(
            ledger_admin.verify,
            self.ctx,
            on_success=self._verified,
            on_finally=self._verification_stopped,
            changes={Change.VERIFICATION},
            parent=self,
            progress_label=self.tr("Verifying {n} ledger entries…").format(n=format_count(total)),
            progress_total=total,
        )

    def _count_done(self) -> None:
        if not self._verify_started:  # counting failed; the error has been shown
            self._verification_stopped()

    def _verification_stopped(self) -> None:
        self._verifying = False
        self.statusBar().clearMessage()
        emit(self.verification_running, False)

    def _verified(self, result: VerifyResult) -> None:
        self.statusBar().clearMessage()
        self.verification = Verification(result=result, at=self.ctx.clock())
        self._show_verification_status()
        emit(self.verification_changed, self.verification)

    def checkpoint_if_due(self) -> None:
        self.ops.run(checkpoint_if_due, self.ctx, on_success=self._checkpoint_done, on_error=self._checkpoint_failed,
                     parent=self)

    def _checkpoint_done(self, note: str | None) -> None:
        # Only a checkpoint signed now changes the ledger: when none was due (nearly always), no view reloads (at
        # sign-in every page's queries ran twice, the start page's ~0.4 s at 10^6 items; issue 18).
        if note is not None:
            emit(self.ops.changed, frozenset({Change.LEDGER}))

    def _checkpoint_failed(self, exc: BaseException) -> None:
        if isinstance(exc, LedgerFails):  # truncated, rewritten or failing: everyone must see it at once
            ui_errors.show_error(self, exc)
        # Not the officer's business at the counter (e.g. the station key lives on another workstation):
        # logged, and shown in the status bar without interrupting work.
        log.warning("daily checkpoint not signed: %s", exc)
        self.statusBar().showMessage(self.tr("The daily ledger checkpoint could not be signed: {reason}").format(
            reason=getattr(exc, "message", str(exc))), 15_000)

    def _stored_verification(self, last: ledger_admin.LastVerification | None) -> None:
        self.last_stored_verification = last
        if self.verification is None:
            self._show_verification_status()

    def verification_state(self) -> str:
        if self.verification is None:
            last = getattr(self, "last_stored_verification", None)
            if last is None:
                return "unknown"
            return "ok" if last.ok else "bad"
        return "ok" if self.verification.result.ok and self.verification.result.trusted else "bad"

    def verification_text(self) -> str:
        v = self.verification
        if v is None:
            last = getattr(self, "last_stored_verification", None)
            if last is not None:
                when = format_minute(parse_time(last.at), self.time_zone())
                if last.ok:
                    return self.tr("Ledger last verified {when}: intact, {n} entries").format(
                        when=when, n=format_count(last.size))
                return self.tr("Ledger NOT intact at the last verification ({when}): see Administration").format(
                    when=when)
            return self.tr("Ledger not verified since you signed in")
        if v.result.ok:
            return self.tr("Ledger verified {when}: intact, {n} entries").format(
                when=format_minute(v.at, self.time_zone()), n=format_count(v.result.total))
        return self.tr("Ledger NOT intact: see Administration")

    def _show_verification_status(self) -> None:
        self.verify_status.setText(self.verification_text())
        set_state(self.verify_status, self.verification_state())

    # -- lock and log out ------------------------------------------------------------------------

    def _reauthenticate(self, password: str) -> None:
        auth.reauthenticate(self.ctx, self.session, password)

    def lock(self) -> None:
        self.idle_lock.lock()

    def change_password(self) -> ChangePasswordDialog | None:
        """Open "Change my password" for the signed-in officer (not while locked)."""
        if self.locked:
            return None
        return open_change_password(self)

    def show_lock_screen(self, widget: QWidget) -> None:
        if self.root_stack.indexOf(widget) < 0:
            self.root_stack.addWidget(widget)
        self.root_stack.setCurrentWidget(widget)
        self.workspace.setVisible(False)
        self.lock_action.setEnabled(False)
        self.statusBar().clearMessage()
        self.message_bar.clear()

    def hide_lock_screen(self) -> None:
        self.root_stack.setCurrentWidget(self.workspace)
        self.workspace.setVisible(True)
        self.lock_action.setEnabled(True)

    @property
    def locked(self) -> bool:
        return self.idle_lock.locked

    def _key_replaced(self, username: str) -> None:
        """This officer's key was replaced elsewhere (a password reset): back to the sign-in."""
        if username == self.session.username:
            self.logout()

    def logout(self) -> None:
        """Record the sign-out, then close; ``logged_out`` tells the app to show the sign-in again."""
        if self._logged_out:
            return
        self._logged_out = True
        self.idle_lock.stop()
        self.live.stop()
        self.ops.run(auth.logout, self.ctx, self.session, on_finally=self._after_logout,
                     on_error=lambda err: None, changes={Change.SESSION, Change.LEDGER}, parent=self)

    def _after_logout(self) -> None:
        self._closing = True
        self.close()
        emit(self.logged_out)

    # -- where the window is -----------------------------------------------------------------------

    def _geometry_settings(self) -> QSettings:
        return QSettings(str(self.ctx.data_dir / GEOMETRY_FILE), QSettings.Format.IniFormat)

    def show_restored(self) -> None:
        """Show the window where it was last time on this workstation; the first time, maximised on screens
        up to :data:`MAXIMISE_UP_TO_PX` wide (a laptop at the counter), else at a comfortable size."""
        settings = self._geometry_settings()
        geometry = settings.value("main_window/geometry")
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        maximised = str(settings.value("main_window/maximised", "")).lower() == "true"
        if geometry is not None and self.restoreGeometry(geometry):
            if not available.intersects(self.frameGeometry()):  # the screen it was on is gone
                self.setGeometry(available)
        elif available.width() <= MAXIMISE_UP_TO_PX:
            maximised = True
        else:
            self.resize(min(1400, available.width() - 80), min(900, available.height() - 60))
            self.move(available.center() - self.rect().center())
        if maximised:
            self.setGeometry(available)  # also without a window manager
            self.showMaximized()
        else:
            self.show()

    def save_geometry(self) -> None:
        settings = self._geometry_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/maximised", "true" if self.isMaximized() else "false")
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle_lock.stop()
        self.live.stop()
        self.scanner.uninstall()
        if self.isVisible():
            self.save_geometry()
        event.accept()
        if self._closing:
            return
        # The window was closed (the app quits): record the sign-out on the way.
        self._closing = True
        if not self._logged_out:
            self._logged_out = True
            self.ops.run(auth.logout, self.ctx, self.session, on_error=lambda err: None,
                         changes={Change.SESSION, Change.LEDGER})
        emit(self.closed)
