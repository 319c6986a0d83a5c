"""A process that appends ledger entries until told to stop, logging each acknowledged seq durably.

"Acknowledged" means what a user is told: the transaction committed. The seq is written to the ack log (one line,
fsynced) only after the commit returned, so every seq in the log was committed before anyone read it there. Imported
by spawned children (the backup test) and run as ``python -m tests.durability.appender`` by the kill harness.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from custody.db.engine import make_engine
from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.services import ledger as ledger_svc
from custody.services.ledger import NewEvent
from custody.services.users import unlock_key


def append_until(url: str, station: str, username: str, password: str, worker: int, ack_log: str,
                 stop_file: str, limit: int = 1_000_000, pause: float = 0.0) -> int:
    """Append one entry per transaction until ``stop_file`` exists or ``limit`` entries; return how many."""
    engine = make_engine(url, create=False)
    with unit_of_work(engine, read_only=True) as s:
        user = s.query(User).filter(User.username == username).one()
        signer = unlock_key(user, password)
    fd = os.open(ack_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    n = 0
    try:
        while n < limit and not os.path.exists(stop_file):
            with unit_of_work(engine) as s:
                done = ledger_svc.append(
                    s, [NewEvent("custody.transferred", {"to": username, "n": n, "worker": worker},
                                 item=f"UN-DIL-26-{worker:06d}-{n % 7}")],
                    station=station, actor=username, signers=[signer])
            os.write(fd, f"{done[0].seq}\n".encode())  # acknowledged: committed, now on record
            os.fsync(fd)
            n += 1
            if pause:
                time.sleep(pause)
    finally:
        os.close(fd)
        engine.dispose()
    return n


def read_acks(paths: list[Path]) -> set[int]:
    """Every acknowledged seq in the logs (a torn last line, from a kill mid-write, is not an acknowledgement)."""
    seqs: set[int] = set()
    for p in paths:
        if not p.exists():
            continue
        for line in p.read_bytes().split(b"\n"):
            if line.strip().isdigit():
                seqs.add(int(line))
    return seqs


if __name__ == "__main__":  # python -m tests.durability.appender URL STATION USER PASSWORD_FILE WORKER ACK STOP
    url, station, user, pw_file, worker, ack, stop = sys.argv[1:8]
    pw = Path(pw_file).read_text(encoding="utf-8").splitlines()[0]
    append_until(url, station, user, pw, int(worker), ack, stop)
