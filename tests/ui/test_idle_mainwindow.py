"""Idle lock in the real main window (time injected): the open item is hidden, a scan during the lock does
nothing, and unlocking with the same officer's password shows the same item again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, password


def test_idle_lock_hides_the_item_ignores_scans_and_restores_the_view(qtbot, world, open_window):
    first, second = world.items("olga", 2)
    window, keys = open_window(world.user("olga"))
    assert window.open_code("item", first)
    item_page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: first in window.windowTitle(), timeout=TIMEOUT)
    title = window.windowTitle()
    assert item_page.isVisible()

    idle = window.idle_lock
    now = [5000.0]
    idle.clock = lambda: now[0]
    idle.touch()  # activity just now, on the injected clock
    idle.check()
    assert not window.locked
    now[0] += idle.timeout_ms / 1000 + 1  # ... then nobody touched the workstation
    idle.check()
    assert window.locked
    assert not item_page.isVisible() and idle.lock_screen.isVisible()

    field = idle.lock_screen.password
    field.setFocus()
    keys.scan(second, field)  # someone scans an item at the locked workstation
    assert field.text() == "" and idle.ignored_scans == 1
    assert window.windowTitle() == title  # nothing was opened

    keys.type(field, "not my password")
    keys.key(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle.lock_screen.error.isVisible(), timeout=TIMEOUT)
    assert window.locked

    field.clear()
    keys.type(field, password("olga"))
    with qtbot.waitSignal(idle.locked_changed, timeout=TIMEOUT):
        keys.key(field, Qt.Key.Key_Return)
    assert not window.locked
    assert window.pages.currentWidget() is item_page and item_page.isVisible()
    assert window.windowTitle() == title
