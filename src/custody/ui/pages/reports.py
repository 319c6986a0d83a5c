"""Reports: the court custody report of one item or of a whole case (DESIGN.md sections 5 and 6).

Type or scan an item id, or type a case number, and press "Item report" or "Case report" (Enter picks the
one that fits what was typed). The report is produced by the service (``report.issued`` entries, a signed
checkpoint, the embedded proof bundle, the PAdES signature), then shown in the preview, from which it is
printed or saved. The page keeps the report id and the checkpoint, and offers the station's verifier key, which
a prosecutor needs to check the PDF without Custody (``custody-verify``).

The same input serves the other documents: "Case inventory" (the case number), "Disposal certificate" and
"Lab submission form" (an item id). The services produce them (signed by the station, recorded as
``export.report``); the page only previews them.

``open_item_report(window, item_id)`` and ``print_item_labels(window, item_ids)`` are for other pages (the
item page's "Custody report…" and "Print label…" buttons).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import ValidationError
from custody.domain.ids import ScanCode, classify_scan
from custody.security.permissions import Action
from custody.services import documents, preferences, reports
from custody.services.reports import ReportResult
from custody.ui.language import language_picker
from custody.ui.operations import Change
from custody.ui.pdfview import PdfPreviewDialog
from custody.ui.style import card, set_role, show_field_error

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow
    from custody.ui.pages.labels_print import LabelPrintDialog

PAGE_REPORTS = "reports"
TITLE_REPORTS = QT_TRANSLATE_NOOP("MainWindow", "Reports")

MONO = "font-family: 'DejaVu Sans Mono', monospace;"


# --------------------------------------------------------------------------------- worker-thread functions


def item_report(ctx: Any, session: Any, item_id: str, progress: Any = None, *,
                language: str | None = None) -> ReportResult:
    """Runs on the worker (``progress`` is the operations helper's; the service does not report any)."""
    return reports.produce_item_report(ctx, session, item_id, language=language)


def case_report(ctx: Any, session: Any, case_number: str, progress: Any = None, *,
                language: str | None = None) -> ReportResult:
    return reports.produce_case_report(ctx, session, case_number, language=language)


def case_inventory(ctx: Any, session: Any, case_number: str, progress: Any = None, *,
                   language: str | None = None) -> bytes:
    return documents.case_inventory_report(ctx, session, case_number, language=language)


def disposal_certificate(ctx: Any, session: Any, item_id: str, progress: Any = None, *,
                         language: str | None = None) -> bytes:
    return documents.disposal_certificate(ctx, session, item_id, language=language)


def lab_submission_form(ctx: Any, session: Any, item_id: str, progress: Any = None, *,
                        language: str | None = None) -> bytes:
    return documents.lab_submission_form(ctx, session, item_id, language=language)


def _safe(key: str, fallback: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", key).strip("-.") or fallback


def report_filename(kind: str, key: str, report_id: str) -> str:
    """``custody-report-UN-DIL-26-000123-7-1a2b3c4d.pdf``: safe on every file system."""
    return f"custody-report-{_safe(key, kind)}-{report_id[:8]}.pdf"


def document_filename(prefix: str, key: str, pdf: bytes) -> str:
    """``disposal-certificate-UN-DIL-26-000123-7-<first 8 hex of the PDF's SHA-256>.pdf``."""
    return f"{prefix}-{_safe(key, prefix)}-{hashlib.sha256(pdf).hexdigest()[:8]}.pdf"


def looks_like_item_id(text: str) -> bool:
    try:
        return classify_scan(text).kind == "item"
    except ValidationError:
        return False


# -------------------------------------------------------------------------------------------------- page


class ReportsPage(QWidget):
    """Item and case custody reports: input, buttons, the last report's id and checkpoint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("reports_page")
        self.last: ReportResult | None = None
        self.last_title = ""
        self.last_filename = ""
        self.preview: PdfPreviewDialog | None = None
        self.last_document: bytes | None = None  # the last case inventory / certificate / lab form
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 26)
        layout.setSpacing(16)
        heading = set_role(QLabel(self.tr("Reports")), "title")
        heading.setObjectName("page_title")
        layout.addWidget(heading)
        sub = set_role(QLabel(self.tr(
            "The court's chain of custody report of one item or of every item of a case. Each report is "
            "recorded in the ledger, signed by this station and carries the proof of its own integrity. "
            "The same box gives a case's inventory, an item's disposal certificate and its laboratory "
            "submission form, also signed by this station and recorded in the ledger.")),
            "subtitle")
        sub.setWordWrap(True)
        layout.addWidget(sub)

        ask, al = self._card(self.tr("Custody report"), "report_card")
        hint = set_role(QLabel(self.tr("Scan the item's barcode, or type an item id or a case number.")), "hint")
        hint.setWordWrap(True)
        al.addWidget(hint)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.input = QLineEdit()
        self.input.setObjectName("report_input")
        self.input.setPlaceholderText(self.tr("Item id (UN-DIL-26-000123-7) or case number"))
        self.input.setClearButtonEnabled(True)
        self.input.setMinimumWidth(360)
        self.input.setStyleSheet(MONO)
        row.addWidget(self.input, 1)
        self.item_button = QPushButton(self.tr("Item report"))
        self.item_button.setObjectName("report_item")
        self.case_button = QPushButton(self.tr("Case report"))
        self.case_button.setObjectName("report_case")
        for b in (self.item_button, self.case_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        al.addLayout(row)
        docs = QHBoxLayout()
        docs.setSpacing(10)
        docs.addWidget(set_role(QLabel(self.tr("Other documents:")), "hint"))
        self.inventory_button = QPushButton(self.tr("Case inventory"))
        self.inventory_button.setObjectName("report_case_inventory")
        self.disposal_button = QPushButton(self.tr("Disposal certificate"))
        self.disposal_button.setObjectName("report_disposal_certificate")
        self.lab_button = QPushButton(self.tr("Lab submission form"))
        self.lab_button.setObjectName("report_lab_form")
        for b in self.document_buttons():
            b.setAutoDefault(False)
            docs.addWidget(b)
        docs.addStretch(1)
        al.addLayout(docs)
        # The report's language, per document (a court may need another language than the officer's screen).
        lang_row = QHBoxLayout()
        lang_row.setSpacing(10)
        self.language_caption = set_role(QLabel(self.tr("Language of the document:")), "hint")
        lang_row.addWidget(self.language_caption)
        self.language = language_picker()
        self.language.setObjectName("report_language")
        self.language.setToolTip(self.tr("Headings, field names and the certification are written in this "
                                         "language; what officers typed stays as typed."))
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        al.addLayout(lang_row)
        window.ops.run(preferences.station_language, window.ctx, on_success=self._station_language,
                       on_error=lambda _err: None)
        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        al.addWidget(self.message)
        layout.addWidget(ask)

        self.result_card, rl = self._card(self.tr("Last report"), "report_result")
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self.report_id = self._fact(grid, 0, self.tr("Report id"), "report_id", mono=True)
        self.report_items = self._fact(grid, 1, self.tr("Items"), "report_items", mono=True)
        self.verifier_key = self._fact(grid, 2, self.tr("Station verifier key"), "report_verifier_key", mono=True)
        grid.setColumnStretch(1, 1)
        rl.addLayout(grid)
        rl.addWidget(set_role(QLabel(self.tr("Checkpoint the report is proven against")), "fact_label"))
        self.checkpoint = QPlainTextEdit()
        self.checkpoint.setObjectName("report_checkpoint")
        self.checkpoint.setReadOnly(True)
        self.checkpoint.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.checkpoint.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)  # keys and signatures: no spaces
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.checkpoint.setFont(mono)
        self.checkpoint.setFixedHeight(150)
        rl.addWidget(self.checkpoint)
        explain = set_role(QLabel(self.tr(
            "Give the prosecutor the PDF and the station verifier key: with them anyone can check the report "
            "without Custody, its database or the internet, using the "
            "<span style=\"white-space: nowrap\">custody-verify</span> program.")), "hint")
        explain.setTextFormat(Qt.TextFormat.RichText)
        explain.setWordWrap(True)
        rl.addWidget(explain)
        brow = QHBoxLayout()
        self.reopen_button = QPushButton(self.tr("Show the report again…"))
        self.reopen_button.setObjectName("report_reopen")
        self.copy_key_button = QPushButton(self.tr("Copy verifier key"))
        self.copy_key_button.setObjectName("copy_verifier_key")
        self.copy_checkpoint_button = QPushButton(self.tr("Copy checkpoint"))
        self.copy_checkpoint_button.setObjectName("copy_checkpoint")
        for b in (self.reopen_button, self.copy_key_button, self.copy_checkpoint_button):
            b.setAutoDefault(False)
            brow.addWidget(b)
        brow.addStretch(1)
        self.copied = set_role(QLabel(), "hint")
        self.copied.setObjectName("report_copied")
        brow.addWidget(self.copied)
        rl.addLayout(brow)
        self.result_card.setVisible(False)
        layout.addWidget(self.result_card)
        layout.addStretch(1)

        self.input.textChanged.connect(lambda _t: self._update_buttons())
        self.input.returnPressed.connect(self.produce_guess)
        self.item_button.clicked.connect(lambda: self.produce_item())
        self.case_button.clicked.connect(lambda: self.produce_case())
        self.inventory_button.clicked.connect(lambda: self.produce_case_inventory())
        self.disposal_button.clicked.connect(lambda: self.produce_disposal_certificate())
        self.lab_button.clicked.connect(lambda: self.produce_lab_form())
        self.reopen_button.clicked.connect(self.show_preview)
        self.copy_key_button.clicked.connect(self.copy_verifier_key)
        self.copy_checkpoint_button.clicked.connect(self.copy_checkpoint)
        self._update_buttons()

    def _station_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def document_language(self) -> str | None:
        return self.language.currentData()

    def document_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self.inventory_button, self.disposal_button, self.lab_button

    @staticmethod
    def _card(title: str, name: str) -> tuple[QFrame, QVBoxLayout]:
        return card(title, name)

    @staticmethod
    def _fact(grid: QGridLayout, row: int, caption: str, name: str, *, mono: bool = False) -> QLabel:
        cap = set_role(QLabel(caption), "fact_label")
        value = QLabel()
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setStyleSheet(("font-weight: bold; " + MONO) if mono else "font-weight: bold;")
        grid.addWidget(cap, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        return value

    # -- input -------------------------------------------------------------------------------------

    def handle_scan(self, scan: ScanCode) -> bool:
        """A scanned item barcode fills the input (the officer then chooses the report)."""
        if scan.kind != "item":
            return False
        self.input.setText(scan.value)
        show_field_error(self.message, None)
        self.item_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _update_buttons(self) -> None:
        has_text = bool(self.input.text().strip())
        self.item_button.setEnabled(has_text and not self._busy)
        self.case_button.setEnabled(has_text and not self._busy)
        for b in self.document_buttons():
            b.setEnabled(has_text and not self._busy)
        item_like = looks_like_item_id(self.input.text()) if has_text else False
        set_role(self.item_button, "primary" if item_like or not has_text else "")
        set_role(self.case_button, "primary" if has_text and not item_like else "")
        for b in (self.item_button, self.case_button):
            b.style().unpolish(b)
            b.style().polish(b)

    def produce_guess(self) -> None:
        """Enter in the input: an item id gets the item report, anything else the case report."""
        text = self.input.text().strip()
        if not text or self._busy:
            return
        if looks_like_item_id(text):
            self.produce_item(text)
        else:
            self.produce_case(text)

    # -- producing -----------------------------------------------------------------------------------

    def produce_item(self, item_id: str | None = None) -> None:
        item_id = (item_id if item_id is not None else self.input.text()).strip().upper()
        if not item_id:
            show_field_error(self.message, self.tr("Scan or type the item id first."))
            return
        self.input.setText(item_id)
        title = self.tr("Chain of custody report — {item}").format(item=item_id)
        self._run(partial(item_report, language=self.document_language()), item_id, self.tr("Producing the custody report of {item}…").format(item=item_id),
                  lambda res: self._produced(res, title, "item", item_id))

    def produce_case(self, case_number: str | None = None) -> None:
        case_number = (case_number if case_number is not None else self.input.text()).strip()
        if not case_number:
            show_field_error(self.message, self.tr("Type the case number first."))
            return
        self.input.setText(case_number)
        title = self.tr("Chain of custody report — case {case}").format(case=case_number)
        self._run(partial(case_report, language=self.document_language()), case_number,
                  self.tr("Producing the custody report of case {case}…").format(case=case_number),
                  lambda res: self._produced(res, title, "case", case_number))

    # -- the other documents -------------------------------------------------------------------------

    def produce_case_inventory(self, case_number: str | None = None) -> None:
        case_number = (case_number if case_number is not None else self.input.text()).strip()
        if not case_number:
            show_field_error(self.message, self.tr("Type the case number first."))
            return
        self.input.setText(case_number)
        self._document(case_inventory, case_number, "case-inventory",
                       self.tr("Producing the inventory of case {case}…").format(case=case_number),
                       self.tr("Case inventory — {case}").format(case=case_number))

    def produce_disposal_certificate(self, item_id: str | None = None) -> None:
        item_id = self._item_id(item_id)
        if item_id:
            self._document(disposal_certificate, item_id, "disposal-certificate",
                           self.tr("Producing the disposal certificate of {item}…").format(item=item_id),
                           self.tr("Disposal certificate — {item}").format(item=item_id))

    def produce_lab_form(self, item_id: str | None = None) -> None:
        item_id = self._item_id(item_id)
        if item_id:
            self._document(lab_submission_form, item_id, "lab-submission",
                           self.tr("Producing the laboratory submission form of {item}…").format(item=item_id),
                           self.tr("Laboratory submission form — {item}").format(item=item_id))

    def _item_id(self, item_id: str | None) -> str:
        item_id = (item_id if item_id is not None else self.input.text()).strip().upper()
        if not item_id:
            show_field_error(self.message, self.tr("Scan or type the item id first."))
            return ""
        self.input.setText(item_id)
        return item_id

    def _document(self, fn: Callable[..., bytes], key: str, prefix: str, progress: str, title: str) -> None:
        def produced(pdf: bytes) -> None:
            self._document_produced(pdf, title, document_filename(prefix, key, pdf))

        self._run(partial(fn, language=self.document_language()), key, progress, produced)

    def _document_produced(self, pdf: bytes, title: str, filename: str) -> None:
        self.last_document = pdf
        note = self.tr("Signed by this station and recorded in the ledger. SHA-256 {sha}").format(
            sha=hashlib.sha256(pdf).hexdigest())
        self._open_preview(pdf, title, filename, note)

    # -- running -------------------------------------------------------------------------------------

    def _run(self, fn: Any, key_arg: str, progress: str, on_success: Callable[[Any], None]) -> None:
        if self._busy:
            return
        w = self.window_
        self._busy = True
        self._update_buttons()
        show_field_error(self.message, None)
        w.ops.run(fn, w.ctx, w.session, key_arg, on_success=on_success,
                  on_finally=self._done, changes={Change.LEDGER}, parent=self.window_,
                  progress_label=progress)

    def _done(self) -> None:
        self._busy = False
        self._update_buttons()

    def _produced(self, result: ReportResult, title: str, kind: str, key: str) -> None:
        self.last = result
        self.last_title = title
        self.last_filename = report_filename(kind, key, result.report_id)
        self.report_id.setText(result.report_id)
        self.report_items.setText(", ".join(result.item_ids))
        self.verifier_key.setText(self.station_verifier_key() or self.tr("(unknown)"))
        self.checkpoint.setPlainText(result.checkpoint_note.rstrip("\n"))
        self.copied.clear()
        self.result_card.setVisible(True)
        self.show_preview()

    def show_preview(self) -> PdfPreviewDialog | None:
        if self.last is None:
            return None
        note = self.tr("Report {id} · %n item(s) · signed by this station; the proof bundle is attached "
                       "to the PDF.", "", len(self.last.item_ids)).format(id=self.last.report_id)
        return self._open_preview(self.last.pdf, self.last_title, self.last_filename, note)

    def _open_preview(self, pdf: bytes, title: str, filename: str, note: str) -> PdfPreviewDialog:
        if self.preview is not None:
            self.preview.close()
        dialog = PdfPreviewDialog(pdf, title, filename, self.window_, note=note)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda *_: self._preview_gone(dialog))
        self.preview = dialog
        dialog.open()
        return dialog

    def _preview_gone(self, dialog: PdfPreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None

    # -- the verifier key --------------------------------------------------------------------------

    def station_verifier_key(self) -> str:
        station = self.window_.station
        return station.verifier_key if station is not None else ""

    def copy_verifier_key(self) -> None:
        key = self.station_verifier_key()
        if key:
            QGuiApplication.clipboard().setText(key)
            self.copied.setText(self.tr("Verifier key copied."))

    def copy_checkpoint(self) -> None:
        if self.last is not None:
            QGuiApplication.clipboard().setText(self.last.checkpoint_note)
            self.copied.setText(self.tr("Checkpoint copied."))


# ------------------------------------------------------------------------------------------ for other pages


def reports_page(window: MainWindow) -> ReportsPage | None:
    """The Reports page (created if not shown yet), or None when the officer may not produce reports."""
    if not window.has_page(PAGE_REPORTS):
        return None
    page = window.page(PAGE_REPORTS)
    assert isinstance(page, ReportsPage)
    return page


def open_item_report(window: MainWindow, item_id: str) -> bool:
    """Produce the custody report of ``item_id`` and preview it over the current page (the Reports page keeps
    the report id and checkpoint). False when the officer may not produce reports."""
    page = reports_page(window)
    if page is None:
        return False
    page.input.setText(item_id)
    page.produce_item(item_id)
    return True


def print_item_labels(window: MainWindow, item_ids: Sequence[str] | str) -> LabelPrintDialog | None:
    """Open the label printing dialog for ``item_ids`` (None when the officer may not print labels)."""
    from custody.ui.pages.labels_print import LabelPrintDialog

    if not window.session.can(Action.LABEL_PRINT):
        return None
    ids = [item_ids] if isinstance(item_ids, str) else list(item_ids)
    dialog = LabelPrintDialog(window, ids, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog


def register(window: MainWindow) -> None:
    """Add the Reports page to the main window."""
    window.register_page(PAGE_REPORTS, TITLE_REPORTS, ReportsPage, Action.REPORT_PRODUCE)


__all__ = ["PAGE_REPORTS", "ReportsPage", "open_item_report", "print_item_labels", "register"]
