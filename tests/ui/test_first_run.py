"""The first-run path: empty database -> wizard -> sign-in -> main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from custody.services import setup
from custody.ui.app import Startup
from custody.ui.login import LoginDialog
from custody.ui.mainwindow import MainWindow
from custody.ui.wizard import PAGE_ADMIN, PAGE_AGENCY, PAGE_STATION, FirstRunWizard
from tests.conftest import ADMIN_PASSWORD

TIMEOUT = 30_000


def fill_wizard(qtbot, wizard: FirstRunWizard, *, password: str = ADMIN_PASSWORD, confirm: str | None = None) -> None:
    """Type into the wizard like an officer would, page by page."""
    wizard.next()
    assert wizard.currentId() == PAGE_AGENCY
    qtbot.keyClicks(wizard.agency_page.agency, "UN Police Mission")
    qtbot.keyClicks(wizard.agency_page.evidence_room, "Central evidence room")
    wizard.agency_page.time_zone.setCurrentText("Africa/Kinshasa")
    wizard.next()
    assert wizard.currentId() == PAGE_STATION
    qtbot.keyClicks(wizard.station_page.station_code, "dil")
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClicks(page.full_name, "Amina Diallo")
    qtbot.keyClicks(page.badge_number, "a-0001")
    qtbot.keyClicks(page.password, password)
    qtbot.keyClicks(page.password_confirm, password if confirm is None else confirm)


def start_wizard(qtbot, ops, state) -> tuple[Startup, FirstRunWizard]:
    ctx = state.context()
    startup = Startup(ops)
    with qtbot.waitSignal(startup.wizard_shown, timeout=TIMEOUT) as blocker:
        startup.start(ctx)
    wizard = blocker.args[0]
    qtbot.addWidget(wizard)
    return startup, wizard


def finish(qtbot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_full_first_run_path(qtbot, ops, empty_state, shown):
    startup, wizard = start_wizard(qtbot, ops, empty_state)
    assert isinstance(wizard, FirstRunWizard)
    fill_wizard(qtbot, wizard)
    # Typing the station code filled in the prefix and the origin, in capitals.
    assert wizard.field("station_code") == "DIL"
    assert wizard.field("item_prefix") == "DIL"
    assert wizard.field("origin") == setup.default_origin("DIL")
    assert wizard.field("admin_badge_number") == "A-0001"

    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        finish(qtbot, wizard)
    login = blocker.args[0]
    qtbot.addWidget(login)
    assert isinstance(login, LoginDialog)
    assert not wizard.isVisible()
    assert wizard.station is not None and wizard.station.code == "DIL"
    assert not setup.needs_setup(startup.ctx)
    # The wizard passes the administrator's username on; only the password is left to type.
    assert login.username.text() == "admin"
    assert login.isVisible()

    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(startup.main_window_shown, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    window = blocker.args[0]
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert "Custody" in window.windowTitle()
    assert "UN Police Mission" in window.windowTitle() and "DIL" in window.windowTitle()
    assert window.isVisible()
    assert window.session.username == "admin"
    assert not login.isVisible()
    assert shown.errors == []


def test_short_password_shows_error_and_writes_nothing(qtbot, ops, empty_state, shown):
    startup, wizard = start_wizard(qtbot, ops, empty_state)
    fill_wizard(qtbot, wizard, password="short")
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        finish(qtbot, wizard)
    label = wizard.findChild(QLabel, "error_admin_password")
    assert label is not None and not label.isHidden()
    assert "too short" in label.text()
    assert wizard.currentId() == PAGE_ADMIN
    assert wizard.isVisible()
    assert setup.needs_setup(startup.ctx)  # nothing was written
    assert not any(p.name.startswith("station-") for p in (empty_state.data_dir() / "keys").glob("*"))
    assert shown.errors == []

    # Correcting the password clears the message and completes the setup.
    wizard.admin_page.password.setText(ADMIN_PASSWORD)
    wizard.admin_page.password_confirm.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        finish(qtbot, wizard)
    qtbot.addWidget(blocker.args[0])
    assert label.isHidden()
    assert not setup.needs_setup(startup.ctx)


def test_bad_station_code_goes_back_to_its_page(qtbot, ops, empty_state):
    startup, wizard = start_wizard(qtbot, ops, empty_state)
    fill_wizard(qtbot, wizard)
    wizard.setField("station_code", "bad code!")
    wizard.setField("origin", "Not An Origin")
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        finish(qtbot, wizard)
    assert wizard.currentId() == PAGE_STATION
    for name in ("error_station_code", "error_origin"):
        label = wizard.findChild(QLabel, name)
        assert not label.isHidden() and label.text()
    assert wizard.findChild(QLabel, "error_admin_password").isHidden()
    assert setup.needs_setup(startup.ctx)


def test_password_confirmation_must_match(qtbot, ops, empty_state):
    startup, wizard = start_wizard(qtbot, ops, empty_state)
    fill_wizard(qtbot, wizard, confirm="something else entirely")
    finish(qtbot, wizard)
    label = wizard.findChild(QLabel, "error_admin_password_confirm")
    assert not label.isHidden()
    assert wizard.isVisible()
    assert not ops.busy  # the service was not even asked
    assert setup.needs_setup(startup.ctx)


def test_wizard_has_no_default_account_and_shows_the_policy(qtbot, ops, empty_state):
    _, wizard = start_wizard(qtbot, ops, empty_state)
    page = wizard.admin_page
    assert page.username.text() == "" and page.password.text() == ""
    hint = wizard.findChild(QLabel, "hint_admin_password")
    assert "8 to 128 characters" in hint.text() and "any script" in hint.text()


def test_wrong_password_on_login_shows_the_message(qtbot, ops, sqlite_ctx, shown):
    startup = Startup(ops)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        startup.start(sqlite_ctx)
    login = blocker.args[0]
    qtbot.addWidget(login)
    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClicks(login.password, "not the password")
    with qtbot.waitSignal(ops.finished, timeout=TIMEOUT):
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert not login.error.isHidden()
    assert login.error.text() == "The username or password is not correct."
    assert login.password.text() == ""
    assert login.isVisible() and login.session is None
    assert startup.window is None
    assert shown.errors == []  # shown in the dialog, not in a message box

    qtbot.keyClicks(login.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(startup.main_window_shown, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.addWidget(blocker.args[0])
    assert login.session is not None and login.session.username == "admin"
