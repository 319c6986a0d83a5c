"""Printing item labels: template, start position on a part-used sheet, PDF (preview, print, save) or ZPL.

The labels are rendered by the service first; ``label.printed`` (one entry per item, with its reprint count) is
recorded only after the print, the save or the send to the Zebra printer succeeded, with where they went:
the printer's name, the file saved, or ``zpl:QUEUE``. A failed print records nothing and says why in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSizeF, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.reports import labels as lbl
from custody.reports.labels import TemplateInfo
from custody.services import labels, preferences, settings
from custody.services.labels import LabelJob
from custody.ui import errors
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.language import language_picker
from custody.ui.operations import Change
from custody.ui.pdfview import LoadedPdf, PdfPreviewDialog, ask_printer, new_printer, print_document
from custody.ui.qtcompat import emit
from custody.ui.style import set_role, set_state, show_field_error

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

MSG_ZPL_FAILED = N_("LabelPrint", "The labels were not printed on the Zebra printer {queue}: {reason}")
MSG_NO_QUEUE = N_("LabelPrint", "Type the name of the Zebra printer's queue.")


class ZplPrintFailed(CustodyError):
    """Sending ZPL to the printer failed (no CUPS, unknown queue, printer refused)."""


def send_zpl_labels(ctx: Any, session: Any, item_ids: Sequence[str], template: str, queue: str,
                    language: str | None = None) -> tuple[LabelJob, list[int]]:
    """Runs on the worker: render the ZPL, send it to ``queue`` and, only once that worked, record it."""
    job = labels.prepare_item_labels(ctx, session, item_ids, template, "zpl", language=language)
    try:
        lbl.send_zpl_to_printer(job.data.decode("utf-8"), queue)
    except lbl.LabelPrintError as exc:
        raise ZplPrintFailed(MSG_ZPL_FAILED, queue=queue, reason=str(exc)) from exc
    return job, labels.record_labels_printed(ctx, session, job, f"zpl:{queue}")


def template_title(info: TemplateInfo) -> str:
    """The template's title (resources/labels/*.json, catalogued in the context "LabelTemplate")."""
    return QCoreApplication.translate("LabelTemplate", info.title)


def template_summary(info: TemplateInfo) -> str:
    tr = QCoreApplication.translate
    size = tr("LabelPrint", "{w} × {h} mm, {dpi} dpi").format(w=f"{info.width_mm:g}", h=f"{info.height_mm:g}",
                                                                dpi=info.dpi)
    if info.per_page > 1:
        size += tr("LabelPrint", ", {n} labels per sheet").format(n=info.per_page)
    else:
        size += tr("LabelPrint", ", one label per page (roll)")
    if info.zpl:
        size += tr("LabelPrint", "; can be sent to a Zebra printer as ZPL")
    return size


