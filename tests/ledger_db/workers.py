"""Processes that append concurrently (imported by spawned children)."""

from __future__ import annotations

from custody.db.engine import make_engine
from custody.db.models import User
from custody.db.uow import unit_of_work
from custody.services import ledger as ledger_svc
from custody.services.ledger import NewEvent
from custody.services.users import unlock_key


def append_many(url: str, station: str, username: str, password: str, worker: int, count: int,
                bypass_lock: bool) -> tuple[int, int]:
    """Append ``count`` entries, one per transaction; return (appended, failed)."""
    engine = make_engine(url)
    with unit_of_work(engine, read_only=True) as s:
        user = s.query(User).filter(User.username == username).one()
        signer = unlock_key(user, password)
    if bypass_lock:
        ledger_svc._lock_ledger = lambda session: None  # play a buggy writer
    ok = failed = 0
    for i in range(count):
        try:
            with unit_of_work(engine, read_only=bypass_lock) as s:  # read_only on SQLite = deferred BEGIN
                ledger_svc.append(
                    s,
                    [NewEvent("custody.transferred", {"to": username, "n": i, "worker": worker},
                              item=f"UN-DIL-26-{worker:06d}-{i % 7}")],
                    station=station,
                    actor=username,
                    signers=[signer],
                )
                if bypass_lock:
                    s.commit()  # read_only units roll back; this buggy writer commits by hand
            ok += 1
        except Exception:
            failed += 1
    engine.dispose()
    return ok, failed
