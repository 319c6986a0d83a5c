"""Station settings: lockout and idle-lock minutes; errors in words beside the field; saving re-asks the
password and changes get_settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from custody.domain.enums import Role
from custody.services import ledger_admin, user_admin
from custody.services.auth import login
from custody.services.settings import get_settings
from custody.services.users import NewUser
from custody.ui import pages, settings_page
from custody.ui.settings_page import PAGE_SETTINGS, SettingsPage
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_reauth import answer_reauth

TIMEOUT = 30_000


@pytest.fixture(autouse=True)
def _only_settings(monkeypatch):
    monkeypatch.setattr(pages, "REGISTRARS", [settings_page.register])


def open_page(qtbot, make_window, session) -> SettingsPage:
    window = make_window(session)
    page = window.show_page(PAGE_SETTINGS)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=TIMEOUT)
    return page


def error_text(page: SettingsPage, field: str) -> str:
    label = page.findChild(QLabel, f"error_{field}")
    return label.text() if label.isVisibleTo(page) else ""


def test_shows_the_stored_settings(qtbot, make_window, admin, sqlite_ctx):
    page = open_page(qtbot, make_window, admin)
    stored = get_settings(sqlite_ctx)
    assert page.edits["lockout_failures"].text() == str(stored.lockout_failures)
    assert page.edits["lockout_minutes"].text() == str(stored.lockout_minutes)
    assert page.edits["idle_lock_minutes"].text() == str(stored.idle_lock_minutes)
    assert page.findChild(QLabel, "hint_lockout_failures").text().endswith("(from 3 to 20).")
    assert page.window_.nav.item(page.window_.nav.count() - 1).text() == "Station settings"


def test_wrong_values_are_said_in_words_and_nothing_is_saved(qtbot, make_window, admin, sqlite_ctx):
    page = open_page(qtbot, make_window, admin)
    size = ledger_admin.total_entries(sqlite_ctx)
    page.edits["lockout_failures"].setText("2")
    page.edits["lockout_minutes"].setText("ten")
    page.edits["idle_lock_minutes"].setText("15")
    with answer_reauth() as answers:  # must not even ask
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.dialogs == []
    assert error_text(page, "lockout_failures") == "Enter a whole number from 3 to 20."
    assert error_text(page, "lockout_minutes") == "Enter a whole number from 1 to 1440."
    assert error_text(page, "idle_lock_minutes") == ""
    assert page.edits["lockout_failures"].property("invalid") == "true"
    assert ledger_admin.total_entries(sqlite_ctx) == size
    assert get_settings(sqlite_ctx).idle_lock_minutes == 10


def test_save_asks_the_password_and_changes_the_settings(qtbot, make_window, admin, sqlite_ctx):
    page = open_page(qtbot, make_window, admin)
    page.edits["lockout_failures"].setText("7")
    page.edits["lockout_minutes"].setText(" 30 ")
    page.edits["idle_lock_minutes"].setText("3")
    with answer_reauth("wrong", ADMIN_PASSWORD) as answers:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.typed == ["wrong", ADMIN_PASSWORD]
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved."), timeout=TIMEOUT)
    stored = get_settings(sqlite_ctx)
    assert (stored.lockout_failures, stored.lockout_minutes, stored.idle_lock_minutes) == (7, 30, 3)
    assert page.edits["lockout_minutes"].text() == "30"
    assert page.window_.idle_lock.timeout_ms == 3 * 60_000
    assert ledger_admin.verify(sqlite_ctx).ok


def test_cancelled_password_saves_nothing(qtbot, make_window, admin, sqlite_ctx):
    page = open_page(qtbot, make_window, admin)
    page.edits["idle_lock_minutes"].setText("20")
    with answer_reauth() as answers:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.cancelled == 1
    assert get_settings(sqlite_ctx).idle_lock_minutes == 10
    assert page.edits["idle_lock_minutes"].text() == "20"  # still there to try again


def test_nothing_changed_says_so(qtbot, make_window, admin):
    page = open_page(qtbot, make_window, admin)
    page.save()
    assert page.status.text() == "Nothing to save: the settings are as stored."


def test_officers_do_not_get_the_page(qtbot, make_window, admin, sqlite_ctx):
    user_admin.add_user(sqlite_ctx, admin, NewUser("kofi", "Kofi Mensah", "B-1", "a long officer passphrase",
                                                   (Role.CUSTODIAN, Role.SUPERVISOR)))
    window = make_window(login(sqlite_ctx, "kofi", "a long officer passphrase"))
    assert not window.has_page(PAGE_SETTINGS)


def test_default_label_template_is_chosen_here(qtbot, make_window, admin, sqlite_ctx):
    page = open_page(qtbot, make_window, admin)
    assert page.template.currentData() == "brother-ql-62x29"
    page.template.setCurrentIndex(page.template.findData("zebra-4x6-300"))
    with answer_reauth(ADMIN_PASSWORD):
        qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sqlite_ctx.station().label_template == "zebra-4x6-300", timeout=TIMEOUT)
    assert ledger_admin.verify(sqlite_ctx).ok
