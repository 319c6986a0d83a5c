"""Kill harness, the long run: SIGKILL appending processes 1,000 times (by default) at random moments, then check
that no acknowledged entry was lost and that the database verifies (tests/durability/harness.py; CI runs 30).

    python benchmarks/kill_harness.py [--kills 1000] [--writers 2] [--verify-every 10] [--folder DIR]

Exit 0 when nothing was lost and every verification passed. Prints one line per 50 rounds and a summary.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "src"), str(Path(__file__).resolve().parents[1])]

from tests.durability import harness  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=1000, help="processes to kill (writers per round x rounds)")
    ap.add_argument("--writers", type=int, default=2, help="appending processes per round")
    ap.add_argument("--verify-every", type=int, default=10,
                    help="verify the whole ledger (signatures included) every N rounds, and after the last")
    ap.add_argument("--max-delay", type=float, default=0.25, help="longest wait before a kill (seconds)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--folder", type=Path, default=None, help="work folder (default: a temporary one, removed)")
    args = ap.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="custody-kills-"))
    t0 = time.monotonic()
    try:
        st = harness.set_up(folder / "station")
        rounds = max(1, args.kills // args.writers)

        def log(line: str) -> None:
            n = int(line.split("/", 1)[0].split()[-1])
            if n % 50 == 0 or n == rounds:
                print(f"{time.monotonic() - t0:7.0f} s  {line}", flush=True)

        out = harness.run(st, rounds, writers=args.writers, max_delay=args.max_delay, seed=args.seed,
                          verify_every=args.verify_every, log=log)
    finally:
        if args.folder is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"kills: {out.kills} (of {out.rounds} rounds x {args.writers} writers), acknowledged entries: "
          f"{out.acknowledged}, entries in the ledger: {out.entries}, lost: {len(out.lost)}, failures: "
          f"{len(out.failures)}, {time.monotonic() - t0:.0f} s")
    for f in out.failures[:20]:
        print("  " + f)
    return 0 if not out.failures and not out.lost else 1


if __name__ == "__main__":
    raise SystemExit(main())
