"""Laboratory and court driven by scans; a weight discrepancy shown and acknowledged; start-page alerts."""

from __future__ import annotations

from custody.services import custody as custody_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT


def test_lab_out_and_back_with_discrepancy_then_court(qtbot, world, open_window, clock, shown):
    cora = world.user("cora")
    a, b, c = world.items("cora", 3, gross="12 g", net="10 g")
    window, keys = open_window(cora)
    before = world.size()
    page = window.show_page("lab")

    # Out to the laboratory.
    for code in (a, b):
        keys.scan(code, page.send_scan)
    qtbot.waitUntil(lambda: page.send_basket.count() == 2, timeout=TIMEOUT)
    keys.type(page.lab_name, "National forensic laboratory")
    keys.type(page.lab_number, "LAB-77")
    keys.type(page.request, "Identify the substance; net weight")
    page.send_button.click()
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert custody_svc.item_custody(world.ctx, a).status == "at_lab"

    # A month later the start page says they are overdue.
    clock.advance(days=31)
    alerts = window.show_page("alerts").panel
    alerts.refresh()
    qtbot.waitUntil(lambda: alerts.item_ids("lab_overdue") == [a, b], timeout=TIMEOUT)
    assert "31 days" in alerts.lists["lab_overdue"].item(0).text()

    # Back: a lost a gram of substance (beyond the tolerance), b agrees.
    page = window.show_page("lab")
    page.tabs.setCurrentIndex(page.TAB_RETURN)
    keys.scan(a, page.return_scan)
    qtbot.waitUntil(lambda: page.returning is not None, timeout=TIMEOUT)
    assert "gross 12 g, net 10 g" in page.return_weights.text()
    keys.type(page.results, "Cocaine hydrochloride, 78 %")
    keys.type(page.gross, "12 g")
    keys.type(page.net, "9 g")
    page.return_button.click()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=TIMEOUT)
    assert page.discrepancy.isVisibleTo(page)
    assert "net weight: expected 10 g, found 9 g (−1 g; tolerance 100 mg)" in page.discrepancy.text()
    page.last_result = None
    keys.scan(b, page.return_scan)
    qtbot.waitUntil(lambda: page.returning is not None, timeout=TIMEOUT)
    keys.type(page.results, "Cocaine")
    keys.type(page.net, "10.05")
    page.return_button.click()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=TIMEOUT)
    assert not page.last_result.discrepancies and "weights agree" in page.feedback.text()
    panel = page.discrepancies
    qtbot.waitUntil(lambda: [d.item_id for d in panel.rows] == [a], timeout=TIMEOUT)
    assert not panel.ack_button.isEnabled()  # custodians cannot acknowledge

    # Court: out and back.
    court = window.show_page("court")
    keys.scan(c, court.out_scan)
    qtbot.waitUntil(lambda: court.out_basket.count() == 1, timeout=TIMEOUT)
    keys.type(court.hearing, "Trial hearing, courtroom 2")
    keys.type(court.court_reference, "HC-CR-7-26")
    court.out_button.click()
    qtbot.waitUntil(lambda: bool(court.last_seqs), timeout=TIMEOUT)
    court.tabs.setCurrentIndex(court.TAB_BACK)
    court.last_seqs = []
    keys.scan(c, court.back_scan)
    qtbot.waitUntil(lambda: court.back_basket.count() == 1, timeout=TIMEOUT)
    keys.type(court.back_memo, "Shown to the court, resealed")
    court.back_button.click()
    qtbot.waitUntil(lambda: bool(court.last_seqs), timeout=TIMEOUT)
    assert custody_svc.item_custody(world.ctx, c).custodian == "cora"

    # A supervisor acknowledges the discrepancy with a reason.
    sven = world.user("sven")
    window2, keys2 = open_window(sven)
    lab2 = window2.show_page("lab")
    lab2.tabs.setCurrentIndex(lab2.TAB_RETURN)
    panel2 = lab2.discrepancies
    qtbot.waitUntil(lambda: len(panel2.rows) == 1, timeout=TIMEOUT)
    panel2.select_seq(panel2.rows[0].seq)
    keys2.type(panel2.reason, "Moisture loss confirmed by the laboratory")
    panel2.ack_button.click()
    qtbot.waitUntil(lambda: panel2.rows == [], timeout=TIMEOUT)
    assert "acknowledged" in lab2.feedback.text()

    kinds = [(e["kind"], e["item"]) for e in world.entries(before) if e.get("item")]
    assert kinds == [
        ("lab.submitted", a), ("lab.submitted", b),
        ("lab.returned", a), ("discrepancy.raised", a), ("lab.returned", b),
        ("court.out", c), ("court.returned", c),
        ("discrepancy.acknowledged", a),
    ]
    returned = world.entries(before)[2]
    assert returned["data"]["net_weight_mg"] == 9000 and returned["data"]["lab_number"] == "LAB-77"
    assert not shown.errors
    world.verify()
