"""Start-up in the real app under Xvfb (issue 18, 3): typing at once into the sign-in window that comes up first.

The sign-in window is shown before the database is open (it opens behind the window). An officer (or a password
manager, at 5 ms per key) who types the username and password the moment the window appears and presses Return
is signed in; the password is in no log. The next start names the station in the window (from the card the first
start kept, :mod:`custody.ui.signin_card`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.realapp import RealApp
from tests.support.station import OLGA_PW, prepare_station
from tests.support.xvfb import needs_x

pytestmark = needs_x


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return prepare_station(tmp_path_factory.mktemp("station"))


def test_username_and_password_typed_the_moment_the_window_appears_sign_in(station: dict[str, str], tmp_path: Path):
    data = Path(station["data"])
    with RealApp(data, tmp_path) as app:
        app.focus_window("Custody — sign in")
        app.type("olga", 5)
        app.key("Return")  # to the password field
        app.type(OLGA_PW, 5)
        app.key("Return")
        app.wait("main_window().isVisible()", timeout=90)
        assert app.eval("main_window().session.username") == "olga"
    logs = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in (data / "logs").rglob("*")
                     if p.is_file())
    assert OLGA_PW not in logs and OLGA_PW not in app.output.read_text(encoding="utf-8", errors="replace")
    assert (data / "sign-in.json").is_file()  # kept for the next start

    second = tmp_path / "second"
    second.mkdir()
    with RealApp(data, second) as app:
        app.focus_window("Custody — sign in")
        assert app.eval("find('header_agency').text()") == "UN Police Mission"
        assert "DIL" in app.eval("find('header_station').text()")
