"""``custody ledger verify`` starts its worker processes ahead, while it imports and opens the database (issue 18):
the pool it starts must be the one the verification then asks for, and only where workers will be used."""

from __future__ import annotations

import os

from custody.cli.common import CliState
from custody.cli.ledger_cmd import _WORKERS_MIN_FILE, VERIFY_POOL_PRELOAD, _worth_workers
from custody.db.ledger_read import read_range
from custody.ledger import verify_worker
from custody.services.projection_fold import fold


def test_the_pool_started_ahead_has_the_modules_the_verification_asks_for():
    # verify.run_ranges asks for a pool preloading the reader's and the fold's modules, in this order
    assert VERIFY_POOL_PRELOAD == (read_range.__module__, fold.__module__)


def test_a_pool_started_ahead_is_taken_once_then_new_ones_are_started():
    verify_worker.prestart_pool(2, VERIFY_POOL_PRELOAD)
    ahead = verify_worker._PRESTARTED[(2, VERIFY_POOL_PRELOAD)]
    pool = verify_worker._start_pool(2, VERIFY_POOL_PRELOAD)
    try:
        assert pool is not None and pool is ahead.pool
        assert pool.submit(os.getpid).result(timeout=60) != os.getpid()  # a working worker process
        assert (2, VERIFY_POOL_PRELOAD) not in verify_worker._PRESTARTED
        other = verify_worker._start_pool(2, VERIFY_POOL_PRELOAD)
        assert other is not None and other is not pool
        other.shutdown(wait=True)
    finally:
        pool.shutdown(wait=True)


def test_a_pool_nothing_takes_is_shut_down_at_exit():
    verify_worker.prestart_pool(2, ("custody.services.projection_fold",))
    ahead = verify_worker._PRESTARTED[(2, ("custody.services.projection_fold",))]
    verify_worker._shut_down_unused()
    assert not verify_worker._PRESTARTED
    assert ahead.pool is not None
    try:
        ahead.pool.submit(os.getpid)
    except RuntimeError:  # "cannot schedule new futures after shutdown"
        pass
    else:  # pragma: no cover - the assertion below reports it
        raise AssertionError("the unused pool still accepts work")


def test_workers_are_started_ahead_only_for_a_large_file_or_a_server(tmp_path):
    small = tmp_path / "small.sqlite3"
    small.write_bytes(b"\0" * 4096)
    large = tmp_path / "large.sqlite3"
    with large.open("wb") as fh:
        fh.truncate(_WORKERS_MIN_FILE)
    assert not _worth_workers(CliState(db=str(small)))
    assert _worth_workers(CliState(db=str(large)))
    assert not _worth_workers(CliState(db=str(tmp_path / "missing.sqlite3")))
    assert _worth_workers(CliState(db="postgresql://u@127.0.0.1/custody"))
