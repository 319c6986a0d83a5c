"""Starting the desktop app loads only what its sign-in window needs (issue 18: start-up).

The app is started as a user starts it (``custody`` with no command, i.e. ``custody.entry.main``) on a set-up
database, in a child process, offscreen; when the sign-in window is shown the child lists the modules it has
loaded. The commands, reports, labels, PDF signing, Alembic and the main window must not be among them: they
load when first used. (The time it takes is benchmarks/bench_startup.py's business.)
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

shown = login.LoginDialog.show


def show(self):
    shown(self)
    print("MODULES " + json.dumps(sorted(sys.modules)), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().exit(0)


login.LoginDialog.show = show
sys.argv = ["custody", "--data-dir", sys.argv[1]]
from custody.entry import main
main()
"""

NOT_AT_START = ("alembic", "reportlab", "pyhanko", "pypdf", "custody.reports.labels", "custody.reports.custody_report",
                "custody.services.labels", "custody.services.reports", "custody.ui.mainwindow", "custody.ui.wizard",
                "custody.cli.labels_cmd", "custody.cli.report_cmd", "custody.cli.ledger_cmd", "custody.cli.demo_cmd")


def test_the_sign_in_window_comes_up_without_commands_reports_labels_or_alembic(sqlite_ctx) -> None:
    ctx = sqlite_ctx
    data = Path(ctx.data_dir)
    db = ctx.engine.url.database
    ctx.engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CUSTODY_DATA_DIR": str(data), "CUSTODY_DATABASE_URL": db,
           "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=env, capture_output=True, text=True,
                          timeout=300)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("MODULES ")]
    assert lines, f"the sign-in window was not shown (exit {proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-4000:]}"
    loaded = set(json.loads(lines[0].removeprefix("MODULES ")))
    assert "custody.ui.login" in loaded and "sqlalchemy" in loaded  # it did start the app on its database
    early = sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in NOT_AT_START))
    assert early == [], f"loaded before the sign-in window: {early}"
