"""The Reports page: an item or case custody report produced through the operations helper, previewed, recorded
in the ledger (``report.issued``), verifiable offline with the station's verifier key, which the page copies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Category
from custody.domain.ids import ScanCode
from custody.ledger.entry import parse_body
from custody.services import intake
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.ui.pages import reports as reports_page
from custody.ui.pages.reports import PAGE_REPORTS, ReportsPage, open_item_report
from custody.verifier import verify_pdf
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    TIMEOUT,
    click,
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
    for cat in (Category.DRUG, Category.FIREARM):
        desc, _word, values = ITEMS[cat]
        fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        ids.append(intake.register_item(ctx, s, NewItem(z.document_number, cat, desc, quantity="3",
                                                        fields=fields)).item_id)
    return ids


@pytest.fixture
def reports_window(make_window, monkeypatch):
    from custody.ui import pages
    from custody.ui.pages import intake as intake_pages

    monkeypatch.setattr(pages, "REGISTRARS", [intake_pages.register, reports_page.register])
    return make_window


def entries(ctx, kind: str) -> list[LedgerEntry]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = list(s.execute(select(LedgerEntry).where(LedgerEntry.kind == kind).order_by(LedgerEntry.seq))
                    .scalars())
        s.expunge_all()
    return rows


def shoot(qtbot, widget, name: str) -> None:
    """Screenshots for a person to look at (CUSTODY_SHOTS=1), never in a normal run."""
    if os.environ.get("CUSTODY_SHOTS"):
        qtbot.wait(1500)  # QPdfView renders pages on a thread
        widget.grab().save(str(Path("/tmp") / f"print-{name}.png"))


def show_reports(qtbot, window) -> ReportsPage:
    page = window.show_page(PAGE_REPORTS)
    assert isinstance(page, ReportsPage)
    return page


def test_item_report_is_previewed_recorded_and_verifiable(qtbot, reports_window, team, registered, sqlite_ctx,
                                                          ops, shown):
    window = reports_window(team.custodian)
    page = show_reports(qtbot, window)
    item_id = registered[0]
    assert not page.item_button.isEnabled()
    page.input.setText(item_id.lower())
    click(qtbot, page.item_button)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=TIMEOUT)
    idle(qtbot, ops)
    assert shown.errors == []
    preview = page.preview
    assert preview.isVisible() and preview.page_count() >= 1
    result = page.last
    assert result is not None and result.item_ids == (item_id,)
    issued = entries(sqlite_ctx, "report.issued")
    assert [e.item for e in issued] == [item_id]
    assert parse_body(issued[0].body)["data"]["report_id"] == result.report_id
    key = sqlite_ctx.station().verifier_key
    assert verify_pdf(preview.pdf_bytes, [key]).ok
    assert page.report_id.text() == result.report_id
    assert page.checkpoint.toPlainText() == result.checkpoint_note.rstrip("\n")
    assert page.verifier_key.text() == key
    assert page.result_card.isVisible()
    shoot(qtbot, window, "reports-page")
    shoot(qtbot, preview, "report-preview")

    click(qtbot, page.copy_key_button)
    assert QGuiApplication.clipboard().text() == key
    assert page.copied.text()
    preview.close()
    qtbot.waitUntil(lambda: page.preview is None)
    page.reopen_button.click()
    assert page.preview is not None and page.preview.pdf_bytes == result.pdf
    page.preview.close()


def test_case_report_from_enter_in_the_input(qtbot, reports_window, team, registered, sqlite_ctx, ops, shown):
    window = reports_window(team.officer)
    page = show_reports(qtbot, window)
    page.input.setText(CASE)
    assert page.case_button.property("role") == "primary"
    page.input.returnPressed.emit()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=TIMEOUT)
    idle(qtbot, ops)
    assert set(page.last.item_ids) == set(registered)
    assert sorted(e.item for e in entries(sqlite_ctx, "report.issued")) == sorted(registered)
    assert verify_pdf(page.last.pdf, [sqlite_ctx.station().verifier_key]).ok
    assert page.last_filename.startswith("custody-report-DIL-2026-0042-")
    page.preview.close()


def test_a_scanned_item_fills_the_input(qtbot, reports_window, team, registered, ops):
    window = reports_window(team.custodian)
    page = show_reports(qtbot, window)
    assert page.handle_scan(ScanCode("item", registered[1])) is True
    assert page.input.text() == registered[1]
    assert page.item_button.property("role") == "primary"
    assert page.handle_scan(ScanCode("location", "LOC-000001-X")) is False
    assert page.input.text() == registered[1]


def test_unknown_item_is_refused_in_words_and_nothing_is_recorded(qtbot, reports_window, team, registered,
                                                                  sqlite_ctx, ops, shown):
    window = reports_window(team.custodian)
    page = show_reports(qtbot, window)
    page.input.setText("UN-DIL-26-999999-9")
    click(qtbot, page.item_button)
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=TIMEOUT)
    idle(qtbot, ops)
    assert page.preview is None and page.last is None
    assert entries(sqlite_ctx, "report.issued") == []
    assert page.item_button.isEnabled()


def test_open_item_report_from_another_page(qtbot, reports_window, team, registered, sqlite_ctx, ops, shown):
    window = reports_window(team.custodian)
    assert open_item_report(window, registered[1]) is True
    page = window.page(PAGE_REPORTS)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=TIMEOUT)
    idle(qtbot, ops)
    assert page.last.item_ids == (registered[1],)
    assert window.current_page_key() != PAGE_REPORTS  # the preview opens over the page the officer was on
    page.preview.close()


def test_the_page_is_absent_without_the_permission(qtbot, reports_window, sqlite_ctx, admin):
    from custody.domain.enums import Role
    from custody.services.auth import login
    from custody.services.user_admin import add_user
    from custody.services.users import NewUser

    add_user(sqlite_ctx, admin, NewUser("nobody", "No Body", "B-0099", "evidence-room-2026", (Role.ADMIN,)))
    session = login(sqlite_ctx, "nobody", "evidence-room-2026")
    if session.can(reports_page.Action.REPORT_PRODUCE):
        pytest.skip("administrators may produce reports here")
    window = reports_window(session)
    assert not window.has_page(PAGE_REPORTS)
    assert open_item_report(window, "UN-DIL-26-000001-A") is False
