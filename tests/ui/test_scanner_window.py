"""Scans in the main window: page first, else open_code; ignored while locked; settings page and test box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from custody.domain.ids import ScanCode, make_badge_code, make_item_id, make_location_code
from custody.services import settings as settings_svc
from custody.ui.scan_routing import install_scanner
from custody.ui.scanner import ScannerConfig, ScannerFilter, active_filter
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT

ITEM = make_item_id("UN-DIL", 26, 5)


def test_scan_on_a_page_without_handler_opens_the_code(qtbot, admin, open_window):
    window, keys = open_window(admin)
    opened: list[str] = []
    window.set_opener("item", opened.append)
    keys.scan(ITEM, window.nav)
    assert opened == [ITEM]
    window._openers.pop("officer", None)  # nothing opens badges in this test
    keys.scan(make_badge_code(3), window.nav)
    # In view, under the page, whatever its scroll position; not only in the status bar.
    assert "no part of Custody opens badge codes" in window.message_bar.text()
    assert window.message_bar.state == "bad" and window.message_bar.isVisible()
    keys.scan(ITEM[:-1] + ("0" if ITEM[-1] != "0" else "1"), window.nav)
    assert "check character does not match" in window.message_bar.text()
    assert opened == [ITEM]


def test_install_twice_reuses_the_filter_and_loads_settings(qtbot, admin, make_window, sqlite_ctx):
    settings_svc.update_settings(sqlite_ctx, admin, scanner_max_interval_ms=80, scanner_min_length=8)
    window = make_window(admin)
    flt = install_scanner(window)
    try:
        assert install_scanner(window) is flt and window.scanner is flt and active_filter() is flt
        qtbot.waitUntil(lambda: flt.config == ScannerConfig(80, 8), timeout=TIMEOUT)
    finally:
        flt.uninstall()
    assert active_filter() is None


def test_scans_are_dropped_while_locked_and_typing_unlocks(qtbot, admin, open_window):
    window, keys = open_window(admin)
    opened: list[str] = []
    window.set_opener("item", opened.append)
    window.lock()
    field = window.idle_lock.lock_screen.password
    field.setFocus()
    keys.scan(ITEM, field)
    assert field.text() == "" and opened == [] and window.idle_lock.ignored_scans == 1
    keys.type(field, ADMIN_PASSWORD)
    assert field.text() == ADMIN_PASSWORD
    with qtbot.waitSignal(window.idle_lock.locked_changed, timeout=TIMEOUT):
        keys.key(field, Qt.Key.Key_Return)
    assert not window.locked


def test_scanner_page_tests_the_scanner_and_saves_settings(qtbot, admin, open_window, sqlite_ctx):
    window, keys = open_window(admin)
    opened: list[str] = []
    window.set_opener("item", opened.append)
    page = window.show_page("scanner")
    keys.scan(ITEM, page.test_field)
    keys.scan(ITEM[:-1] + "Q" if ITEM[-1] != "Q" else ITEM[:-1] + "R", page.test_field)
    assert opened == []  # nothing opens while testing
    assert page.test_field.text() == ""
    assert page.log.count() == 2
    assert page.log.item(1).text().startswith(f"✓ {ITEM}: item ({len(ITEM)} characters, slowest gap 4 ms")
    assert page.log.item(0).text().startswith("✗ ")
    keys.scan_gap = 0.07  # too slow for 50 ms: it lands in the test field as typing
    keys.scan(ITEM, page.test_field)
    assert page.test_field.text() == ITEM and page.log.count() == 2
    page.interval.setValue(90)
    page.save_button.click()
    flt: ScannerFilter = window.scanner
    qtbot.waitUntil(lambda: flt.config.max_interval_ms == 90, timeout=TIMEOUT)
    assert settings_svc.get_settings(sqlite_ctx).scanner_max_interval_ms == 90
    page.test_field.clear()
    keys.scan_gap = 0.07
    keys.clock.t += 5
    keys.scan(ITEM, page.test_field)
    assert page.test_field.text() == "" and page.log.count() == 3
    assert window.findChild(QLabel, "verify_status") is not None
    # The prefix is recommended; once set, a scan is told by its prefix whatever the speed.
    assert "Recommended: set your scanner to send a prefix" in page.recommend.text()
    assert page.mode_label.text().startswith("In force: scans are told from typing by speed only")
    page.prefix.setText("~")
    page.save_button.click()
    qtbot.waitUntil(lambda: flt.config.prefix == "~", timeout=TIMEOUT)
    assert page.mode_label.text() == "In force: scans are recognised by the prefix ~. Typing is never held back."
    page.test_field.clear()
    keys.scan_gap = 0.2  # slower than any interval: the prefix alone says it is a scan
    keys.clock.t += 5
    keys.scan("~" + ITEM, page.test_field)
    assert page.test_field.text() == "" and page.log.count() == 4
    assert page.log.item(0).text().startswith(f"✓ {ITEM}: item")


def test_a_page_gets_scans_before_open_code(qtbot, world, open_window):
    olga = world.user("olga")
    (a,) = world.items("olga", 1)
    window, keys = open_window(olga)
    opened: list[str] = []
    window.set_opener("item", opened.append)
    page = window.show_page("handover")
    keys.scan(a, page.purpose)
    qtbot.waitUntil(lambda: page.basket.count() == 1, timeout=TIMEOUT)
    assert opened == [] and page.purpose.text() == ""
    # With a basket on the go, a location scan is refused on the page instead of leaving it.
    keys.scan(make_location_code(1), page.purpose)
    assert "does not use location codes" in page.feedback.text()
    assert window.current_page_key() == "handover"
    assert page.handle_scan(ScanCode("item", a))  # already in the basket: said so
