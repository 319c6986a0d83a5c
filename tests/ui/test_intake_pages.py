"""The item page (corrections approved by a supervisor, split and sample, refused files), the items list
filters, the locations tree and what the search box does with location codes and mistyped codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from custody.domain.enums import Category
from custody.services import intake, ledger_admin
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.ui.pages.intake import PAGE_INTAKE, PAGE_ITEMS, PAGE_LOCATIONS, NewCaseDialog
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    PASSWORD,
    TIMEOUT,
    child,
    click,
    idle,
    intake_window_fixture,
    team_fixture,
)


@pytest.fixture
def registered(sqlite_ctx, team):
    ctx, s = sqlite_ctx, team.custodian
    intake.open_case(ctx, s, NewCase("DIL/2026/0042", "drug_trafficking", "Operação Maré"))
    z = intake.record_seizure(ctx, s, NewSeizure("DIL/2026/0042", "2026-11-27 22:15", "Porto de Díli", "joao"))
    out = {}
    for cat in (Category.DRUG, Category.FIREARM, Category.VEHICLE):
        desc, _word, values = ITEMS[cat]
        fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        out[cat] = intake.register_item(ctx, s, NewItem(z.document_number, cat, desc, quantity="3",
                                                        fields=fields))
    return out


def open_item(qtbot, window, ops, item_id):
    window.open_code("item", item_id)
    view = window.page(PAGE_ITEMS).item_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.item.item_id == item_id, timeout=TIMEOUT)
    idle(qtbot, ops)
    return view


def test_correction_approved_by_a_supervisor_shows_beside_the_original(qtbot, intake_window, team, registered,
                                                                       sqlite_ctx, ops):
    window = intake_window(team.custodian)
    item = registered[Category.FIREARM]
    view = open_item(qtbot, window, ops, item.item_id)
    assert view.findChild(QLabel, "original_serial_number") is None
    dialog = view.request_correction()
    dialog.field.setCurrentIndex(dialog.field.findData("serial_number"))
    assert dialog.current.text() == "BKZ123"
    dialog.editor.set_value("BKZ128")
    dialog.reason.setText("Misread 8 as 3 at the counter")
    # The requester cannot approve their own correction; nothing is written.
    dialog.approver.setText("helene")
    dialog.password.setText(PASSWORD)
    before = ledger_admin.total_entries(sqlite_ctx)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=TIMEOUT)
    assert "own correction" in dialog.general.text()
    assert dialog.password.text() == ""
    assert ledger_admin.total_entries(sqlite_ctx) == before
    # A wrong reason field: the error sits under it.
    dialog.approver.setText("olga")
    dialog.password.setText(PASSWORD)
    dialog.reason.clear()
    click(qtbot, dialog.ok)
    reason_error = child(dialog, QLabel, "error_reason")
    qtbot.waitUntil(lambda: reason_error.isVisible(), timeout=TIMEOUT)
    dialog.reason.setText("Misread 8 as 3 at the counter")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        click(qtbot, dialog.ok)
    idle(qtbot, ops)
    assert child(view, QLabel, "value_serial_number").text() == "BKZ128"
    assert child(view, QLabel, "original_serial_number").text() == "BKZ123 (corrected)"
    last = view.timeline.object_at(view.timeline.rowCount() - 1)
    assert last.kind == "item.corrected" and last.signed_by == ("helene", "olga")
    assert ledger_admin.verify(sqlite_ctx).ok


def test_split_and_sample_create_child_items(qtbot, intake_window, team, registered, sqlite_ctx, ops):
    window = intake_window(team.custodian)
    drug = registered[Category.DRUG]
    view = open_item(qtbot, window, ops, drug.item_id)
    dialog = view.split(sample=True)
    desc, qty, _unit, sealed, seal = dialog.parts[0]
    click(qtbot, dialog.ok)  # no description: refused under the form
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=TIMEOUT)
    desc.setText("Sample of 5 g from brick 1 for the laboratory")
    qty.setText("5")
    sealed.setChecked(True)
    seal.setText("LAB-77")
    dialog.reason.setText("Laboratory request 17/2026")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        click(qtbot, dialog.ok)
    idle(qtbot, ops)
    assert len(dialog.result_ids) == 1
    assert dialog.result_ids[0] in child(view, QLabel, "item_family").text()
    assert view.timeline.object_at(view.timeline.rowCount() - 1).kind == "item.sampled"

    vehicle = registered[Category.VEHICLE]
    view = open_item(qtbot, window, ops, vehicle.item_id)
    dialog = view.split(sample=False)
    dialog.parts[0][0].setText("Left front wheel")
    dialog.parts[1][0].setText("Spare wheel")
    click(qtbot, dialog.findChild(QPushButton, "add_part"))
    dialog.parts[2][0].setText("Jack and tools")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        click(qtbot, dialog.ok)
    idle(qtbot, ops)
    assert len(dialog.result_ids) == 3
    child_view = open_item(qtbot, window, ops, dialog.result_ids[2])
    assert child(child_view, QLabel, "item_description").text() == "Jack and tools"
    assert f"Part of {vehicle.item_id}" in child(child_view, QLabel, "item_family").text()
    assert ledger_admin.verify(sqlite_ctx).ok


def test_a_file_that_is_not_a_photo_is_refused_in_words(qtbot, intake_window, team, registered, tmp_path, ops):
    window = intake_window(team.custodian)
    view = open_item(qtbot, window, ops, registered[Category.DRUG].item_id)
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"this is not an image")
    view.attach(str(bad))
    qtbot.waitUntil(lambda: _refused_dialog(view) is not None, timeout=TIMEOUT)
    dialog = _refused_dialog(view)
    text = dialog.findChild(QLabel, "attach_refused_text").text()
    assert text.startswith("notes.png\n") and "not a PNG image" in text
    # A photo over 25 MB: the reason gives its real size (it is never read whole).
    big = tmp_path / "IMG_2041.jpg"
    with big.open("wb") as fh:
        fh.truncate(29 * 1024 * 1024)
    view.attach(str(big))
    qtbot.waitUntil(lambda: "IMG_2041.jpg" in dialog.findChild(QLabel, "attach_refused_text").text(),
                    timeout=TIMEOUT)
    text = dialog.findChild(QLabel, "attach_refused_text").text()
    assert "The file is too large: 29.0 MB. At most 25 MB can be attached." in text
    assert "2 files were not attached" in dialog.findChild(QLabel, "attach_refused_heading").text()
    assert view.photos.count() == 0


def _refused_dialog(view):
    from custody.ui.pages.intake_attach import AttachRefusedDialog

    found = [d for d in view.findChildren(AttachRefusedDialog) if d.isVisible()]
    return found[0] if found else None


def test_an_officer_cannot_split_or_manage_locations(qtbot, intake_window, team, registered, ops):
    window = intake_window(team.officer)
    view = open_item(qtbot, window, ops, registered[Category.DRUG].item_id)
    assert not view.split_button.isEnabled() and not view.sample_button.isEnabled()
    assert view.correct_button.isEnabled() and view.attach_button.isEnabled()
    page = window.show_page(PAGE_LOCATIONS)
    assert not page.form_card.isVisible()


def test_items_list_filters_and_location_codes(qtbot, intake_window, team, registered, sqlite_ctx, ops, shown):
    ctx = sqlite_ctx
    window = intake_window(team.supervisor)
    page = window.show_page(PAGE_ITEMS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.complete, timeout=TIMEOUT)
    assert child(page, QLabel, "items_summary").text() == "3 items"
    page.category.setCurrentIndex(page.category.findData("firearm"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    assert page.model.object_at(0).item_id == registered[Category.FIREARM].item_id
    click(qtbot, page.clear_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)

    # Locations: create a room and a shelf in it through the form; the tree shows their codes.
    locs = window.show_page(PAGE_LOCATIONS)
    idle(qtbot, ops)
    locs.name.setText("Central evidence room")
    locs.kind.setCurrentIndex(locs.kind.findData("room"))
    click(qtbot, locs.create_button)
    qtbot.waitUntil(lambda: len(locs.items_by_code) == 1 and locs.selected() is not None, timeout=TIMEOUT)
    room = locs.selected()
    assert room.code.startswith("LOC-")
    assert "Central evidence room" in child(locs, QLabel, "new_location_parent").text()
    locs.name.setText("Shelf A")
    locs.kind.setCurrentIndex(locs.kind.findData("shelf"))
    click(qtbot, locs.create_button)
    qtbot.waitUntil(lambda: len(locs.items_by_code) == 2, timeout=TIMEOUT)
    shelf = locs.selected()
    assert shelf.parent_code == room.code and shelf.name == "Shelf A"
    assert locs.items_by_code[shelf.code].parent() is locs.items_by_code[room.code]
    locs.name.setText("Shelf A")
    click(qtbot, locs.create_button)  # a second "Shelf A" inside Shelf A is fine; inside the room is not
    qtbot.waitUntil(lambda: len(locs.items_by_code) == 3, timeout=TIMEOUT)
    locs.select(room.code)
    locs.name.setText("shelf a")
    click(qtbot, locs.create_button)
    name_error = child(locs, QLabel, "error_name")
    qtbot.waitUntil(lambda: name_error.isVisible(), timeout=TIMEOUT)
    assert "already has a location named" in name_error.text()

    # The search box opens a location by its code; a mistyped code is refused and selects nothing new.
    window.show_page(PAGE_ITEMS)
    box = window.findChild(QLineEdit, "search_box")
    box.setText(shelf.code.lower())
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == PAGE_LOCATIONS and locs.selected().code == shelf.code,
                    timeout=TIMEOUT)
    bad = shelf.code[:-1] + ("A" if shelf.code[-1] != "A" else "B")
    box.setText(bad)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "check character does not match" in window.message_bar.text(), timeout=TIMEOUT)
    assert locs.selected().code == shelf.code
    assert ledger_admin.verify(ctx).ok


def test_intake_page_offers_a_new_case_dialog_and_another_seizure(qtbot, intake_window, team, sqlite_ctx, ops):
    window = intake_window(team.officer)
    page = window.show_page(PAGE_INTAKE)
    idle(qtbot, ops)
    click(qtbot, child(page, QPushButton, "intake_new_case"))
    dialogs = page.findChildren(NewCaseDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.form.case_number.setText("DIL/2026/0099")
    dialog.form.offence.set_value("smuggling")
    click(qtbot, dialog.form.submit)
    qtbot.waitUntil(lambda: page.seizure_form.case_number.currentText() == "DIL/2026/0099", timeout=TIMEOUT)
    sf = page.seizure_form
    sf.place.setText("Aeroporto Nicolau Lobato")
    click(qtbot, sf.submit)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=TIMEOUT)
    assert child(page, QLabel, "document_number").text() == "2026-000001"
    click(qtbot, page.another)
    assert page.seizure_card.isVisible() and not page.banner.isVisible()
    assert sf.place.text() == "" and not page.item_form.submit.isEnabled()


def test_sampling_an_item_another_officer_holds_asks_for_their_password(qtbot, intake_window, team, sqlite_ctx, ops):
    """Issue 15: João holds the item; the custodian takes a sample only with João's password typed in."""
    ctx = sqlite_ctx
    intake.open_case(ctx, team.officer, NewCase("DIL/2026/0043", "drug_trafficking", "Operação Onda"))
    z = intake.record_seizure(ctx, team.officer, NewSeizure("DIL/2026/0043", "2026-11-27 22:15", "Porto", "joao"))
    desc, _word, values = ITEMS[Category.DRUG]
    fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
    drug = intake.register_item(ctx, team.officer, NewItem(z.document_number, Category.DRUG, desc, fields=fields))
    window = intake_window(team.custodian)
    view = open_item(qtbot, window, ops, drug.item_id)
    dialog = view.split(sample=True)
    assert dialog.holder == "joao" and dialog.holder_password is not None
    desc_edit, qty, _unit, _sealed, _seal = dialog.parts[0]
    desc_edit.setText("Sample of 5 g for the laboratory")
    qty.setText("5")
    before = ledger_admin.total_entries(ctx)
    dialog.holder_password.setText("not his password")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=TIMEOUT)
    idle(qtbot, ops)
    assert not [e for e in _kinds(ctx, before) if e.startswith("item.")]  # nothing sampled
    dialog.holder_password.setText(PASSWORD)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        click(qtbot, dialog.ok)
    idle(qtbot, ops)
    assert len(dialog.result_ids) == 1
    last = view.timeline.object_at(view.timeline.rowCount() - 1)
    assert last.kind == "item.sampled" and set(last.signers) == {"helene", "joao"}


def _kinds(ctx, after: int) -> list[str]:
    from sqlalchemy import select

    from custody.db.models import LedgerEntry
    from custody.db.uow import unit_of_work

    with unit_of_work(ctx.engine, read_only=True) as s:
        return list(s.execute(select(LedgerEntry.kind).where(LedgerEntry.seq > after)).scalars())
