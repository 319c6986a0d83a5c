"""Issue 17, acceptance 4 (the CI part): 30 SIGKILLs of appending processes at random moments lose no acknowledged
entry, and the database verifies after every one; a full disk refuses the append in words and loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from custody.db.engine import make_engine
from custody.db.uow import DiskFull, unit_of_work
from custody.services import ledger as ledger_svc
from custody.services import ledger_admin
from custody.services.auth import login
from custody.services.ledger import NewEvent
from tests.conftest import ADMIN_PASSWORD, make_context
from tests.durability import harness

KILLS = 30


def test_thirty_kills_during_appends_lose_nothing(tmp_path: Path):
    st = harness.set_up(tmp_path / "station")
    out = harness.run(st, rounds=KILLS // 2, writers=2)  # two writers killed per round
    assert out.failures == []
    assert out.lost == []
    assert out.kills == KILLS  # every kill hit a process that was appending
    assert out.acknowledged > 0 and out.entries >= out.acknowledged


def test_a_full_disk_refuses_the_append_and_loses_nothing(sqlite_url: str, _isolated_data_dir: Path, clock):
    from custody.services.setup import initialize
    from tests.conftest import setup_request

    ctx = make_context(sqlite_url, _isolated_data_dir, clock)
    initialize(ctx, setup_request())
    session = login(ctx, "admin", ADMIN_PASSWORD)
    station = ctx.station().code
    full = make_engine(sqlite_url)  # the same file, on a "disk" that fills up: SQLite's own page limit

    @event.listens_for(full, "connect")
    def _small_disk(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    acknowledged: list[int] = []
    with pytest.raises(DiskFull) as refused:
        for i in range(10_000):
            with unit_of_work(full) as s:
                done = ledger_svc.append(
                    s, [NewEvent("custody.transferred", {"to": "admin", "n": i, "pad": "x" * 2000},
                                 item="UN-DIL-26-000001-7")],
                    station=station, actor="admin", signers=[session.signer], clock=clock)
            acknowledged.append(done[0].seq)
            clock.advance(seconds=1)
    assert "disk is full" in refused.value.message and "Nothing was saved" in refused.value.message
    full.dispose()
    assert acknowledged  # some appends went through before the disk filled
    with ctx.engine.connect() as conn:
        seqs = [r[0] for r in conn.exec_driver_sql("SELECT seq FROM ledger_entry ORDER BY seq")]
    assert set(acknowledged) <= set(seqs) and seqs == list(range(1, len(seqs) + 1))
    assert seqs[-1] == acknowledged[-1]  # the refused append left nothing behind
    result = ledger_admin.verify(ctx)
    assert result.ok and result.trusted, result.failures[:3]
    # Space again: the station carries on.
    with unit_of_work(ctx.engine) as s:
        ledger_svc.append(s, [NewEvent("custody.transferred", {"to": "admin"}, item="UN-DIL-26-000001-7")],
                          station=station, actor="admin", signers=[session.signer], clock=clock)
    assert ledger_admin.verify(ctx).ok
