"""Read-side benchmark of intake on a large SQLite database: barcode search, word search, the item list, RSS.

    python benchmarks/bench_intake.py --items 1000000 --db /tmp/bench-intake.sqlite3

1. Builds the database (skipped when ``--db`` already holds at least ``--items`` items): set-up through the
   real service, then cases, seizures, items, item_state and the full-text index inserted directly in bulk
   (the index bodies come from the real ``search_body``). The build is not what is measured.
2. Measures in a fresh process (so peak RSS is the read side's, not the build's), through the real services:
   - search by barcode (exact item id), p50/p99; baseline: raw sqlite3 primary-key look-up of the same ids;
   - search by words (1-2 words of descriptions, serial numbers, names, 4-letter prefixes), p50/p99; baseline: raw
     FTS5 query with the last word as a prefix; also printed: the FTS5 queries search() runs (whole words first),
     raw, and the p99 of a word as typed so far by its length (2-8 characters);
   - opening the item list = first page of ``list_items`` (200 rows); baseline: raw ``ORDER BY id DESC LIMIT``;
   - peak RSS (``resource.getrusage``); baseline: RSS after imports and opening the database.
   Goals (issue 18 at 10^6 items): barcode p99 <= 10 ms, words p99 <= 30 ms; first page <= 300 ms, peak RSS
   <= 300 MB. ``--smoke``: 5,000 items, 50 queries. With ``CUSTODY_BENCH_DIR`` set (benchmarks/run.py
   --keep-dir) and no ``--db``, the database is kept there and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _bench import Report, add_common_args

ADMIN_PASSWORD = "bench-admin-password-2026"
PREFIX = "UN-BEN"  # at most 6 characters (custody.domain.ids.PREFIX_MAX_LEN)
PAGE = 200

GOALS = {"barcode_p99_ms": 10.0, "words_p99_ms": 30.0, "first_page_ms": 300.0, "peak_rss_mb": 300.0}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --- build -----------------------------------------------------------------------------------------------
_COLOURS = ("black", "white", "red", "blue", "green", "grey", "brown", "yellow", "silver", "orange")
_NAMES = ("João Conceição", "Hélène Lefèvre", "محمد عبد الله", "Иван Петров", "Amara Okonkwo", "Sarah Mitchell",
          "Ana Gonçalves", "Nguyễn Văn An", "Ахмед Исмаилов", "Fatima Al-Hassan")
_PLACES = ("Port of Dili, bay 4", "Rua de Comoro 17", "Checkpoint Batugade", "Central market, Baucau",
           "Route nationale 2, km 47", "Forest track north of Same", "Bus station, Becora")


def _serial(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(rng.randint(10000, 999999))


def _item(rng: random.Random) -> tuple[str, str, dict]:
    c = rng.choice(_COLOURS)
    k = rng.randrange(10)
    if k == 0:
        sub = rng.choice(["Cocaine hydrochloride", "Cannabis", "Methamphetamine", "Heroin", "MDMA"])
        g = rng.randint(1_000, 5_000_000)
        return "drug", f"{rng.randint(1, 20)} {c} taped packages wrapped in cling film", {
            "suspected_substance": sub, "form": "powder", "package_count": rng.randint(1, 20), "gross_weight_mg": g,
            "field_test": False}
    if k == 1:
        mk = rng.choice([("Glock", "17"), ("Kalashnikov", "AKM"), ("Taurus", "RT85"), ("Beretta", "92FS")])
        return "firearm", f"{mk[0]} {mk[1]} with {c} grip, scratches on the slide", {
            "firearm_type": "pistol", "make": mk[0], "model": mk[1], "calibre": "9x19mm", "serial_number": _serial(rng),
            "rendered_safe": False}
    if k == 2:
        return "ammunition", f"Box of cartridges with {c} label", {"calibre": "7.62x39mm",
                                                                   "round_count": rng.randint(1, 500)}
    if k == 3:
        return "explosive", f"Grenade with {c} body", {"explosive_type": "military"}
    if k == 4:
        return "currency", f"Bundle of banknotes with a {c} rubber band", {
            "currency": "USD", "denominations": {"10000": rng.randint(1, 90)}, "total_minor": 0}
    if k == 5:
        return "document", f"Passport in a {c} cover, photo page altered", {
            "document_type": "passport", "document_number": "P" + str(rng.randint(1000000, 9999999)),
            "holder_name": rng.choice(_NAMES)}
    if k == 6:
        imei = "".join(str(rng.randrange(10)) for _ in range(15))
        return "electronic", f"{rng.choice(['Samsung', 'Nokia', 'Xiaomi', 'Apple'])} phone, {c}, cracked screen", {
            "device_type": "phone", "imei": imei}
    if k == 7:
        vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        return "vehicle", f"{c.capitalize()} Toyota Hilux, dented door", {
            "make": "Toyota", "vin": vin, "plate": f"DL-{rng.randint(1000, 9999)}"}
    if k == 8:
        return "natural_resource", f"Red sandalwood logs under a {c} tarpaulin", {
            "resource_kind": "timber", "species_or_mineral": "Pterocarpus indicus"}
    return "other", f"Carton of cigarettes with {c} tape, tax stamps missing", {}


def build(db: Path, n: int, seed: int) -> None:
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.domain.enums import Role
    from custody.domain.ids import make_item_id
    from custody.services.context import AppContext
    from custody.services.intake import search_body
    from custody.services.setup import SetupRequest, initialize
    from custody.services.users import NewUser

    t0 = time.perf_counter()
    engine = make_engine("sqlite:///" + str(db))
    migrate.upgrade(engine)
    ctx = AppContext(engine=engine, data_dir=db.parent / (db.name + ".data"))
    initialize(ctx, SetupRequest("Bench agency", "BEN", "Evidence room", "UTC", PREFIX,
                                 NewUser("admin", "Bench Admin", "A-1", ADMIN_PASSWORD, (Role.ADMIN,))))
    engine.dispose()
    rng = random.Random(seed)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("BEGIN")
    n_cases = max(1, n // 1000)
    n_seizures = max(1, n // 20)
    at = "2026-06-01T10:00:00.000Z"
    con.executemany(
        "INSERT INTO case_file (id, case_number, offence_type, title, agency_ref, prosecutor_ref, court_ref, "
        "opened_at, opened_by) VALUES (?, ?, 'drug_trafficking', ?, '', '', '', ?, 'admin')",
        ((i, f"BEN/2026/{i:06d}", f"Operation {i}", at) for i in range(1, n_cases + 1)))
    seizures = []
    for i in range(1, n_seizures + 1):
        seizures.append((i, f"2026-{i:06d}" if i <= 999_999 else f"2027-{i - 999_999:06d}", rng.randint(1, n_cases),
                         rng.choice(_PLACES), rng.choice(_NAMES)))
    con.executemany(
        "INSERT INTO seizure (id, document_number, case_id, occurred_at, place, gps, seizing_officer, witnesses_json,"
        " legal_authority, received_from, notes, recorded_at) VALUES (?, ?, ?, ?, ?, NULL, 'admin', '[]', '', '', '', ?)",
        ((sid, doc, cid, at, place, at) for sid, doc, cid, place, _ in seizures))
    chunk = 50_000
    per_seizure: dict[int, int] = {}
    for start in range(1, n + 1, chunk):
        items, states, bodies = [], [], []
        for rid in range(start, min(n, start + chunk - 1) + 1):
            yy, num = (25, rid) if rid <= 999_999 else (26, rid - 999_999)
            item_id = make_item_id(PREFIX, yy, num)
            sid, doc, cid, place, officer_name = seizures[rng.randrange(n_seizures)]
            per_seizure[sid] = per_seizure.get(sid, 0) + 1
            cat, desc, fields = _item(rng)
            items.append((rid, item_id, sid, per_seizure[sid], cat, desc, json.dumps(fields), at))
            states.append((item_id, rng.choice(("with_officer", "in_storage", "in_storage", "at_lab")), rid))
            bodies.append((rid, item_id, search_body(
                item_id=item_id, category=cat, description=desc, case_number=f"BEN/2026/{cid:06d}",
                case_title=f"Operation {cid}", seizure=doc, seal_number="", fields=fields, officer="admin",
                officer_name=officer_name, place=place)))
        con.executemany(
            "INSERT INTO item (id, item_id, seizure_id, item_number, category, description, quantity, unit, sealed,"
            " seal_number, biohazard, parent_id, fields_json, registered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, '1', 'item', 0, '', 0, NULL, ?, ?)", items)
        con.executemany(
            "INSERT INTO item_state (item_id, status, custodian, location_code, last_seq, updated_at) "
            "VALUES (?, ?, 'admin', NULL, ?, '2026-06-01T10:00:00.000Z')", states)
        con.executemany("INSERT INTO item_search (rowid, item_id, body) VALUES (?, ?, ?)", bodies)
        print(f"  built {min(n, start + chunk - 1):,} items ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    con.execute("COMMIT")
    con.execute("INSERT INTO item_search(item_search) VALUES ('optimize')")
    con.execute("ANALYZE")
    con.close()
    print(f"built {n:,} items in {time.perf_counter() - t0:.0f} s; file {db.stat().st_size / 1e6:.0f} MB",
          file=sys.stderr)


# --- measure ---------------------------------------------------------------------------------------------
def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


CPU: dict[int, float] = {}  # id(list of times) -> CPU seconds of the whole series


def _timed(fn, runs) -> list[float]:
    out = []
    c0 = time.process_time()
    for arg in runs:
        t = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - t) * 1000)
    CPU[id(out)] = time.process_time() - c0
    return out


def upgrade_kept(db: Path, upgrade: bool) -> None:
    """A kept database older than this checkout's schema cannot be signed in to by it (migration 0011): stop and say
    so, or with ``upgrade`` upgrade it first, as the app does when it opens it."""
    from custody.db import migrate
    from custody.db.engine import make_engine

    engine = make_engine("sqlite:///" + str(db))
    try:
        schema = migrate.status(engine)
        if schema.current == schema.head:
            return
        if not upgrade:
            raise SystemExit(f"{db}: its schema ({schema.current}) is older than this checkout's ({schema.head}):"
                             " run with --upgrade to upgrade it first (as the app does when it opens it), or remove"
                             " it to build it again")
        t0 = time.perf_counter()
        migrate.upgrade(engine, backup=False)
        print(f"schema upgraded {schema.current} -> {schema.head} in {time.perf_counter() - t0:.1f} s")
    finally:
        engine.dispose()


def measure(db: Path, queries: int, seed: int) -> dict:
    from custody.db.engine import make_engine
    from custody.services.auth import login
    from custody.services.context import AppContext
    from custody.services.intake import list_items
    from custody.services.search import search, words

    engine = make_engine("sqlite:///" + str(db))
    ctx = AppContext(engine=engine, data_dir=db.parent / (db.name + ".data"))
    ctx.station()
    baseline_rss = _rss_mb()
    session = login(ctx, "admin", ADMIN_PASSWORD)  # argon2id: 19 MiB (password) and 64 MiB (key) briefly
    res_login_rss = _rss_mb()
    raw = sqlite3.connect(db)
    n = raw.execute("SELECT max(id) FROM item").fetchone()[0]
    rng = random.Random(seed)
    ids = [raw.execute("SELECT item_id FROM item WHERE id = ?", (rng.randint(1, n),)).fetchone()[0]
           for _ in range(queries)]
    texts: list[str] = []
    for _ in range(queries):
        rid = rng.randint(1, n)
        desc, fields = raw.execute("SELECT description, fields_json FROM item WHERE id = ?", (rid,)).fetchone()
        f = json.loads(fields)
        pick = rng.random()
        if pick < 0.3 and (f.get("serial_number") or f.get("vin") or f.get("imei") or f.get("document_number")):
            texts.append(f.get("serial_number") or f.get("vin") or f.get("imei") or f.get("document_number"))
        elif pick < 0.6:
            ws = [w for w in words(desc) if len(w) > 3]
            texts.append(" ".join(rng.sample(ws, min(2, len(ws)))))
        elif pick < 0.8:
            texts.append(rng.choice(["pistol", "cocaine", "passport", "Иван", "محمد", "Conceicao", "hilux", "grip",
                                     "cigarettes", "sandalwood", "banknotes", "cling film"]))
        else:
            ws = [w for w in words(desc) if len(w) > 4]
            texts.append(rng.choice(ws)[:4])  # a prefix as typed so far
    # warm-up (first queries load pages; a user's first search after start-up is measured separately)
    t = time.perf_counter()
    first_page = list_items(ctx, session, limit=PAGE)
    cold_first_page = (time.perf_counter() - t) * 1000
    assert len(first_page.items) == PAGE
    search(ctx, session, ids[0])
    search(ctx, session, "pistol")

    res: dict = {"items": n, "queries": queries, "cold_first_page_ms": cold_first_page, "login_rss_mb": res_login_rss}
    bc = _timed(lambda i: search(ctx, session, i), ids)
    bc_raw = _timed(lambda i: raw.execute("SELECT * FROM item WHERE item_id = ?", (i,)).fetchall(), ids)
    res["barcode_p50_ms"], res["barcode_p99_ms"] = _pct(bc, 50), _pct(bc, 99)
    res["barcode_baseline_p99_ms"] = _pct(bc_raw, 99)
    res["barcode_wall_s"], res["barcode_cpu_s"] = sum(bc) / 1000, CPU[id(bc)]
    hits = []

    def word_search(q):
        hits.append(len(search(ctx, session, q)))

    from custody.services.search import fts5_query, modes

    fts_sql = "SELECT rowid FROM item_search WHERE item_search MATCH ? ORDER BY rowid DESC LIMIT 100"

    def raw_sequence(q):  # the FTS5 queries search() runs for q, raw (no joins, no SQLAlchemy, no DTOs)
        ws, found = words(q), []
        for mode in modes(ws):
            if mode == "all" and found:
                break
            found = raw.execute(fts_sql, (fts5_query(ws, mode),)).fetchall()
            if len(found) >= 100:
                break

    ws_ = _timed(word_search, texts)
    ws_raw = _timed(lambda q: raw.execute(fts_sql, (fts5_query(words(q), "last"),)).fetchall(), texts)
    ws_seq = _timed(raw_sequence, texts)
    res["words_p50_ms"], res["words_p99_ms"] = _pct(ws_, 50), _pct(ws_, 99)
    res["words_baseline_p99_ms"] = _pct(ws_raw, 99)
    res["words_sequence_p99_ms"] = _pct(ws_seq, 99)
    res["words_wall_s"], res["words_cpu_s"] = sum(ws_) / 1000, CPU[id(ws_)]
    res["words_mean_hits"] = statistics.mean(hits)
    res["words_slowest"] = sorted(zip(ws_, texts, strict=True), reverse=True)[:3]
    # Not in the goal: a word as typed so far, by length (2-4 characters have prefix indexes, longer ones do not).
    by_len: dict[int, float] = {}
    for length in (2, 3, 4, 5, 6, 8):
        typed = []
        for _ in range(max(20, queries // 6)):
            desc = raw.execute("SELECT description FROM item WHERE id = ?", (rng.randint(1, n),)).fetchone()[0]
            ws = [w for w in words(desc) if len(w) > length]
            if ws:
                typed.append(rng.choice(ws)[:length])
        if typed:
            by_len[length] = _pct(_timed(word_search, typed), 99)
    res["words_prefix_p99_ms"] = by_len
    fp = _timed(lambda _: list_items(ctx, session, limit=PAGE), range(50))
    fp_raw = _timed(lambda _: raw.execute(
        "SELECT i.id, i.item_id, c.case_number, z.document_number, i.description, st.status FROM item i "
        "JOIN seizure z ON z.id = i.seizure_id JOIN case_file c ON c.id = z.case_id "
        "LEFT JOIN item_state st ON st.item_id = i.item_id ORDER BY i.id DESC LIMIT ?", (PAGE,)).fetchall(), range(50))
    res["first_page_ms"] = _pct(fp, 99)
    res["first_page_baseline_ms"] = _pct(fp_raw, 99)
    res["first_page_wall_s"], res["first_page_cpu_s"] = sum(fp) / 1000, CPU[id(fp)]
    deep = first_page
    t = time.perf_counter()
    for _ in range(20):  # scrolling: the next 20 pages
        deep = list_items(ctx, session, limit=PAGE, after=deep.next_after)
    res["next_page_mean_ms"] = (time.perf_counter() - t) * 1000 / 20
    res["peak_rss_mb"] = _rss_mb()
    res["baseline_rss_mb"] = baseline_rss
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=None, help="database file (default: a temporary file)")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--upgrade", action="store_true",
                    help="upgrade a kept database to this checkout's schema first (as the app does when it opens it)")
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke and args.items == 1_000_000:
        args.items, args.queries = 5000, 50
    if args.db is None and os.environ.get("CUSTODY_BENCH_DIR"):
        args.db = Path(os.environ["CUSTODY_BENCH_DIR"]) / f"intake-{args.items}.sqlite3"
    if args.measure_only:
        print(json.dumps(measure(args.db, args.queries, args.seed)))
        return 0
    db = args.db or Path(tempfile.mkdtemp(prefix="bench-intake-")) / "bench.sqlite3"
    existing = 0
    if db.exists():
        try:
            existing = sqlite3.connect(db).execute("SELECT count(*) FROM item").fetchone()[0]
        except sqlite3.Error:
            existing = 0
    if existing < args.items:
        if db.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
        build(db, args.items, args.seed)
    else:
        upgrade_kept(db, args.upgrade)
    out = subprocess.run([sys.executable, __file__, "--measure-only", "--db", str(db), "--queries",
                          str(args.queries), "--seed", str(args.seed)], capture_output=True, text=True, env=os.environ)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return out.returncode
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"\nIntake read side on {r['items']:,} items (SQLite, {r['queries']} queries each)")
    rows = [
        ("search by barcode p99", r["barcode_p99_ms"], r["barcode_baseline_p99_ms"], "raw PK lookup", "barcode_p99_ms"),
        ("search by words p99", r["words_p99_ms"], r["words_baseline_p99_ms"], "raw FTS5 MATCH, last word prefix", "words_p99_ms"),
        ("item list first page", r["first_page_ms"], r["first_page_baseline_ms"], "raw ORDER BY id DESC",
         "first_page_ms"),
        ("peak RSS (MB)", r["peak_rss_mb"], r["baseline_rss_mb"], "after imports + open", "peak_rss_mb"),
    ]
    ok = True
    report = Report("intake", args.smoke)
    for name, v, base, bname, goal_key in rows:
        goal = GOALS[goal_key]
        key = goal_key.rsplit("_", 2)[0] if goal_key != "first_page_ms" else "first_page"
        report.add(f"{name} at {r['items']:,} items", v, "MB" if "rss" in goal_key else "ms", goal=goal,
                   baseline=base, baseline_label=bname, wall_s=r.get(f"{key}_wall_s"), cpu_s=r.get(f"{key}_cpu_s"),
                   note=f"{r['queries']} queries")
        ok &= v <= goal
        print(f"  {name:24s} {v:9.2f}  (goal <= {goal:g}; baseline {bname}: {base:.2f}, ratio {v / max(base, 1e-3):.1f}x)"
              f"  {'OK' if v <= goal else 'MISSED'}")
    print(f"  barcode p50 {r['barcode_p50_ms']:.2f} ms; words p50 {r['words_p50_ms']:.2f} ms "
          f"(mean {r['words_mean_hits']:.0f} hits); cold first page {r['cold_first_page_ms']:.1f} ms; "
          f"next page mean {r['next_page_mean_ms']:.2f} ms")
    print(f"  slowest word queries: {[(round(ms, 1), q) for ms, q in r['words_slowest']]}; the same FTS5 queries "
          f"raw (whole words, then prefixes): p99 {r['words_sequence_p99_ms']:.2f} ms")
    print("  words as typed so far, p99 by length: "
          + ", ".join(f"{k}: {v:.1f} ms" for k, v in r["words_prefix_p99_ms"].items()))
    print(f"  RSS after sign-in (argon2id key unlock): {r['login_rss_mb']:.0f} MB")
    report.write(args.json)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
