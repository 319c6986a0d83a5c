"""Issue 15: on the Laboratory and Court pages the officer names the outside person who receives the items (and
registers them if they are new); the ledger names them."""

from __future__ import annotations

from custody.services import custody as custody_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT


def test_lab_and_court_name_the_outside_person(qtbot, world, open_window, shown):
    cora = world.user("cora")
    a, b = world.items("cora", 2)
    window, keys = open_window(cora)
    before = world.size()
    page = window.show_page("lab")

    # A new analyst is registered from the page, then chosen.
    page.received_by.new_button.click()
    qtbot.waitUntil(lambda: page.received_by.dialog is not None and page.received_by.dialog.isVisible(),
                    timeout=TIMEOUT)
    dlg = page.received_by.dialog
    keys.type(dlg.name, "Dr Amelia Soares")
    keys.type(dlg.organisation, "National Forensic Laboratory")
    keys.type(dlg.id_type, "Staff card")
    dlg.submit()  # no document number: refused beside the form, nothing written
    qtbot.waitUntil(lambda: dlg.error.isVisibleTo(dlg), timeout=TIMEOUT)
    assert "identity document" in dlg.error.text()
    assert world.size() == before
    keys.type(dlg.id_number, "NFL-0457")
    dlg.submit()
    qtbot.waitUntil(lambda: page.received_by.ref() is not None, timeout=TIMEOUT)
    assert page.received_by.box.currentText() == "Dr Amelia Soares (National Forensic Laboratory, NFL-0457)"

    keys.scan(a, page.send_scan)
    qtbot.waitUntil(lambda: page.send_basket.count() == 1, timeout=TIMEOUT)
    keys.type(page.lab_name, "National Forensic Laboratory")
    keys.type(page.request, "Identify the substance")
    keys.type(page.lab_number, "NFL-2026-0913")
    page.received_signature.pad.add_stroke([(10, 10), (80, 40), (150, 15)])  # the analyst signs on the pad
    page.send_button.click()
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert custody_svc.item_custody(world.ctx, a).status == "at_lab"

    # On the return the page proposes the same laboratory number and the person who received it.
    page.tabs.setCurrentIndex(page.TAB_RETURN)
    keys.scan(a, page.return_scan)
    qtbot.waitUntil(lambda: page.released_by.ref() == page.received_by.ref()
                    and page.return_number.text() == "NFL-2026-0913", timeout=TIMEOUT)

    court = window.show_page("court")
    court.out_received_by.reload()
    qtbot.waitUntil(lambda: court.out_received_by.box.count() == 2, timeout=TIMEOUT)
    court.out_received_by.box.setCurrentIndex(1)
    keys.scan(b, court.out_scan)
    qtbot.waitUntil(lambda: court.out_basket.count() == 1, timeout=TIMEOUT)
    keys.type(court.hearing, "Trial hearing, 9 December")
    keys.type(court.court_reference, "DDC-CR-2026-211")
    court.out_button.click()
    qtbot.waitUntil(lambda: bool(court.last_seqs), timeout=TIMEOUT)

    entries = [e for e in world.entries(before) if e["kind"] in ("person.registered", "lab.submitted", "court.out")]
    assert [e["kind"] for e in entries] == ["person.registered", "lab.submitted", "court.out"]
    person = {"ref": entries[0]["data"]["ref"], "name": "Dr Amelia Soares",
              "organisation": "National Forensic Laboratory", "id": "Staff card NFL-0457"}
    assert entries[1]["data"]["received_by"] == person and entries[2]["data"]["received_by"] == person
    sha = entries[1]["data"]["signature_attachment"]  # the drawn signature is stored and named by its hash
    assert isinstance(sha, str) and len(sha) == 64 and "signature_attachment" not in entries[2]["data"]
    assert page.received_signature.pad.is_empty()  # cleared for the next trip
    assert not shown.errors
    world.verify()
