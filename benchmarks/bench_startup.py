"""Start-up: from starting the desktop app to its sign-in window on screen, vs a bare PySide6 window (issue 18, 3).

    python benchmarks/bench_startup.py [--rounds 7] [--smoke] [--json FILE]

Both are started the same way, as a new Python process (``python -m custody --data-dir D`` on a set-up database,
and ``python -c`` of a script that creates a QApplication and shows one QWidget), on the same Xvfb server; the time
is from just before the process is started to the moment ``xdotool search --onlyvisible`` finds its window (polled
every 10 ms, for both). Rounds alternate bare and custody; the medians are compared (goal: custody <= 4 x bare).
CPU time is each process's own (user + system, from ``wait4`` after it is stopped; for custody it includes the
start of the database opening that follows the window's first paint, up to the moment the window was found).

The sign-in window is shown before the database is opened, naming the station from the card the previous start
kept in the data folder (custody.ui.signin_card): the unmeasured warm-up start runs until that card is written, so
the measured starts are those of a station that has started before, as every start but the first is.

Needs Xvfb and xdotool (CI installs them); without them the benchmark says so and reports nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _bench import Report, add_common_args

GOAL_RATIO = 4.0
SIGN_IN_TITLE = "sign in"  # LoginDialog: "Custody — sign in"
BARE_TITLE = "bare-pyside6-window"
BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.setWindowTitle({BARE_TITLE!r})
w.resize(420, 320)
w.show()
sys.exit(app.exec())
"""


def xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp",
                             "-noreset"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


def set_up(data: Path) -> None:
    """A set-up station (the app then opens on its sign-in window)."""
    os.environ["CUSTODY_DATA_DIR"] = str(data)
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.domain.enums import Role
    from custody.security import keys
    from custody.services.context import AppContext
    from custody.services.setup import SetupRequest, initialize
    from custody.services.users import NewUser

    keys.KDF_PARAMS = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)  # setup speed only
    engine = make_engine("sqlite:///" + str(data / "custody.sqlite3"))
    migrate.upgrade(engine, backup=False)
    ctx = AppContext(engine=engine, data_dir=data)
    initialize(ctx, SetupRequest(agency="UN Police Mission", station_code="DIL", evidence_room="Central room",
                                 time_zone="Africa/Kinshasa", item_prefix="UN-DIL",
                                 admin=NewUser("admin", "Amina Diallo", "A-0001", "correct horse battery staple",
                                               (Role.ADMIN,)), origin=None))
    engine.dispose()


def time_to_window(cmd: list[str], env: dict[str, str], display: str, title: str, timeout: float = 120,
                   settle: Callable[[], bool] | None = None) -> tuple[float, float]:
    """(seconds until a visible window titled like ``title`` exists, CPU seconds of the process by then). With
    ``settle`` the process is stopped only once ``settle()`` is true as well (or ``timeout`` has passed)."""
    xenv = {**os.environ, "DISPLAY": display}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=xenv,
                                   capture_output=True, text=True).stdout.strip()
            if found:
                elapsed = time.perf_counter() - t0
                break
            if proc.poll() is not None:
                raise SystemExit(f"{cmd[:3]} exited ({proc.returncode}) before showing its window:\n"
                                 f"{proc.stderr.read().decode(errors='replace')[-3000:] if proc.stderr else ''}")
            if time.perf_counter() - t0 > timeout:
                raise SystemExit(f"no window {title!r} within {timeout} s")
            time.sleep(0.01)
        while settle is not None and not settle() and time.perf_counter() - t0 < timeout and proc.poll() is None:
            time.sleep(0.05)
    finally:
        cpu = 0.0
        if proc.returncode is None:
            proc.kill()
            _, _, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            cpu = usage.ru_utime + usage.ru_stime
        if proc.stderr:
            proc.stderr.close()
    return elapsed, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke:
        args.rounds = 2
    report = Report("startup", args.smoke)
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("Xvfb and xdotool are needed (apt-get install xvfb xdotool): nothing measured")
        report.add("GUI start to sign-in window: not measured (no Xvfb/xdotool)", 0, "s", note="skipped")
        report.write(args.json)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="custody-bench-startup-"))
    server, display = xvfb()
    try:
        data = tmp / "data"
        data.mkdir()
        set_up(data)
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "CUSTODY_DATABASE_URL")}
        env.update({"DISPLAY": display, "CUSTODY_DATA_DIR": str(data)})
        src = str(Path(__file__).resolve().parents[1] / "src")
        env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        app_cmd = [sys.executable, "-m", "custody", "--data-dir", str(data)]
        bare_cmd = [sys.executable, "-c", BARE]
        time_to_window(bare_cmd, env, display, BARE_TITLE)  # warm the file cache for both, not measured
        card = data / "sign-in.json"  # custody.ui.signin_card.CARD_FILE: written once the database has answered
        time_to_window(app_cmd, env, display, SIGN_IN_TITLE, settle=card.exists)
        if not card.exists():
            print("  (the warm-up start wrote no sign-in card: the measured starts show no station header)")
        app, bare = [], []
        for r in range(args.rounds):
            bare.append(time_to_window(bare_cmd, env, display, BARE_TITLE))
            app.append(time_to_window(app_cmd, env, display, SIGN_IN_TITLE))
            print(f"  round {r + 1}: bare {bare[-1][0]:.3f} s (CPU {bare[-1][1]:.3f}),"
                  f" custody {app[-1][0]:.3f} s (CPU {app[-1][1]:.3f})", flush=True)
        app_s = statistics.median(a for a, _ in app)
        bare_s = statistics.median(b for b, _ in bare)
        app_cpu = statistics.median(c for _, c in app)
        bare_cpu = statistics.median(c for _, c in bare)
        print(f"median: custody {app_s:.3f} s, bare PySide6 window {bare_s:.3f} s, ratio {app_s / bare_s:.2f}"
              f" (goal <= {GOAL_RATIO:g}); CPU {app_cpu:.3f} vs {bare_cpu:.3f} s")
        report.add(f"GUI start to sign-in window (median of {args.rounds})", app_s, "s", goal=GOAL_RATIO,
                   goal_on="ratio", baseline=bare_s, baseline_label="bare PySide6 window, same way",
                   wall_s=app_s, cpu_s=app_cpu)
        report.add("  same, CPU time of the process", app_cpu, "s", baseline=bare_cpu,
                   baseline_label="bare PySide6 window", cpu_s=app_cpu)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
    report.write(args.json)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
