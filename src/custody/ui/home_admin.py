"""The start page and the Administration page of the main window (ledger verification and the officers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from custody.domain.enums import Role
from custody.security.permissions import Action
from custody.services import ledger_admin
from custody.services.context import StationDTO
from custody.services.ledger_admin import VerifyResult
from custody.ui.formatting import format_count, format_minute
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.style import card, page_layout, set_role, set_state
from custody.ui.users_admin import OfficersPanel

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow


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
        if window.session.can(Action.ITEM_VIEW):
            # First: my items and next steps; the backlog for custodians and supervisors (issue 15).
            from custody.ui.start_panel import StartPanel

            self.start = StartPanel(window)
            layout.addWidget(self.start)

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
            self.alerts = AlertsPanel(window, background=True, source=getattr(self, "start", None))
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
                             on_success=lambda n: self.ledger_size.setText(format_count(n)), parent=self,
                             background=True)


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
            "Verification recomputes every entry's hash, the hash chain, the signatures, who was entitled to sign "
            "each entry and the signed checkpoints from the stored bytes, against this station's own key, and "
            "checks the tables derived from the ledger."))
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
        self.clock_button = QPushButton(self.tr("Correct the ledger's clock…"))
        self.clock_button.setObjectName("correct_clock")
        self.clock_button.setVisible(session.can(Action.CLOCK_CORRECT))
        self.clock_button.clicked.connect(self._correct_clock)
        row.addWidget(self.clock_button)
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

    def _correct_clock(self) -> None:
        from custody.ui.clock_dialog import ClockCorrectionDialog

        w = self.window_
        dialog = ClockCorrectionDialog(w.ctx, w.session, w.ops, self)
        dialog.corrected.connect(lambda c: w.statusBar().showMessage(self.tr(
            "Clock correction recorded at entry {seq}.").format(seq=c.seq), 15_000))
        dialog.open()

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
        if r.ok and not r.trusted:
            self.result.setText(self.tr(
                "Consistent, but NOT checked against this station's key: all {n} entries check out among "
                "themselves, but this workstation holds no station key to trust (verified {when})."
            ).format(n=format_count(r.total), when=when))
            set_state(self.result, "bad")
            self.root.setVisible(False)
            self.failures.setVisible(False)
        elif r.ok:
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
