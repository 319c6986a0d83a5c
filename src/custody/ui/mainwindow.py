"""The main window: a header (agency, station, signed-in officer), navigation on the left, pages on the right.

Later issues add their parts with :meth:`MainWindow.register_page`. Pages run service calls through the
shared :class:`Operations` and refresh when it announces a change they show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import Role
from custody.ledger.entry import parse_time
from custody.security.permissions import Action
from custody.services import auth, ledger_admin
from custody.services.auth import AuthSession
from custody.services.checkpoints import checkpoint_if_due
from custody.services.context import AppContext, StationDTO
from custody.services.ledger_admin import VerifyResult
from custody.ui.formatting import format_count, format_minute
from custody.ui.idle import DEFAULT_IDLE_MINUTES, IdleLock
from custody.ui.models import translate_label
from custody.ui.operations import Change, Operations
from custody.ui.qtcompat import emit
from custody.ui.style import card, page_layout, set_role, set_state
from custody.ui.users_admin import ChangePasswordDialog, OfficersPanel, open_change_password

PAGE_HOME = "home"
PAGE_ADMIN = "admin"

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


@dataclass(frozen=True)
class Verification:
    """The outcome of the last ledger verification run from this window."""

    result: VerifyResult
    at: datetime


def _fact(grid: QGridLayout, row: int, label: str, name: str) -> QLabel:
    caption = set_role(QLabel(label), "fact_label")
    value = set_role(QLabel(), "fact_value")
    value.setObjectName(name)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(True)
    grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(value, row, 1)
    return value


# ------------------------------------------------------------------------------------------------ pages


class HomePage(QWidget):
    """Start page: where we are, who is signed in, how big the ledger is and how it last verified."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("home_page")
        layout = page_layout(self, self.tr("Welcome, {name}").format(name=window.session.full_name))

        row = QHBoxLayout()
        row.setSpacing(16)
        station_card, sl = card(self.tr("Station"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.agency = _fact(grid, 0, self.tr("Agency"), "home_agency")
        self.station = _fact(grid, 1, self.tr("Station"), "home_station")
        self.room = _fact(grid, 2, self.tr("Evidence room"), "home_room")
        self.tz = _fact(grid, 3, self.tr("Time zone"), "home_time_zone")
        grid.setColumnStretch(1, 1)
        sl.addLayout(grid)
        sl.addStretch(1)
        row.addWidget(station_card, 1)

        user_card, ul = card(self.tr("Signed in"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.user = _fact(grid, 0, self.tr("Officer"), "home_user")
        self.username = _fact(grid, 1, self.tr("Username"), "home_username")
        self.roles = _fact(grid, 2, self.tr("Roles"), "home_roles")
        grid.setColumnStretch(1, 1)
        ul.addLayout(grid)
        ul.addStretch(1)
        row.addWidget(user_card, 1)
        layout.addLayout(row)

        ledger_card, ll = card(self.tr("Ledger"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.ledger_size = _fact(grid, 0, self.tr("Entries"), "home_ledger_size")
        self.ledger_state = _fact(grid, 1, self.tr("Last verification"), "home_ledger_state")
        grid.setColumnStretch(1, 1)
        ll.addLayout(grid)
        layout.addWidget(ledger_card)
        if window.session.can(Action.ITEM_VIEW) and window.session.roles - {Role.ADMIN}:
            # Overdue lab and court trips, disposals waiting, open discrepancies: on the start page.
            from custody.ui.pages.custody_alerts import AlertsPanel

            alerts_card, al = card(self.tr("Needs attention"))
            self.alerts = AlertsPanel(window)
            al.addWidget(self.alerts)
            layout.addWidget(alerts_card)
        layout.addStretch(1)

        s = window.session
        self.user.setText(s.full_name)
        self.username.setText(s.username)
        self.roles.setText(", ".join(translate_label(r) for r in sorted(s.roles)))
        self.ledger_size.setText("…")
        self.station_changed(window.station)
        self.verification_changed(window.verification)
        window.station_loaded.connect(self.station_changed)
        window.verification_changed.connect(self.verification_changed)
        window.ops.changed.connect(self._changed)
        self.refresh_ledger_size()

    def station_changed(self, station: StationDTO | None) -> None:
        if station is None:
            return
        self.agency.setText(station.agency)
        self.station.setText(station.code)
        self.room.setText(station.evidence_room)
        self.tz.setText(station.time_zone)

    def verification_changed(self, verification: Verification | None) -> None:
        self.ledger_state.setText(self.window_.verification_text())
        set_state(self.ledger_state, self.window_.verification_state())

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds or Change.SESSION in kinds:
            self.refresh_ledger_size()

    def refresh_ledger_size(self) -> None:
        self.window_.ops.run(ledger_admin.total_entries, self.window_.ctx,
                             on_success=lambda n: self.ledger_size.setText(format_count(n)), parent=self)


class AdministrationPage(QWidget):
    """Ledger verification and the officers (list and administration, :class:`OfficersPanel`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("admin_page")
        session = window.session
        layout = page_layout(self, self.tr("Administration"))

        ledger_card, ll = card(self.tr("Ledger integrity"))
        explain = QLabel(self.tr(
            "Verification recomputes every entry's hash, the hash chain, the signatures and the signed "
            "checkpoints from the stored bytes, and checks the tables derived from the ledger."))
        explain.setWordWrap(True)
        set_role(explain, "hint")
        ll.addWidget(explain)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify ledger"))
        self.verify_button.setObjectName("verify_ledger")
        set_role(self.verify_button, "primary")
        self.verify_button.setEnabled(session.can(Action.LEDGER_VERIFY))
        if not session.can(Action.LEDGER_VERIFY):
            self.verify_button.setToolTip(self.tr("Your roles do not allow verifying the ledger."))
        row.addWidget(self.verify_button)
        row.addStretch(1)
        ll.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ll.addWidget(self.result)
        self.root = set_role(QLabel(), "hint")
        self.root.setObjectName("verify_root")
        self.root.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.root.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        self.root.setVisible(False)
        ll.addWidget(self.root)
        self.failures = QPlainTextEdit()
        self.failures.setObjectName("verify_failures")
        self.failures.setReadOnly(True)
        self.failures.setMaximumHeight(160)
        self.failures.setVisible(False)
        ll.addWidget(self.failures)
        layout.addWidget(ledger_card)

        users_card, ul = card(self.tr("Officers"))
        self.officers = OfficersPanel(window)
        self.users_model = self.officers.model
        self.users_view = self.officers.view
        ul.addWidget(self.officers, 1)
        layout.addWidget(users_card, 1)

        self.verify_button.clicked.connect(window.verify_ledger)
        window.verification_changed.connect(self.show_verification)
        window.verification_running.connect(self._running)
        self.show_verification(window.verification)

    def _running(self, running: bool) -> None:
        self.verify_button.setEnabled(not running and self.window_.session.can(Action.LEDGER_VERIFY))
        if running:
            self.result.setText(self.tr("Verifying…"))
            set_state(self.result, "unknown")

    def show_verification(self, verification: Verification | None) -> None:
        if verification is None:
            self.result.setText(self.tr("Not verified since you signed in."))
            set_state(self.result, "unknown")
            self.root.setVisible(False)
            self.failures.setVisible(False)
            return
        r = verification.result
        when = format_minute(verification.at, self.window_.time_zone())
        if r.ok:
            self.result.setText(self.tr(
                "Intact: all {n} entries, their signatures and checkpoints check out (verified {when})."
            ).format(n=format_count(r.total), when=when))
            set_state(self.result, "ok")
            self.root.setText(self.tr("Ledger root hash: {root}").format(root=r.report.root.hex()))
            self.root.setVisible(True)
            self.failures.setVisible(False)
        else:
            self.result.setText(self.tr("NOT intact: {k} problems found (verified {when}). "
                                        "Keep this workstation as it is and call your supervisor.").format(
                k=len(r.failures), when=when))
            set_state(self.result, "bad")
            self.root.setVisible(False)
            self.failures.setPlainText("\n".join(
                self.tr("Entry {seq}: {reason}").format(seq=f.seq, reason=f.reason) for f in r.failures))
            self.failures.setVisible(True)

    def refresh_users(self) -> None:
        self.officers.refresh()


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
        self.station = station
        self.verification: Verification | None = None
        self._pages: dict[str, PageSpec] = {}
        self._closing = False
        self._logged_out = False
        self._verifying = False
        self._verify_started = False
        self.setObjectName("main_window")
        self.resize(1180, 760)
        self.setMinimumSize(900, 600)

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
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
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
        from custody.ui.scanner import install_scanner

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

    # -- header ----------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(22, 12, 18, 12)
        row.setSpacing(18)
        app = QLabel(self.tr("Custody"))
        app.setObjectName("header_app")
        row.addWidget(app)
        sep = QFrame()
        sep.setFrameShape(QFrame.Shape.VLine)
        sep.setStyleSheet("color: #4d6a8f;")
        row.addWidget(sep)
        where = QVBoxLayout()
        where.setSpacing(0)
        self.header_agency = QLabel()
        self.header_agency.setObjectName("header_agency")
        self.header_station = QLabel()
        self.header_station.setObjectName("header_station")
        where.addWidget(self.header_agency)
        where.addWidget(self.header_station)
        row.addLayout(where, 1)
        who = QVBoxLayout()
        who.setSpacing(0)
        user = QLabel(self.session.full_name)
        user.setObjectName("header_user")
        user.setAlignment(Qt.AlignmentFlag.AlignRight)
        roles = QLabel(", ".join(translate_label(r) for r in sorted(self.session.roles)))
        roles.setObjectName("header_roles")
        roles.setAlignment(Qt.AlignmentFlag.AlignRight)
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
        who.addWidget(self.change_password_button, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(who)
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

    def _apply_station(self, showing: str | None = None) -> None:
        if self.station is None:
            self.setWindowTitle(self.tr("Custody"))
            return
        st = self.station
        title = self.tr("Custody — {agency} — {station}").format(agency=st.agency, station=st.code)
        self.setWindowTitle(f"{title} — {showing}" if showing else title)
        self.header_agency.setText(st.agency)
        self.header_station.setText(self.tr("Station {code} · {room}").format(code=st.code, room=st.evidence_room))

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
        opener(value)
        self._apply_station(showing=value)  # the title says what is open: visible from across the counter
        return True

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def page(self, key: str) -> QWidget:
        """The page's widget (created now if it was not shown yet)."""
        spec = self._pages[key]
        if spec.widget is None:
            widget = spec.factory(self)
            scroll = QScrollArea()
            scroll.setObjectName(f"page_{key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(widget)
            spec.widget = widget
            self.pages.addWidget(scroll)
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
            self._apply_station()
            self.show_page(current.data(Qt.ItemDataRole.UserRole))

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
        self.ops.run(checkpoint_if_due, self.ctx, on_success=lambda _note: None, on_error=self._checkpoint_failed,
                     changes=(Change.LEDGER,), parent=self)

    def _checkpoint_failed(self, exc: BaseException) -> None:
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
        return "ok" if self.verification.result.ok else "bad"

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

    def hide_lock_screen(self) -> None:
        self.root_stack.setCurrentWidget(self.workspace)
        self.workspace.setVisible(True)
        self.lock_action.setEnabled(True)

    @property
    def locked(self) -> bool:
        return self.idle_lock.locked

    def logout(self) -> None:
        """Record the sign-out, then close; ``logged_out`` tells the app to show the sign-in again."""
        if self._logged_out:
            return
        self._logged_out = True
        self.idle_lock.stop()
        self.ops.run(auth.logout, self.ctx, self.session, on_finally=self._after_logout,
                     on_error=lambda err: None, changes={Change.SESSION, Change.LEDGER}, parent=self)

    def _after_logout(self) -> None:
        self._closing = True
        self.close()
        emit(self.logged_out)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.idle_lock.stop()
        self.scanner.uninstall()
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
