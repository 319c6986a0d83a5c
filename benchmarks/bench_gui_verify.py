"""The desktop app's "Verify ledger" on a large ledger: its memory (issue 18, point 1: peak RSS <= 300 MB, CLI and GUI).

    python benchmarks/bench_gui_verify.py [--entries 1000000] [--structural] [--smoke] [--json FILE]

The ledger is bench_ledger's (built once and kept with ``CUSTODY_BENCH_DIR``, see run.py --keep-dir), the one
bench_verify.py verifies with the ``custody ledger verify`` command. The real main window (offscreen, 1366x768) is
opened for the administrator; once what it starts at sign-in has finished, "Verify ledger" is run as the menu runs it
(``MainWindow.verify_ledger``: full verification, signatures included, in the window's background worker) and the
window waits for the verdict, processing its events. Sampled every 20 ms: the RSS of the app's own process and of
its verification worker processes. Reported: the app's peak RSS during the verification (goal <= 300 MB), its RSS
before (the window shown: the baseline), the largest worker's peak, the wall time and the verdict.
``--structural`` runs the verification without signatures (the command's ``--no-signatures``; faster).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _bench import Report, add_common_args

RSS_GOAL_MB = 300.0
PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _descendants(pid: int) -> list[int]:
    """Child processes, theirs and so on (of every thread: the workers are started from the app's worker thread)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = []
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    kids += [int(c) for c in fh.read().split()]
        except OSError:
            pass
        out.extend(kids)
        todo.extend(kids)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--structural", action="store_true", help="verify without signatures")
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke:
        args.entries = min(args.entries, 5000)
    report = Report("gui_verify", args.smoke)
    import bench_label_record
    import bench_ledger

    work, tmp = bench_label_record.kept_ledger(args.entries, "gui-verify")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CUSTODY_DATA_DIR"] = str(work / "data")
    from custody.services import auth, ledger_admin
    from custody.ui.app import create_application
    from custody.ui.mainwindow import MainWindow
    from custody.ui.operations import Operations

    app = create_application([])
    ctx, _clock, _a, _b = bench_ledger.open_ledger(work)
    if args.structural:
        full = ledger_admin.verify

        def structural(*a, **kw):
            return full(*a, **{**kw, "check_signatures": False})

        ledger_admin.verify = structural  # what MainWindow.verify_ledger calls
    session = auth.login(ctx, "admin", bench_ledger.ADMIN_PASSWORD)
    ops = Operations(app)
    window = MainWindow(ctx, session, ops, ctx.station())
    window.resize(1366, 768)
    window.show()
    me = os.getpid()

    def settle(cond, timeout: float, what: str, sample: bool = False) -> tuple[float, float]:
        peak, worker_peak = 0.0, 0.0
        end = time.perf_counter() + timeout
        last = 0.0
        while not cond():
            app.processEvents()
            now = time.perf_counter()
            if sample and now - last >= 0.02:
                last = now
                peak = max(peak, _rss_mb(me))
                worker_peak = max([worker_peak, *(_rss_mb(p) for p in _descendants(me))])
            if now > end:
                raise SystemExit(f"timed out waiting for {what}")
            time.sleep(0.002)
        app.processEvents()
        return max(peak, _rss_mb(me)), worker_peak

    settle(lambda: not ops.busy, 600, "what the window starts at sign-in")
    before = _rss_mb(me)
    t0 = time.perf_counter()
    window.verify_ledger()
    peak, worker_peak = settle(lambda: not window._verifying, 3600, "the verification", sample=True)
    wall = time.perf_counter() - t0
    verdict = window.verification_state()
    kind = "structural" if args.structural else "full"
    print(f"GUI Verify ledger ({kind}) at {args.entries:,} entries: {wall:.1f} s, verdict {verdict}; the app's RSS"
          f" {before:.0f} MB before, peak {peak:.0f} MB; largest worker {worker_peak:.0f} MB")
    if verdict != "ok":
        print("  the verification did not say intact and trusted", file=sys.stderr)
    report.add(f"GUI Verify ledger ({kind}) at {args.entries:,}: the app's peak RSS", peak, "MB", goal=RSS_GOAL_MB,
               baseline=before, baseline_label="the app before (window shown)", wall_s=wall,
               note=f"verdict {verdict}; largest worker process {worker_peak:.0f} MB")
    window.close()
    ops.shutdown()
    ctx.engine.dispose()
    report.write(args.json)
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if (report.ok and verdict == "ok") or args.smoke else 1


if __name__ == "__main__":
    sys.exit(main())
