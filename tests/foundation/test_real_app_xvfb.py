"""The installed ``custody`` command, started with no arguments on a fresh data folder under a real
X server, shows the first-run wizard; after ``custody init`` it shows the sign-in instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ADMIN_PASSWORD
from tests.support.xvfb import needs_x, wait_for_window, window_name, xvfb

pytestmark = needs_x


def _start(display: str, data: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DISPLAY": display, "CUSTODY_DATA_DIR": str(data)}
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the X server, not offscreen
    script = Path(sys.executable).with_name("custody")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "custody"]
    return subprocess.Popen([*cmd, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_fresh_install_shows_the_first_run_wizard(tmp_path: Path):
    data = tmp_path / "data"
    with xvfb() as display:
        app = _start(display, data)
        try:
            win = wait_for_window(display, "Custody")
            assert window_name(display, win) == "Custody — first-run setup"
            assert app.poll() is None
        finally:
            app.terminate()
            app.wait(20)
    assert (data / "custody.sqlite3").exists()


def test_set_up_database_shows_the_sign_in(tmp_path: Path):
    data = tmp_path / "data"
    pw = tmp_path / "pw"
    pw.write_text(ADMIN_PASSWORD)
    env = {**os.environ, "CUSTODY_DATA_DIR": str(data)}
    subprocess.run([sys.executable, "-m", "custody", "init", "--agency", "UN Police Mission", "--station", "DIL",
                    "--admin", "admin", "--password-file", str(pw)], env=env, check=True, capture_output=True)
    with xvfb() as display:
        app = _start(display, data)
        try:
            win = wait_for_window(display, "Custody")
            assert window_name(display, win) == "Custody — sign in"
        finally:
            app.terminate()
            app.wait(20)
