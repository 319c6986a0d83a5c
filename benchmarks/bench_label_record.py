"""Printing labels on a large ledger: 1,000 item labels rendered and their ``label.printed`` recorded (issue 18, 2).

    python benchmarks/bench_label_record.py [--entries 1000000] [--labels 1000] [--smoke] [--json FILE]

The ledger is bench_ledger's (an evidence room's mix; built once and reused with ``CUSTODY_BENCH_DIR``, see
benchmarks/run.py --keep-dir). Measured, in one run:

* the labels PDF of ``--labels`` items (``reports.labels.render_labels_pdf``, what ``prepare_item_labels``
  renders) and ``services.labels.record_labels_printed`` for the same items: the reprint count of each item, the
  checks since the last checkpoint, one signed entry per item in one transaction;
* baseline: the same recording on a ledger of 10 x ``--labels`` entries built in the same run (recording must not
  grow with the ledger: the per-item reprint count goes through the ``(item, kind, seq)`` index).

Recording first verifies the ledger since the station's last checkpoint (LEDGER.md 5.1); a checkpoint is signed
just before each measurement, as the station's daily checkpoint would be, so what is verified is the same small
amount on both ledgers (a kept ledger would otherwise carry every earlier run's entries since its checkpoint).

Goal: render + record <= 3 s at 10^6 entries (smoke: 5,000 entries, 200 labels, goal scaled).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import bench_ledger
from _bench import Report, Timer, add_common_args

GOAL_S = 3.0  # per 1,000 labels at 10^6 entries


def kept_ledger(entries: int, name: str) -> tuple[Path, Path]:
    """bench_ledger's ledger of ``entries``, kept in ``CUSTODY_BENCH_DIR`` (built there once) or else built in a new
    temporary folder, migrated to head: (its folder, the temporary folder, for the caller to remove)."""
    tmp = Path(tempfile.mkdtemp(prefix=f"custody-bench-{name}-"))
    keep = os.environ.get("CUSTODY_BENCH_DIR")
    work = Path(keep) / f"ledger-{entries}-realistic" if keep else tmp / "ledger"
    ledger_at(work, entries).engine.dispose()
    return work, tmp


def ledger_at(directory: Path, entries: int):
    """bench_ledger's ledger of ``entries`` in ``directory`` (reused when already built there), migrated to head."""
    from custody.db import migrate

    if (directory / "built").exists():
        ctx, clock, a, b = bench_ledger.open_ledger(directory)
        migrate.upgrade(ctx.engine, backup=False)  # e.g. a newer index on a ledger kept from an earlier run
        return ctx
    directory.mkdir(parents=True, exist_ok=True)
    ctx, clock, a, b = bench_ledger.make_ledger(directory)
    with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        bench_ledger.bulk_build(ctx, clock, a, b, entries, pool, lambda done: None)
    from custody.services import ledger_admin

    ledger_admin.checkpoint(ctx)
    (directory / "built").write_text(str(entries))
    return ctx


def print_and_record(ctx, n: int, seed: int) -> tuple[Timer, Timer, int]:
    """Render ``n`` labels of random items of the ledger and record them; (render timer, record timer, n)."""
    from custody.reports.labels import ItemLabel, render_labels_pdf
    from custody.services import auth, ledger_admin
    from custody.services.labels import LabelJob, record_labels_printed

    ctx.clock = lambda: datetime.now(UTC)
    ledger_admin.checkpoint(ctx)
    db = sqlite3.connect(ctx.engine.url.database)
    items = [r[0] for r in db.execute("SELECT item_id FROM item_state")]
    db.close()
    rng = random.Random(seed)
    chosen = rng.sample(items, min(n, len(items)))
    session = auth.login(ctx, "jsmith", bench_ledger.OFFICER_PASSWORD)
    template = ctx.station().label_template
    labels = [ItemLabel(i, f"NUIPC {k % 5000:04d}/26", "Phone", "2026-10-01",
                        "Black Samsung Galaxy A54 smartphone, cracked screen") for k, i in enumerate(chosen)]
    with Timer() as render:
        pdf = render_labels_pdf(labels, template)
    job = LabelJob(pdf, "pdf", template, tuple(chosen), len(chosen))
    with Timer() as record:
        seqs = record_labels_printed(ctx, session, job, "Brother QL-820NWB")
    assert len(seqs) == len(chosen)
    return render, record, len(chosen)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--labels", type=int, default=1000)
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke:
        args.entries, args.labels = min(args.entries, 5000), min(args.labels, 200)
    report = Report("label_record", args.smoke)
    keep = os.environ.get("CUSTODY_BENCH_DIR")
    tmp = Path(tempfile.mkdtemp(prefix="custody-bench-labels-"))
    big_dir = Path(keep) / f"ledger-{args.entries}-realistic" if keep else tmp / "big"
    t0 = time.perf_counter()
    big = ledger_at(big_dir, args.entries)
    print(f"ledger of {args.entries:,} entries ready in {time.perf_counter() - t0:.0f} s ({big_dir})", flush=True)
    small_size = 10 * args.labels
    small = ledger_at(tmp / "small", small_size)
    _, base_record, _ = print_and_record(small, args.labels, 2)
    render, record, n = print_and_record(big, args.labels, 1)
    total = render.wall + record.wall
    goal = GOAL_S * n / 1000
    print(f"{n} labels at {args.entries:,} entries: render {render.wall:.2f} s (CPU {render.cpu:.2f}),"
          f" record {record.wall:.2f} s (CPU {record.cpu:.2f}); total {total:.2f} s (goal <= {goal:.2f});"
          f" recording at {small_size:,} entries {base_record.wall:.2f} s")
    report.add(f"{n:,} labels rendered + recorded at {args.entries:,} entries", total, "s", goal=goal,
               wall_s=total, cpu_s=render.cpu + record.cpu, note=f"goal {GOAL_S:g} s per 1,000 labels")
    report.add(f"  of which recording {n:,} label.printed at {args.entries:,}", record.wall, "s",
               baseline=base_record.wall, baseline_label=f"same at {small_size:,} entries", wall_s=record.wall,
               cpu_s=record.cpu)
    report.write(args.json)
    big.engine.dispose()
    small.engine.dispose()
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
