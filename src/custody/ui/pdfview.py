"""Preview a PDF in the app, print it, save it (DESIGN.md section 5, "Reports").

:class:`PdfPreviewDialog` shows a PDF (QtPdf) with page navigation and zoom, and offers Print… and
Save as PDF…. It announces what happened with ``printed(destination)`` and ``saved(path)`` so that the caller
can record it afterwards (labels: ``label.printed`` only once the labels really exist).

Printing renders each page with :meth:`QPdfDocument.render` at the printer's resolution and paints it page by
page, on paper the size and orientation of the PDF page (so a 62 × 29 mm label prints on a 62 × 29 mm label,
not scaled onto A4). :func:`print_pdf` is the same without a dialog; :meth:`PdfPreviewDialog.print_to` takes a
ready :class:`QPrinter` (tests give it one writing a PDF file).

Saving writes ``NAME.partial`` next to the target, syncs it and renames it over the target, so a full disk or a
pulled USB drive never leaves half a PDF behind; such errors are shown in words.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custody.domain.errors import CustodyError
from custody.domain.i18n import N_
from custody.ui import errors
from custody.ui.qtcompat import emit
from custody.ui.style import set_role

log = logging.getLogger("custody.ui.pdfview")

MAX_RENDER_DPI = 600  # an A4 page at 1200 dpi would be a 550 MB image; 600 dpi is finer than any toner
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0)
SMALL_PAGE_PT = 300.0  # pages narrower than this (labels) open at a fixed zoom instead of "fit width"

MSG_UNREADABLE = N_("PdfView", "The document could not be shown: it is not a readable PDF ({reason}).")
MSG_DISK_FULL = N_("PdfView", "The disk is full: {name} was not saved. Free some space or choose another "
                              "drive. Nothing was written.")
MSG_NOT_ALLOWED = N_("PdfView", "You may not write to the folder {folder}, so {name} was not saved. Choose "
                                "another folder (your Documents folder or a USB drive). Nothing was written.")
MSG_NO_FOLDER = N_("PdfView", "The folder {folder} does not exist any more (was a USB drive removed?), so {name} "
                              "was not saved.")
MSG_SAVE_FAILED = N_("PdfView", "{name} could not be saved: {reason}. Nothing was written.")
MSG_PRINTER_START = N_("PdfView", "The printer {printer} could not be started, so nothing was printed. Check "
                                  "that it is switched on and connected, or choose another printer.")
MSG_PRINT_FAILED = N_("PdfView", "Printing on {printer} failed at page {page} of {pages}. Check the printer "
                                 "(paper, labels, cover) and print again.")


class OutputError(CustodyError):
    """Printing or saving failed for a reason a person can act on (shown in words)."""


# ------------------------------------------------------------------------------------------------ saving


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through ``path.partial`` + rename; on failure nothing new is left behind.

    Raises :class:`OutputError` (in words) for the errors an officer can do something about."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    created = False
    try:
        with open(partial, "wb") as fh:
            created = True
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
        created = False
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                partial.unlink()
        raise save_error(target, exc) from exc
    with contextlib.suppress(OSError):  # make the rename itself durable (best effort: not on Windows)
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def save_error(target: Path, exc: OSError) -> OutputError:
    name, folder = target.name, str(target.parent)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return OutputError(MSG_DISK_FULL, name=name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return OutputError(MSG_NOT_ALLOWED, name=name, folder=folder)
    if exc.errno == errno.ENOENT:
        return OutputError(MSG_NO_FOLDER, name=name, folder=folder)
    return OutputError(MSG_SAVE_FAILED, name=name, reason=exc.strerror or str(exc))


# ---------------------------------------------------------------------------------------------- printing


def page_layout_for(size_pt: QSizeF) -> QPageLayout:
    """Paper exactly the size of a PDF page (points), no margins, landscape when wider than tall."""
    w, h = size_pt.width(), size_pt.height()
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    mm = 25.4 / 72  # millimetres, not points: QPageSize rounds points to whole ones (0.1 mm off on a label)
    page_size = QPageSize(QSizeF(min(w, h) * mm, max(w, h) * mm), QPageSize.Unit.Millimeter, "",
                          QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def apply_page_layout(printer: QPrinter, size_pt: QSizeF) -> None:
    printer.setFullPage(True)
    layout = page_layout_for(size_pt)
    if not printer.setPageLayout(layout):  # a driver that refuses zero margins still takes size and orientation
        printer.setPageSize(layout.pageSize())
        printer.setPageOrientation(layout.orientation())


def printer_destination(printer: QPrinter) -> str:
    """What to record as where the document went: the output file, else the printer's name."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or printer.outputFileName():
        return printer.outputFileName()
    return printer.printerName() or QGuiApplication.translate("PdfView", "default printer")


def _pages_to_print(printer: QPrinter, count: int) -> range:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        if first <= last:
            return range(first - 1, last)
    return range(count)


