"""What every benchmark reports to ``benchmarks/run.py``: figures with their goal and a baseline from the same run.

A benchmark adds its figures to a :class:`Report` and, when run with ``--json PATH``, writes them there; run.py
reads the files of every benchmark and prints one table. Each figure carries its wall time and, where the
benchmark measured it, its CPU time; run.py adds each benchmark process's own wall and CPU time (children
included).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Figure:
    figure: str
    value: float
    unit: str
    goal: float | None = None  # None: reported, no goal
    op: str = "<="  # value (or ratio, see goal_on) <= goal, or >=
    goal_on: str = "value"  # "value" or "ratio"
    baseline: float | None = None
    baseline_label: str = ""
    ratio: float | None = None  # value / baseline unless given
    wall_s: float | None = None
    cpu_s: float | None = None
    note: str = ""
    met: bool | None = field(default=None)

    def __post_init__(self) -> None:
        if self.ratio is None and self.baseline:
            self.ratio = self.value / self.baseline
        if self.goal is not None and self.met is None:
            x = self.ratio if self.goal_on == "ratio" else self.value
            self.met = x is not None and (x <= self.goal if self.op == "<=" else x >= self.goal)


class Report:
    def __init__(self, name: str, smoke: bool) -> None:
        self.name, self.smoke = name, smoke
        self.figures: list[Figure] = []
        self.load_before = load()

    def add(self, figure: str, value: float, unit: str, **kw) -> Figure:
        f = Figure(figure, float(value), unit, **kw)
        self.figures.append(f)
        return f

    @property
    def ok(self) -> bool:
        return all(f.met is not False for f in self.figures)

    def write(self, path: Path | None) -> None:
        if path is None:
            return
        path.write_text(json.dumps({"name": self.name, "smoke": self.smoke, "load_before": self.load_before,
                                    "load_after": load(), "figures": [asdict(f) for f in self.figures]}))


def load() -> str:
    try:
        with open("/proc/loadavg") as fh:
            return " ".join(fh.read().split()[:3])
    except OSError:  # pragma: no cover - not Linux
        return "?"


def add_common_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--smoke", action="store_true", help="small sizes (10^3-10^4), a few seconds: CI runs this")
    ap.add_argument("--json", type=Path, default=None, help="write the figures there (for benchmarks/run.py)")


class Timer:
    """Wall and CPU (this process) seconds of a block."""

    def __enter__(self) -> Timer:
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.t0, time.process_time() - self.c0


def children_cpu() -> float:
    """CPU seconds of the waited-for child processes so far (user + system)."""
    r = os.times()
    return r.children_user + r.children_system


def _bare_verify_worker(raw: list[tuple[bytes, bytes, bytes]], rounds: int, start_at: float) -> tuple[
        float, float, float, int]:
    """One process of :func:`bare_ed25519_concurrent`: waits for the common start, then verifies ``raw`` ``rounds``
    times. Returns (start, end, CPU seconds, verifications)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = {pub: Ed25519PublicKey.from_public_bytes(pub) for pub, _, _ in raw}
    triples = [(keys[pub], msg, sig) for pub, msg, sig in raw]
    time.sleep(max(0.0, start_at - time.perf_counter()))  # CLOCK_MONOTONIC: the same clock in every process
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for key, msg, sig in triples:
            key.verify(sig, msg)
    return t0, time.perf_counter(), time.process_time() - c0, rounds * len(triples)


def bare_ed25519_concurrent(raw: list[tuple[bytes, bytes, bytes]], processes: int, rounds: int = 3) -> tuple[
        float, float]:
    """Bare Ed25519 with ``processes`` verifying processes at once (``raw``: (public key, message, signature)
    triples): (verifications per wall second of all of them together, CPU seconds per verification). On a host
    whose cores share execution units (two vCPUs of one physical core), this, not ``processes`` x one process
    alone, is what that many cores can do; the CPU per verification is also what it costs there."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(abs, range(processes)))  # the processes are up before the clock starts
        start_at = time.perf_counter() + 0.2
        done = list(pool.map(_bare_verify_worker, [raw] * processes, [rounds] * processes, [start_at] * processes))
    first, last = min(d[0] for d in done), max(d[1] for d in done)
    count = sum(d[3] for d in done)
    return count / (last - first), sum(d[2] for d in done) / count
