"""Four processes appending at once: one gapless linear chain that verifies."""

from __future__ import annotations

import json
import multiprocessing as mp

from custody.db.uow import unit_of_work
from custody.services import ledger as ledger_svc
from custody.services import ledger_admin
from tests.conftest import ADMIN_PASSWORD
from tests.ledger_db.workers import append_many

PROCS = 4
PER_PROC = 500


def _run(ctx, *, bypass: bool, per_proc: int) -> list[tuple[int, int]]:
    url = ctx.engine.url.render_as_string(hide_password=False)
    station = ctx.station().code
    spawn = mp.get_context("spawn")
    with spawn.Pool(PROCS) as pool:
        return pool.starmap(
            append_many, [(url, station, "admin", ADMIN_PASSWORD, w, per_proc, bypass) for w in range(PROCS)]
        )


def _chain_is_linear(ctx) -> int:
    with unit_of_work(ctx.engine, read_only=True) as s:
        seqs = [e.seq for e in ledger_svc.iter_stored_entries(s, with_columns=False)]
    assert seqs == list(range(1, len(seqs) + 1))
    with unit_of_work(ctx.engine, read_only=True) as s:
        prevs = [json.loads(e.body)["prev"] for e in ledger_svc.iter_stored_entries(s, with_columns=False)]
    assert len(set(prevs)) == len(prevs)  # no two entries claim the same predecessor: no fork
    return len(seqs)


def test_four_processes_append_500_each(ctx):
    before = ledger_admin.total_entries(ctx)
    results = _run(ctx, bypass=False, per_proc=PER_PROC)
    assert all(failed == 0 for _, failed in results), results
    n = _chain_is_linear(ctx)
    assert n == before + PROCS * PER_PROC
    result = ledger_admin.verify(ctx)
    assert result.ok, result.failures[:3]


def test_without_the_lock_appends_may_fail_but_never_fork(ctx):
    before = ledger_admin.total_entries(ctx)
    results = _run(ctx, bypass=True, per_proc=150)
    appended = sum(ok for ok, _ in results)
    n = _chain_is_linear(ctx)
    assert n == before + appended
    result = ledger_admin.verify(ctx)
    assert result.ok, result.failures[:3]
