"""Run every benchmark (``benchmarks/bench_*.py``) and print one table of figures.

    python benchmarks/run.py [--smoke] [--only NAME ...] [--keep-dir DIR] [--timeout S]

Each benchmark runs in its own process with ``--json FILE`` (and ``--smoke``); the table shows, per figure, the
value, its goal, the baseline measured in the same run, the ratio, whether the goal is met, and the wall and CPU
time of the measurement; per benchmark, the process's wall and CPU time (its children included) and the load
average before and after. ``--smoke`` runs every benchmark at 10^3-10^4 so that none can rot (CI runs it): goals
there are printed but only a crash fails the run. At full size, exit status 1 if any goal is missed.

``--keep-dir DIR`` (or ``CUSTODY_BENCH_DIR``) keeps the large databases there and reuses them in later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "-"
    a = abs(x)
    s = f"{x:,.0f}" if a >= 1000 else f"{x:.1f}" if a >= 100 else f"{x:.2f}" if a >= 1 else f"{x:.3f}"
    return s + (" " + unit if unit else "")


def table(results: list[dict]) -> str:
    head = ("benchmark", "figure", "value", "goal", "baseline (same run)", "ratio", "met", "wall s", "cpu s")
    rows = []
    for r in results:
        name = r["name"]
        for f in r.get("figures", []):
            goal = "-" if f["goal"] is None else (f"{f['op']} {fmt(f['goal'])}" +
                                                  (" x" if f["goal_on"] == "ratio" else f" {f['unit']}"))
            base = "-" if f["baseline"] is None else f"{fmt(f['baseline'], f['unit'])} {f['baseline_label']}".strip()
            met = {True: "yes", False: "NO", None: "-"}[f["met"]]
            rows.append((name, f["figure"], fmt(f["value"], f["unit"]), goal, base, fmt(f["ratio"]), met,
                         fmt(f["wall_s"]), fmt(f["cpu_s"])))
            name = ""
        status = "ok" if r["returncode"] in (0, 1) and r.get("figures") else f"FAILED (exit {r['returncode']})"
        rows.append(("", f"[process: {status}; load {r.get('load_before', '?')} -> {r.get('load_after', '?')}]",
                     "", "", "", "", "", fmt(r["wall_s"]), fmt(r["cpu_s"])))
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
    line = "  ".join("{:<" + str(w) + "}" for w in widths)
    out = [line.format(*head), line.format(*("-" * w for w in widths))]
    out += [line.format(*row) for row in rows]
    return "\n".join(out)


def run_one(path: Path, smoke: bool, timeout: float, keep_dir: Path | None, extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="custody-run-") as tmp:
        out = Path(tmp) / "figures.json"
        cmd = [sys.executable, str(path), "--json", str(out)] + (["--smoke"] if smoke else []) + extra
        env = dict(os.environ)
        if keep_dir is not None:
            env["CUSTODY_BENCH_DIR"] = str(keep_dir)
        src = str(HERE.parent / "src")
        env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        r0 = os.times()
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
            code, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
        except subprocess.TimeoutExpired as exc:
            code, stdout, stderr = -9, str(exc.stdout or ""), f"timed out after {timeout:.0f} s"
        wall = time.perf_counter() - t0
        r1 = os.times()
        result: dict = {"name": path.stem.removeprefix("bench_"), "returncode": code, "wall_s": wall,
                        "cpu_s": (r1.children_user + r1.children_system) - (r0.children_user + r0.children_system),
                        "stdout": stdout, "stderr": stderr}
        if out.exists():
            result.update({k: v for k, v in json.loads(out.read_text()).items() if k != "name"})
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--smoke", action="store_true", help="10^3-10^4 sizes, under a minute: CI runs this")
    ap.add_argument("--only", action="append", default=[], help="run only this benchmark (e.g. ledger); repeatable")
    ap.add_argument("--keep-dir", type=Path, default=os.environ.get("CUSTODY_BENCH_DIR") or None,
                    help="keep large databases here and reuse them")
    ap.add_argument("--timeout", type=float, default=None, help="per benchmark, seconds (default 300 smoke, 7200)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print each benchmark's own output")
    args = ap.parse_args(argv)
    timeout = args.timeout or (300 if args.smoke else 7200)
    paths = [p for p in benchmarks() if not args.only or p.stem.removeprefix("bench_") in args.only]
    if not paths:
        print(f"no benchmark matches {args.only}", file=sys.stderr)
        return 2
    if args.keep_dir is not None:
        Path(args.keep_dir).mkdir(parents=True, exist_ok=True)
    results = []
    t0 = time.perf_counter()
    print(f"benchmarks/run.py: {'smoke' if args.smoke else 'full size'}, {os.cpu_count()} cores,"
          f" load {_load()}", flush=True)
    for path in paths:
        print(f"  {path.name} ...", end="", flush=True)
        r = run_one(path, args.smoke, timeout, args.keep_dir, [])
        print(f" {r['wall_s']:.1f} s (exit {r['returncode']})", flush=True)
        if args.verbose or r["returncode"] not in (0, 1) or not r.get("figures"):
            sys.stdout.write(r["stdout"])
            sys.stdout.write(r["stderr"][-4000:])
        results.append(r)
    print()
    print(table(results))
    crashed = [r["name"] for r in results if r["returncode"] not in (0, 1) or not r.get("figures")]
    missed = [f"{r['name']}: {f['figure']}" for r in results for f in r.get("figures", []) if f["met"] is False]
    print(f"\ntotal {time.perf_counter() - t0:.0f} s, load {_load()}")
    if crashed:
        print(f"FAILED to run: {', '.join(crashed)}")
        return 2
    if args.smoke:
        print(f"every benchmark ran ({len(results)} benchmarks, {sum(len(r['figures']) for r in results)} figures)")
        if missed:
            print("goals not met at smoke sizes (informative only): " + "; ".join(missed))
        return 0
    if missed:
        print("goals MISSED: " + "; ".join(missed))
        return 1
    print("all goals met")
    return 0


def _load() -> str:
    try:
        with open("/proc/loadavg") as fh:
            return " ".join(fh.read().split()[:3])
    except OSError:  # pragma: no cover
        return "?"


if __name__ == "__main__":
    sys.exit(main())