class LabelPrintDialog(QDialog):
    """Print the labels of some items. ``recorded(seqs)`` is emitted after ``label.printed`` was recorded."""

    recorded = Signal(object)  # list[int]: the seqs of the label.printed entries

    def __init__(self, window: MainWindow, item_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.window_ = window
        self.item_ids = [i.strip().upper() for i in item_ids if i and i.strip()]
        self.templates = {t.name: t for t in lbl.list_templates()}
        self.preview: PdfPreviewDialog | None = None
        self.queue_default = ""
        self.printer_name = ""
        self.recorded_seqs: list[list[int]] = []
        self._busy = False
        self.setObjectName("label_print_dialog")
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = set_role(QLabel(self.tr("%n label(s)", "", len(self.item_ids))), "section")
        heading.setObjectName("label_heading")
        layout.addWidget(heading)
        ids = QLabel(", ".join(self.item_ids) or "—")
        ids.setObjectName("label_items")
        ids.setWordWrap(True)
        ids.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ids.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        layout.addWidget(ids)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.template = QComboBox()
        self.template.setObjectName("label_template")
        for info in self.templates.values():
            self.template.addItem(template_title(info), info.name)
        self.template_info = set_role(QLabel(), "hint")
        self.template_info.setObjectName("label_template_info")
        self.template_info.setWordWrap(True)
        tbox = QVBoxLayout()
        tbox.setSpacing(4)
        tbox.addWidget(self.template)
        tbox.addWidget(self.template_info)
        self.form.addRow(self.tr("Template"), tbox)

        self.start = QSpinBox()
        self.start.setObjectName("label_start")
        self.start.setRange(1, 1)
        self.start.setMaximumWidth(110)
        self.start_hint = set_role(QLabel(), "hint")
        self.start_hint.setWordWrap(True)
        srow = QHBoxLayout()
        srow.addWidget(self.start)
        srow.addWidget(self.start_hint, 1)
        self.start_row = QWidget()
        self.start_row.setLayout(srow)
        srow.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Start at label"), self.start_row)

        # the words printed on the labels (the category); ids, case numbers and descriptions are as typed
        self.language = language_picker()
        self.language.setObjectName("label_language")
        self.language.setMaximumWidth(220)
        self.form.addRow(self.tr("Language"), self.language)
        window.ops.run(preferences.station_language, window.ctx, on_error=lambda _err: None,
                       on_success=lambda code: self.language.setCurrentIndex(max(self.language.findData(code), 0)))

        self.output_pdf = QRadioButton(self.tr("Preview, then print or save as PDF"))
        self.output_pdf.setObjectName("label_output_pdf")
        self.output_zpl = QRadioButton(self.tr("Send straight to the Zebra printer (ZPL)"))
        self.output_zpl.setObjectName("label_output_zpl")
        self.outputs = QButtonGroup(self)
        self.outputs.addButton(self.output_pdf)
        self.outputs.addButton(self.output_zpl)
        self.output_pdf.setChecked(True)
        obox = QVBoxLayout()
        obox.setSpacing(6)
        obox.addWidget(self.output_pdf)
        obox.addWidget(self.output_zpl)
        self.queue = QLineEdit()
        self.queue.setObjectName("label_queue")
        self.queue.setPlaceholderText(self.tr("Printer queue name, e.g. zebra-intake"))
        self.queue.setMaxLength(120)
        qrow = QHBoxLayout()
        qrow.setContentsMargins(26, 0, 0, 0)
        qrow.addWidget(QLabel(self.tr("Queue")))
        qrow.addWidget(self.queue, 1)
        obox.addLayout(qrow)
        self.form.addRow(self.tr("Output"), obox)
        layout.addLayout(self.form)

        self.message = set_role(QLabel(), "error")
        self.message.setObjectName("label_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.status = QLabel()
        self.status.setObjectName("label_status")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("label_preview")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("label_print")
        set_role(self.print_button, "primary")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("label_close")
        for b in (self.preview_button, self.print_button, self.close_button):
            b.setAutoDefault(False)
        self.print_button.setDefault(True)
        buttons.addStretch(1)
        for b in (self.preview_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.template.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.outputs.buttonToggled.connect(lambda *_: self._update())
        self.queue.textChanged.connect(lambda _t: self._update())
        self.preview_button.clicked.connect(lambda: self.open_preview())
        self.print_button.clicked.connect(lambda: self.go())
        self.close_button.clicked.connect(self.reject)

        station = window.station
        default = station.label_template if station is not None else ""
        index = self.template.findData(default)
        self.template.setCurrentIndex(index if index >= 0 else 0)
        self._template_changed()
        window.ops.run(settings.get_settings, window.ctx, on_success=self._settings, on_error=lambda _e: None,
                       parent=self)

    # -- form ------------------------------------------------------------------------------------

    def _settings(self, st: settings.StationSettings) -> None:
        self.printer_name = st.label_printer or ""
        self.queue_default = st.label_printer or ""
        if not self.queue.text():
            self.queue.setText(self.queue_default)

    def template_info_selected(self) -> TemplateInfo:
        return self.templates[self.template.currentData()]

    def _template_changed(self) -> None:
        info = self.template_info_selected()
        self.template_info.setText(template_summary(info))
        sheet = info.per_page > 1
        self.start.setRange(1, max(1, info.per_page))
        self.start_hint.setText(self.tr("1 = top left, counted left to right, row by row; {n} on a sheet.")
                                .format(n=info.per_page) if sheet else "")
        self.form.setRowVisible(self.start_row, sheet)
        self.output_zpl.setEnabled(info.zpl)
        if not info.zpl:
            self.output_pdf.setChecked(True)
        self.output_zpl.setToolTip("" if info.zpl else self.tr("Only Zebra templates can be sent as ZPL."))
        self._update()

    def use_zpl(self) -> bool:
        return self.output_zpl.isChecked() and self.template_info_selected().zpl

    def _update(self) -> None:
        zpl = self.use_zpl()
        self.queue.setEnabled(zpl)
        self.preview_button.setEnabled(not zpl and not self._busy and bool(self.item_ids))
        self.print_button.setText(self.tr("Send to printer") if zpl else self.tr("Print…"))
        self.print_button.setEnabled(not self._busy and bool(self.item_ids)
                                     and (not zpl or bool(self.queue.text().strip())))
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _say(self, text: str | None, ok: bool = True) -> None:
        self.status.setText(text or "")
        self.status.setVisible(bool(text))
        set_state(self.status, "ok" if ok else "bad")

    # -- rendering ---------------------------------------------------------------------------------

    def render(self, then: Callable[[LabelJob], Any]) -> None:
        """Render the labels as PDF on the worker, then ``then(job)`` (errors are shown in words)."""
        w = self.window_
        show_field_error(self.message, None)
        self._set_busy(True)
        w.ops.run(labels.prepare_item_labels, w.ctx, w.session, list(self.item_ids), self.template.currentData(),
                  "pdf", start_position=self.start.value(), language=self.language.currentData(), on_success=then,
                  on_finally=lambda: self._set_busy(False), parent=self)

    def go(self) -> None:
        """The primary button: print (asking for the printer) or send ZPL."""
        if self.use_zpl():
            self.send_zpl()
        else:
            self.print_to()

    def open_preview(self) -> None:
        self.render(self._show_preview)

    def _show_preview(self, job: LabelJob) -> PdfPreviewDialog:
        info = self.templates[job.template]
        dialog = PdfPreviewDialog(
            job.data, self.tr("Labels — {template}").format(template=template_title(info)),
            "labels-" + "-".join(job.item_ids[:3]) + ("-more" if len(job.item_ids) > 3 else ""), self,
            note=self.tr("%n label(s) on {template}. They are recorded as printed once you print or save them.",
                         "", job.count).format(template=template_title(info)), printer_name=self.printer_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.printed.connect(lambda dest: self.record(job, dest))
        dialog.saved.connect(lambda path: self.record(job, path))
        dialog.destroyed.connect(lambda *_: setattr(self, "preview", None))
        self.preview = dialog
        dialog.open()
        return dialog

    # -- printing ------------------------------------------------------------------------------------

    def ask_printer(self, job: LabelJob) -> QPrinter | None:
        """The system print dialog, set to the label size (replaced in tests); None when cancelled."""
        loaded = LoadedPdf(job.data)
        try:
            size, pages = loaded.document.pagePointSize(0), loaded.document.pageCount()
        finally:
            loaded.document.close()
        printer = new_printer(QSizeF(size), printer_name=self.printer_name, doc_name=self.tr("Labels"))
        if not ask_printer(self, printer, pages, self.tr("Print labels")):
            return None
        return printer

    def print_to(self, printer: QPrinter | None = None) -> None:
        """Render, print on ``printer`` (else ask for one), then record ``label.printed``."""
        self.render(lambda job: self._print_job(job, printer))

    def _print_job(self, job: LabelJob, printer: QPrinter | None) -> None:
        printer = printer if printer is not None else self.ask_printer(job)
        if printer is None:
            return
        loaded = LoadedPdf(job.data)
        try:
            destination = print_document(loaded.document, printer)
        except CustodyError as err:
            self._say(self.tr("Nothing was printed, so nothing was recorded."), ok=False)
            errors.show_error(self, err)
            return
        except Exception as exc:  # noqa: BLE001 - a bug: shown with its details
            errors.show_bug(self, exc)
            return
        finally:
            loaded.document.close()
        self.record(job, destination)

    def send_zpl(self) -> None:
        queue = self.queue.text().strip()
        if not queue:
            show_field_error(self.message, QCoreApplication.translate("LabelPrint", MSG_NO_QUEUE))
            return
        w = self.window_
        show_field_error(self.message, None)
        self._set_busy(True)
        w.ops.run(send_zpl_labels, w.ctx, w.session, list(self.item_ids), self.template.currentData(), queue,
                  self.language.currentData(),
                  on_success=lambda res: self._recorded(res[1], f"zpl:{queue}"), on_error=self._refused,
                  on_finally=lambda: self._set_busy(False), changes={Change.LEDGER}, parent=self)

    def _refused(self, err: CustodyError) -> None:
        self._say(self.tr("Nothing was printed, so nothing was recorded."), ok=False)
        errors.show_error(self, err)

    # -- recording -----------------------------------------------------------------------------------

    def record(self, job: LabelJob, destination: str) -> None:
        """``label.printed`` for every item of ``job`` (call only after it was printed or saved)."""
        w = self.window_
        w.ops.run(labels.record_labels_printed, w.ctx, w.session, job, destination,
                  on_success=lambda seqs: self._recorded(seqs, destination), changes={Change.LEDGER},
                  parent=self)

    def _recorded(self, seqs: list[int], destination: str) -> None:
        self.recorded_seqs.append(list(seqs))
        text = self.tr("%n label(s) sent to {where} and recorded in the ledger.", "", len(seqs)).format(
            where=destination)
        self._say(text, ok=True)
        bar = self.window_.statusBar() if hasattr(self.window_, "statusBar") else None
        if bar is not None:
            bar.showMessage(text, 10_000)
        emit(self.recorded, list(seqs))


__all__ = ["LabelPrintDialog", "ZplPrintFailed", "send_zpl_labels"]
