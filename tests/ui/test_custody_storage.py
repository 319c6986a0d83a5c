"""Storage driven by scans: check in (also delivered by another officer), move, check out."""

from __future__ import annotations

from custody.services import custody as custody_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, sign


def state(world, item_id):
    dto = custody_svc.item_custody(world.ctx, item_id)
    return dto.status, dto.custodian, dto.location_code


def test_check_in_move_and_check_out_by_scans(qtbot, world, open_window, shown):
    cora = world.user("cora")
    world.user("olga")
    a, b, c = world.items("cora", 3)
    (hers,) = world.items("olga", 1)
    shelf_a = world.location("Shelf A")
    shelf_b = world.location("Shelf B")
    window, keys = open_window(cora)
    page = window.show_page("storage")
    before = world.size()

    # Check in: location, then items.
    assert page.mode() == "check_in"
    keys.scan(shelf_a, page.scan_box)
    qtbot.waitUntil(lambda: page.location is not None, timeout=TIMEOUT)
    for code in (a, b, c):
        keys.scan(code, page.scan_box)
    qtbot.waitUntil(lambda: page.basket.count() == 3, timeout=TIMEOUT)
    page.confirm_button.click()
    qtbot.waitUntil(lambda: page.basket.count() == 0 and bool(page.last_seqs), timeout=TIMEOUT)
    assert state(world, b) == ("in_storage", None, shelf_a)

    # An item held by another officer goes in when that officer signs as the deliverer.
    keys.scan(hers, page.scan_box)
    keys.scan(world.badge("olga"), page.scan_box)
    qtbot.waitUntil(lambda: page.basket.count() == 1 and page.officer.username() == "olga", timeout=TIMEOUT)
    page.last_seqs = []
    page.confirm_button.click()
    sign(qtbot, keys, page, "storage_signer", "olga")
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert state(world, hers) == ("in_storage", None, shelf_a)

    # Move: the new location, then the item.
    page.set_mode("move")
    keys.scan(shelf_b, page.scan_box)
    qtbot.waitUntil(lambda: page.location is not None and page.location.code == shelf_b, timeout=TIMEOUT)
    keys.scan(a, page.scan_box)
    qtbot.waitUntil(lambda: page.basket.count() == 1, timeout=TIMEOUT)
    page.last_seqs = []
    page.confirm_button.click()
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert state(world, a) == ("in_storage", None, shelf_b)

    # Check out to myself.
    page.set_mode("check_out")
    keys.scan(b, page.scan_box)
    keys.scan(c, page.scan_box)
    qtbot.waitUntil(lambda: page.basket.count() == 2, timeout=TIMEOUT)
    keys.type(page.purpose, "court")
    page.last_seqs = []
    page.confirm_button.click()
    qtbot.waitUntil(lambda: bool(page.last_seqs), timeout=TIMEOUT)
    assert state(world, c) == ("with_officer", "cora", None)

    kinds = [(e["kind"], e.get("item")) for e in world.entries(before)]
    assert kinds == [
        ("storage.checked_in", a), ("storage.checked_in", b), ("storage.checked_in", c),
        ("storage.checked_in", hers), ("storage.moved", a),
        ("storage.checked_out", b), ("storage.checked_out", c),
    ]
    delivered = [e for e in world.entries(before) if e.get("item") == hers][0]
    assert delivered["signers"] == ["cora", "olga"] and delivered["data"]["from"] == "olga"
    assert not shown.errors
    world.verify()


def test_refusal_in_words_and_nothing_written(qtbot, world, open_window):
    cora = world.user("cora")
    (a,) = world.items("cora", 1)
    shelf = world.location("Shelf A")
    window, keys = open_window(cora)
    page = window.show_page("storage")
    page.set_mode("move")
    keys.scan(shelf, page.scan_box)
    keys.scan(a, page.scan_box)
    qtbot.waitUntil(lambda: page.basket.count() == 1 and page.location is not None, timeout=TIMEOUT)
    before = world.size()
    page.confirm_button.click()
    qtbot.waitUntil(lambda: "is not in storage" in page.feedback.text(), timeout=TIMEOUT)
    assert world.size() == before and page.basket.count() == 1
