"""The Reports page: an item or case custody report produced through the operations helper, previewed, recorded
in the ledger (``report.issued``), verifiable offline with the station's verifier key, which the page copies."""

from __future__ import annotations

import hashlib
import io
import os
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Category, DisposalMethod, Role
from custody.domain.errors import Conflict
from custody.domain.ids import ScanCode
from custody.ledger.entry import parse_body
from custody.services import custody, disposal, intake
from custody.services.auth import unlock_signer
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.services.user_admin import add_user
from custody.services.users import NewUser
from custody.ui.pages import reports as reports_page
from custody.ui.pages.reports import PAGE_REPORTS, ReportsPage, open_item_report
from custody.verifier import verify_pdf
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    PASSWORD,
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


# --- the other documents ------------------------------------------------------------------------------------

LAB = "National forensic laboratory"
LAB_NUMBER = "NFL-2026-0815"


@pytest.fixture
def processed(sqlite_ctx, team, admin, registered) -> dict[str, str]:
    """The drug is sent to the laboratory; the firearm is destroyed before two witnesses (one Cyrillic)."""
    ctx, helene = sqlite_ctx, team.custodian
    drug, gun = registered
    custody.lab_submit(ctx, helene, [drug], LAB, "Identify the substance", LAB_NUMBER)
    disposal.authorize_disposal(ctx, team.supervisor, [gun], DisposalMethod.DESTRUCTION, "Court of Dili",
                                "CO-2026-17")
    add_user(ctx, admin, NewUser("vasya", "Василий Кузнецов", "B-0077", PASSWORD, (Role.OFFICER,)))
    witnesses = [unlock_signer(ctx, "vasya", PASSWORD), unlock_signer(ctx, "olga", PASSWORD)]
    disposal.complete_disposal(ctx, helene, gun, witnesses, "Cut up and melted", place="Steel works, Hera")
    return {"lab": drug, "destroyed": gun}


def pdf_text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def produce(qtbot, ops, page: ReportsPage, button, text: str) -> bytes:
    before = page.last_document
    page.input.setText(text)
    click(qtbot, button)
    qtbot.waitUntil(lambda: page.last_document is not before and page.preview is not None, timeout=TIMEOUT)
    idle(qtbot, ops)
    assert page.preview.isVisible() and page.preview.page_count() >= 1
    assert page.preview.pdf_bytes == page.last_document
    return page.last_document


def test_other_documents_are_previewed_signed_and_recorded(qtbot, reports_window, team, processed, sqlite_ctx,
                                                           ops, shown):
    window = reports_window(team.custodian)
    page = show_reports(qtbot, window)
    for b in page.document_buttons():
        assert not b.isEnabled()

    inventory = produce(qtbot, ops, page, page.inventory_button, CASE)
    assert CASE in pdf_text(inventory) and processed["lab"] in pdf_text(inventory)
    assert page.preview.windowTitle() == f"Case inventory — {CASE}"
    assert page.preview.suggested_filename.startswith("case-inventory-DIL-2026-0042-")
    shoot(qtbot, page.preview, "case-inventory-preview")
    shoot(qtbot, window, "reports-page-documents")

    form = produce(qtbot, ops, page, page.lab_button, processed["lab"].lower())
    assert LAB_NUMBER in pdf_text(form) and LAB in pdf_text(form)

    certificate = produce(qtbot, ops, page, page.disposal_button, processed["destroyed"])
    text = pdf_text(certificate)
    assert "Василий Кузнецов" in text and "Olga Smirnova" in text and "CO-2026-17" in text
    assert shown.errors == []

    exported = [parse_body(e.body) for e in entries(sqlite_ctx, "export.report")]
    assert [(b["data"]["report"], b["item"], b["case"]) for b in exported] == [
        ("case_inventory", None, CASE),
        ("lab_submission", processed["lab"], CASE),
        ("disposal_certificate", processed["destroyed"], CASE),
    ]
    assert [b["data"]["sha256"] for b in exported] == [
        hashlib.sha256(pdf).hexdigest() for pdf in (inventory, form, certificate)]
    assert entries(sqlite_ctx, "report.issued") == []  # those are the custody report's
    assert page.last is None and not page.result_card.isVisible()
    assert page.preview.suggested_filename.startswith("disposal-certificate-" + processed["destroyed"])
    page.preview.close()


def test_a_certificate_for_an_item_never_disposed_is_refused_in_words(qtbot, reports_window, team, processed,
                                                                       sqlite_ctx, ops, shown):
    window = reports_window(team.officer)
    page = show_reports(qtbot, window)
    page.input.setText(processed["lab"])
    click(qtbot, page.disposal_button)
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=TIMEOUT)
    idle(qtbot, ops)
    assert isinstance(shown.errors[0], Conflict) and processed["lab"] in shown.errors[0].message
    page.input.setText(processed["destroyed"])
    click(qtbot, page.lab_button)
    qtbot.waitUntil(lambda: len(shown.errors) == 2, timeout=TIMEOUT)
    idle(qtbot, ops)
    assert "never sent to a laboratory" in shown.errors[1].message
    assert page.preview is None and page.last_document is None
    assert entries(sqlite_ctx, "export.report") == []
    assert all(b.isEnabled() for b in page.document_buttons())
