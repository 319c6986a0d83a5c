"""UI test fixtures: the Custody theme on pytest-qt's one QApplication, operations, and a guard that fails
a test when something would have shown a bug dialog. Qt warnings fail UI tests too (DESIGN.md habit 8)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.conftest import ADMIN_PASSWORD  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            if not item.get_closest_marker("qt_log_level_fail"):
                item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform's own notice, not a problem of ours.
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))


@dataclass
class Shown:
    """What the app would have shown in message boxes during a test."""

    errors: list[Any] = field(default_factory=list)  # CustodyError instances
    bugs: list[tuple[BaseException, str | None]] = field(default_factory=list)

    def error_texts(self) -> list[str]:
        from custody.ui.errors import translate_error

        return [translate_error(e) for e in self.errors]


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[Shown]:
    """Collect message boxes instead of opening them; fail the test if a bug dialog would have appeared."""
    from custody.ui import errors as ui_errors

    record = Shown()
    monkeypatch.setattr(ui_errors, "show_error", lambda parent, err: record.errors.append(err))
    monkeypatch.setattr(ui_errors, "show_bug",
                        lambda parent, exc, details=None: record.bugs.append((exc, details)))
    yield record
    if record.bugs:
        exc, details = record.bugs[0]
        pytest.fail(f"a bug dialog would have been shown: {exc!r}\n{details or ''}")


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp) -> Iterator[None]:
    """A test that switches the language (translators, default locale, date format, layout direction) must not
    leave it to the next: every test starts and ends in English."""
    yield
    from custody.ui import language

    if language.current_language() != "en":
        language.set_language("en", qapp)


@pytest.fixture(autouse=True, scope="session")
def _theme(qapp) -> None:
    from custody.ui.app import create_application

    create_application()


@pytest.fixture
def ops(qapp) -> Iterator[Any]:
    """Threaded operations, as in the app; shut down (after draining) at the end of the test."""
    from custody.ui.operations import Operations

    operations = Operations(progress_delay_ms=0)
    yield operations
    operations.shutdown(10_000)


@pytest.fixture
def sync_ops(qapp) -> Any:
    from custody.ui.operations import Operations

    return Operations(sync=True)


@pytest.fixture
def empty_state(tmp_path: Path, _isolated_data_dir: Path):
    """A CliState on a brand-new SQLite file (as ``custody --db FILE`` would give run_app)."""
    from custody.cli.common import CliState

    state = CliState(db=str(tmp_path / "custody.sqlite3"), data=str(_isolated_data_dir))
    yield state
    if state._engine is not None:
        state._engine.dispose()


@pytest.fixture
def admin(sqlite_ctx):
    """A signed-in administrator on a set-up SQLite database."""
    from custody.services.auth import login

    return login(sqlite_ctx, "admin", ADMIN_PASSWORD)


@pytest.fixture
def make_window(qtbot, sqlite_ctx, ops):
    """Build a MainWindow for a session (closed at the end of the test)."""
    from custody.ui.mainwindow import MainWindow

    def make(session, **kw):
        station = sqlite_ctx.station()
        window = MainWindow(sqlite_ctx, session, ops, station, **kw)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
