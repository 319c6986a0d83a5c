"""The label printing dialog: template (the station's by default), start position on sheets, PDF (print,
preview, save) or ZPL; ``label.printed`` is recorded once per item and only after the labels really exist."""

from __future__ import annotations

import os
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Category
from custody.ledger.entry import parse_body
from custody.reports import labels as lbl
from custody.services import intake
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.ui.pages import labels_print
from custody.ui.pages.labels_print import LabelPrintDialog
from custody.ui.pages.reports import print_item_labels
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    TIMEOUT,
    idle,
    team_fixture,
)

CASE = "DIL/2026/0042"


@pytest.fixture
def registered(sqlite_ctx, team) -> list[str]:
    ctx, s = sqlite_ctx, team.custodian
    intake.open_case(ctx, s, NewCase(CASE, "drug_trafficking", "Operação Maré"))
    z = intake.record_seizure(ctx, s, NewSeizure(CASE, "2026-11-27 22:15", "Porto de Díli", "joao"))
    ids = []
    for cat in (Category.DRUG, Category.FIREARM, Category.VEHICLE):
        desc, _word, values = ITEMS[cat]
        fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        ids.append(intake.register_item(ctx, s, NewItem(z.document_number, cat, desc, quantity="3",
                                                        fields=fields)).item_id)
    return ids


@pytest.fixture
def window(make_window, monkeypatch, team):
    from custody.ui import pages

    monkeypatch.setattr(pages, "REGISTRARS", [])
    return make_window(team.custodian)


@pytest.fixture
def dialog(qtbot, window, ops, registered):
    def make(ids=None) -> LabelPrintDialog:
        dlg = LabelPrintDialog(window, registered if ids is None else ids, window)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        idle(qtbot, ops)  # the station settings (label printer)
        return dlg

    return make


def printed_entries(ctx) -> list[tuple[str, dict]]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = s.execute(select(LedgerEntry.item, LedgerEntry.body).where(LedgerEntry.kind == "label.printed")
                         .order_by(LedgerEntry.seq)).all()
    return [(item, parse_body(body)["data"]) for item, body in rows]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(300)
    return printer


def shoot(qtbot, widget, name: str) -> None:
    if os.environ.get("CUSTODY_SHOTS"):
        qtbot.wait(1500)
        widget.grab().save(str(Path("/tmp") / f"print-{name}.png"))


def test_defaults_come_from_the_station(dialog, sqlite_ctx):
    dlg = dialog()
    assert dlg.template.currentData() == sqlite_ctx.station().label_template
    assert dlg.output_pdf.isChecked()
    assert dlg.print_button.isEnabled() and dlg.preview_button.isEnabled()
    assert dlg.item_ids == dlg.item_ids and len(dlg.item_ids) == 3


def test_sheet_templates_ask_for_the_start_position(dialog, qtbot):
    dlg = dialog()
    dlg.template.setCurrentIndex(dlg.template.findData("a4-3x8"))
    assert dlg.start_row.isVisible()
    assert (dlg.start.minimum(), dlg.start.maximum()) == (1, 24)
    assert not dlg.output_zpl.isEnabled()
    shoot(qtbot, dlg, "labels-dialog-sheet")
    dlg.template.setCurrentIndex(dlg.template.findData("brother-ql-62x29"))
    assert not dlg.start_row.isVisible()
    assert dlg.start.maximum() == 1


def test_printing_records_one_entry_per_item_with_reprint_counts(dialog, qtbot, ops, sqlite_ctx, registered,
                                                                  tmp_path, shown):
    dlg = dialog()
    out = tmp_path / "labels.pdf"
    with qtbot.waitSignal(dlg.recorded, timeout=TIMEOUT):
        dlg.print_to(pdf_printer(out))
    idle(qtbot, ops)
    assert shown.errors == []
    assert len(pypdf.PdfReader(out).pages) == 3  # one label per page on the station's roll template
    first = printed_entries(sqlite_ctx)
    assert [item for item, _ in first] == registered
    assert all(d["reprint"] == 0 and d["destination"] == str(out) and d["format"] == "pdf" for _, d in first)
    assert dlg.status.isVisible() and "recorded" in dlg.status.text()
    shoot(qtbot, dlg, "labels-dialog-printed")

    again = tmp_path / "again.pdf"
    with qtbot.waitSignal(dlg.recorded, timeout=TIMEOUT):
        dlg.print_to(pdf_printer(again))
    idle(qtbot, ops)
    both = printed_entries(sqlite_ctx)
    assert len(both) == 2 * len(registered)
    assert [item for item, _ in both[3:]] == registered
    assert all(d["reprint"] == 1 and d["destination"] == str(again) for _, d in both[3:])


