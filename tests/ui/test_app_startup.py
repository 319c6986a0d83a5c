"""Start-up as ``custody`` runs it (issue 18): the sign-in window first, the database opened behind it.

What a user checks: the window comes up at once naming the station and speaking its language (the card kept from
the last start), a password typed and Return pressed while the database is still opening signs in as soon as it
is open, a database that cannot be opened says why over the window and the app ends, a database that is not set
up gets the first-run wizard, and a first run without a database goes straight to the wizard.

The opening is held with an event where a test needs the window before the database has answered (the real
opening is run once the event is set).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from custody.cli.common import CliState
from custody.domain.errors import CustodyError
from custody.ui import app as app_module
from custody.ui import signin_card
from custody.ui.app import Startup, run_app
from custody.ui.login import LoginDialog
from tests.conftest import ADMIN_PASSWORD

TIMEOUT = 30_000


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch):
    """Holds the opening of the database until the test sets the returned event."""
    gate = threading.Event()
    real = app_module.open_station

    def held_open(state):
        gate.wait(60)
        return real(state)

    monkeypatch.setattr(app_module, "open_station", held_open)
    yield gate
    gate.set()


def state_for(ctx) -> CliState:
    """The CliState ``custody --db URL --data-dir D`` gives run_app, on the test's set-up database."""
    url = ctx.engine.url.render_as_string(hide_password=False)
    ctx.engine.dispose()
    return CliState(db=url, data=str(ctx.data_dir))


def open_app(qtbot, ops, state: CliState) -> tuple[Startup, LoginDialog]:
    startup = Startup(ops)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as blocker:
        startup.open(state)
    login = blocker.args[0]
    qtbot.addWidget(login)
    return startup, login


def close_down(startup: Startup, state: CliState) -> None:
    if startup.ctx is not None:
        startup.ctx.engine.dispose()
    if state._engine is not None:
        state._engine.dispose()


def card_key(state: CliState) -> str:
    return signin_card.database_key(state.url(), state.station_code())


def test_the_window_names_the_station_and_speaks_its_language_from_the_card_before_the_database_answers(
        qtbot, ops, sqlite_ctx, held):
    state = state_for(sqlite_ctx)
    data = Path(state.data_dir())
    signin_card.write(data, card_key(state), signin_card.SignInCard(
        "Mission des Nations Unies", "DIL", "Salle centrale", "fr"))
    startup, login = open_app(qtbot, ops, state)
    try:
        assert not login.database_open
        assert login.windowTitle() == "Custody — connexion"
        assert login.agency.text() == "Mission des Nations Unies" and login.agency.isVisible()
        assert "DIL" in login.where.text() and "Salle centrale" in login.where.text()
        assert login.opening.isVisible() and login.language.currentData() == "fr"
        assert login.opening.text() == QCoreApplication.translate("LoginDialog", "Opening the database…") != (
            "Opening the database…")

        # The database answers: its station and language (English) win, and the card is brought up to date.
        held.set()
        qtbot.waitUntil(lambda: login.database_open, timeout=TIMEOUT)
        assert login.windowTitle() == "Custody — sign in" and login.language.currentData() == "en"
        assert login.agency.text() == "UN Police Mission"
        assert "Central evidence room" in login.where.text()
        assert not login.opening.isVisible()
        assert signin_card.read(data, card_key(state)) == signin_card.SignInCard(
            "UN Police Mission", "DIL", "Central evidence room", "en")
    finally:
        close_down(startup, state)


def test_without_a_card_the_window_comes_up_plain_and_names_the_station_once_the_database_answers(
        qtbot, ops, sqlite_ctx, held):
    state = state_for(sqlite_ctx)
    startup, login = open_app(qtbot, ops, state)
    try:
        assert login.windowTitle() == "Custody — sign in" and login.opening.isVisible()
        assert not login.agency.isVisible() and not login.where.isVisible()
        held.set()
        qtbot.waitUntil(lambda: login.database_open, timeout=TIMEOUT)
        assert login.agency.isVisible() and login.agency.text() == "UN Police Mission"
        assert login.where.isVisible() and "DIL" in login.where.text()
        card = signin_card.read(Path(state.data_dir()), card_key(state))
        assert card is not None and card.code == "DIL" and card.language == "en"
        text = (Path(state.data_dir()) / signin_card.CARD_FILE).read_text(encoding="utf-8")
        assert ADMIN_PASSWORD not in text and "admin" not in text  # nothing about users, nothing secret
    finally:
        close_down(startup, state)


