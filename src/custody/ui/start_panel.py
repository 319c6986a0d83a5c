"""The start page's own part for each role (:func:`custody.services.start.start_page`): the items I hold and what
to do next with them; for custodians and supervisors the backlog of the evidence room (overdue trips, disposals
by case outcome with a one-click authorisation per case, discrepancies, audit findings, items held too long or
never labelled); the last verification and the last checkpoint that left the station in a report.

Every status, role and kind is shown in words (labels translated with Qt), never as a code.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import ItemStatus, Role
from custody.security.permissions import Action
from custody.services import case_outcome
from custody.services import start as start_svc
from custody.services.start import StartDTO
from custody.ui.formatting import format_minute
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.qtcompat import emit
from custody.ui.style import card, set_role


def tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


def _status(code: str) -> str:
    try:
        return translate_label(ItemStatus(code))
    except ValueError:
        return code


class StartPanel(QWidget):
    """My items and next steps; the backlog for custodians and supervisors."""

    loaded = Signal(object)  # StartDTO, once shown (the alerts panel of the start page shows its alerts)

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("start_panel")
        self.data: StartDTO | None = None
        self._dirty = False  # the ledger changed while the page was hidden
        self._refreshing = False
        self._again = False
        self._unshown: StartDTO | None = None  # read while the officer was on another page: shown when they return
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        s = window.session
        self.role_label = set_role(QLabel(), "hint")
        self.role_label.setObjectName("start_role")
        lay.addWidget(self.role_label)

        self.ledger_facts: dict[str, QLabel] = {}
        if not s.can(Action.CUSTODY_TRANSFER):  # auditors and prosecutors hold no items: the ledger and audits
            led, ll = card(tr("Ledger and audits"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(6)
            for i, (key, label) in enumerate((
                    ("verified", tr("Last verification of the ledger")),
                    ("exported", tr("Last checkpoint given out in a report")),
                    ("audit", tr("Last inventory audit")),
                    ("findings", tr("Missing or misplaced at an audit, not yet resolved")),
                    ("disabled", tr("Items held by officers whose account is disabled")))):
                grid.addWidget(set_role(QLabel(label), "fact_label"), i, 0)
                value = set_role(QLabel("…"), "fact_value")
                value.setObjectName(f"start_ledger_{key}")
                self.ledger_facts[key] = value
                grid.addWidget(value, i, 1)
            grid.setColumnStretch(1, 1)
            ll.addLayout(grid)
            lay.addWidget(led)
        mine, ml = card(tr("My items"))
        self.my_caption = set_role(QLabel(tr("Checking…")), "fact_value")
        self.my_caption.setObjectName("start_my_count")
        ml.addWidget(self.my_caption)
        self.my_list = QListWidget()
        self.my_list.setObjectName("start_my_items")
        self.my_list.setMaximumHeight(140)
        self.my_list.setWordWrap(True)
        self.my_list.itemActivated.connect(self._open)
        ml.addWidget(self.my_list)
        lay.addWidget(mine)
        mine.setVisible(s.can(Action.CUSTODY_TRANSFER))

        self.backlog_card: QWidget | None = None
        self.facts: dict[str, QLabel] = {}
        self.cases: QListWidget | None = None
        self.authorise_button: QPushButton | None = None
        self.recover_button: QPushButton | None = None
        self.outcome_button: QPushButton | None = None
        self.dialog: Any = None
        if {Role.CUSTODIAN, Role.SUPERVISOR} & set(s.roles):
            self.backlog_card, bl = card(tr("Evidence room backlog"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(6)
            rows = (
                ("lab_overdue", tr("Overdue at the laboratory")),
                ("court_overdue", tr("Overdue at court")),
                ("disposal_eligible", tr("Eligible for return or destruction (case decided)")),
                ("disposal_pending", tr("Disposal authorised, not yet carried out")),
                ("open_discrepancies", tr("Weight discrepancies to acknowledge")),
                ("audit_findings", tr("Missing or misplaced at an audit")),
                ("held_too_long", tr("With an officer for more than {n} days").format(n=start_svc.HELD_DAYS)),
                ("unlabelled", tr("Held or stored with no label printed")),
                ("disabled", tr("Held by officers whose account is disabled (recover them)")),
                ("verified", tr("Last verification of the ledger")),
                ("exported", tr("Last checkpoint given out in a report")),
            )
            for i, (key, label) in enumerate(rows):
                caption = set_role(QLabel(label), "fact_label")
                caption.setWordWrap(True)  # long captions (Portuguese, French) wrap instead of widening the page
                grid.addWidget(caption, i // 2, (i % 2) * 2)
                value = set_role(QLabel("…"), "fact_value")
                value.setWordWrap(True)
                value.setObjectName(f"start_{key}")
                self.facts[key] = value
                grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
            bl.addLayout(grid)
            bl.addWidget(set_role(QLabel(tr("Cases decided, with items to return or destroy")), "section"))
            self.cases = QListWidget()
            self.cases.setObjectName("start_disposal_cases")
            self.cases.setMaximumHeight(90)
            self.cases.setWordWrap(True)
            bl.addWidget(self.cases)
            if s.can(Action.DISPOSAL_AUTHORIZE):
                row = QHBoxLayout()
                self.outcome_button = QPushButton(tr("Record a case's outcome…"))
                self.outcome_button.setObjectName("start_record_outcome")
                self.outcome_button.clicked.connect(self._record_outcome)
                row.addWidget(self.outcome_button)
                row.addStretch(1)
                self.authorise_button = QPushButton(tr("Authorise the disposal of the selected case's items"))
                self.authorise_button.setObjectName("start_authorise_case")
                self.authorise_button.setEnabled(False)
                self.authorise_button.clicked.connect(self._authorise_case)
                row.addWidget(self.authorise_button)
            if s.can(Action.CUSTODY_RECOVER):
                if not s.can(Action.DISPOSAL_AUTHORIZE):
                    row = QHBoxLayout()
                    row.addStretch(1)
                self.recover_button = QPushButton(tr("Recover items from an absent or disabled officer…"))
                self.recover_button.setObjectName("start_recover")
                self.recover_button.clicked.connect(self._recover)
                row.addWidget(self.recover_button)
            if s.can(Action.DISPOSAL_AUTHORIZE) or s.can(Action.CUSTODY_RECOVER):
                bl.addLayout(row)
            lay.addWidget(self.backlog_card)
        window.ops.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds or Change.STATION in kinds:
            if self.isVisible():
                self.refresh()
            else:  # read again when it is shown: not while the officer works on another page
                self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._unshown is not None:
            d, self._unshown = self._unshown, None
            self.show_data(d)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Read the start page again, in the background (issue 18: what the officer opens meanwhile is not queued
        behind it); a refresh asked for while one runs is done once, after it."""
        self._dirty = False
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        w = self.window_
        w.ops.run(start_svc.start_page, w.ctx, w.session, on_success=self._loaded, on_finally=self._refreshed,
                  parent=self, background=True)

    def _loaded(self, d: StartDTO) -> None:
        if self.window().isVisible() and not self.isVisible():
            # The officer went to another page meanwhile (issue 18: the items list opened at once after signing in,
            # whose first page this ~5 ms of list filling delayed): filled in when the start page is shown again.
            self.data, self._unshown = d, d
        else:
            self._unshown = None
            self.show_data(d)
        emit(self.loaded, d)

    def _refreshed(self) -> None:
        self._refreshing = False
        if self._again:
            self._again = False
            self.refresh()

    def _tz(self) -> Any:
        return self.window_.time_zone() if hasattr(self.window_, "time_zone") else None

    def show_data(self, d: StartDTO) -> None:
        self.data = d
        tz = self._tz()
        self.role_label.setText(tr("Start page for: {role}").format(role=translate_label(Role(d.role))))
        self.my_list.clear()
        steps = {"check_in": tr("Next: check it in to storage"),
                 "hand_over": tr("Next: hand it over to the evidence room")}
        for it in d.my_items:  # the oldest start_svc.MY_ITEMS_LISTED; the caption gives the whole count
            text = tr("{item}: {step} · {description} ({status} since {since})").format(
                item=it.item_id, description=it.description, status=_status(it.status).lower(),
                since=format_minute(it.since, tz), step=steps.get(it.next_step, it.next_step))
            li = QListWidgetItem(text)
            li.setData(Qt.ItemDataRole.UserRole, it.item_id)
            li.setToolTip(text)
            self.my_list.addItem(li)
        self.my_caption.setText(tr("You hold {n} item(s).").format(n=d.my_items_total or len(d.my_items)) if d.my_items
                                else tr("You hold no items."))
        self.my_list.setVisible(bool(d.my_items))
        verified = (tr("{when}: intact") if d.last_verified_ok else tr("{when}: FAILED")).format(
            when=format_minute(d.last_verified_at, tz)) if d.last_verified_at else tr("never on this station")
        exported = tr("{when}, {n} entries").format(when=format_minute(d.last_exported_at, tz),
                                                    n=d.last_exported_size) if d.last_exported_at else tr("none yet")
        if self.ledger_facts:
            self.ledger_facts["verified"].setText(verified)
            self.ledger_facts["exported"].setText(exported)
            self.ledger_facts["audit"].setText(tr("{when}, {location}").format(
                when=format_minute(d.last_audit_at, tz), location=d.last_audit_location or "?")
                if d.last_audit_at else tr("none yet"))
            self.ledger_facts["findings"].setText(str(d.audit_findings))
            self.ledger_facts["disabled"].setText(str(d.held_by_disabled))
        b = d.backlog
        if b is None:
            return
        for key in ("lab_overdue", "court_overdue", "disposal_eligible", "disposal_pending", "open_discrepancies",
                    "audit_findings", "held_too_long", "unlabelled"):
            self.facts[key].setText(str(getattr(b, key)))
        self.facts["disabled"].setText(str(d.held_by_disabled))
        self.facts["verified"].setText(verified)
        self.facts["exported"].setText(exported)
        if self.cases is not None:
            self.cases.clear()
            for c in b.disposal_cases:
                outcome = QCoreApplication.translate("CaseOutcome", case_outcome.OUTCOMES.get(c.outcome, c.outcome))
                disposition = {"return_to_owner": tr("return to the owners"), "destruction": tr("destruction"),
                               "forfeiture": tr("forfeiture to the state")}.get(c.disposition, c.disposition)
                text = tr("Case {case}: {outcome} ({reference}); {n} item(s) for {disposition}").format(
                    case=c.case_number, outcome=outcome.lower(), reference=c.reference, n=len(c.item_ids),
                    disposition=disposition)
                li = QListWidgetItem(text)
                li.setData(Qt.ItemDataRole.UserRole, c.case_number)
                li.setToolTip(text)
                self.cases.addItem(li)
            if self.cases.count():
                self.cases.setCurrentRow(0)
        if self.authorise_button is not None:
            self.authorise_button.setEnabled(bool(b.disposal_cases))

    def _record_outcome(self) -> None:
        from custody.ui.pages.two_signatures import CaseOutcomeDialog

        self.dialog = CaseOutcomeDialog(self, self.window_)
        self.dialog.open()

    def _recover(self) -> None:
        from custody.services import custody as custody_svc
        from custody.ui.pages.two_signatures import RecoverDialog

        w = self.window_

        def show(items: list[tuple[str, str]]) -> None:
            self.dialog = RecoverDialog(self, w, items)
            self.dialog.open()

        w.ops.run(custody_svc.held_by_absent, w.ctx, w.session, on_success=show, parent=self)

    def _open(self, item: QListWidgetItem) -> None:
        self.window_.open_code("item", item.data(Qt.ItemDataRole.UserRole))

    def _authorise_case(self) -> None:
        if self.cases is None or self.cases.currentItem() is None:
            return
        case = self.cases.currentItem().data(Qt.ItemDataRole.UserRole)
        w = self.window_
        w.ops.run(case_outcome.authorize_eligible, w.ctx, w.session, case, on_success=lambda _seqs: None,
                  changes={Change.LEDGER}, parent=self)
