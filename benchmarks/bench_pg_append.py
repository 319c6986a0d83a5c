"""PostgreSQL appends from several writer processes at once (issue 18, point 4).

    python benchmarks/bench_pg_append.py [--url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
                                         [--writers 1 4 8] [--appends 200] [--smoke] [--json FILE]

A fresh database is created on the server (and dropped afterwards), migrated and set up through the services
(two officers). Each writer is its own process, with its own engine, and appends one entry with two signatures per
transaction through ``services.ledger.append`` (the advisory lock, the head, item links, projections), as a
handover does. Reported per number of writers: appends per second over all writers and the p50/p99 latency of one
append; baseline, same run and same processes: a bare ``INSERT`` of the same bytes and ``COMMIT`` per transaction.
Goal (4 writers): >= 300 appends/s and p99 <= 50 ms. The URL comes from ``--url`` or
``CUSTODY_TEST_POSTGRES_URL`` (its database part is replaced); without either, nothing is measured.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _bench import Report, add_common_args

OFFICER_PASSWORD = "receiver password 1"
RATE_GOAL, P99_GOAL_MS = 300.0, 50.0


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def set_up(url: str, data: Path) -> None:
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.domain.enums import Role
    from custody.security import keys
    from custody.services import auth, user_admin
    from custody.services.context import AppContext
    from custody.services.setup import SetupRequest, initialize
    from custody.services.users import NewUser

    keys.KDF_PARAMS = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)  # setup speed only
    engine = make_engine(url)
    migrate.upgrade(engine, backup=False)
    ctx = AppContext(engine=engine, data_dir=data)
    admin = NewUser("admin", "Amina Diallo", "A-0001", "correct horse battery staple", (Role.ADMIN,))
    initialize(ctx, SetupRequest(agency="UN Police Mission", station_code="DIL", evidence_room="Central room",
                                 time_zone="Africa/Kinshasa", item_prefix="UN-DIL", admin=admin, origin=None))
    session = auth.login(ctx, "admin", "correct horse battery staple")
    for name, full, badge in (("jsmith", "John Smith", "B-1001"), ("jdoe", "Иван Петров", "B-1002")):
        user_admin.add_user(ctx, session, NewUser(name, full, badge, OFFICER_PASSWORD, (Role.OFFICER, Role.CUSTODIAN)))
    engine.dispose()


def writer(args: tuple[str, str, int, int, multiprocessing.synchronize.Barrier]) -> dict:
    url, data, n, index, barrier = args
    os.environ["CUSTODY_DATA_DIR"] = data
    from sqlalchemy import text

    from custody.db.engine import make_engine
    from custody.db.uow import unit_of_work
    from custody.services import auth
    from custody.services import ledger as ledger_svc
    from custody.services.context import AppContext
    from custody.services.ledger import NewEvent

    engine = make_engine(url)
    ctx = AppContext(engine=engine, data_dir=Path(data))
    a = auth.unlock_signer(ctx, "jsmith", OFFICER_PASSWORD)
    b = auth.unlock_signer(ctx, "jdoe", OFFICER_PASSWORD)
    station = ctx.station().code
    clock = lambda: datetime.now(UTC)  # noqa: E731
    with engine.begin() as conn:
        conn.execute(text(f"CREATE TABLE IF NOT EXISTS bare_{index} (id bigserial PRIMARY KEY, body bytea)"))
    times, bare, cpu = [], [], []
    barrier.wait()
    t_start = time.perf_counter()
    for i in range(n):
        item = f"UN-DIL-26-{(index * 100_000 + i % 500):06d}-X"
        ev = NewEvent("custody.transferred", data={"from": "jsmith", "to": "jdoe", "purpose": "Court hearing",
                                                   "seal_intact": True, "memo": None},
                      item=item, case=f"NUIPC {i % 5000:04d}/26", signers=("jdoe",))
        t0, c0 = time.perf_counter(), time.process_time()
        with unit_of_work(engine) as s:
            out = ledger_svc.append(s, [ev], station=station, actor="jsmith", signers=[a, b], clock=clock)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(text(f"INSERT INTO bare_{index} (body) VALUES (:b)"), {"b": out[0].body})
        bare.append(time.perf_counter() - t0)
    wall = time.perf_counter() - t_start
    engine.dispose()
    return {"times": times, "bare": bare, "cpu": cpu, "wall": wall}


def measure(url: str, data: Path, writers: int, n: int) -> dict:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(writers)
    with ctx.Pool(writers) as pool:
        results = pool.map(writer, [(url, str(data), n, k, barrier) for k in range(writers)])
    times = [t for r in results for t in r["times"]]
    bare = [t for r in results for t in r["bare"]]
    wall = max(r["wall"] for r in results)
    append_time = max(sum(r["times"]) for r in results)  # the busiest writer's time in appends
    bare_time = max(sum(r["bare"]) for r in results)
    return {"rate": len(times) / append_time, "bare_rate": len(bare) / bare_time, "p50": pct(times, 50),
            "p99": pct(times, 99), "bare_p99": pct(bare, 99), "cpu": statistics.mean(c for r in results for c in r["cpu"]),
            "wall": wall}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", default=os.environ.get("CUSTODY_TEST_POSTGRES_URL"))
    ap.add_argument("--writers", type=int, nargs="+", default=[1, 4, 8])
    ap.add_argument("--appends", type=int, default=200, help="per writer")
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke:
        args.writers, args.appends = [2], 20
    report = Report("pg_append", args.smoke)
    if not args.url:
        print("no PostgreSQL URL (--url or CUSTODY_TEST_POSTGRES_URL): nothing measured")
        report.add("PostgreSQL appends: not measured (no server URL)", 0, "/s", note="skipped")
        report.write(args.json)
        return 0
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(args.url).set(database="postgres")
    name = f"custody_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.url).set(database=name).render_as_string(hide_password=False)
    data = Path(__import__("tempfile").mkdtemp(prefix="custody-bench-pg-"))
    try:
        os.environ["CUSTODY_DATA_DIR"] = str(data)
        set_up(url, data)
        for w in args.writers:
            m = measure(url, data, w, args.appends)
            print(f"{w} writers x {args.appends}: {m['rate']:.0f} appends/s, p50 {m['p50'] * 1e3:.1f} ms,"
                  f" p99 {m['p99'] * 1e3:.1f} ms, CPU/append {m['cpu'] * 1e3:.2f} ms | bare INSERT+COMMIT"
                  f" {m['bare_rate']:.0f}/s, p99 {m['bare_p99'] * 1e3:.1f} ms", flush=True)
            goal = w == 4
            report.add(f"{w} writer processes: appends/s", m["rate"], "/s", goal=RATE_GOAL if goal else None,
                       op=">=", baseline=m["bare_rate"], baseline_label="bare INSERT+COMMIT, same writers",
                       wall_s=m["wall"], cpu_s=m["cpu"] * args.appends * w)
            report.add(f"{w} writer processes: append p99", m["p99"] * 1e3, "ms", goal=P99_GOAL_MS if goal else None,
                       baseline=m["bare_p99"] * 1e3, baseline_label="bare INSERT+COMMIT p99")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        __import__("shutil").rmtree(data, ignore_errors=True)
    report.write(args.json)
    return 0 if report.ok or args.smoke else 1


if __name__ == "__main__":
    sys.exit(main())
