"""Issue "Intake", point 1: a seizure with one item of every category, registered through the GUI.

Everything is done with the widgets an officer uses: the case form, the seizure form, the item form (category
chooser, then only that category's fields), the item page (file dialog path and drag-and-drop), and the search
box in the header (barcode and words).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import func, select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.categories import field_specs
from custody.domain.enums import Category
from custody.services import ledger_admin
from custody.ui.pages.intake import PAGE_CASES, PAGE_INTAKE, PAGE_ITEMS
from custody.ui.qtcompat import emit
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    PASSWORD,
    SHOWN,
    TIMEOUT,
    child,
    click,
    fill_category_fields,
    idle,
    intake_window_fixture,
    make_png,
    team_fixture,
)


def ledger_count(ctx, kind: str | None = None) -> int:
    with unit_of_work(ctx.engine, read_only=True) as s:
        q = select(func.count()).select_from(LedgerEntry)
        if kind:
            q = q.where(LedgerEntry.kind == kind)
        return int(s.execute(q).scalar_one())


def test_register_a_seizure_with_every_category_and_find_each_item(qtbot, intake_window, team, sqlite_ctx, ops,
                                                                     shown, tmp_path):
    ctx = sqlite_ctx
    window = intake_window(team.supervisor)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Home", "New seizure", "Cases", "Items", "Locations"]

    # -- the case: an empty form is refused field by field, nothing written ------------------------------
    cases = window.show_page(PAGE_CASES)
    click(qtbot, child(cases, QPushButton, "new_case"))
    form = cases.form
    before = ledger_count(ctx)
    click(qtbot, form.submit)
    error = child(form, QLabel, "error_case_number")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=TIMEOUT)
    assert child(form, QLabel, "error_offence_type").text() == "Choose the type of offence."
    assert ledger_count(ctx) == before
    form.case_number.setText("dil/2026/0042")
    form.offence.combo.setCurrentIndex(form.offence.combo.findData("drug_trafficking"))
    form.title.setText("Operação Maré")
    form.prosecutor_ref.setText("PR 12/2026")
    click(qtbot, form.submit)
    notice = child(cases, QLabel, "cases_notice")
    qtbot.waitUntil(lambda: notice.text() == "Case DIL/2026/0042 opened.", timeout=TIMEOUT)
    assert not error.isVisible()
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=TIMEOUT)

    # -- the seizure ---------------------------------------------------------------------------------------
    page = window.show_page(PAGE_INTAKE)
    sf = page.seizure_form
    qtbot.waitUntil(lambda: sf.case_number.count() == 1, timeout=TIMEOUT)
    sf.case_number.setCurrentIndex(0)
    assert sf.officer.text() == "ivan"
    assert sf.occurred_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-28 10:00"  # station time
    before = ledger_count(ctx)
    click(qtbot, sf.submit)
    place_error = child(sf, QLabel, "error_place")
    qtbot.waitUntil(lambda: place_error.isVisible(), timeout=TIMEOUT)
    assert ledger_count(ctx) == before
    sf.place.setText("Porto de Díli, cais 4")
    sf.officer.setText("joao")
    sf.witnesses.setPlainText("Maria da Silva\nفاطمة الزهراء\n")
    sf.legal.setText("Mandado de busca 44/2026")
    sf.notes.setPlainText("Suspect present.")
    click(qtbot, sf.submit)
    doc_label = child(page, QLabel, "document_number")
    qtbot.waitUntil(lambda: re.fullmatch(r"2026-\d{6}", doc_label.text()) is not None, timeout=TIMEOUT)
    document_number = doc_label.text()
    assert doc_label.isVisible() and not page.seizure_card.isVisible()
    assert "João Conceição" in child(page, QLabel, "seizure_summary").text()

    # -- the items: only the chosen category's fields; errors shown by field before anything is written ----
    item_form = page.item_form
    assert not item_form.submit.isEnabled()  # no kind of item chosen yet
    item_form.set_category(Category.DRUG)
    before = ledger_count(ctx)
    click(qtbot, item_form.submit)
    desc_error = child(item_form, QLabel, "error_description")
    qtbot.waitUntil(lambda: desc_error.isVisible(), timeout=TIMEOUT)
    assert child(item_form, QLabel, "error_suspected_substance").text() == "This field is required."
    assert child(item_form, QLabel, "error_gross_weight_mg").isVisible()
    assert ledger_count(ctx) == before

    table = page.registered_table
    for n, (cat, (description, _word, values)) in enumerate(ITEMS.items(), start=1):
        item_form.set_category(cat)
        shown_fields = set(item_form.category_fields.editors)
        expected = {s.name for s in field_specs(cat)} - ({"total_minor"} if cat is Category.CURRENCY else set())
        assert shown_fields == expected, cat
        visible = [w.objectName() for w in item_form.findChildren(QWidget) if w.objectName().startswith("fields_")
                   and w.isVisible()]
        assert visible == [f"fields_{cat.value}"]
        fill_category_fields(item_form, values)
        item_form.description.set_value(description)
        item_form.sealed.setChecked(True)
        item_form.seal_number.setText(f"s-{cat.value[:4]}-{n}")
        if cat is Category.CURRENCY:
            assert item_form.category_fields.total_label.text() == "Total: 1300.00 USD"
        click(qtbot, item_form.submit)
        qtbot.waitUntil(lambda n=n: table.rowCount() == n, timeout=TIMEOUT)
        assert not item_form.general.isVisible()
    item_ids = {cat: item.item_id for cat, item in zip(ITEMS, page.items, strict=True)}
    assert all(i.seizure == document_number for i in page.items)
    assert page.items[0].field_value("gross_weight_mg") == 3_200_000  # g/kg typed, integer mg stored

    # -- photos on the drug item's page: the file dialog's path, then a drop -------------------------------
    emit(table.cellDoubleClicked, 0, 0)
    items_page = window.page(PAGE_ITEMS)
    view = items_page.item_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.item.item_id == item_ids[Category.DRUG],
                    timeout=TIMEOUT)
    assert window.current_page_key() == PAGE_ITEMS
    photo = make_png(tmp_path / "bricks.png")
    view.attach(str(photo))
    qtbot.waitUntil(lambda: view.photos.count() == 1 and view.thumbnail_count() == 1, timeout=TIMEOUT)
    scan = make_png(tmp_path / "receipt-scan.png", (240, 240, 240), (400, 600))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    enter = QDragEnterEvent(QPointF(20, 20).toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: view.photos.count() == 2 and view.thumbnail_count() == 2, timeout=TIMEOUT)
    assert [view.photos.item(i).text() for i in range(2)] == ["bricks.png", "receipt-scan.png"]
    kinds = [view.timeline.object_at(r).kind for r in range(view.timeline.rowCount())]
    assert kinds == ["item.registered", "attachment.added", "attachment.added"]

    # -- every item again by its barcode and by a word of its description, through the search box ----------
    box: QLineEdit = window.findChild(QLineEdit, "search_box")
    assert box is not None and box.isVisible()
    for cat, (description, word, _values) in ITEMS.items():
        item_id = item_ids[cat]
        box.setText(item_id)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        idle(qtbot, ops)
        qtbot.waitUntil(lambda item_id=item_id: view.detail is not None and view.detail.item.item_id == item_id
                        and view.isVisible(), timeout=TIMEOUT)
        assert child(view, QLabel, "item_id").text() == item_id
        assert child(view, QLabel, "item_description").text() == description
        assert child(view, QLabel, "item_category").text() == cat.label
        for name, text in SHOWN[cat].items():
            assert child(view, QLabel, f"value_{name}").text() == text, (cat, name)
        assert child(view, QLabel, "value_seal_number").text().startswith(f"S-{cat.value[:4].upper()}-")
        assert child(view, QLabel, "item_status").text() == "With an officer"
        assert child(view, QLabel, "item_custodian").text() == "Ivan Petrov (ivan)"
        assert view.timeline.object_at(0).kind == "item.registered"
        assert view.timeline.object_at(0).signed_by == ("ivan",)

        box.setText(word)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        idle(qtbot, ops)
        qtbot.waitUntil(lambda word=word: items_page.search_text == word and items_page.model.rowCount() >= 1
                        and items_page.list_page.isVisible(), timeout=TIMEOUT)
        found = [items_page.model.object_at(r).item_id for r in range(items_page.model.rowCount())]
        assert found == [item_id], (cat, word, found)
        assert child(items_page, QLabel, "items_summary").text() == f"1 items found for “{word}”"

    # A mistyped id (wrong check character) says so and opens nothing, not even a "nearest" item.
    view.open_item(item_ids[Category.DRUG])
    qtbot.waitUntil(lambda: view.detail.item.item_id == item_ids[Category.DRUG], timeout=TIMEOUT)
    good = item_ids[Category.FIREARM]
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    box.setText(bad)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message_bar.state == "bad", timeout=TIMEOUT)
    idle(qtbot, ops)
    said = window.message_bar.text()
    assert "check character does not match" in said and said == window.search_box.last_error
    assert not shown.errors  # in view under the page, not in a box to click away
    assert view.detail.item.item_id == item_ids[Category.DRUG]

    # -- the ledger has the entries and verifies --------------------------------------------------------
    assert ledger_count(ctx, "case.opened") == 1
    assert ledger_count(ctx, "seizure.recorded") == 1
    assert ledger_count(ctx, "item.registered") == len(Category)
    assert ledger_count(ctx, "attachment.added") == 2
    assert ledger_admin.verify(ctx).ok
    assert shown.bugs == []
    _ = PASSWORD
