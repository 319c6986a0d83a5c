"""Issue 15: a supervisor resolves an audit finding on the Alerts page, and recovers items held by a disabled
officer from the start page; each time a second supervisor types their password in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from custody.services import custody as custody_svc
from custody.services import inventory, user_admin
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, password


def test_supervisor_resolves_an_audit_finding_with_a_second_signature(qtbot, world, open_window, shown):
    cora, sven, audrey = world.user("cora"), world.user("sven"), world.user("audrey")
    world.user("sara")
    safe = world.location("Drug safe", "drug_safe")
    a, b = world.items("cora", 2)
    custody_svc.check_in(world.ctx, cora, safe, [a, b])
    audit = inventory.start_audit(world.ctx, audrey, safe)
    inventory.audit_scan(audit, a)
    inventory.finish_audit(world.ctx, audrey, audit)
    before = world.size()

    window, keys = open_window(sven)
    panel = window.show_page("alerts").panel
    qtbot.waitUntil(lambda: panel.item_ids("audit_findings") == [b], timeout=TIMEOUT)
    panel.lists["audit_findings"].setCurrentRow(0)
    panel.resolve_button.click()
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=TIMEOUT)
    dlg = panel.dialog
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("written_off"))
    keys.type(dlg.second, "sara")
    keys.type(dlg.password, password("sara"))
    dlg.submit()  # written off without a reason: refused in the dialog, nothing written
    qtbot.waitUntil(lambda: dlg.error.isVisibleTo(dlg), timeout=TIMEOUT)
    assert world.size() == before and dlg.password.text() == ""
    keys.type(dlg.reason, "Searched the safe and the room twice")
    keys.type(dlg.password, password("sara"))
    dlg.submit()
    qtbot.waitUntil(lambda: panel.item_ids("audit_findings") == [], timeout=TIMEOUT)
    (entry,) = [e for e in world.entries(before) if e["kind"] == "inventory.resolved"]
    assert entry["signers"] == ["sara", "sven"] and entry["data"]["outcome"] == "written_off"
    assert not shown.errors
    world.verify()


def test_supervisor_recovers_items_of_a_disabled_officer(qtbot, world, open_window, shown):
    sven = world.user("sven")
    world.user("sara")
    a, b = world.items("olga", 2)
    user_admin.set_active(world.ctx, world.admin, "olga", False)
    before = world.size()

    window, keys = open_window(sven)
    start = window.show_page("home").start
    qtbot.waitUntil(lambda: start.facts["disabled"].text() == "2", timeout=TIMEOUT)
    start.recover_button.click()
    qtbot.waitUntil(lambda: start.dialog is not None and start.dialog.isVisible(), timeout=TIMEOUT)
    dlg = start.dialog
    assert sorted(dlg.checked()) == sorted([a, b])
    keys.type(dlg.reason, "Olga left the service on 30 November")
    keys.type(dlg.second, "sara")
    keys.type(dlg.password, password("sara"))
    dlg.submit()
    qtbot.waitUntil(lambda: custody_svc.item_custody(world.ctx, a).custodian == "sven", timeout=TIMEOUT)
    assert custody_svc.item_custody(world.ctx, b).custodian == "sven"
    entries = [e for e in world.entries(before) if e["kind"] == "custody.recovered"]
    assert len(entries) == 2 and all(e["signers"] == ["sara", "sven"] for e in entries)
    qtbot.waitUntil(lambda: start.facts["disabled"].text() == "0", timeout=TIMEOUT)

    # An absent officer whose account is still enabled: offered on request, unchecked until chosen.
    (c,) = world.items("oscar", 1)
    start.recover_button.click()
    qtbot.waitUntil(lambda: start.dialog is not dlg and start.dialog.isVisible(), timeout=TIMEOUT)
    dlg = start.dialog
    assert dlg.checked() == [] and dlg.items.count() == 0
    dlg.include_active.setChecked(True)
    qtbot.waitUntil(lambda: dlg.items.count() == 1, timeout=TIMEOUT)
    assert dlg.checked() == []
    dlg.items.item(0).setCheckState(Qt.CheckState.Checked)
    keys.type(dlg.reason, "Oscar is on long sick leave")
    keys.type(dlg.second, "sara")
    keys.type(dlg.password, password("sara"))
    dlg.submit()
    qtbot.waitUntil(lambda: custody_svc.item_custody(world.ctx, c).custodian == "sven", timeout=TIMEOUT)
    (last,) = [e for e in world.entries(before) if e["kind"] == "custody.recovered" and e["item"] == c]
    assert last["data"]["holder_active"] is True
    assert not shown.errors
    world.verify()


def test_supervisor_records_a_case_outcome_then_authorises_its_items_in_one_click(qtbot, world, open_window, shown):
    sven = world.user("sven")
    a, b = world.items("cora", 2)
    before = world.size()
    window, keys = open_window(sven)
    start = window.show_page("home").start
    qtbot.waitUntil(lambda: start.data is not None, timeout=TIMEOUT)
    assert start.facts["disposal_eligible"].text() == "0" and not start.authorise_button.isEnabled()
    start.outcome_button.click()
    qtbot.waitUntil(lambda: start.dialog is not None and start.dialog.isVisible(), timeout=TIMEOUT)
    dlg = start.dialog
    keys.type(dlg.case, "NO/SUCH/CASE")
    keys.type(dlg.reference, "Judgment HC-2026-311")
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("acquitted"))
    dlg.submit()  # an unknown case is refused in the dialog
    qtbot.waitUntil(lambda: dlg.error.isVisibleTo(dlg), timeout=TIMEOUT)
    dlg.case.setText("DIL/2026/0042")
    dlg.submit()
    qtbot.waitUntil(lambda: start.facts["disposal_eligible"].text() == "2", timeout=TIMEOUT)
    assert "DIL/2026/0042" in start.cases.item(0).text() and "return to the owners" in start.cases.item(0).text()
    start.authorise_button.click()
    qtbot.waitUntil(lambda: start.facts["disposal_eligible"].text() == "0", timeout=TIMEOUT)
    assert start.facts["disposal_pending"].text() == "2"
    kinds = [e["kind"] for e in world.entries(before) if e.get("kind") in ("case.outcome_recorded",
                                                                          "disposal.authorized")]
    assert kinds == ["case.outcome_recorded", "disposal.authorized", "disposal.authorized"]
    assert {custody_svc.item_custody(world.ctx, i).disposal_authorization.order_reference for i in (a, b)} == {
        "Judgment HC-2026-311"}
    assert not shown.errors
    world.verify()
