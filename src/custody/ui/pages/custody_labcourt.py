"""Laboratory and court: items out with the request details, back with results and weights.

A laboratory return whose weights differ from the last recorded ones by more than the station's tolerance
raises a discrepancy (in the same transaction); it is shown at once and stays listed until a supervisor
other than the officer who raised it acknowledges it with a reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import ItemStatus
from custody.domain.errors import ValidationError
from custody.security.permissions import Action
from custody.services import custody as custody_svc
from custody.services.custody import DiscrepancyDTO, ItemCustodyDTO, WeightResult
from custody.ui.operations import Change
from custody.ui.pages.custody_common import (
    CustodyPage,
    ScanBox,
    hint,
    line_edit,
    primary_button,
    tr,
    weight_text,
    where_text,
)
from custody.ui.pages.custody_common import parse_weight_field as weight_of
from custody.ui.pages.custody_handover import hands_on_problem
from custody.ui.pages.people_field import PersonField, PersonSignature
from custody.ui.scanner import accept_codes
from custody.ui.style import card, set_role

FIELD_LABELS = {"gross_weight_mg": "gross weight", "net_weight_mg": "net weight"}


def text_box(name: str, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    e = QPlainTextEdit()
    e.setObjectName(name)
    e.setPlaceholderText(placeholder)
    e.setFixedHeight(height)
    return e


def grid() -> QGridLayout:
    g = QGridLayout()
    g.setHorizontalSpacing(18)
    g.setVerticalSpacing(10)
    g.setColumnStretch(1, 1)
    return g


def add_row(g: QGridLayout, caption: str, widget: QWidget) -> None:
    r = g.rowCount()
    label = QLabel(caption)
    label.setBuddy(widget)
    if isinstance(widget, QPlainTextEdit):
        label.setContentsMargins(0, 6, 0, 0)
        g.addWidget(label, r, 0, Qt.AlignmentFlag.AlignTop)
    else:
        g.addWidget(label, r, 0, Qt.AlignmentFlag.AlignVCenter)
    g.addWidget(widget, r, 1)


def discrepancy_text(d: DiscrepancyDTO) -> str:
    """One discrepancy in words: what was expected, what was found, by how much, and the tolerance."""
    parts = []
    for diff in d.differences:
        sign = "+" if diff.difference_mg > 0 else "−"
        parts.append(tr("{field}: expected {expected}, found {found} ({sign}{diff}; tolerance {tol})").format(
            field=tr(FIELD_LABELS.get(diff.field, diff.field)), expected=weight_text(diff.expected_mg),
            found=weight_text(diff.found_mg), sign=sign, diff=weight_text(abs(diff.difference_mg)),
            tol=weight_text(diff.tolerance_mg)))
    return "; ".join(parts)


def page_tabs(name: str) -> QTabWidget:
    tabs = QTabWidget()
    tabs.setObjectName(name)
    tabs.setDocumentMode(True)
    return tabs


def tab_page() -> tuple[QWidget, QVBoxLayout]:
    w = QWidget()
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 12, 0, 0)
    lay.setSpacing(14)
    return w, lay


class DiscrepancyPanel(QWidget):
    """Open weight discrepancies; supervisors acknowledge one with a reason."""

    COL_SEQ, COL_ITEM, COL_RAISED_BY, COL_SOURCE, COL_DETAILS = range(5)

    def __init__(self, page: CustodyPage) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("discrepancy_panel")
        self.rows: list[DiscrepancyDTO] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("discrepancies")
        self.table.setHorizontalHeaderLabels([tr("Entry"), tr("Item"), tr("Raised by"), tr("By"), tr("Weights")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(self.COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        lay.addWidget(self.table)
        self.can_ack = page.session.can(Action.DISCREPANCY_ACKNOWLEDGE)
        row = QHBoxLayout()
        self.reason = line_edit("ack_reason", tr("Reason (e.g. moisture loss confirmed by the laboratory)"), 2000)
        self.ack_button = primary_button(tr("Acknowledge"), "ack_confirm")
        row.addWidget(self.reason, 1)
        row.addWidget(self.ack_button)
        lay.addLayout(row)
        if not self.can_ack:
            self.reason.setEnabled(False)
            self.ack_button.setEnabled(False)
            lay.addWidget(hint(tr("Only a supervisor can acknowledge a discrepancy.")))
        self.ack_button.clicked.connect(self.acknowledge)
        page.ops.changed.connect(self._changed)
        self.refresh()

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds:
            self.refresh()

    def refresh(self) -> None:
        self.page.ops.run(custody_svc.open_discrepancies, self.page.ctx, on_success=self.set_rows, parent=self)

    def set_rows(self, rows: list[DiscrepancyDTO]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(0)
        for d in self.rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for col, text in ((self.COL_SEQ, str(d.seq)), (self.COL_ITEM, d.item_id),
                              (self.COL_RAISED_BY, d.raised_by), (self.COL_SOURCE, d.source),
                              (self.COL_DETAILS, discrepancy_text(d))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(r, col, cell)

    def select_seq(self, seq: int) -> None:
        for r, d in enumerate(self.rows):
            if d.seq == seq:
                self.table.selectRow(r)

    def acknowledge(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows:
            self.page.warn(tr("Choose the discrepancy to acknowledge."))
            return
        d = self.rows[min(rows)]
        reason = self.reason.text().strip()
        if not reason:
            self.page.warn(tr("Give the reason the discrepancy is accepted."))
            return

        def done(seq: int) -> None:
            self.reason.clear()
            self.page.say(tr("Discrepancy {seq} of {item} acknowledged (entry {ack}).").format(
                seq=d.seq, item=d.item_id, ack=seq))

        self.page.perform(custody_svc.acknowledge_discrepancy, self.page.ctx, self.page.session, d.item_id, d.seq,
                          reason, on_success=done, buttons=[self.ack_button])


# ------------------------------------------------------------------------------------------- laboratory


class LabPage(CustodyPage):
    PAGE_NAME = "lab_page"
    TAB_SEND, TAB_RETURN = 0, 1

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Laboratory"), tr(
            "Send items for analysis with the request; record their return with the results and the weights."))
        self.returning: ItemCustodyDTO | None = None
        self.last_seqs: list[int] = []
        self.last_result: WeightResult | None = None
        self.tabs = page_tabs("lab_tabs")
        self.body.addWidget(self.tabs)

        # Send.
        send, sl = tab_page()
        c, cl = card(tr("Items to send"))
        self.send_scan, self.send_basket = self.scan_and_basket(cl, "lab_basket")
        sl.addWidget(c)
        c, cl = card(tr("Request"))
        g = grid()
        self.lab_name = line_edit("lab_name", tr("e.g. National forensic laboratory"))
        self.lab_number = accept_codes(line_edit("lab_number", tr("the laboratory's case number, if known"), 100))
        self.request = text_box("lab_request", tr("What the laboratory is asked to examine"))
        add_row(g, tr("Laboratory"), self.lab_name)
        add_row(g, tr("Laboratory number"), self.lab_number)
        add_row(g, tr("Request"), self.request)
        self.received_by = PersonField(window, "lab_received_by", "lab_analyst")
        add_row(g, tr("Received by"), self.received_by)
        self.received_signature = PersonSignature("lab_received_signature")
        add_row(g, tr("Their signature (optional)"), self.received_signature)
        cl.addLayout(g)
        row = QHBoxLayout()
        self.send_button = primary_button(tr("Send to the laboratory"), "lab_send")
        self.send_button.clicked.connect(self.send)
        self.send_button.setEnabled(self.session.can(Action.LAB_SUBMIT))
        row.addStretch(1)
        row.addWidget(self.send_button)
        cl.addLayout(row)
        sl.addWidget(c)
        sl.addStretch(1)
        self.tabs.addTab(send, tr("Send"))

        # Return.
        back, bl = tab_page()
        c, cl = card(tr("Item back from the laboratory"))
        self.return_scan = ScanBox(tr("Scan the item that came back"))
        self.connect_scan_box(self.return_scan)
        cl.addWidget(self.return_scan)
        self.return_item = set_role(QLabel(tr("No item scanned yet.")), "fact_value")
        self.return_item.setObjectName("lab_return_item")
        self.return_item.setWordWrap(True)
        cl.addWidget(self.return_item)
        self.return_weights = hint("")
        self.return_weights.setObjectName("lab_return_weights")
        cl.addWidget(self.return_weights)
        g = grid()
        self.return_number = line_edit("lab_return_number", tr("as on the laboratory's report"), 100)
        self.results = text_box("lab_results", tr("The laboratory's findings"), 90)
        self.gross = line_edit("lab_gross", tr("e.g. 3.2 kg or 250 g"), 40)
        self.net = line_edit("lab_net", tr("e.g. 2.9 kg"), 40)
        self.consumed = line_edit("lab_consumed", tr("amount used up by the analysis, e.g. 2 g"), 40)
        add_row(g, tr("Laboratory number"), self.return_number)
        add_row(g, tr("Results"), self.results)
        self.released_by = PersonField(window, "lab_released_by", "lab_analyst")
        add_row(g, tr("Handed back by"), self.released_by)
        self.released_signature = PersonSignature("lab_released_signature")
        add_row(g, tr("Their signature (optional)"), self.released_signature)
        add_row(g, tr("Gross weight"), self.gross)
        add_row(g, tr("Net weight"), self.net)
        add_row(g, tr("Consumed in analysis"), self.consumed)
        cl.addLayout(g)
        cl.addWidget(hint(tr("Weights without a unit are grams.")))
        self.discrepancy = set_role(QLabel(), "error")
        self.discrepancy.setObjectName("lab_discrepancy")
        self.discrepancy.setWordWrap(True)
        self.discrepancy.setVisible(False)
        cl.addWidget(self.discrepancy)
        row = QHBoxLayout()
        self.return_button = primary_button(tr("Record the return"), "lab_return")
        self.return_button.clicked.connect(self.record_return)
        self.return_button.setEnabled(self.session.can(Action.LAB_RETURN))
        row.addStretch(1)
        row.addWidget(self.return_button)
        cl.addLayout(row)
        bl.addWidget(c)
        c, cl = card(tr("Weight discrepancies awaiting acknowledgement"))
        self.discrepancies = DiscrepancyPanel(self)
        cl.addWidget(self.discrepancies)
        bl.addWidget(c)
        bl.addStretch(1)
        self.tabs.addTab(back, tr("Back from the laboratory"))
        if not self.session.can(Action.LAB_SUBMIT):
            self.tabs.setCurrentIndex(self.TAB_RETURN)

    def has_work(self) -> bool:
        return self.send_basket.count() > 0 or self.returning is not None

    def scan_item(self, item_id: str) -> bool:
        if self.tabs.currentIndex() == self.TAB_SEND:
            return self.add_to_basket(self.send_basket, item_id, lambda dto: hands_on_problem(self.session, dto))

        def found(dto: ItemCustodyDTO) -> None:
            if dto.status != ItemStatus.AT_LAB.value:
                self.warn(tr("{item} is not at the laboratory (it is: {where}).").format(
                    item=dto.item_id, where=where_text(dto)))
                return
            self.returning = dto
            self.discrepancy.setVisible(False)
            self.return_item.setText(f"{dto.item_id} · {dto.description}")
            self.return_weights.setText(tr("Weights on record: gross {gross}, net {net}").format(
                gross=weight_text(dto.gross_weight_mg), net=weight_text(dto.net_weight_mg)))
            self.say(tr("{item} is back: enter the results and the weights.").format(item=dto.item_id))
            self.ops.run(custody_svc.last_trip, self.ctx, dto.item_id, on_success=self._trip, parent=self)

        self.lookup_item(item_id, found)
        return True

    def _trip(self, data: dict[str, Any]) -> None:
        """Propose what the submission said: the same laboratory number and the person who received it."""
        if data.get("lab_number") and not self.return_number.text().strip():
            self.return_number.setText(str(data["lab_number"]))
        person = data.get("received_by")
        if isinstance(person, dict) and person.get("ref"):
            self.released_by.reload(select=str(person["ref"]))

    def send(self) -> None:
        if self.send_basket.count() == 0:
            self.warn(tr("Scan at least one item."))
            return

        def done(seqs: list[int]) -> None:
            self.last_seqs = list(seqs)
            n = self.send_basket.count()
            self.send_basket.clear()
            self.request.clear()
            self.lab_number.clear()
            self.received_signature.clear()
            self.say(tr("{n} item(s) sent to {lab}.").format(n=n, lab=self.lab_name.text().strip()))

        self.perform(custody_svc.lab_submit, self.ctx, self.session, self.send_basket.item_ids(),
                     self.lab_name.text(), self.request.toPlainText(), self.lab_number.text(),
                     self.received_by.ref(), self.received_signature.png(), on_success=done,
                     buttons=[self.send_button])

    def record_return(self) -> None:
        if self.returning is None:
            self.warn(tr("Scan the item that came back from the laboratory."))
            return
        try:
            gross = weight_of(self.gross, "gross_weight_mg")
            net = weight_of(self.net, "net_weight_mg")
            consumed = weight_of(self.consumed, "consumed_mg") or 0
        except ValidationError as err:
            self.show_error(err)
            return
        item_id = self.returning.item_id

        def done(result: WeightResult) -> None:
            self.last_result = result
            self.last_seqs = list(result.seqs)
            self.returning = None
            for e in (self.gross, self.net, self.consumed, self.return_number):
                e.clear()
            self.results.clear()
            self.released_signature.clear()
            self.return_item.setText(tr("No item scanned yet."))
            self.return_weights.setText("")
            if result.discrepancies:
                d = result.discrepancies[0]
                self.discrepancy.setText(tr(
                    "Weight discrepancy raised for {item} (entry {seq}): {details}. A supervisor must "
                    "acknowledge it before the item can be disposed of.").format(
                        item=item_id, seq=d.seq, details=discrepancy_text(d)))
                self.discrepancy.setVisible(True)
                self.warn(tr("{item} is back, with a weight discrepancy.").format(item=item_id))
            else:
                self.discrepancy.setVisible(False)
                self.say(tr("{item} is back from the laboratory; the weights agree.").format(item=item_id))

        self.perform(custody_svc.lab_return, self.ctx, self.session, item_id, self.results.toPlainText(),
                     gross, net, self.return_number.text(), consumed, self.released_by.ref(),
                     self.released_signature.png(), on_success=done, buttons=[self.return_button])


# ------------------------------------------------------------------------------------------- court


class CourtPage(CustodyPage):
    PAGE_NAME = "court_page"
    TAB_OUT, TAB_BACK = 0, 1

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Court"), tr(
            "Take items to a hearing and record their return."))
        self.last_seqs: list[int] = []
        self.tabs = page_tabs("court_tabs")
        self.body.addWidget(self.tabs)

        out, ol = tab_page()
        c, cl = card(tr("Items for court"))
        self.out_scan, self.out_basket = self.scan_and_basket(cl, "court_out_basket")
        g = grid()
        self.hearing = line_edit("court_hearing", tr("e.g. Trial hearing, 3 December, courtroom 2"), 300)
        self.court_reference = line_edit("court_reference", tr("the court's case reference"), 100)
        add_row(g, tr("Hearing"), self.hearing)
        add_row(g, tr("Court reference"), self.court_reference)
        self.out_received_by = PersonField(window, "court_received_by", "court_clerk")
        add_row(g, tr("Received by"), self.out_received_by)
        self.out_signature = PersonSignature("court_received_signature")
        add_row(g, tr("Their signature (optional)"), self.out_signature)
        cl.addLayout(g)
        row = QHBoxLayout()
        self.out_button = primary_button(tr("Take to court"), "court_out")
        self.out_button.clicked.connect(self.take_out)
        self.out_button.setEnabled(self.session.can(Action.COURT_OUT))
        row.addStretch(1)
        row.addWidget(self.out_button)
        cl.addLayout(row)
        ol.addWidget(c)
        ol.addStretch(1)
        self.tabs.addTab(out, tr("To court"))

        back, bl = tab_page()
        c, cl = card(tr("Items back from court"))
        self.back_scan, self.back_basket = self.scan_and_basket(cl, "court_back_basket")
        g = grid()
        self.back_reference = line_edit("court_back_reference", tr("optional"), 100)
        self.back_memo = text_box("court_back_memo", tr("optional: what happened to the items at court"))
        add_row(g, tr("Court reference"), self.back_reference)
        add_row(g, tr("Memo"), self.back_memo)
        self.back_released_by = PersonField(window, "court_released_by", "court_clerk")
        add_row(g, tr("Handed back by"), self.back_released_by)
        self.back_signature = PersonSignature("court_released_signature")
        add_row(g, tr("Their signature (optional)"), self.back_signature)
        cl.addLayout(g)
        row = QHBoxLayout()
        self.back_button = primary_button(tr("Record the return"), "court_return")
        self.back_button.clicked.connect(self.take_back)
        self.back_button.setEnabled(self.session.can(Action.COURT_RETURN))
        row.addStretch(1)
        row.addWidget(self.back_button)
        cl.addLayout(row)
        bl.addWidget(c)
        bl.addStretch(1)
        self.tabs.addTab(back, tr("Back from court"))

    def has_work(self) -> bool:
        return self.out_basket.count() > 0 or self.back_basket.count() > 0

    def scan_item(self, item_id: str) -> bool:
        if self.tabs.currentIndex() == self.TAB_OUT:
            return self.add_to_basket(self.out_basket, item_id, lambda dto: hands_on_problem(self.session, dto))

        def at_court(dto: ItemCustodyDTO) -> str | None:
            if dto.status != ItemStatus.AT_COURT.value:
                return tr("{item} is not at court.").format(item=dto.item_id)
            return None

        return self.add_to_basket(self.back_basket, item_id, at_court)

    def take_out(self) -> None:
        if self.out_basket.count() == 0:
            self.warn(tr("Scan at least one item."))
            return

        def done(seqs: list[int]) -> None:
            self.last_seqs = list(seqs)
            n = self.out_basket.count()
            self.out_basket.clear()
            self.out_signature.clear()
            self.say(tr("{n} item(s) taken to court.").format(n=n))

        self.perform(custody_svc.court_out, self.ctx, self.session, self.out_basket.item_ids(),
                     self.hearing.text(), self.court_reference.text(), self.out_received_by.ref(),
                     self.out_signature.png(), on_success=done, buttons=[self.out_button])

    def take_back(self) -> None:
        if self.back_basket.count() == 0:
            self.warn(tr("Scan at least one item."))
            return

        def done(seqs: list[int]) -> None:
            self.last_seqs = list(seqs)
            n = self.back_basket.count()
            self.back_basket.clear()
            self.back_memo.clear()
            self.back_signature.clear()
            self.back_reference.clear()
            self.say(tr("{n} item(s) back from court.").format(n=n))

        self.perform(custody_svc.court_return, self.ctx, self.session, self.back_basket.item_ids(),
                     self.back_reference.text(), self.back_memo.toPlainText(), self.back_released_by.ref(),
                     self.back_signature.png(), on_success=done, buttons=[self.back_button])
