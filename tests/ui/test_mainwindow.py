"""The main window: title, navigation, permissions, ledger verification, lock and log out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from custody.domain.enums import Role
from custody.security.permissions import Action
from custody.services import user_admin
from custody.services.auth import login
from custody.services.users import NewUser
from custody.ui.app import Startup
from custody.ui.mainwindow import PAGE_ADMIN, PAGE_HOME, MainWindow
from custody.ui.models import UsersTableModel
from tests.conftest import ADMIN_PASSWORD

TIMEOUT = 30_000
OFFICER_PASSWORD = "a long enough officer passphrase"


def add_officer(ctx, admin, username="kofi", roles=(Role.OFFICER,)):
    user_admin.add_user(ctx, admin, NewUser(username, "Kofi Mensah", "B-0042", OFFICER_PASSWORD, roles))
    return login(ctx, username, OFFICER_PASSWORD)


def test_title_header_and_home(qtbot, make_window, admin, ops):
    window = make_window(admin)
    assert window.windowTitle() == "Custody — UN Police Mission — DIL"
    assert window.findChild(QWidget, "header_user").text() == "Amina Diallo"
    assert window.current_page_key() == PAGE_HOME
    home = window.page(PAGE_HOME)
    size = home.findChild(QLabel, "home_ledger_size")
    qtbot.waitUntil(lambda: size.text().isdigit() and int(size.text()) > 0, timeout=TIMEOUT)
    assert home.findChild(QLabel, "home_station").text() == "DIL"
    assert home.findChild(QLabel, "home_roles").text() == "Administrator"


def test_verify_ledger_shows_intact_in_the_status_bar(qtbot, make_window, admin, sqlite_ctx, ops):
    window = make_window(admin)
    status = window.findChild(QLabel, "verify_status")
    assert "not verified" in status.text()
    window.show_page(PAGE_ADMIN)
    page = window.page(PAGE_ADMIN)
    button = page.findChild(QPushButton, "verify_ledger")
    assert button.isEnabled()
    with qtbot.waitSignal(window.verification_changed, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=TIMEOUT)
    assert window.verification.result.ok
    # FakeClock: 2026-11-28 09:00 UTC is 10:00 in Kinshasa.
    assert status.text().startswith("Ledger verified 2026-11-28 10:00: intact, ")
    assert status.text().endswith(f" {window.verification.result.total} entries")
    assert status.property("state") == "ok"
    result = page.findChild(QLabel, "verify_result")
    assert result.text().startswith("Intact: all ")
    assert page.findChild(QLabel, "verify_root").text().endswith(window.verification.result.report.root.hex())


def test_failed_verification_says_not_intact(qtbot, make_window, admin):
    from custody.ledger.verify import Failure
    from custody.services.ledger_admin import VerifyResult

    window = make_window(admin)
    page = window.show_page(PAGE_ADMIN)
    report = window.verification  # None yet
    assert report is None

    class Report:
        ok = False
        failures = [Failure(3, "entry hash does not match its contents")]
        root = b"\0" * 32
        size = 5

    bad = VerifyResult(report=Report(), extra=(), total=5)  # type: ignore[arg-type]
    window._verified(bad)
    assert window.findChild(QLabel, "verify_status").text() == "Ledger NOT intact: see Administration"
    assert page.findChild(QLabel, "verify_result").text().startswith("NOT intact: 1 problems found")
    failures = page.findChild(QWidget, "verify_failures")
    assert failures.isVisibleTo(page) and "Entry 3" in failures.toPlainText()


def test_users_table_lists_officers(qtbot, make_window, admin, sqlite_ctx):
    add_officer(sqlite_ctx, admin)
    window = make_window(admin)
    page = window.show_page(PAGE_ADMIN)
    model = page.users_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)
    names = [model.data(model.index(r, UsersTableModel.COL_USERNAME)) for r in range(2)]
    assert names == ["admin", "kofi"]


def test_officer_without_admin_roles_sees_no_administration(qtbot, make_window, admin, sqlite_ctx):
    officer = add_officer(sqlite_ctx, admin)
    assert not officer.can(Action.LEDGER_VERIFY) and not officer.can(Action.USER_MANAGE)
    window = make_window(officer)
    assert not window.has_page(PAGE_ADMIN)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names[0] == "Home" and "Administration" not in names
    assert {"New seizure", "Cases", "Items", "Locations"} <= set(names)  # what an officer works with


def test_auditor_can_verify_but_not_manage_users(qtbot, make_window, admin, sqlite_ctx):
    auditor = add_officer(sqlite_ctx, admin, "audrey", (Role.AUDITOR,))
    window = make_window(auditor)
    page = window.show_page(PAGE_ADMIN)
    assert page.findChild(QPushButton, "verify_ledger").isEnabled()
    assert not page.users_view.isEnabled()


def test_register_page_for_later_issues(qtbot, make_window, admin):
    window = make_window(admin)
    created = []

    def factory(win: MainWindow) -> QWidget:
        created.append(win)
        w = QLabel("Intake")
        w.setObjectName("intake_page")
        return w

    assert window.register_page("intake", "Intake", factory, Action.ITEM_REGISTER) is False  # admins do not
    assert window.register_page("search", "Search", factory, Action.ITEM_VIEW) is True
    assert created == []  # lazily created
    widget = window.show_page("search")
    assert created == [window] and widget.objectName() == "intake_page"
    assert window.current_page_key() == "search"
    window.nav.setCurrentRow(0)
    assert window.current_page_key() == PAGE_HOME


def test_lock_hides_data_and_unlocks_with_the_password(qtbot, make_window, admin, ops):
    window = make_window(admin)
    window.lock()
    assert window.locked
    assert not window.workspace.isVisible()
    assert window.root_stack.currentWidget() is window.idle_lock.lock_screen
    screen = window.idle_lock.lock_screen
    screen.password.setText("wrong password")  # typed at human speed (fast bursts count as scans)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.error.text() == "The password is not correct.", timeout=TIMEOUT)
    assert window.locked and screen.password.text() == ""
    screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(window.idle_lock.locked_changed, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert not window.locked and window.workspace.isVisible()


def test_logout_goes_back_to_sign_in(qtbot, ops, sqlite_ctx):
    startup = Startup(ops)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        startup.start(sqlite_ctx)
    dialog = blocker.args[0]
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(startup.main_window_shown, timeout=TIMEOUT) as blocker:
        dialog.sign_in()
    window = blocker.args[0]
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        window.logout_button.click()
    qtbot.addWidget(blocker.args[0])
    assert not window.isVisible()
    assert blocker.args[0].isVisible() and blocker.args[0].username.text() == ""