def print_document(document: QPdfDocument, printer: QPrinter) -> str:
    """Print ``document`` on ``printer`` page by page at the printer's resolution; return the destination.

    Raises :class:`OutputError` when the printer cannot be started or a page fails."""
    count = document.pageCount()
    pages = _pages_to_print(printer, count)
    destination = printer_destination(printer)
    who = destination or printer.printerName()
    if not count:
        raise OutputError(MSG_PRINTER_START, printer=who)
    apply_page_layout(printer, document.pagePointSize(pages[0]))
    dpi = max(72, min(printer.resolution(), MAX_RENDER_DPI))
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations
                           | QPdfDocumentRenderOptions.RenderFlag.PathAliased  # crisp bars and QR modules
                           | QPdfDocumentRenderOptions.RenderFlag.ImageAliased)
    painter = QPainter()
    if not painter.begin(printer):
        raise OutputError(MSG_PRINTER_START, printer=who)
    current = document.pagePointSize(pages[0])
    done = 0
    try:
        for n, index in enumerate(pages):
            size_pt = document.pagePointSize(index)
            if n:
                if size_pt != current:
                    apply_page_layout(printer, size_pt)
                    current = size_pt
                if not printer.newPage():
                    raise OutputError(MSG_PRINT_FAILED, printer=who, page=index + 1, pages=count)
            pixels = QSize(max(1, round(size_pt.width() * dpi / 72)), max(1, round(size_pt.height() * dpi / 72)))
            image = document.render(index, pixels, options)
            if image.isNull():
                raise OutputError(MSG_PRINT_FAILED, printer=who, page=index + 1, pages=count)
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            scale = min(paper.width() / pixels.width(), paper.height() / pixels.height())
            w, h = pixels.width() * scale, pixels.height() * scale
            painter.drawImage(QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h), image)
            done += 1
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise OutputError(MSG_PRINT_FAILED, printer=who, page=pages[min(done, len(pages) - 1)] + 1, pages=count)
    log.info("Printed %d page(s) on %s", done, who)
    return destination


class LoadedPdf:
    """A QPdfDocument read from bytes in memory (the buffer must live as long as the document)."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        self.bytes = bytes(pdf)
        self._data = QByteArray(self.bytes)
        self._buffer = QBuffer(parent)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            reason = self.document.error().name if self.document.error() else "empty"
            raise OutputError(MSG_UNREADABLE, reason=reason)


def print_pdf(pdf: bytes, printer: QPrinter) -> str:
    """Print PDF bytes on ``printer`` (see :func:`print_document`); return the destination."""
    loaded = LoadedPdf(pdf)
    try:
        return print_document(loaded.document, printer)
    finally:
        loaded.document.close()


def new_printer(size_pt: QSizeF | None = None, *, printer_name: str = "", doc_name: str = "") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        printer.setPrinterName(printer_name)
    if doc_name:
        printer.setDocName(doc_name)
    if size_pt is not None:
        apply_page_layout(printer, size_pt)
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter, pages: int, title: str) -> bool:
    """The system print dialog for ``printer``; True when the officer pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, pages > 1)
    return dialog.exec() == QDialog.DialogCode.Accepted


# ------------------------------------------------------------------------------------------------ dialog


