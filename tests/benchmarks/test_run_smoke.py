"""CI runs every benchmark at small size (``benchmarks/run.py --smoke``) so that none can rot.

No timing is asserted here (speed is the benchmarks' business, at full size); what is asserted is that every
benchmark still runs against the current code and reports its figures with a goal and the measured times.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_benchmark_runs_at_smoke_size_and_reports_its_figures(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CUSTODY_BENCH_DIR"}
    env["PYTHONPATH"] = str(ROOT / "src")
    env["CUSTODY_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-6000:]
    assert "every benchmark ran" in out, out[-6000:]
    names = sorted(p.stem.removeprefix("bench_") for p in (ROOT / "benchmarks").glob("bench_*.py"))
    assert len(names) >= 5
    table = out[out.index("benchmark  "):]
    for name in names:
        assert f"\n{name} " in table, f"{name} missing from the table:\n{table}"
    assert "FAILED" not in table, table
    assert "process: ok" in table
