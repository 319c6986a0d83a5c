"""The real app under a real X server: an officer signs in by typing (xdotool), then a scanner "types" an item
id 5 ms per key followed by Enter. The scan must be recognised as a scan (not typed into any field) and handed
to ``window.open_code("item", id)``.

Checked through the app's log file (``<data>/logs/custody.log``): ``Scan recognised: item <id>`` (the
filter saw a scan) and ``Scan opened: item <id>`` (``window.open_code`` returned True: the intake GUI's item
opener ran).

The window title then names the item, as the officer sees it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.support.xvfb import needs_x, wait_for_window, window_name, xdotool, xvfb

pytestmark = needs_x

PASSWORD = "olga evidence passphrase 7"

def _prepare(data: Path, tmp: Path) -> str:
    """custody init, then an officer and one registered item (through the services)."""
    pw = tmp / "pw"
    pw.write_text("correct horse battery staple")
    env = {**os.environ, "CUSTODY_DATA_DIR": str(data)}
    subprocess.run([sys.executable, "-m", "custody", "--data-dir", str(data), "init", "--agency",
                    "UN Police Mission", "--station", "DIL", "--item-prefix", "UN-DIL", "--admin", "admin",
                    "--password-file", str(pw)], env=env, check=True, capture_output=True, timeout=120)
    from custody.cli.common import CliState
    from custody.domain.enums import Category, Role
    from custody.services import user_admin
    from custody.services.auth import login
    from custody.services.intake import (
        NewCase,
        NewItem,
        NewSeizure,
        open_case,
        record_seizure,
        register_items,
    )
    from custody.services.users import NewUser

    state = CliState(data=str(data))
    ctx = state.context()
    try:
        admin = login(ctx, "admin", "correct horse battery staple")
        user_admin.add_user(ctx, admin, NewUser("olga", "Olga Petrova", "B-2", PASSWORD, (Role.OFFICER,)))
        olga = login(ctx, "olga", PASSWORD)
        from custody.services.auth import change_password

        change_password(ctx, olga, PASSWORD, PASSWORD)  # her own password now, not the administrator's temporary one
        case = open_case(ctx, olga, NewCase("DIL/2026/0042", "drug_trafficking"))
        seizure = record_seizure(ctx, olga, NewSeizure(case.case_number, "2026-11-27 22:15", "Port, quay 4", "olga"))
        (item,) = register_items(ctx, olga, [NewItem(seizure.document_number, Category.OTHER, "Carton of cigarettes")])
        return item.item_id
    finally:
        ctx.engine.dispose()


def _start(display: str, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DISPLAY": display, "CUSTODY_DATA_DIR": str(data)}
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the X server
    cmd = [sys.executable, "-m", "custody", "--data-dir", str(data)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _wait_log(log: Path, needle: str, timeout: float = 30) -> str:
    end = time.monotonic() + timeout
    text = ""
    while time.monotonic() < end:
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        if needle in text:
            return text
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} not in the log:\n{text[-3000:]}")


def test_scanning_an_item_in_the_real_app_opens_it(tmp_path: Path):
    data = tmp_path / "data"
    item_id = _prepare(data, tmp_path)
    log = data / "logs" / "custody.log"
    with xvfb() as display:
        app = _start(display, data)
        try:
            sign_in = wait_for_window(display, "Custody — sign in")
            xdotool(display, "windowactivate", "--sync", sign_in)
            xdotool(display, "windowfocus", "--sync", sign_in)
            xdotool(display, "type", "--delay", "40", "olga")
            xdotool(display, "key", "Return")
            xdotool(display, "type", "--delay", "40", PASSWORD)
            xdotool(display, "key", "Return")
            main = wait_for_window(display, "Custody — UN Police Mission")
            xdotool(display, "windowactivate", "--sync", main)
            time.sleep(1.0)
            before = window_name(display, main)

            # The scanner: 5 ms per key, then Enter.
            xdotool(display, "type", "--delay", "5", item_id)
            xdotool(display, "key", "Return")

            _wait_log(log, f"Scan recognised: item {item_id}")
            # Written after window.open_code("item", id) returned True: the intake GUI's opener ran.
            text = _wait_log(log, f"Scan opened: item {item_id}", timeout=15)
            assert "Scan not recognised" not in text and "Scanner filter failed" not in text
            assert "Traceback" not in text
            # what the officer sees: the window now shows that item
            end = time.monotonic() + 15
            while item_id not in window_name(display, main) and time.monotonic() < end:
                time.sleep(0.2)
            assert window_name(display, main) == f"{before} — Items — {item_id}"
            assert app.poll() is None
        finally:
            app.terminate()
            try:
                app.wait(20)
            except subprocess.TimeoutExpired:  # pragma: no cover
                app.kill()