class PdfPreviewDialog(QDialog):
    """A PDF on screen with Print…, Save as PDF… and Close.

    ``printed(destination)`` is emitted after a print succeeded (the printer's name, or the file a PDF
    printer wrote), ``saved(path)`` after the file was saved; nothing is emitted when it failed."""

    printed = Signal(str)
    saved = Signal(str)

    def __init__(self, pdf_bytes: bytes, title: str, suggested_filename: str, parent: QWidget | None = None, *,
                 note: str | None = None, printer_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(title)
        self.title = title
        self.suggested_filename = suggested_filename if suggested_filename.lower().endswith(".pdf") \
            else f"{suggested_filename}.pdf"
        self.printer_name = printer_name
        self.loaded = LoadedPdf(pdf_bytes, self)
        self.document = self.loaded.document
        self.pdf_bytes = self.loaded.bytes

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        if note:
            info = set_role(QLabel(note), "hint")
            info.setObjectName("pdf_note")
            info.setWordWrap(True)
            info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(info)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.prev_button.setObjectName("pdf_previous")
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.page_spin = QSpinBox()
        self.page_spin.setObjectName("pdf_page")
        self.page_spin.setRange(1, self.page_count())
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setMinimumWidth(70)
        self.page_total = QLabel(self.tr("of {n}").format(n=self.page_count()))
        self.page_total.setObjectName("pdf_page_total")
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setObjectName("pdf_next")
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        for w in (self.prev_button, QLabel(self.tr("Page")), self.page_spin, self.page_total, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(24)
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setObjectName("pdf_zoom_out")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("pdf_zoom")
        self.zoom_label.setMinimumWidth(52)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setObjectName("pdf_zoom_in")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.fit_width_button = QPushButton(self.tr("Fit width"))
        self.fit_width_button.setObjectName("pdf_fit_width")
        self.fit_page_button = QPushButton(self.tr("Whole page"))
        self.fit_page_button.setObjectName("pdf_fit_page")
        for b in (self.zoom_out_button, self.zoom_in_button):
            b.setFixedWidth(40)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setStyleSheet("QPdfView { background: #5f6b7a; border: 1px solid #d5dbe3; }")
        layout.addWidget(self.view, 1)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("pdf_print")
        set_role(self.print_button, "primary")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("pdf_save")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("pdf_close")
        for b in (self.print_button, self.save_button, self.close_button):
            b.setAutoDefault(False)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)

        nav = self.view.pageNavigator()
        nav.currentPageChanged.connect(self._page_changed)
        self.page_spin.valueChanged.connect(lambda v: self.go_to_page(v - 1))
        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(+1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.fit_width_button.clicked.connect(lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView))
        self.view.zoomFactorChanged.connect(lambda _z: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for keys, fn in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(+1)),
                         (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)),
                         (QKeySequence.StandardKey.Print, self.print_),
                         (QKeySequence.StandardKey.Save, self.save)):
            QShortcut(QKeySequence(keys), self, activated=fn)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.go_to_page(self.current_page() - 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self,
                  activated=lambda: self.go_to_page(self.current_page() + 1))

        first = self.document.pagePointSize(0)
        if first.width() < SMALL_PAGE_PT:  # a label: show it large, not stretched across the window
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(2.0)
            self._size_to(QSize(760, 560))
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._size_to(QSize(900, 1000))
        self._page_changed(0)
        self._show_zoom()

    def _size_to(self, wanted: QSize) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry().size()
            wanted = wanted.boundedTo(QSize(int(avail.width() * 0.95), int(avail.height() * 0.9)))
        self.resize(wanted)

    # -- navigation and zoom -----------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """0-based index of the page shown."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, index: int) -> None:
        index = max(0, min(self.page_count() - 1, index))
        nav = self.view.pageNavigator()
        if index != nav.currentPage():
            nav.jump(index, QPointF(), nav.currentZoom())

    def _page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count() - 1)

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._show_zoom()

    def zoom_step(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if direction > 0:
            nxt = next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1])
        else:
            nxt = next((z for z in reversed(ZOOM_STEPS) if z < current - 1e-3), ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(nxt)
        self._show_zoom()

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Page"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")
        self.fit_width_button.setEnabled(mode != QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setEnabled(mode != QPdfView.ZoomMode.FitInView)

    # -- printing ------------------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set up for this document's first page (size, orientation, no margins)."""
        return new_printer(self.document.pagePointSize(0), printer_name=self.printer_name, doc_name=self.title)

    def ask_printer(self) -> QPrinter | None:
        """The system print dialog (replaced in tests); None when cancelled."""
        printer = self.make_printer()
        if not ask_printer(self, printer, self.page_count(), self.tr("Print {title}").format(title=self.title)):
            return None
        return printer

    def print_to(self, printer: QPrinter) -> str:
        """Print every page (or the chosen range) on ``printer``; emit ``printed`` and return the destination.

        Raises :class:`OutputError` (nothing is emitted) when printing failed."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            destination = print_document(self.document, printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        emit(self.printed, destination)
        return destination

    def print_(self) -> str | None:
        """Ask for a printer, print, and say so; errors are shown in words. Returns the destination."""
        printer = self.ask_printer()
        if printer is None:
            return None
        try:
            return self.print_to(printer)
        except CustodyError as err:
            errors.show_error(self, err)
        except Exception as exc:  # noqa: BLE001 - a bug: shown with its details, never swallowed
            errors.show_bug(self, exc)
        return None

    # -- saving --------------------------------------------------------------------------------------

    def default_save_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / self.suggested_filename)

    def ask_save_path(self) -> str | None:
        """The save dialog (replaced in tests); None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.default_save_path(),
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else f"{path}.pdf"

    def save_to(self, path: str) -> str:
        """Write the PDF, byte for byte, to ``path`` (atomically); emit ``saved``; raise OutputError."""
        target = write_atomic(path, self.pdf_bytes)
        emit(self.saved, str(target))
        return str(target)

    def save(self) -> str | None:
        """Ask where, save, and say so; errors are shown in words. Returns the path saved."""
        path = self.ask_save_path()
        if path is None:
            return None
        try:
            return self.save_to(path)
        except CustodyError as err:
            errors.show_error(self, err)
        except Exception as exc:  # noqa: BLE001
            errors.show_bug(self, exc)
        return None


__all__ = ["OutputError", "PdfPreviewDialog", "ask_printer", "new_printer", "print_document", "print_pdf",
           "write_atomic"]
