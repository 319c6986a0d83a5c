"""``custody ledger verify`` as a user runs it: a process, on bench_ledger's ledger (issue 18, point 1).

    python benchmarks/bench_verify.py [--entries 1000000] [--structural-only] [--smoke] [--json FILE]

Runs ``python -m custody --data-dir D --db F ledger verify --no-signatures`` (structural: hashes, links, bodies,
authority, checkpoints, the stored head and projections; plus SQLite's page check first) and then without
``--no-signatures`` (full; skipped with ``--structural-only`` and in ``--smoke``). Full verification is compared
with bare Ed25519 verifications (``cryptography``) of the ledger's own signatures measured in the same run, by as
many processes at once as there are cores, just before and just after the command (the faster counts: the host's
speed drifts): signatures/s against their combined rate (goal >= 0.8), and CPU per signature against their CPU per
verification (goal: bare / ours >= 0.85). On a host whose vCPUs share a physical core, each of two processes at
once verifies more slowly than one alone, so the figures against cores x one process alone are shown beside them. Reported: wall time, CPU time of the whole process tree (the command and its
verification workers: sampled from /proc every 20 ms, the last sample of each process counts) and the peak of the
tree's summed RSS (sampled). Baseline, same run: reading the
same ledger's bodies with the sqlite3 module and hashing them (SHA-256, one core), i.e. touching every entry once.

The ledger is bench_ledger's (built once and kept with ``CUSTODY_BENCH_DIR``, see run.py --keep-dir).
Goals: structural <= 8 s per 10^6 entries, peak RSS <= 300 MB. The command runs with this checkout's code
byte-compiled first (as installed; a PYTHONDONTWRITEBYTECODE in the caller's environment is not passed on).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import custody  # noqa: F401
except ImportError:  # running from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _bench import Report, add_common_args, bare_ed25519_concurrent

STRUCTURAL_GOAL = 8.0  # s per 10^6 entries
RSS_GOAL_MB = 300.0
TICK = os.sysconf("SC_CLK_TCK")
SRC = Path(__file__).resolve().parents[1] / "src"


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return out


def _sample(pid: int, cpu: dict[int, float], peaks: dict[int, float]) -> float:
    """Summed RSS (MB) of the tree now; updates ``cpu`` (seconds per pid, last seen) and ``peaks`` (MB per pid)."""
    rss = 0.0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            cpu[p] = (int(fields[11]) + int(fields[12])) / TICK
            mb = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 1e6
            peaks[p] = max(peaks.get(p, 0.0), mb)
            rss += mb
        except (OSError, IndexError, ValueError):
            pass
    return rss


def run_verify(work: Path, full: bool) -> dict:
    """Run the command; the fork server's workers are followed too (children of the fork server, itself a child
    of the command)."""
    cmd = [sys.executable, "-m", "custody", "--data-dir", str(work / "data"), "--db", str(work / "custody.sqlite3"),
           "ledger", "verify"] + ([] if full else ["--no-signatures"])
    env = _user_env()
    cpu: dict[int, float] = {}
    peaks: dict[int, float] = {}
    peak = 0.0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tempfile.gettempdir())
    while proc.poll() is None:
        peak = max(peak, _sample(proc.pid, cpu, peaks))
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"ledger verify failed ({proc.returncode}):\n{out[-3000:]}")
    return {"wall": wall, "cpu": sum(cpu.values()), "main_cpu": cpu.get(proc.pid, 0.0),
            "tree_peak_mb": peak, "main_peak_mb": peaks.get(proc.pid, 0.0),
            "worker_peak_mb": max((v for k, v in peaks.items() if k != proc.pid), default=0.0), "out": out}


def _user_env() -> dict[str, str]:
    """The command's environment: this checkout's code, with its bytecode cached as an installed app has it (a
    PYTHONDONTWRITEBYTECODE inherited from a developer's shell would make every run parse and compile the ~800
    modules it imports, the main process and the workers' fork server each: ~0.6 CPU-s more per process)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(SRC)
    return env


def compile_sources() -> None:
    """Byte-compile this checkout's code once, before the timed runs (what installing the app does)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC)], env=_user_env(), check=False,
                   stdout=subprocess.DEVNULL)


def baseline(db: Path) -> float:
    """Seconds to read every body with sqlite3 and hash it (one core)."""
    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    h = hashlib.sha256()
    for (body,) in con.execute("SELECT body FROM ledger_entry ORDER BY seq"):
        h.update(body)
    con.close()
    return time.perf_counter() - t0


def bare_ed25519_cpu_rate(triples: list[tuple[object, bytes, bytes]]) -> float:
    """Bare Ed25519 verifications per CPU second on one core (best of 3; CPU time, so that the other work on a
    busy machine does not make the baseline look slow)."""
    best = float("inf")
    for _ in range(3):
        c0 = time.process_time()
        for key, msg, sig in triples:
            key.verify(sig, msg)  # type: ignore[attr-defined]
        best = min(best, time.process_time() - c0)
    return len(triples) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--structural-only", action="store_true", help="skip the full verification")
    add_common_args(ap)
    args = ap.parse_args(argv)
    if args.smoke:
        args.entries = min(args.entries, 5000)
    report = Report("verify", args.smoke)
    import bench_label_record

    work, tmp = bench_label_record.kept_ledger(args.entries, "verify")
    base = baseline(work / "custody.sqlite3")
    compile_sources()
    goal = STRUCTURAL_GOAL * args.entries / 1_000_000
    r = run_verify(work, full=False)
    print(f"structural: {r['wall']:.2f} s, CPU {r['cpu']:.2f} s (tree; the command {r['main_cpu']:.2f}), peak RSS of the tree {r['tree_peak_mb']:.0f} MB"
          f" (the command {r['main_peak_mb']:.0f} MB, largest other process {r['worker_peak_mb']:.0f} MB);"
          f" baseline read+hash {base:.2f} s; {r['out'].strip().splitlines()[-1][:100]}")
    report.add(f"custody ledger verify --no-signatures (process) at {args.entries:,}", r["wall"], "s", goal=goal,
               baseline=base, baseline_label="read + SHA-256 every body, 1 core", wall_s=r["wall"], cpu_s=r["cpu"],
               note="goal 8 s per 10^6 entries")
    report.add("  peak RSS of the command's process (sampled)", r["main_peak_mb"], "MB", goal=RSS_GOAL_MB)
    report.add("  peak RSS of the process tree, workers included (sampled)", r["tree_peak_mb"], "MB",
               note=f"largest worker {r['worker_peak_mb']:.0f} MB")
    if not args.smoke and not args.structural_only:
        import bench_ledger

        ctx = bench_label_record.ledger_at(work, args.entries)
        _, triples = bench_ledger.sample_for_baselines(ctx, 1, 4000)
        ctx.engine.dispose()
        ed_rate = bare_ed25519_cpu_rate(triples)
        raw = [(key.public_bytes_raw(), msg, sig) for key, msg, sig in triples]  # type: ignore[attr-defined]
        con = sqlite3.connect(work / "custody.sqlite3")
        nsig = con.execute("SELECT count(*) FROM ledger_signature").fetchone()[0]
        con.close()
        cores = os.cpu_count() or 1
        # The baseline for the whole host: `cores` bare verifying processes at once, just before and just after
        # the command (the faster of the two: the host's speed drifts); one process alone is shown beside it.
        before = bare_ed25519_concurrent(raw, cores)
        f = run_verify(work, full=True)
        after = bare_ed25519_concurrent(raw, cores)
        host_rate, host_cpu = max(before[0], after[0]), min(before[1], after[1])
        rate = nsig / f["wall"]
        print(f"bare Ed25519: one process alone {ed_rate:,.0f}/CPU-s ({1e6 / ed_rate:.1f} us); {cores} processes at"
              f" once {before[0]:,.0f} / {after[0]:,.0f} per s (before / after), {before[1] * 1e6:.1f} /"
              f" {after[1] * 1e6:.1f} us CPU each")
        report.add(f"custody ledger verify (process, {nsig:,} signatures): signatures/s", rate, "/s", goal=0.8,
                   op=">=", goal_on="ratio", baseline=host_rate,
                   baseline_label=f"{cores} bare Ed25519 processes at once", wall_s=f["wall"], cpu_s=f["cpu"])
        report.add(f"  the same against {cores} x one bare process alone", rate, "/s", baseline=cores * ed_rate,
                   baseline_label=f"{cores} x bare Ed25519 (one process alone)",
                   note="shown for comparison: vCPUs sharing a core do not each verify as fast as one alone")
        report.add("  CPU per signature (whole process tree)", f["cpu"] / nsig * 1e6, "us", goal=1 / 0.85,
                   goal_on="ratio", baseline=host_cpu * 1e6,
                   baseline_label=f"bare Ed25519 verify (CPU, {cores} processes at once)",
                   note="goal: bare / ours >= 0.85")
        report.add("  the same against one bare process alone", f["cpu"] / nsig * 1e6, "us", baseline=1e6 / ed_rate,
                   baseline_label="bare Ed25519 verify (CPU, one process alone)")
        print(f"full: {f['wall']:.2f} s, CPU {f['cpu']:.2f} s, peak RSS of the tree {f['tree_peak_mb']:.0f} MB"
              f" (the command {f['main_peak_mb']:.0f} MB)")
        report.add("  peak RSS of the command's process (sampled), full", f["main_peak_mb"], "MB", goal=RSS_GOAL_MB)
    report.write(args.json)
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
