"""Kill harness: SIGKILL appending processes at random moments; no acknowledged entry may be lost, and the database
must verify after every kill.

A round starts ``writers`` appender processes (:mod:`tests.durability.appender`, each logging the seqs it was told
were committed, with fsync), waits until each has acknowledged a new entry (so they are in the middle of their
work), waits a random time, and SIGKILLs them all at once. Then the database is opened as the station would open it
after a power cut (SQLite recovers the WAL) and checked: every acknowledged seq is there, the seqs are gapless, and
the ledger verifies (SQLite's page check, every hash and signature, the station key). Used by
tests/durability/test_kills.py (30 kills in CI) and benchmarks/kill_harness.py (1,000).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.durability.appender import read_acks

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"


@dataclass
class Station:
    db: Path
    data: Path
    pw_file: Path
    station: str = "DIL"

    @property
    def url(self) -> str:
        return f"sqlite:///{self.db}"


@dataclass
class Outcome:
    rounds: int = 0
    kills: int = 0  # processes killed while running
    acknowledged: int = 0
    lost: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    entries: int = 0


def set_up(folder: Path) -> Station:
    """A station (SQLite) with an administrator whose key unlocks quickly (cheap KDF: this is about durability)."""
    from custody.db import migrate
    from custody.db.engine import make_engine
    from custody.security import keys
    from custody.services.context import AppContext
    from custody.services.setup import initialize
    from tests.conftest import setup_request

    keys.KDF_PARAMS = keys.KdfParams(time_cost=1, memory_cost=1024, parallelism=1)
    folder.mkdir(parents=True, exist_ok=True)
    st = Station(db=folder / "custody.sqlite3", data=folder / "data", pw_file=folder / "pw.txt")
    st.pw_file.write_text(PASSWORD + "\n", encoding="utf-8")
    engine = make_engine(st.url)
    migrate.upgrade(engine)
    initialize(AppContext(engine=engine, data_dir=st.data), setup_request(admin_password=PASSWORD))
    engine.dispose()
    return st


def _start(st: Station, worker: int, ack: Path, stop: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO)]))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.durability.appender", st.url, st.station, "admin", str(st.pw_file),
         str(worker), str(ack), str(stop)], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _seqs(db: Path) -> list[int]:
    con = sqlite3.connect(db)  # read-write, as the station reopens it: recovers the WAL after the kill
    try:
        return [r[0] for r in con.execute("SELECT seq FROM ledger_entry ORDER BY seq")]
    finally:
        con.close()


def verify(st: Station, *, signatures: bool = True) -> str | None:
    """None when the ledger verifies and is trusted; else what failed."""
    from custody.db.engine import make_engine
    from custody.services import ledger_admin
    from custody.services.context import AppContext

    engine = make_engine(st.url, create=False)
    try:
        result = ledger_admin.verify(AppContext(engine=engine, data_dir=st.data), check_signatures=signatures)
    except Exception as exc:  # a damaged file is a failure to report, not a crash of the harness
        return f"{type(exc).__name__}: {exc}"
    finally:
        engine.dispose()
    if result.ok and result.trusted:
        return None
    return "; ".join(f"seq {f.seq}: {f.reason}" for f in result.failures[:3]) or "not trusted"


def run(st: Station, rounds: int, *, writers: int = 2, max_delay: float = 0.25, seed: int = 17,
        verify_every: int = 1, log: Callable[[str], None] | None = None) -> Outcome:
    rng = random.Random(seed)
    out = Outcome()
    acks = [st.db.parent / f"acks-{w}.log" for w in range(writers)]
    stop = st.db.parent / "stop-never"
    for r in range(rounds):
        before = {a: (a.stat().st_size if a.exists() else 0) for a in acks}
        procs = [_start(st, w, acks[w], stop) for w in range(writers)]
        deadline = time.monotonic() + 60
        while any((a.stat().st_size if a.exists() else 0) == before[a] for a in acks):  # all under way
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                errs = [p.stderr.read().decode(errors="replace")[-300:] for p in procs if p.poll() is not None
                        and p.stderr]
                out.failures.append(f"round {r}: a writer did not start: {errs}")
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, max_delay))
        for p in procs:
            if p.poll() is None:
                out.kills += 1
            p.send_signal(signal.SIGKILL)
        for p in procs:
            p.wait(30)
            if p.stderr:
                p.stderr.close()
        out.rounds += 1
        acknowledged = read_acks(acks)
        seqs = _seqs(st.db)
        present = set(seqs)
        lost = sorted(acknowledged - present)
        out.acknowledged, out.entries = len(acknowledged), len(seqs)
        if lost:
            out.lost.extend(lost)
            out.failures.append(f"round {r}: {len(lost)} acknowledged entries lost, first {lost[:5]}")
        if seqs != list(range(1, len(seqs) + 1)):
            out.failures.append(f"round {r}: the seqs are not gapless")
        if verify_every and (r + 1) % verify_every == 0 or r == rounds - 1:
            problem = verify(st)
            if problem:
                out.failures.append(f"round {r}: the ledger does not verify: {problem}")
        if log:
            log(f"round {r + 1}/{rounds}: {out.kills} kills, {out.acknowledged} acknowledged, {out.entries} entries,"
                f" {len(out.lost)} lost, {len(out.failures)} failures")
    return out
