"""Starting the desktop app loads only what its sign-in window needs (issue 18: start-up).

The app is started as a user starts it (``custody`` with no command, i.e. ``custody.entry.main``) on a set-up
database, in a child process, offscreen; when the sign-in window is shown the child lists the modules it has
loaded. SQLAlchemy, the services and the database layer must not be among them (the window comes first, the
database is opened behind it), nor the commands, reports, labels, PDF signing, Alembic and the main window: they
load when first used. Then the child waits for the database to open behind the window and says what the window
shows. (The time it takes is benchmarks/bench_startup.py's business.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
import custody.ui.login as login
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

shown = login.LoginDialog.show


def show(self):
    shown(self)
    if getattr(login, "_listed", False):
        return
    login._listed = True
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    print("OPENING " + json.dumps(self.opening.isVisible()), flush=True)

    def opened():
        if not self.database_open:
            QTimer.singleShot(20, opened)
            return
        print("OPENED " + json.dumps({"where": self.where.text(), "agency": self.agency.text(),
                                      "opening": self.opening.isVisible(),
                                      "sqlalchemy": "sqlalchemy" in sys.modules}), flush=True)
        QApplication.instance().exit(0)

    QTimer.singleShot(0, opened)


login.LoginDialog.show = show
sys.argv = ["custody", "--data-dir", sys.argv[1]]
from custody.entry import main
main()
"""

NOT_AT_START = ("sqlalchemy", "alembic", "psycopg", "cryptography", "argon2", "custody.db", "custody.services",
                "custody.ledger", "custody.security", "reportlab", "pyhanko", "pypdf", "custody.reports",
                "custody.ui.mainwindow", "custody.ui.wizard", "custody.cli.labels_cmd", "custody.cli.report_cmd",
                "custody.cli.ledger_cmd", "custody.cli.demo_cmd")


def _lines(out: str, tag: str) -> list[str]:
    return [ln.removeprefix(tag + " ") for ln in out.splitlines() if ln.startswith(tag + " ")]


def test_the_sign_in_window_comes_up_before_the_database_layer_commands_reports_labels_or_alembic(sqlite_ctx):
    ctx = sqlite_ctx
    data = Path(ctx.data_dir)
    db = ctx.engine.url.database
    ctx.engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CUSTODY_DATA_DIR": str(data), "CUSTODY_DATABASE_URL": db,
           "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=env, capture_output=True, text=True,
                          timeout=300)
    listed = _lines(proc.stdout, "MODULES")
    assert listed, f"the sign-in window was not shown (exit {proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-4000:]}"
    loaded = set(json.loads(listed[0]))
    assert "custody.ui.login" in loaded
    early = sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in NOT_AT_START))
    assert early == [], f"loaded before the sign-in window: {early}"
    assert _lines(proc.stdout, "OPENING") == ["true"]  # it says the database is being opened

    # Behind the window the database opened (SQLAlchemy loaded then), and the window names the station.
    opened = _lines(proc.stdout, "OPENED")
    assert opened, f"the database did not open behind the window:\n{proc.stdout[-2000:]}{proc.stderr[-4000:]}"
    after = json.loads(opened[0])
    assert after["sqlalchemy"] and not after["opening"]
    station = ctx.station()
    assert after["agency"] == station.agency and station.code in after["where"]
    assert proc.returncode == 0
