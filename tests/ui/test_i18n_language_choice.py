"""Choosing the language: in the first-run wizard (the station's) and at sign-in (the officer's, kept for next time)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard

from custody import translations
from custody.domain.enums import Role
from custody.domain.errors import NotFound, ValidationError
from custody.services import preferences, user_admin
from custody.services.auth import login
from custody.services.settings import get_settings
from custody.services.users import NewUser
from custody.ui.app import Startup
from custody.ui.language import current_language, set_language
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_first_run import fill_wizard, start_wizard

TIMEOUT = 30_000
OFFICER_PASSWORD = "a long officer passphrase"


@pytest.fixture(autouse=True)
def english_after(qapp):
    set_language("en", qapp)
    yield
    set_language("en", qapp)


def pick(combo, code: str) -> None:
    """Choose ``code`` in a language picker as a user does (``activated`` fires, not only the index)."""
    index = combo.findData(code)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def sign_in(qtbot, startup: Startup, login_dialog, username: str, password: str, language: str | None = None):
    qtbot.addWidget(login_dialog)
    login_dialog.username.setText(username)
    qtbot.keyClicks(login_dialog.password, password)
    if language:
        pick(login_dialog.language, language)
    with qtbot.waitSignal(startup.main_window_shown, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(login_dialog.sign_in_button, Qt.MouseButton.LeftButton)
    window = blocker.args[0]
    qtbot.addWidget(window)
    return window


def log_out(qtbot, startup: Startup, window):
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        window.logout()
    return blocker.args[0]


def test_language_chosen_at_sign_in_persists_for_that_officer(qtbot, ops, sqlite_ctx):
    admin = login(sqlite_ctx, "admin", ADMIN_PASSWORD)
    user_admin.add_user(sqlite_ctx, admin, NewUser("kofi", "Kofi Mensah", "B-0042", OFFICER_PASSWORD,
                                                   (Role.OFFICER,)))
    startup = Startup(ops)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        startup.start(sqlite_ctx)
    dialog = blocker.args[0]
    assert current_language() == "en" and dialog.windowTitle() == "Custody — sign in"

    # Kofi picks French on the sign-in screen: the screen switches at once, before signing in ...
    qtbot.addWidget(dialog)
    pick(dialog.language, "fr")
    assert dialog.windowTitle() == QCoreApplication.translate("LoginDialog", "Custody — sign in") != (
        "Custody — sign in")
    assert dialog.sign_in_button.text() == QCoreApplication.translate("LoginDialog", "Sign in")
    window = sign_in(qtbot, startup, dialog, "kofi", OFFICER_PASSWORD)
    assert current_language() == "fr"
    assert preferences.officer_language(sqlite_ctx, "kofi") == "fr"

    # ... the next sign-in screen is the station's (English); Kofi signs in without choosing: French again.
    dialog = log_out(qtbot, startup, window)
    assert current_language() == "en" and dialog.language.currentData() == "en"
    window = sign_in(qtbot, startup, dialog, "kofi", OFFICER_PASSWORD)
    assert current_language() == "fr"
    assert QCoreApplication.translate("LoginDialog", "Sign in") == "Se connecter"  # what the main window was built in

    # Another officer who never chose gets the station's language.
    dialog = log_out(qtbot, startup, window)
    window = sign_in(qtbot, startup, dialog, "admin", ADMIN_PASSWORD)
    assert current_language() == "en"
    assert preferences.officer_language(sqlite_ctx, "admin") == "en"  # set up in English by the wizard
    window.logout()


def test_choosing_arabic_mirrors_the_sign_in(qtbot, ops, sqlite_ctx, qapp):
    startup = Startup(ops)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        startup.start(sqlite_ctx)
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)
    pick(dialog.language, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.isRightToLeft()
    # the language names stay in their own script whatever the current language
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "English", "Français", "Português", "Español", "العربية"]


def test_an_unknown_language_is_refused_before_the_password_is_checked(sqlite_ctx):
    with pytest.raises(ValidationError):
        preferences.sign_in(sqlite_ctx, "admin", ADMIN_PASSWORD, "xx")
    assert preferences.officer_language(sqlite_ctx, "admin") == "en"


def test_the_wizard_sets_the_station_language(qtbot, ops, empty_state):
    startup, wizard = start_wizard(qtbot, ops, empty_state)
    with qtbot.waitSignal(startup.wizard_shown, timeout=TIMEOUT) as blocker:
        pick(wizard.welcome_page.language, "fr")
    wizard = blocker.args[0]
    qtbot.addWidget(wizard)
    assert current_language() == "fr"
    assert wizard.windowTitle() == translations.translate("fr", "FirstRunWizard", "Custody — first-run setup")
    assert wizard.welcome_page.language.currentData() == "fr"
    fill_wizard(qtbot, wizard)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)
    assert get_settings(startup.ctx).language == "fr"
    assert preferences.officer_language(startup.ctx, "admin") == "fr"
    assert current_language() == "fr" and dialog.windowTitle() == "Custody — connexion"


def test_report_page_writes_the_report_in_the_chosen_language(qtbot, make_window, sqlite_ctx, ops, monkeypatch):
    """The Reports page offers the document's language (default: the station's) and the service gets it."""
    from custody.services import reports as report_service
    from custody.services.settings import update_settings
    from custody.ui import pages
    from custody.ui.pages import reports as reports_page

    admin = login(sqlite_ctx, "admin", ADMIN_PASSWORD)
    update_settings(sqlite_ctx, admin, language="es")
    asked = []

    def produce(ctx, session, item_id, language=None):
        asked.append(language)
        raise NotFound("item", item_id)  # shown in words; the report itself is tested in tests/report_service

    monkeypatch.setattr(report_service, "produce_item_report", produce)
    monkeypatch.setattr(pages, "REGISTRARS", [reports_page.register])
    user_admin.add_user(sqlite_ctx, admin, NewUser("cora", "Cora Lima", "B-7", OFFICER_PASSWORD, (Role.CUSTODIAN,)))
    window = make_window(login(sqlite_ctx, "cora", OFFICER_PASSWORD))
    page = window.show_page(reports_page.PAGE_REPORTS)
    qtbot.waitUntil(lambda: page.language.currentData() == "es", timeout=TIMEOUT)  # the station's
    pick(page.language, "pt")
    page.input.setText("UN-DIL-26-000001-A")
    page.produce_item()
    qtbot.waitUntil(lambda: asked == ["pt"], timeout=TIMEOUT)


def test_station_language_is_changed_in_the_settings(qtbot, make_window, sqlite_ctx, monkeypatch):
    """An administrator changes the station's working language; it is recorded and the next sign-in uses it."""
    from custody.services import ledger_admin
    from custody.services.settings import get_settings
    from custody.ui import pages, settings_page
    from tests.ui.test_reauth import answer_reauth

    monkeypatch.setattr(pages, "REGISTRARS", [settings_page.register])
    window = make_window(login(sqlite_ctx, "admin", ADMIN_PASSWORD))
    page = window.show_page(settings_page.PAGE_SETTINGS)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=TIMEOUT)
    assert page.language.currentData() == "en"
    pick(page.language, "pt")
    with answer_reauth(ADMIN_PASSWORD):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_settings(sqlite_ctx).language == "pt", timeout=TIMEOUT)
    assert preferences.station_language(sqlite_ctx) == "pt"
    assert ledger_admin.verify(sqlite_ctx).ok  # the change is a signed station.settings_changed entry
