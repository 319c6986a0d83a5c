"""Inventory audit driven by scans: live lists, recorded entries, the discrepancy report."""

from __future__ import annotations

from custody.services import custody as custody_svc
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT


def test_audit_by_scans(qtbot, world, open_window, tmp_path, shown):
    cora = world.user("cora")
    audrey = world.user("audrey")
    i1, i2, i3, i4 = world.items("cora", 4)
    (i5,) = world.items("olga", 1)
    room = world.location("Room 1", "room")
    shelf_a = world.location("Shelf A", "shelf", room)
    shelf_b = world.location("Shelf B", "shelf", room)
    elsewhere = world.location("Gun locker", "gun_locker")
    custody_svc.check_in(world.ctx, cora, shelf_a, [i1, i2])
    custody_svc.check_in(world.ctx, cora, shelf_b, [i3])
    custody_svc.check_in(world.ctx, cora, elsewhere, [i4])
    before = world.size()

    window, keys = open_window(audrey)
    page = window.show_page("inventory")
    keys.scan(room, page.scan_box)  # scanning a location starts its audit
    qtbot.waitUntil(lambda: page.audit is not None, timeout=TIMEOUT)
    assert sorted(page.ids("expected")) == sorted([i1, i2, i3])
    for code in (shelf_a, i1, shelf_b, i2, i4, i5, i1):
        keys.scan(code, page.scan_box)
    qtbot.waitUntil(lambda: page.idle and len(page.audit.scans) == 7, timeout=TIMEOUT)
    assert page.ids("found") == [i1]
    assert page.ids("misplaced") == [i2, i4]
    assert page.ids("unexpected") == [i5]
    assert page.location_box.currentData() == room  # the drop-down shows the location being audited
    unexpected = page.lists["unexpected"].item(0).text()
    assert "with an officer" in unexpected.lower() and "with_officer" not in unexpected  # words, not codes
    assert page.ids("missing") == [i3]
    assert page.captions["missing"].text() == "Missing (1)"
    keys.scan(world.badge("cora"), page.scan_box)
    qtbot.waitUntil(lambda: "is a badge" in page.feedback.text(), timeout=TIMEOUT)

    page.finish_button.click()
    qtbot.waitUntil(lambda: page.report_pdf is not None, timeout=TIMEOUT)
    assert page.report_pdf.startswith(b"%PDF")
    assert page.report_button.isEnabled()
    saved = page.save_report(tmp_path / "audit.pdf")
    assert saved.read_bytes() == page.report_pdf
    assert "1 found, 1 missing, 1 unexpected, 2 misplaced" in page.summary.text()

    entries = world.entries(before)
    kinds = [(e["kind"], e.get("item")) for e in entries if e["kind"].startswith("inventory.")]
    assert kinds == [
        ("inventory.seen", i1), ("inventory.missing", i3),
        ("inventory.unexpected", i2), ("inventory.unexpected", i4), ("inventory.unexpected", i5),
        ("inventory.audited", None),
    ]
    assert not shown.errors
    world.verify()