def test_a_password_typed_and_entered_while_the_database_opens_signs_in_once_it_is_open(qtbot, ops, ctx, held):
    state = state_for(ctx)  # SQLite and PostgreSQL
    startup, login = open_app(qtbot, ops, state)
    try:
        qtbot.keyClicks(login.username, "admin")
        qtbot.keyClick(login.username, Qt.Key.Key_Return)
        qtbot.keyClicks(login.password, ADMIN_PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        assert not login.database_open and login.waiting
        assert login.sign_in_button.text() == "Signing in…" and not login.sign_in_button.isEnabled()
        assert login.opening.isVisible() and not login.error.isVisible()
        assert login.password.text() == ADMIN_PASSWORD  # kept for when the database is open

        with qtbot.waitSignal(startup.main_window_shown, timeout=TIMEOUT) as blocker:
            held.set()
        window = blocker.args[0]
        qtbot.addWidget(window)
        assert window.session.username == "admin"
        assert login.password.text() == ""
    finally:
        close_down(startup, state)


def test_a_doubtful_ledger_is_said_before_a_waiting_sign_in_goes_ahead(qtbot, ops, sqlite_ctx, held, shown,
                                                                        monkeypatch):
    from custody.services import trusted

    message = "The stored ledger no longer extends the checkpoint this station signed last."

    def doubtful(ctx):
        raise CustodyError(message)

    monkeypatch.setattr(trusted, "check_at_start", doubtful)
    state = state_for(sqlite_ctx)
    startup, login = open_app(qtbot, ops, state)
    try:
        qtbot.keyClicks(login.username, "admin")
        qtbot.keyClicks(login.password, ADMIN_PASSWORD)
        qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
        held.set()
        qtbot.waitUntil(lambda: login.database_open, timeout=TIMEOUT)
        assert shown.error_texts() == [message]
        # Nobody was signed in behind the message: what was typed waits for Sign in again.
        assert startup.window is None and login.isVisible()
        assert login.sign_in_button.isEnabled() and login.password.text() == ADMIN_PASSWORD
        with qtbot.waitSignal(startup.main_window_shown, timeout=TIMEOUT) as blocker:
            qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.addWidget(blocker.args[0])
    finally:
        close_down(startup, state)


def _expected_message(state: CliState) -> str:
    """What opening this database says, in words (as the command line says it)."""
    from sqlalchemy.exc import DBAPIError

    from custody.db.uow import translate_db_error
    from custody.ui.errors import translate_error

    probe = CliState(db=state.db, data=state.data)
    try:
        with pytest.raises(DBAPIError) as caught:
            probe.context()
    finally:
        if probe._engine is not None:
            probe._engine.dispose()
    friendly = translate_db_error(caught.value)
    assert friendly is not None
    return translate_error(friendly)


def test_a_database_that_cannot_be_opened_says_why_over_the_sign_in_window_and_the_app_ends(
        qtbot, ops, tmp_path, monkeypatch):
    db = tmp_path / "damaged.sqlite3"
    db.write_bytes(b"this is not an SQLite database, it was damaged " * 200)
    state = CliState(db=str(db), data=str(tmp_path / "data"))
    expected = _expected_message(state)
    boxes = []
    monkeypatch.setattr(app_module, "_fatal_box",
                        lambda parent, text, details=None: boxes.append((parent, text, details)))
    startup, login = open_app(qtbot, ops, state)
    try:
        with qtbot.waitSignal(startup.quit_requested, timeout=TIMEOUT) as blocker:
            pass
        assert blocker.args == [app_module.EXIT_START_FAILED]
        assert boxes == [(login, expected, None)]  # over the window, in words, no traceback
        assert login.error.isVisible() and login.error.text() == expected
        assert not login.sign_in_button.isEnabled()
    finally:
        close_down(startup, state)


def test_a_newer_schema_shows_the_message_over_the_sign_in_window_and_the_app_exits_2(
        qtbot, ops, sqlite_ctx, monkeypatch):
    """Driven through Startup as run_app drives it (quit_requested is what app.exec() returns): a whole run_app
    here left the test process's event delivery unreliable for later tests (seen in CI, not in the app, which runs
    run_app once per process)."""
    from custody.db.migrate import SchemaTooNew

    state = state_for(sqlite_ctx)
    boxes = []
    monkeypatch.setattr(app_module, "_fatal_box",
                        lambda parent, text, details=None: boxes.append((type(parent).__name__, text, details)))

    def too_new(state):
        raise SchemaTooNew("This database was created by a newer Custody (schema {rev}).", rev="abc123")

    monkeypatch.setattr(app_module, "open_context", too_new)
    startup = Startup(ops)
    with qtbot.waitSignal(startup.quit_requested, timeout=TIMEOUT) as blocker:
        startup.open(state)
    try:
        assert blocker.args == [app_module.EXIT_START_FAILED] == [2]
        assert boxes == [("LoginDialog", "This database was created by a newer Custody (schema abc123).", None)]
        assert startup.login is not None and startup.login.error.text() == boxes[0][1]
    finally:
        if startup.login is not None:
            startup.login.close()
        close_down(startup, state)


def test_a_data_folder_that_cannot_be_made_gives_the_message_it_gave_before(qapp, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.delenv("CUSTODY_DATA_DIR", raising=False)
    boxes = []
    monkeypatch.setattr(app_module, "_fatal_box",
                        lambda parent, text, details=None: boxes.append((parent, text, details)))
    assert run_app(CliState(data=str(blocker / "data"))) == 2
    [(parent, text, details)] = boxes
    assert parent is None and "could not open its database" in text and "NotADirectoryError" in details


def test_a_database_that_is_not_set_up_gets_the_first_run_wizard_in_place_of_the_sign_in(qtbot, ops, empty_state):
    empty_state.context()  # the file exists, migrated, but nobody set the station up (a wizard left half-way)
    empty_state._engine.dispose()
    startup = Startup(ops)
    quits = []
    startup.quit_requested.connect(quits.append)
    with qtbot.waitSignal(startup.login_shown, timeout=TIMEOUT) as shown_login:
        startup.open(empty_state)
    login = shown_login.args[0]
    qtbot.addWidget(login)
    with qtbot.waitSignal(startup.wizard_shown, timeout=TIMEOUT) as blocker:
        pass
    wizard = blocker.args[0]
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and not login.isVisible() and startup.login is None
    assert quits == []  # closing the sign-in window did not quit the app
    close_down(startup, empty_state)


def test_a_first_run_without_a_database_goes_straight_to_the_wizard(qtbot, ops, empty_state):
    assert not Path(empty_state.db).exists()
    startup = Startup(ops)
    logins = []
    startup.login_shown.connect(logins.append)
    with qtbot.waitSignal(startup.wizard_shown, timeout=TIMEOUT) as blocker:
        startup.open(empty_state)
    qtbot.addWidget(blocker.args[0])
    assert logins == [] and Path(empty_state.db).exists()
    close_down(startup, empty_state)


def test_quitting_while_the_database_opens_ends_there(qtbot, ops, sqlite_ctx, held):
    state = state_for(sqlite_ctx)
    startup, login = open_app(qtbot, ops, state)
    shown_after = []
    startup.wizard_shown.connect(shown_after.append)
    startup.main_window_shown.connect(shown_after.append)
    qtbot.waitUntil(lambda: ops.busy, timeout=TIMEOUT)  # the database is being opened
    with qtbot.waitSignal(startup.quit_requested, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(login.quit_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [app_module.EXIT_OK]
    held.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=TIMEOUT)
    assert shown_after == [] and startup.ctx is not None  # opened all the same: run_app disposes of it
    close_down(startup, state)