def test_a_sheet_starting_at_a_later_position(dialog, qtbot, ops, sqlite_ctx, tmp_path):
    dlg = dialog()
    dlg.template.setCurrentIndex(dlg.template.findData("a4-3x8"))
    dlg.start.setValue(23)  # 3 labels from position 23: two on this sheet, one on the next
    out = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(dlg.recorded, timeout=TIMEOUT):
        dlg.print_to(pdf_printer(out))
    idle(qtbot, ops)
    assert len(pypdf.PdfReader(out).pages) == 2
    assert {d["template"] for _, d in printed_entries(sqlite_ctx)} == {"a4-3x8"}


@pytest.mark.qt_log_ignore(r"QPainter::begin", r"propagateSizeHints")
def test_a_failed_print_records_nothing(dialog, qtbot, ops, sqlite_ctx, tmp_path, shown):
    dlg = dialog()
    recorded: list = []
    dlg.recorded.connect(recorded.append)
    dlg.print_to(pdf_printer(tmp_path / "no" / "such" / "folder" / "labels.pdf"))
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=TIMEOUT)
    idle(qtbot, ops)
    assert "could not be started" in shown.error_texts()[0]
    assert recorded == [] and printed_entries(sqlite_ctx) == []
    assert "nothing was recorded" in dlg.status.text()
    shoot(qtbot, dlg, "labels-dialog-failed")


def test_a_cancelled_print_dialog_records_nothing(dialog, qtbot, ops, sqlite_ctx, monkeypatch):
    dlg = dialog()
    monkeypatch.setattr(dlg, "ask_printer", lambda job: None)
    dlg.print_button.click()
    idle(qtbot, ops)
    assert printed_entries(sqlite_ctx) == []


def test_preview_then_save_records_the_file(dialog, qtbot, ops, sqlite_ctx, registered, tmp_path):
    dlg = dialog(registered[:1])
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=TIMEOUT)
    preview = dlg.preview
    assert preview.page_count() == 1
    shoot(qtbot, preview, "labels-preview")
    target = tmp_path / "label.pdf"
    with qtbot.waitSignal(dlg.recorded, timeout=TIMEOUT):
        preview.save_to(str(target))
    idle(qtbot, ops)
    assert target.read_bytes() == preview.pdf_bytes
    assert printed_entries(sqlite_ctx) == [(registered[0], {"template": dlg.template.currentData(),
                                                            "format": "pdf", "reprint": 0,
                                                            "destination": str(target)})]
    preview.close()


def test_zpl_is_sent_then_recorded(dialog, qtbot, ops, sqlite_ctx, registered, monkeypatch):
    sent: list[tuple[str, str]] = []
    monkeypatch.setattr(lbl, "send_zpl_to_printer", lambda zpl, queue: sent.append((zpl, queue)))
    dlg = dialog()
    dlg.template.setCurrentIndex(dlg.template.findData("zebra-4x2-203"))
    dlg.output_zpl.setChecked(True)
    assert not dlg.preview_button.isEnabled()
    dlg.queue.clear()
    assert not dlg.print_button.isEnabled()
    dlg.queue.setText("zebra-intake")
    shoot(qtbot, dlg, "labels-dialog-zpl")
    with qtbot.waitSignal(dlg.recorded, timeout=TIMEOUT):
        dlg.print_button.click()
    idle(qtbot, ops)
    assert len(sent) == 1 and sent[0][1] == "zebra-intake" and sent[0][0].count("^XA") == 3
    entries = printed_entries(sqlite_ctx)
    assert [i for i, _ in entries] == registered
    assert all(d["destination"] == "zpl:zebra-intake" and d["format"] == "zpl" for _, d in entries)


def test_a_zebra_printer_that_refuses_records_nothing(dialog, qtbot, ops, sqlite_ctx, monkeypatch, shown):
    def refuse(zpl, queue):
        raise lbl.LabelPrintError(f"The printer queue {queue!r} refused the labels: lp: no such queue")

    monkeypatch.setattr(lbl, "send_zpl_to_printer", refuse)
    dlg = dialog()
    dlg.template.setCurrentIndex(dlg.template.findData("zebra-4x2-203"))
    dlg.output_zpl.setChecked(True)
    dlg.queue.setText("nosuch")
    dlg.print_button.click()
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=TIMEOUT)
    idle(qtbot, ops)
    assert isinstance(shown.errors[0], labels_print.ZplPrintFailed)
    assert "nosuch" in shown.error_texts()[0] and "no such queue" in shown.error_texts()[0]
    assert printed_entries(sqlite_ctx) == []


def test_print_item_labels_opens_the_dialog(qtbot, window, registered, team, ops):
    dlg = print_item_labels(window, registered[0])
    assert isinstance(dlg, LabelPrintDialog) and dlg.item_ids == [registered[0]]
    idle(qtbot, ops)
    dlg.close()
