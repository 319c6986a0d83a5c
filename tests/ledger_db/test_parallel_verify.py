"""Parallel verification (workers read their own seq ranges, committed data) gives the in-process verdict.

Each case commits one tampering (triggers dropped), verifies with workers=2 (tiny chunks and ranges, so every
boundary is exercised) and with workers=1 through the session, then restores the ledger tables.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from custody.ledger import verify as verify_mod
from custody.services import ledger as ledger_svc
from custody.services import ledger_admin
from tests.ledger_db.conftest import append_custody_events
from tests.ledger_db.test_tamper_matrix import drop_triggers


@pytest.fixture
def parallel_ledger(ctx, admin_session, officer, monkeypatch):
    if ctx.engine.url.get_backend_name() == "sqlite" and not ctx.engine.url.database:
        pytest.skip("in-memory database")
    append_custody_events(ctx, admin_session, 20, items=4, second=officer)
    ledger_admin.checkpoint(ctx)
    append_custody_events(ctx, admin_session, 7, items=4, second=officer)
    drop_triggers(ctx)
    monkeypatch.setattr(verify_mod, "CHUNK_BITS", 2)
    monkeypatch.setattr(verify_mod, "CHUNK_SIZE", 4)
    monkeypatch.setattr(ledger_svc, "PARALLEL_MIN_ENTRIES", 0)
    return ctx


def _both(ctx, check_signatures: bool = True, monkeypatch=None):
    with ctx.engine.connect() as conn:
        s = Session(bind=conn)
        pooled = ledger_svc.verify_stored(s, check_signatures=check_signatures, workers=2)
        one = ledger_svc.verify_stored(s, check_signatures=check_signatures, workers=1)
        long_ranges = None
        if monkeypatch is not None:  # ranges of several chunks: item links carried across chunks in a worker
            with monkeypatch.context() as m:
                m.setattr(verify_mod, "RANGES_PER_WORKER", 1)
                long_ranges = ledger_svc.verify_stored(s, check_signatures=check_signatures, workers=2)
        conn.rollback()
    if long_ranges is not None:
        assert sorted(long_ranges.failures, key=str) == sorted(pooled.failures, key=str)
        assert (long_ranges.root, long_ranges.entries, long_ranges.signatures_checked) == (
            pooled.root, pooled.entries, pooled.signatures_checked)
    return pooled, one


def _snapshot(conn):
    return {t: conn.exec_driver_sql(f"select * from {t}").fetchall() for t in ("ledger_entry", "ledger_signature")}


def _restore(conn, snap):
    conn.exec_driver_sql("delete from ledger_signature")
    conn.exec_driver_sql("delete from ledger_entry")
    for table in ("ledger_entry", "ledger_signature"):
        rows = snap[table]
        if rows:
            marks = ", ".join(f":c{i}" for i in range(len(rows[0])))
            conn.execute(text(f"insert into {table} values ({marks})"),
                         [{f"c{i}": v for i, v in enumerate(r)} for r in rows])


CASES = [
    ("intact", []),
    ("body", ["update ledger_entry set body = cast(replace(cast(body as text), 'purpose', 'purposf') as {blob})"
              " where seq = 17"]),
    ("kind", ["update ledger_entry set kind = 'item.disposed' where seq = 14"]),
    ("item", ["update ledger_entry set item = 'UN-DIL-26-999999-Z' where seq = 15"]),
    ("entry_hash", ["update ledger_entry set entry_hash = (select entry_hash from ledger_entry t where t.seq = 8)"
                    " where seq = 9"]),
    ("seq moved", ["delete from ledger_signature where seq = 13",
                   "update ledger_entry set seq = 100013 where seq = 13"]),
    ("seq moved to 0", ["delete from ledger_signature where seq = 12",
                        "update ledger_entry set seq = 0 where seq = 12"]),
    ("seq moved below 0", ["delete from ledger_signature where seq = 11",
                           "update ledger_entry set seq = -11 where seq = 11"]),
    ("row deleted", ["delete from ledger_signature where seq = 16", "delete from ledger_entry where seq = 16"]),
    ("signature", ["update ledger_signature set signature = (select signature from ledger_signature t"
                   " where t.seq = 17 and t.signer = 'jdoe') where seq = 18 and signer = 'jdoe'"]),
    ("signer", ["update ledger_signature set signer = 'mallory' where seq = 19 and signer = 'jdoe'"]),
    ("key_id", ["update ledger_signature set key_id = '0000000000000000' where seq = 20 and signer = 'admin'"]),
    ("sig deleted", ["delete from ledger_signature where seq = 21 and signer = 'admin'"]),
    ("key registration kind hidden", ["update ledger_entry set kind = 'user.renamed' where kind = "
                                      "'user.key_registered' and seq = (select max(seq) from ledger_entry"
                                      " where kind = 'user.key_registered')"]),
]


SIGNATURE_CASES = {"signature", "signer", "key_id", "sig deleted", "key registration kind hidden"}


@pytest.mark.parametrize(("name", "statements"), CASES, ids=[c[0] for c in CASES])
def test_parallel_verdict_equals_in_process(parallel_ledger, name, statements, monkeypatch):
    ctx = parallel_ledger
    blob = "blob" if ctx.engine.url.get_backend_name() == "sqlite" else "bytea"
    with ctx.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        snap = _snapshot(conn)
        for sql in statements:
            if "cast(body as text)" in sql and blob == "bytea":
                sql = sql.replace("cast(replace(cast(body as text), 'purpose', 'purposf') as {blob})",
                                  "convert_to(replace(convert_from(body, 'UTF8'), 'purpose', 'purposf'), 'UTF8')")
            conn.exec_driver_sql(sql.format(blob=blob))
        conn.commit()
    try:
        for check_signatures in (True, False):
            pooled, one = _both(ctx, check_signatures, monkeypatch)
            assert pooled.workers == 2 and one.workers == 1
            assert sorted(pooled.failures, key=str) == sorted(one.failures, key=str)
            assert (pooled.root, pooled.entries, pooled.signatures_checked, pooled.checkpoints_checked) == (
                one.root, one.entries, one.signatures_checked, one.checkpoints_checked)
            if check_signatures or name not in SIGNATURE_CASES:
                assert pooled.ok == (name == "intact"), pooled.failures
    finally:
        with ctx.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
            _restore(conn, snap)
            conn.commit()
