"""Inventory audit: choose or scan a location, scan everything there; live lists of expected, found, missing,
unexpected and misplaced items; Finish records the audit and offers the discrepancy report (PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import ItemStatus
from custody.domain.ids import ScanCode
from custody.services import documents
from custody.services import inventory as inventory_svc
from custody.services import locations as locations_svc
from custody.services.auth import AuthSession
from custody.services.context import AppContext
from custody.services.inventory import AuditResultDTO, AuditSession, ScanOutcome
from custody.services.locations import LocationDTO
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.pages.custody_common import CustodyPage, ScanBox, hint, line_edit, primary_button, tr
from custody.ui.style import card, set_role

LISTS = ("expected", "found", "missing", "unexpected", "misplaced")


def _status_words(code: str) -> str:
    """An item status in words (never the code)."""
    try:
        return translate_label(ItemStatus(code)).lower()
    except ValueError:
        return code


def discrepancy_report(ctx: AppContext, session: AuthSession, result: AuditResultDTO) -> bytes:
    """The audit's discrepancy report (signed PDF bytes), produced by the service from the audit's ledger
    entries and recorded as ``export.report``. Runs on the worker thread."""
    return documents.audit_discrepancy_report(ctx, session, result)


class InventoryPage(CustodyPage):
    PAGE_NAME = "inventory_page"

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Inventory audit"), tr(
            "Choose or scan the location to audit, then scan every item there (and the shelves and bins inside "
            "it as you go). Missing, unexpected and misplaced items are listed as you scan."))
        self.audit: AuditSession | None = None
        self.result: AuditResultDTO | None = None
        self.report_pdf: bytes | None = None
        self._queue: list[str] = []
        self._busy = False
        self._starting = False
        self._producing = False

        c, cl = card(tr("Location"))
        row = QHBoxLayout()
        self.location_box = QComboBox()
        self.location_box.setObjectName("audit_location")
        self.location_box.setMinimumWidth(360)
        self.start_button = primary_button(tr("Start the audit"), "audit_start")
        self.start_button.clicked.connect(self.start_selected)
        self.cancel_button = QPushButton(tr("Abandon"))
        self.cancel_button.setObjectName("audit_cancel")
        self.cancel_button.clicked.connect(self.abandon)
        row.addWidget(self.location_box, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        cl.addLayout(row)
        self.scope_label = set_role(QLabel(tr("No audit in progress.")), "fact_value")
        self.scope_label.setObjectName("audit_scope")
        self.scope_label.setWordWrap(True)
        self.current_label = hint("")
        self.current_label.setObjectName("audit_current")
        cl.addWidget(self.scope_label)
        cl.addWidget(self.current_label)
        self.scan_box = ScanBox(tr("Scan items and locations, or type a code and press Enter"))
        self.connect_scan_box(self.scan_box)
        cl.addWidget(self.scan_box)
        self.body.addWidget(c)

        c, cl = card(tr("What was scanned"))
        lists = QGridLayout()
        lists.setHorizontalSpacing(12)
        self.lists: dict[str, QListWidget] = {}
        self.captions: dict[str, QLabel] = {}
        titles = {"expected": tr("Expected"), "found": tr("Found"), "missing": tr("Missing"),
                  "unexpected": tr("Unexpected"), "misplaced": tr("Misplaced")}
        for col, key in enumerate(LISTS):
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            caption = set_role(QLabel(titles[key]), "section")
            caption.setObjectName(f"audit_{key}_caption")
            lst = QListWidget()
            lst.setObjectName(f"audit_{key}")
            lst.setMinimumHeight(200)
            lst.setMinimumWidth(150)
            lst.itemActivated.connect(self._open_line)
            v.addWidget(caption)
            v.addWidget(lst)
            self.lists[key] = lst
            self.captions[key] = caption
            self._titles = titles
            lists.addWidget(box, 0, col)
        cl.addLayout(lists)
        self.body.addWidget(c)

        c, cl = card(tr("Finish"))
        row = QHBoxLayout()
        self.memo = line_edit("audit_memo", tr("optional remark for the record"), 2000)
        self.finish_button = primary_button(tr("Finish and record the audit"), "audit_finish")
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.memo, 1)
        row.addWidget(self.finish_button)
        cl.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("audit_summary")
        self.summary.setWordWrap(True)
        cl.addWidget(self.summary)
        row = QHBoxLayout()
        self.report_button = QPushButton(tr("Save the discrepancy report as PDF…"))
        self.report_button.setObjectName("audit_report")
        self.report_button.clicked.connect(self.save_report_as)
        row.addWidget(self.report_button)
        row.addStretch(1)
        cl.addLayout(row)
        self.body.addWidget(c)
        self.body.addStretch(1)
        self._refresh()
        self.ops.run(locations_svc.list_locations, self.ctx, self.session, on_success=self._locations, parent=self)

    def _locations(self, locs: list[LocationDTO]) -> None:
        self.location_box.clear()
        for loc in locs:
            self.location_box.addItem(f"{'   ' * loc.depth}{loc.code} · {loc.name}", loc.code)

    # -- state -------------------------------------------------------------------------------

    def has_work(self) -> bool:
        return self.audit is not None

    def _refresh(self) -> None:
        a = self.audit
        running = a is not None
        self.start_button.setEnabled(not running and not self._starting)
        self.location_box.setEnabled(not running)
        if a is not None:  # the drop-down shows the location being audited (also when it was scanned)
            index = self.location_box.findData(a.location_code)
            if index >= 0 and index != self.location_box.currentIndex():
                self.location_box.setCurrentIndex(index)
        self.cancel_button.setEnabled(running)
        self.finish_button.setEnabled(running and not self._busy)
        self.scan_box.setEnabled(running)
        self.report_button.setEnabled(self.result is not None and not self._producing)
        content: dict[str, list[tuple[str, str]]] = {k: [] for k in LISTS}
        if a is not None:
            d = a.descriptions
            content["expected"] = [(i, f"{i} · {d.get(i, '')} @ {loc}") for i, loc in a.expected.items()]
            content["found"] = [(i, f"{i} · {d.get(i, '')}") for i in a.found]
            content["missing"] = [(i, f"{i} · {d.get(i, '')} @ {a.expected[i]}") for i in a.missing]
            content["unexpected"] = [
                (i, f"{i} · {(rec.description if rec else '') or d.get(i, '')}"
                    + (f" ({tr('being looked up')})" if rec is None
                       else f" ({_status_words(rec.status) if rec.status else tr('not registered')})"))
                for i, (rec, _at) in a.unexpected.items()]
            content["misplaced"] = [(i, f"{i} · {tr('recorded at')} {rec or '?'}, {tr('found at')} {at}")
                                    for i, (rec, at) in a.misplaced.items()]
            self.scope_label.setText(tr("Auditing {code} · {name}: {n} item(s) expected in {m} location(s).").format(
                code=a.location_code, name=a.location_name, n=len(a.expected), m=len(a.parents)))
            self.current_label.setText(tr("Scanning at {location}").format(location=a.current_location))
        else:
            self.current_label.setText("")
        for key, rows in content.items():
            lst = self.lists[key]
            lst.clear()
            for item_id, text in rows:
                it = QListWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, item_id)
                it.setToolTip(text)
                lst.addItem(it)
            self.captions[key].setText(f"{self._titles[key]} ({len(rows)})")

    def ids(self, key: str) -> list[str]:
        lst = self.lists[key]
        return [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count())]

    def _open_line(self, item: QListWidgetItem) -> None:
        self.window_.open_code("item", item.data(Qt.ItemDataRole.UserRole))

    # -- start -------------------------------------------------------------------------------

    def start_selected(self) -> None:
        code = self.location_box.currentData()
        if not code:
            self.warn(tr("Choose the location to audit (or scan its code)."))
            return
        self.start(code)

    def start(self, code: str) -> None:
        if self.audit is not None or self._starting:
            return
        self._starting = True
        self.result = None
        self.report_pdf = None
        self.summary.clear()
        self._refresh()

        def started(audit: AuditSession) -> None:
            self.audit = audit
            self.say(tr("Audit of {code} started: scan everything there.").format(code=audit.location_code))

        def done() -> None:
            self._starting = False
            self._refresh()

        self.ops.run(inventory_svc.start_audit, self.ctx, self.session, code, on_success=started,
                     on_error=self.show_error, on_finally=done, parent=self)

    def abandon(self) -> None:
        self.audit = None
        self._queue.clear()
        self.say(tr("Audit abandoned: nothing was recorded."))
        self._refresh()

    # -- scans -------------------------------------------------------------------------------

    def handle_scan(self, scan: ScanCode) -> bool:
        if self.audit is None and not self._starting:
            if scan.kind == "location":
                self.start(scan.value)
                return True
            return False
        if scan.kind == "officer":
            self.warn(tr("{code} is a badge: scan items and locations.").format(code=scan.value))
            return True
        self._queue.append(scan.value)
        self._next()
        return True

    def _next(self) -> None:
        # One audit_scan at a time: the worker updates the audit while the UI only reads it between scans.
        if self._busy or not self._queue or self.audit is None:
            return
        code = self._queue.pop(0)
        self._busy = True
        audit = self.audit

        def done() -> None:
            self._busy = False
            self._refresh()
            self._next()

        self.ops.run(inventory_svc.audit_scan, audit, code, self.ctx, on_success=self._outcome,
                     on_error=self.show_error, on_finally=done, parent=self)

    def _outcome(self, outcome: ScanOutcome) -> None:
        message = QCoreApplication.translate("Inventory", outcome.template).format(**outcome.params)
        if outcome.kind in ("found", "location"):
            self.say(message)
        else:
            self.warn(message, sound=outcome.kind in ("misplaced", "unexpected"))

    @property
    def idle(self) -> bool:
        return not self._busy and not self._queue and not self._starting

    # -- finish ------------------------------------------------------------------------------

    def finish(self) -> None:
        if self.audit is None or self._busy:
            return
        audit = self.audit

        def done(result: AuditResultDTO) -> None:
            self.result = result
            self.audit = None
            self.summary.setText(tr(
                "Recorded: {found} found, {missing} missing, {unexpected} unexpected, {misplaced} misplaced "
                "(of {expected} expected). Save the discrepancy report to print it.").format(
                    found=len(result.found), missing=len(result.missing), unexpected=len(result.unexpected),
                    misplaced=len(result.misplaced), expected=result.expected_count))
            self.say(tr("Audit of {code} recorded.").format(code=result.location_code))
            self._refresh()
            self.produce_report()

        self.finish_button.setEnabled(False)
        self.ops.run(inventory_svc.finish_audit, self.ctx, self.session, audit, self.memo.text(), on_success=done,
                     on_error=self.show_error, on_finally=self._refresh, changes={Change.LEDGER}, parent=self)

    def produce_report(self, then: Any = None) -> None:
        """Have the service produce (and record) the discrepancy report of the last recorded audit."""
        result = self.result
        if result is None or self._producing:
            return
        self._producing = True
        self._refresh()

        def produced(pdf: bytes) -> None:
            if self.result is result:
                self.report_pdf = pdf
                if then is not None:
                    then()

        def finished() -> None:
            self._producing = False
            self._refresh()

        self.ops.run(discrepancy_report, self.ctx, self.session, result, on_success=produced,
                     on_error=self.show_error, on_finally=finished, changes={Change.LEDGER}, parent=self)

    def save_report(self, path: str | Path) -> Path:
        assert self.report_pdf is not None
        p = Path(path)
        p.write_bytes(self.report_pdf)
        self.say(tr("Discrepancy report saved: {path}").format(path=str(p)))
        return p

    def save_report_as(self) -> None:
        if self.result is None:
            return
        if self.report_pdf is None:  # producing it failed before: try again, then ask where to save it
            self.produce_report(then=self.save_report_as)
            return
        name = f"audit-{self.result.location_code}-{self.result.audit_id[:8]}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the discrepancy report"), str(Path.home() / name),
                                              tr("PDF documents (*.pdf)"))
        if path:
            self.save_report(path)
