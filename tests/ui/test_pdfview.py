"""The PDF preview dialog: pages and navigation, a byte-identical save, printing page by page at the PDF's own
page size, and failures (not writable, disk full, printer that cannot start) shown in words with nothing left
behind."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from custody.reports.labels import ItemLabel, render_labels_pdf
from custody.ui import pdfview
from custody.ui.pdfview import OutputError, PdfPreviewDialog


def make_pdf(pages: int, size: tuple[float, float] = A4) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for n in range(pages):
        c.setFont("Helvetica", 24)
        c.drawString(72, size[1] - 100, f"Page {n + 1} of {pages}")
        c.rect(36, 36, size[0] - 72, size[1] - 72)
        c.showPage()
    c.save()
    return buf.getvalue()


def label_pdf(n: int = 2) -> bytes:
    labels = [ItemLabel(f"UN-DIL-26-00012{i}-7", "DIL/2026/0042", "Drug", "2026-11-27", "White powder")
              for i in range(n)]
    return render_labels_pdf(labels, "brother-ql-62x29")


def pdf_printer(path: Path, dpi: int = 150) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


@pytest.fixture
def dialog(qtbot):
    def make(pdf: bytes, **kw) -> PdfPreviewDialog:
        dlg = PdfPreviewDialog(pdf, "Test report", "test-report", **kw)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        return dlg

    return make


def test_preview_shows_every_page_and_navigates(dialog, qtbot):
    dlg = dialog(make_pdf(4))
    assert dlg.page_count() == 4
    assert dlg.page_total.text() == "of 4"
    assert dlg.page_spin.maximum() == 4
    assert dlg.current_page() == 0
    assert not dlg.prev_button.isEnabled() and dlg.next_button.isEnabled()
    dlg.next_button.click()
    qtbot.waitUntil(lambda: dlg.current_page() == 1)
    assert dlg.page_spin.value() == 2
    dlg.page_spin.setValue(4)
    qtbot.waitUntil(lambda: dlg.current_page() == 3)
    assert not dlg.next_button.isEnabled()
    dlg.zoom_step(+1)
    assert dlg.zoom_label.text().endswith("%")
    dlg.fit_page_button.click()
    assert not dlg.fit_page_button.isEnabled()


def test_a_label_opens_at_a_fixed_zoom(dialog):
    dlg = dialog(label_pdf(3))
    assert dlg.page_count() == 3
    assert dlg.zoom_label.text() == "200 %"


def test_an_unreadable_pdf_is_refused_in_words(qtbot):
    with pytest.raises(OutputError):
        PdfPreviewDialog(b"not a pdf at all", "Broken", "broken.pdf")


def test_save_writes_a_byte_identical_copy(dialog, qtbot, tmp_path):
    pdf = make_pdf(3)
    dlg = dialog(pdf)
    target = tmp_path / "copy.pdf"
    dlg.ask_save_path = lambda: str(target)
    with qtbot.waitSignal(dlg.saved) as sig:
        assert dlg.save() == str(target)
    assert sig.args == [str(target)]
    assert target.read_bytes() == pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.pdf"]


def test_save_replaces_an_existing_file(dialog, tmp_path):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"old contents")
    pdf = make_pdf(1)
    dialog(pdf).save_to(str(target))
    assert target.read_bytes() == pdf


def test_default_save_name_ends_in_pdf(dialog):
    dlg = dialog(make_pdf(1))
    assert dlg.suggested_filename == "test-report.pdf"
    assert dlg.default_save_path().endswith("test-report.pdf")


def test_save_to_a_folder_that_is_not_writable_says_so_and_leaves_nothing(dialog, qtbot, tmp_path, shown,
                                                                          monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere: make this folder refuse as it would for an officer
        real_open = open

        def refusing_open(path, *args, **kwargs):
            if Path(path).parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(pdfview, "open", refusing_open, raising=False)
    try:
        dlg = dialog(make_pdf(2))
        saved: list[str] = []
        dlg.saved.connect(saved.append)
        dlg.ask_save_path = lambda: str(folder / "report.pdf")
        assert dlg.save() is None
        assert saved == []
        assert len(shown.errors) == 1
        text = shown.error_texts()[0]
        assert "You may not write to the folder" in text and str(folder) in text
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_disk_full_while_saving_removes_the_partial_file(dialog, tmp_path, shown, monkeypatch):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdfview.os, "fsync", full)
    dlg = dialog(make_pdf(2))
    dlg.ask_save_path = lambda: str(tmp_path / "report.pdf")
    assert dlg.save() is None
    assert "The disk is full" in shown.error_texts()[0]
    assert list(tmp_path.iterdir()) == []


def test_print_to_a_pdf_printer_gives_the_same_number_of_pages(dialog, qtbot, tmp_path):
    dlg = dialog(make_pdf(3))
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dlg.printed) as sig:
        assert dlg.print_to(pdf_printer(out)) == str(out)
    assert sig.args == [str(out)]
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 3
    w, h = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2


def test_labels_print_at_the_template_size_and_orientation(dialog, tmp_path):
    pdf = label_pdf(2)
    source = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    dlg = dialog(pdf)
    out = tmp_path / "labels.pdf"
    dlg.print_to(pdf_printer(out, dpi=300))
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 2
    for page in pages:
        assert abs(float(page.mediabox.width) - float(source.width)) < 2  # 62 mm wide: landscape kept
        assert abs(float(page.mediabox.height) - float(source.height)) < 2


def test_print_button_uses_the_chosen_printer(dialog, tmp_path, monkeypatch):
    dlg = dialog(make_pdf(2))
    out = tmp_path / "chosen.pdf"
    dlg.ask_printer = lambda: pdf_printer(out)
    printed: list[str] = []
    dlg.printed.connect(printed.append)
    assert dlg.print_() == str(out)
    assert printed == [str(out)] and len(pypdf.PdfReader(out).pages) == 2
    dlg.ask_printer = lambda: None  # cancelled: nothing happens
    assert dlg.print_() is None and printed == [str(out)]


@pytest.mark.qt_log_ignore(r"QPainter::begin", r"propagateSizeHints")
def test_a_printer_that_cannot_start_is_reported_and_nothing_is_announced(dialog, tmp_path, shown):
    dlg = dialog(make_pdf(2))
    dlg.ask_printer = lambda: pdf_printer(tmp_path / "missing" / "folder" / "out.pdf")
    printed: list[str] = []
    dlg.printed.connect(printed.append)
    assert dlg.print_() is None
    assert printed == []
    assert "could not be started" in shown.error_texts()[0]


def test_print_pdf_without_a_dialog(tmp_path, qapp):
    out = tmp_path / "direct.pdf"
    assert pdfview.print_pdf(make_pdf(5), pdf_printer(out)) == str(out)
    assert len(pypdf.PdfReader(out).pages) == 5


def test_page_range_chosen_in_the_print_dialog_is_respected(dialog, tmp_path):
    dlg = dialog(make_pdf(5))
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    dlg.print_to(printer)
    assert len(pypdf.PdfReader(out).pages) == 2
