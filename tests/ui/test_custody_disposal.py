"""Disposal driven by scans: a supervisor authorises; two witnesses sign; a witness from the chain is refused."""

from __future__ import annotations

from custody.services import custody as custody_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, sign


def test_authorise_then_dispose_before_two_witnesses(qtbot, world, open_window, shown):
    cora, sven = world.user("cora"), world.user("sven")
    for name in ("wanda", "wes"):
        world.user(name)
    (a,) = world.items("cora", 1)
    before = world.size()

    # The supervisor authorises.
    window, keys = open_window(sven)
    page = window.show_page("disposal")
    assert page.tabs.currentIndex() == page.TAB_AUTHORIZE
    keys.scan(a, page.auth_scan)
    qtbot.waitUntil(lambda: page.auth_basket.count() == 1, timeout=TIMEOUT)
    keys.type(page.authority, "Dili District Court")
    keys.type(page.order_reference, "Order 12/2026")
    page.auth_button.click()
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    alerts = window.show_page("alerts").panel
    qtbot.waitUntil(lambda: alerts.item_ids("disposal_pending") == [a], timeout=TIMEOUT)

    # The custodian carries it out.
    window, keys = open_window(cora)
    page = window.show_page("disposal")
    assert page.tabs.currentIndex() == page.TAB_COMPLETE
    keys.scan(a, page.complete_scan)
    qtbot.waitUntil(lambda: page.item is not None, timeout=TIMEOUT)
    assert "Order 12/2026" in page.authorization_label.text()
    keys.type(page.details, "Incinerated at the municipal plant, furnace 2")
    keys.scan(world.badge("sven"), page.complete_scan)  # he authorised it: not independent
    qtbot.waitUntil(lambda: page.witness1.username() == "sven", timeout=TIMEOUT)
    # Refused as soon as he is named, before anybody is asked for a password.
    qtbot.waitUntil(lambda: page.refusal.isVisibleTo(page), timeout=TIMEOUT)
    assert "sven cannot witness the disposal" in page.refusal.text()
    assert "chain of custody" in page.refusal.text()
    assert page.dialog is None or not page.dialog.isVisible()
    keys.scan(world.badge("wanda"), page.complete_scan)
    qtbot.waitUntil(lambda: page.witness2.username() == "wanda", timeout=TIMEOUT)
    page.complete_button.click()  # still refused (the answer is remembered): no password dialog opens
    assert page.dialog is None or not page.dialog.isVisible()
    assert "sven cannot witness the disposal" in page.refusal.text()
    assert custody_svc.item_custody(world.ctx, a).status != "disposed"

    page.witness1.clear()
    keys.scan(world.badge("wes"), page.complete_scan)
    qtbot.waitUntil(lambda: page.witness1.username() == "wes", timeout=TIMEOUT)
    page.complete_button.click()
    sign(qtbot, keys, page, "witness1_dialog", "wes")
    sign(qtbot, keys, page, "witness2_dialog", "wanda")
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert custody_svc.item_custody(world.ctx, a).status == "disposed"

    items = [e for e in world.entries(before) if e.get("item")]
    assert [e["kind"] for e in items] == ["disposal.authorized", "disposal.completed"]
    done = items[1]
    assert done["signers"] == ["cora", "wanda", "wes"] and done["data"]["witnesses"] == ["wanda", "wes"]
    assert done["data"]["order_reference"] == "Order 12/2026"
    assert not shown.errors
    world.verify()
