"""The items list in the GUI on a large database: first page shown, then scrolling page by page (issue 18, 5).

    python benchmarks/bench_item_list.py [--items 1000000] [--rows 20000] [--upgrade] [--smoke] [--json FILE]

The database is bench_intake's (built once, kept with ``CUSTODY_BENCH_DIR``). The real main window (offscreen,
1366x768) is opened for the administrator; measured:

* first page: from ``show_page(items)`` (the page is built then: filters, table) until the first page of rows is
  in the table and the window has processed its events (painted), and again after ``reload()`` (the page exists);
  baseline: the same page from ``services.intake.list_items`` directly;
* scrolling: the view is scrolled to the bottom again and again (the model fetches the next page, in the
  background, like a user dragging the scroll bar) until ``--rows`` rows are loaded; each page's time from the
  scroll to its rows shown; the worst page and the p99 are reported (goal: no page over 50 ms); and the UI
  thread's own CPU per page (what a page costs the window: the rest is the worker reading it), reported only.

A database kept from an earlier run may have an older schema than this checkout's (the app upgrades it when it
opens it; this checkout cannot write to an older one, and its figures would be the old schema's, e.g. without
migration 0010's index for the start page, whose queries run beside the list): the benchmark stops and says so;
``--upgrade`` upgrades the kept database first (it writes to it, as the app would).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import bench_intake
from _bench import Report, add_common_args

FIRST_PAGE_GOAL_MS, PAGE_GOAL_MS = 150.0, 50.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--rows", type=int, default=20_000, help="rows to scroll through")
    ap.add_argument("--upgrade", action="store_true",
                    help="upgrade a kept database to this checkout's schema first (as the app does when it opens it)")
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke:
        args.items, args.rows = 5000, 2000
    report = Report("item_list", args.smoke)
    keep = os.environ.get("CUSTODY_BENCH_DIR")
    db = (Path(keep) if keep else Path(tempfile.mkdtemp(prefix="custody-bench-list-"))) / f"intake-{args.items}.sqlite3"
    if not db.exists():
        bench_intake.build(db, args.items, 1)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CUSTODY_DATA_DIR"] = str(db.parent / (db.name + ".data"))
    from PySide6.QtWidgets import QApplication

    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.services.auth import login
    from custody.services.context import AppContext
    from custody.services.intake import list_items
    from custody.ui.app import create_application
    from custody.ui.mainwindow import MainWindow
    from custody.ui.operations import Operations
    from custody.ui.pages.intake import PAGE_ITEMS

    app = create_application([])
    ctx = AppContext(engine=make_engine("sqlite:///" + str(db)), data_dir=db.parent / (db.name + ".data"))
    schema = migrate.status(ctx.engine)
    if schema.current != schema.head:
        if not args.upgrade:
            raise SystemExit(f"{db}: its schema ({schema.current}) is older than this checkout's ({schema.head}):"
                             " run with --upgrade to upgrade it first (as the app does when it opens it), or remove it"
                             " to build it again")
        t0 = time.perf_counter()
        migrate.upgrade(ctx.engine, backup=False)
        print(f"schema upgraded {schema.current} -> {schema.head} in {time.perf_counter() - t0:.1f} s")
    session = login(ctx, "admin", bench_intake.ADMIN_PASSWORD)
    ops = Operations(app)
    window = MainWindow(ctx, session, ops, ctx.station())
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def wait(cond, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while not cond():
            app.processEvents()
            if time.perf_counter() > end:
                raise SystemExit("timed out waiting for the items list")
            time.sleep(0.0005)
        app.processEvents()

    t0, c0, u0 = time.perf_counter(), time.process_time(), time.thread_time()
    page = window.show_page(PAGE_ITEMS)
    model = page.model
    wait(lambda: model.rowCount() > 0 and not model.loading)
    first_ms, first_cpu = (time.perf_counter() - t0) * 1e3, time.process_time() - c0
    first_ui_ms = (time.thread_time() - u0) * 1e3
    t0 = time.perf_counter()
    list_items(ctx, session, limit=model.rowCount())
    base_ms = (time.perf_counter() - t0) * 1e3
    # the same list shown again (the page exists now): what opening it later costs
    t0, c0 = time.perf_counter(), time.process_time()
    model.reload()
    wait(lambda: model.rowCount() > 0 and not model.loading)
    again_ms, again_cpu = (time.perf_counter() - t0) * 1e3, time.process_time() - c0

    view = page.view
    pages: list[float] = []
    ui: list[float] = []  # the UI thread's CPU per page: what the page costs the window (the rest is the worker's)
    c0 = time.process_time()
    while model.rowCount() < args.rows and not model.complete:
        before = model.rowCount()
        t0, u0 = time.perf_counter(), time.thread_time()
        view.scrollToBottom()
        wait(lambda before=before: model.rowCount() > before and not model.loading)
        pages.append((time.perf_counter() - t0) * 1e3)
        ui.append((time.thread_time() - u0) * 1e3)
    scroll_cpu = time.process_time() - c0
    worst = max(pages) if pages else 0.0
    p99 = sorted(pages)[min(len(pages) - 1, round(0.99 * len(pages)))] if pages else 0.0
    ui_worst = max(ui) if ui else 0.0
    ui_p99 = sorted(ui)[min(len(ui) - 1, round(0.99 * len(ui)))] if ui else 0.0
    print(f"items list on {args.items:,} items: first page {first_ms:.1f} ms, reloaded {again_ms:.1f} ms"
          f" (service alone {base_ms:.1f} ms);"
          f" {len(pages)} pages scrolled to {model.rowCount():,} rows: mean {statistics.mean(pages or [0]):.1f},"
          f" p99 {p99:.1f}, worst {worst:.1f} ms; UI thread CPU: first page {first_ui_ms:.1f} ms, a page scrolled"
          f" p99 {ui_p99:.1f}, worst {ui_worst:.1f} ms")
    report.add(f"items list first page shown at {args.items:,} items", first_ms, "ms", goal=FIRST_PAGE_GOAL_MS,
               baseline=base_ms, baseline_label="list_items alone", wall_s=first_ms / 1e3, cpu_s=first_cpu)
    report.add("  same list reloaded (page already built)", again_ms, "ms", goal=FIRST_PAGE_GOAL_MS, baseline=base_ms,
               baseline_label="list_items alone", wall_s=again_ms / 1e3, cpu_s=again_cpu)
    report.add(f"  scrolling to {model.rowCount():,} rows: worst page", worst, "ms", goal=PAGE_GOAL_MS,
               wall_s=sum(pages) / 1e3, cpu_s=scroll_cpu, note=f"p99 {p99:.1f} ms over {len(pages)} pages")
    report.add("  UI thread's CPU for a page scrolled: worst", ui_worst, "ms",
               note=f"p99 {ui_p99:.1f} ms; first page {first_ui_ms:.1f} ms (the rest of a page is the worker's)")
    window.close()
    ops.shutdown()
    ctx.engine.dispose()
    report.write(args.json)
    QApplication.processEvents()
    return 0 if report.ok or args.smoke else 1


if __name__ == "__main__":
    sys.exit(main())
