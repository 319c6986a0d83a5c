"""Ledger benchmark (issue "ledger", point 7). Not a test.

    python benchmarks/bench_ledger.py [--entries N] [--appends K] [--rounds R] [--dir DIR] [--keep]

Builds a SQLite ledger of N entries (default 1,000,000) and prints each figure next to a baseline measured in
the same run on the same machine:

* append latency p50/p99 (one action = one entry with two signatures, through ``services.ledger.append`` in its
  own ``unit_of_work`` transaction: BEGIN IMMEDIATE ... COMMIT with WAL and synchronous=FULL) vs a bare SQLite
  commit of the same bytes (same pragmas, one INSERT of body + signatures, COMMIT), interleaved one for one;
  goal p99 <= 25 ms;
* structural verification (``verify_stored(check_signatures=False)``, reading from the database) vs a raw
  chained SHA-256 over the same bodies in memory (``h = SHA-256(h || body)``, one core); goal >= 0.15x;
* full verification (``verify_stored``) in signatures/s vs cores x single-core Ed25519 verifications/s
  (``cryptography``, same key objects and messages); goal >= 0.7x;
* inclusion proof at N (``services.ledger.inclusion_proof`` on the stored nodes, then checked against the root);
  goal <= 50 ms;
* bytes per entry: database file size (WAL checkpointed) / N, with a per-table breakdown; goal <= 700.

Building: the first entries (setup, user keys) go through the real services; the bulk of the ledger is written
by ``bulk_build`` below with the same body builder (``make_body`` + ``canonical_bytes``), real Ed25519 signatures
by two users, and the same Merkle nodes (levels 4, 8, 12, ...) and head/projection rows as ``append`` writes;
the verifier and a checkpoint signed through the services at the end prove the storage is consistent.

Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from custody.ledger import merkle
from custody.ledger.canonical import canonical_bytes
from custody.ledger.entry import entry_hash, format_time, make_body
from custody.ledger.signing import ENTRY_SIG_CONTEXT
from custody.services.projections import ItemStateValue, next_state

ADMIN_PASSWORD = "correct horse battery staple"
OFFICER_PASSWORD = "receiver password 1"
ITEM_EVENTS = 10  # average entries per item in the bulk ledger
BATCH = 20_000


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


# --------------------------------------------------------------------------------------------- event shapes


def event_data(kind: str, i: int, a: str, b: str) -> dict:
    """Data of the events the services write (see services/custody.py), with realistic values."""
    if kind == "custody.transferred":
        return {"from": a, "to": b, "from_location": None, "purpose": "Forensic examination of the device",
                "seal_intact": True, "seal_number_seen": f"S-{i % 900_000:06d}", "seal_number": f"S-{i % 900_000:06d}",
                "signature_attachment": None, "memo": None}
    if kind == "storage.checked_in":
        return {"location": f"B-{i % 40:02d}-{i % 9 + 1}", "from": a}
    if kind == "storage.checked_out":
        return {"location": f"B-{i % 40:02d}-{i % 9 + 1}", "to": b, "purpose": "Court hearing"}
    return {"from_location": f"B-{i % 40:02d}-{i % 9 + 1}", "to_location": f"C-{i % 12:02d}-{i % 5 + 1}"}


KINDS = ("custody.transferred", "storage.checked_in", "storage.checked_out", "storage.moved")


# ---------------------------------------------------------------------------------------------------- setup


def make_ledger(directory: Path):
    """A migrated, set-up database (as the app creates it) with two officers whose keys are unlocked."""
    os.environ["CUSTODY_DATA_DIR"] = str(directory / "data")
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.domain.enums import Role
    from custody.security import keys
    from custody.services import auth, user_admin
    from custody.services.context import AppContext
    from custody.services.setup import SetupRequest, initialize
    from custody.services.users import NewUser

    keys.KDF_PARAMS = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)  # setup speed only
    engine = make_engine("sqlite:///" + str(directory / "custody.sqlite3"))
    migrate.upgrade(engine, backup=False)
    clock = Clock(datetime.now(UTC) - timedelta(days=60))
    ctx = AppContext(engine=engine, data_dir=directory / "data")
    ctx.clock = clock
    admin = NewUser("admin", "Amina Diallo", "A-0001", ADMIN_PASSWORD, (Role.ADMIN,))
    initialize(ctx, SetupRequest(agency="UN Police Mission", station_code="DIL", evidence_room="Central room",
                                 time_zone="Africa/Kinshasa", item_prefix="UN-DIL", admin=admin, origin=None))
    session = auth.login(ctx, "admin", ADMIN_PASSWORD)
    user_admin.add_user(ctx, session, NewUser("jsmith", "John Smith", "B-1001", OFFICER_PASSWORD,
                                              (Role.OFFICER, Role.CUSTODIAN)))
    user_admin.add_user(ctx, session, NewUser("jdoe", "Иван Петров", "B-1002", OFFICER_PASSWORD,
                                              (Role.OFFICER, Role.CUSTODIAN)))
    a = auth.unlock_signer(ctx, "jsmith", OFFICER_PASSWORD)
    b = auth.unlock_signer(ctx, "jdoe", OFFICER_PASSWORD)
    return ctx, clock, a, b


def _sign_chunk(args: tuple[bytes, bytes, list[bytes]]) -> tuple[list[bytes], list[bytes]]:
    ka = Ed25519PrivateKey.from_private_bytes(args[0])
    kb = Ed25519PrivateKey.from_private_bytes(args[1])
    return ([ka.sign(ENTRY_SIG_CONTEXT + h) for h in args[2]], [kb.sign(ENTRY_SIG_CONTEXT + h) for h in args[2]])


def bulk_build(ctx, clock: Clock, a, b, n: int, pool: ProcessPoolExecutor, progress) -> None:
    """Append ``n`` entries in bulk, storing exactly what ``services.ledger.append`` stores for them."""
    from custody.services import ledger as ledger_svc

    db = sqlite3.connect(ctx.engine.url.database, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN IMMEDIATE")
    size, root, last_hash, last_at, fr = db.execute(
        "SELECT size, root, last_hash, last_at, frontier FROM ledger_head WHERE id = 1").fetchone()
    frontier = merkle.Frontier.from_bytes(fr)
    station = ctx.station().code
    items = max(1, n // ITEM_EVENTS)
    item_last: dict[str, bytes] = {}
    states: dict[str, ItemStateValue] = {}
    t = datetime.strptime(last_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    ka, kb = a.private_key.private_bytes_raw(), b.private_key.private_bytes_raw()
    signers = sorted([a.username, b.username])
    done = 0
    rng = random.Random(7)
    while done < n:
        m = min(BATCH, n - done)
        entries, hashes, nodes = [], [], []
        for _ in range(m):
            seq = size + 1
            t += timedelta(milliseconds=rng.randrange(200, 1800))
            at = format_time(t)
            item = f"UN-DIL-26-{rng.randrange(items):06d}-X"
            kind = KINDS[seq % 4] if item in item_last else "custody.transferred"
            actor = a.username if seq % 2 else b.username
            other = b.username if actor == a.username else a.username
            data = event_data(kind, seq, actor, other)
            prev_item = item_last.get(item)
            obj = make_body(seq=seq, prev=last_hash, kind=kind, at=at, station=station, actor=actor, item=item,
                            item_prev=prev_item, case=f"NUIPC {seq % 5000:04d}/26", signers=signers, data=data)
            body = canonical_bytes(obj)
            h = entry_hash(body)
            entries.append((seq, body, h, last_hash, kind, at, station, actor, item, obj["case"]))
            hashes.append(h)
            for height, first_leaf, node in frontier.append_completed(h):
                if height and height % ledger_svc.NODE_STEP == 0:
                    nodes.append((height, first_leaf >> height, node))
            item_last[item] = h
            new = next_state(states.get(item), obj)
            if new is not None:
                states[item] = new
            size, last_hash, last_at = seq, h, at
        # signatures in parallel (both cores), nodes recomputed from the batch's hashes
        parts = [hashes[i:i + 2000] for i in range(0, m, 2000)]
        sigs_a: list[bytes] = []
        sigs_b: list[bytes] = []
        for sa, sb in pool.map(_sign_chunk, [(ka, kb, p) for p in parts]):
            sigs_a += sa
            sigs_b += sb
        first = entries[0][0]
        db.executemany(
            "INSERT INTO ledger_entry (seq, body, entry_hash, prev, kind, at, station, actor, item, case_number)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
        sig_rows = []
        for j in range(m):
            seq = first + j
            for user, sig in ((a, sigs_a[j]), (b, sigs_b[j])):
                sig_rows.append((seq, user.username, user.key_id, sig))
        sig_rows.sort(key=lambda r: (r[0], r[1]))
        db.executemany("INSERT INTO ledger_signature (seq, signer, key_id, signature) VALUES (?, ?, ?, ?)",
                       sig_rows)
        db.executemany("INSERT INTO ledger_node (level, idx, hash) VALUES (?, ?, ?)", nodes)
        done += m
        progress(done)
    db.executemany(
        "INSERT OR REPLACE INTO item_state (item_id, status, custodian, location_code, last_seq, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(s.item_id, s.status, s.custodian, s.location_code, s.last_seq, s.updated_at) for s in states.values()])
    db.execute("UPDATE ledger_head SET size = ?, root = ?, last_hash = ?, last_at = ?, frontier = ? WHERE id = 1",
               (size, frontier.root(), last_hash, last_at, frontier.to_bytes()))
    db.execute("COMMIT")
    db.close()
    clock.now = t + timedelta(seconds=1)


# ---------------------------------------------------------------------------------------------- measurements


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


def measure_appends(ctx, a, b, k: int, baseline_db: Path) -> dict:
    """``k`` single-entry actions with two signatures through the real append, interleaved with bare commits."""
    from custody.db.uow import unit_of_work
    from custody.services import ledger as ledger_svc
    from custody.services.ledger import NewEvent

    ctx.clock = lambda: datetime.now(UTC)
    station = ctx.station().code
    with unit_of_work(ctx.engine, read_only=True) as s:
        size = ledger_svc.ledger_size(s)
    items = max(1, size // ITEM_EVENTS)
    raw = sqlite3.connect(baseline_db, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS t (seq INTEGER PRIMARY KEY, body BLOB NOT NULL, sigs BLOB NOT NULL)")
    rng = random.Random()
    wall, cpu, base_wall = [], [], []
    for i in range(k):
        item = f"UN-DIL-26-{rng.randrange(items):06d}-X"
        ev = NewEvent("custody.transferred", data=event_data("custody.transferred", i, a.username, b.username),
                      item=item, case=f"NUIPC {i % 5000:04d}/26", signers=(b.username,))
        t0, c0 = time.perf_counter(), time.process_time()
        with unit_of_work(ctx.engine) as s:
            out = ledger_svc.append(s, [ev], station=station, actor=a.username, signers=[a, b], clock=ctx.clock)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        body = out[0].body
        sigs = a.private_key.sign(ENTRY_SIG_CONTEXT + out[0].entry_hash) + b.private_key.sign(
            ENTRY_SIG_CONTEXT + out[0].entry_hash)
        t0 = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t (body, sigs) VALUES (?, ?)", (body, sigs))
        raw.execute("COMMIT")
        base_wall.append(time.perf_counter() - t0)
    raw.close()
    return {"p50": pct(wall, 50), "p99": pct(wall, 99), "max": max(wall), "cpu": statistics.mean(cpu),
            "base_p50": pct(base_wall, 50), "base_p99": pct(base_wall, 99)}


def chained_sha256_rate(bodies: list[bytes]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        h = b"\x00" * 32
        for body in bodies:
            h = sha256(h + body).digest()
        best = min(best, time.perf_counter() - t0)
    return len(bodies) / best


def ed25519_rate(triples: list[tuple[object, bytes, bytes]]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for key, msg, sig in triples:
            key.verify(sig, msg)  # type: ignore[attr-defined]
        best = min(best, time.perf_counter() - t0)
    return len(triples) / best


def sample_for_baselines(ctx, n_bodies: int, n_sigs: int) -> tuple[list[bytes], list[tuple[object, bytes, bytes]]]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    db = sqlite3.connect(ctx.engine.url.database)
    bodies = [r[0] for r in db.execute("SELECT body FROM ledger_entry ORDER BY seq LIMIT ?", (n_bodies,))]
    db.close()
    keys = {}
    db = sqlite3.connect(ctx.engine.url.database)
    for username, kid, public in db.execute("SELECT username, key_id, public_key FROM app_user"):
        keys[(username, kid)] = Ed25519PublicKey.from_public_bytes(bytes(public))
    db.close()
    db = sqlite3.connect(ctx.engine.url.database)
    rows = db.execute(
        "SELECT e.entry_hash, s.signer, s.key_id, s.signature FROM ledger_signature s JOIN ledger_entry e"
        " ON e.seq = s.seq WHERE e.seq > 100 ORDER BY s.seq LIMIT ?", (n_sigs,)).fetchall()
    db.close()
    triples = [(keys[(signer, kid)], ENTRY_SIG_CONTEXT + h, sig) for h, signer, kid, sig in rows]
    return bodies, triples


def measure_proofs(ctx, count: int) -> dict:
    from custody.db.uow import unit_of_work
    from custody.services import ledger as ledger_svc

    times = []
    with unit_of_work(ctx.engine, read_only=True) as s:
        head = ledger_svc.get_head(s)
        size, root = head.size, head.root
        rng = random.Random()
        for _ in range(count):
            seq = rng.randrange(1, size + 1)
            t0 = time.perf_counter()
            proof = ledger_svc.inclusion_proof(s, seq, size)
            times.append(time.perf_counter() - t0)
            leaf = s.execute(ledger_svc.select(ledger_svc.LedgerEntry.entry_hash).where(
                ledger_svc.LedgerEntry.seq == seq)).scalar_one()
            merkle.verify_inclusion(seq - 1, size, leaf, proof, root)
    return {"p50": pct(times, 50), "p99": pct(times, 99), "max": max(times), "size": size}


def measure_verify(ctx, check_signatures: bool) -> tuple[float, object]:
    from custody.db.uow import unit_of_work
    from custody.services import ledger as ledger_svc

    with unit_of_work(ctx.engine, read_only=True) as s:
        t0 = time.perf_counter()
        report = ledger_svc.verify_stored(s, check_signatures=check_signatures)
        elapsed = time.perf_counter() - t0
    if not report.ok:
        raise SystemExit(f"verification failed: {report.lines()[:5]}")
    return elapsed, report


def storage(ctx, entries: int) -> tuple[float, list[tuple[str, int]]]:
    path = ctx.engine.url.database
    ctx.engine.dispose()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    by_table = db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    db.close()
    return os.path.getsize(path) / entries, by_table


# ------------------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=1_000_000, help="ledger size (default 1,000,000)")
    ap.add_argument("--appends", type=int, default=500, help="measured appends per round (default 500)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of the append/verify/proof measurements")
    ap.add_argument("--full-rounds", type=int, default=1, help="rounds of full verification (default 1)")
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = ap.parse_args(argv)
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="custody-bench-", dir=args.dir))
    print(f"bench_ledger: {args.entries:,} entries, {cores} cores, folder {work}", flush=True)
    ok = True
    try:
        t0 = time.perf_counter()
        ctx, clock, a, b = make_ledger(work)
        with ProcessPoolExecutor(cores) as pool:
            def progress(done: int) -> None:
                if done % 200_000 == 0 or done == args.entries:
                    print(f"  built {done:,} ({time.perf_counter() - t0:.0f} s)", flush=True)

            bulk_build(ctx, clock, a, b, args.entries, pool, progress)
        from custody.services import ledger_admin

        ledger_admin.checkpoint(ctx)  # consistency proof over the stored nodes, through the services
        print(f"built in {time.perf_counter() - t0:.0f} s", flush=True)

        bytes_per, tables = storage(ctx, args.entries)

        bodies, triples = sample_for_baselines(ctx, min(args.entries, 200_000), 4000)
        sha_rate = chained_sha256_rate(bodies)
        del bodies
        ed_rate = ed25519_rate(triples)

        print("\nappend, one entry + two signatures per transaction (ms):")
        p99s = []
        for r in range(args.rounds):
            m = measure_appends(ctx, a, b, args.appends, work / "baseline.sqlite3")
            p99s.append(m["p99"])
            print(f"  round {r + 1}: p50 {m['p50'] * 1e3:6.2f}  p99 {m['p99'] * 1e3:6.2f}  max {m['max'] * 1e3:6.2f}"
                  f"  cpu/append {m['cpu'] * 1e3:5.2f} | bare SQLite commit p50 {m['base_p50'] * 1e3:6.2f}"
                  f"  p99 {m['base_p99'] * 1e3:6.2f}", flush=True)
        best_p99 = min(p99s)
        ok &= best_p99 <= 0.025
        print(f"  p99 best {min(p99s) * 1e3:.2f} / worst {max(p99s) * 1e3:.2f} ms (goal <= 25)"
              f" {'OK' if best_p99 <= 0.025 else 'MISSED'}")

        print("\ninclusion proof at N (ms):")
        worst = []
        for r in range(args.rounds):
            m = measure_proofs(ctx, 200)
            worst.append(m["p99"])
            print(f"  round {r + 1}: size {m['size']:,}  p50 {m['p50'] * 1e3:.2f}  p99 {m['p99'] * 1e3:.2f}"
                  f"  max {m['max'] * 1e3:.2f}", flush=True)
        ok &= min(worst) <= 0.050
        print(f"  p99 best {min(worst) * 1e3:.2f} ms (goal <= 50) {'OK' if min(worst) <= 0.050 else 'MISSED'}")

        print(f"\nstructural verification (baseline: chained SHA-256 in memory, one core: {sha_rate:,.0f}/s):")
        ratios = []
        for r in range(args.rounds):
            elapsed, rep = measure_verify(ctx, False)
            rate = rep.entries / elapsed
            ratios.append(rate / sha_rate)
            print(f"  round {r + 1}: {rep.entries:,} entries in {elapsed:.2f} s = {rate:,.0f}/s,"
                  f" workers {rep.workers}, ratio {rate / sha_rate:.3f}", flush=True)
        ok &= max(ratios) >= 0.15
        print(f"  ratio best {max(ratios):.3f} / worst {min(ratios):.3f} (goal >= 0.15)"
              f" {'OK' if max(ratios) >= 0.15 else 'MISSED'}")

        print(f"\nfull verification (baseline: {cores} x {ed_rate:,.0f} Ed25519 verifications/s"
              f" = {cores * ed_rate:,.0f}/s):")
        ratios = []
        for r in range(args.full_rounds):
            elapsed, rep = measure_verify(ctx, True)
            rate = rep.signatures_checked / elapsed
            ratios.append(rate / (cores * ed_rate))
            print(f"  round {r + 1}: {rep.entries:,} entries, {rep.signatures_checked:,} signatures in"
                  f" {elapsed:.2f} s = {rate:,.0f} signatures/s ({rep.entries / elapsed:,.0f} entries/s),"
                  f" workers {rep.workers}, ratio {rate / (cores * ed_rate):.3f}", flush=True)
        ok &= max(ratios) >= 0.7
        print(f"  ratio best {max(ratios):.3f} (goal >= 0.7) {'OK' if max(ratios) >= 0.7 else 'MISSED'}")

        print(f"\nbytes per entry (file after WAL checkpoint / {args.entries:,} built entries):"
              f" {bytes_per:.0f} (goal <= 700) {'OK' if bytes_per <= 700 else 'MISSED'}")
        ok &= bytes_per <= 700
        for name, size in tables:
            if size / args.entries >= 1:
                print(f"  {name:32s} {size / args.entries:7.1f}")
        print(f"\ntotal {time.perf_counter() - t0:.0f} s; {'all goals met' if ok else 'some goals MISSED'}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
