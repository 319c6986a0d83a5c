"""An attacker with database access (triggers dropped by raw SQL) cannot change history unnoticed.

Runs on SQLite and PostgreSQL. Every case tampers inside a transaction, verifies through that
same transaction, and rolls back, so one ledger serves the whole matrix.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from custody.db.uow import unit_of_work
from custody.ledger import merkle
from custody.ledger.canonical import canonical_bytes, parse_canonical
from custody.ledger.entry import entry_hash
from custody.services import ledger as ledger_svc
from custody.services import ledger_admin
from tests.ledger_db.conftest import append_custody_events

TRIGGER_TABLES = ("ledger_entry", "ledger_signature", "ledger_checkpoint", "attachment")


def drop_triggers(ctx) -> None:
    with ctx.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            names = [r[0] for r in conn.exec_driver_sql("select name from sqlite_master where type='trigger'")]
            for n in names:
                conn.exec_driver_sql(f"DROP TRIGGER {n}")
        else:
            for t in TRIGGER_TABLES:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS trg_{t}_no_change ON {t}")
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS trg_{t}_no_truncate ON {t}")
        conn.commit()


@contextmanager
def attacker(ctx) -> Iterator[Connection]:
    """A raw connection with foreign keys off, in a transaction that is always rolled back."""
    conn = ctx.engine.connect()
    try:
        if conn.dialect.name == "sqlite":
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
            conn.exec_driver_sql("select 1")
        else:
            conn.exec_driver_sql("SET session_replication_role = replica")
        yield conn
    finally:
        conn.rollback()
        conn.close()


def verify_on(conn: Connection, trusted: str | None = None):
    session = Session(bind=conn)
    report = ledger_svc.verify_stored(session, trusted_checkpoint=trusted, workers=1)
    extra = ledger_admin.storage_checks(session, report)
    failures = sorted([*report.failures, *extra], key=lambda f: f.seq)
    return failures


@pytest.fixture
def ledger(ctx, admin_session, officer):
    append_custody_events(ctx, admin_session, 24, items=4, second=officer)
    ledger_admin.checkpoint(ctx)
    append_custody_events(ctx, admin_session, 6, items=4, second=officer)
    assert ledger_admin.verify(ctx).ok
    drop_triggers(ctx)
    return ctx


def _flip(b: bytes, i: int = 5) -> bytes:
    b = bytearray(b)
    b[i] ^= 0x01
    return bytes(b)


def _rows(conn: Connection) -> list[tuple]:
    return conn.exec_driver_sql("select seq, body from ledger_entry order by seq").fetchall()


def _entry_cases(conn: Connection) -> list[tuple[str, int, Callable[[Connection], None]]]:
    """Every column of every ledger_entry row, changed alone."""
    cases = []
    for seq, body in _rows(conn):
        body = bytes(body)
        b = parse_canonical(body)
        b["data"] = {**b["data"], "tampered": True}
        new_body = canonical_bytes(b)

        def set_col(col: str, value, seq=seq):
            return lambda c: c.execute(text(f"update ledger_entry set {col} = :v where seq = :s"), {"v": value, "s": seq})

        cases += [
            ("body", seq, set_col("body", new_body)),
            ("body-noncanonical", seq, set_col("body", body.replace(b'"v":1', b'"v": 1'))),
            ("entry_hash", seq, lambda c, seq=seq: c.execute(
                text("update ledger_entry set entry_hash = :v where seq = :s"),
                {"v": _flip(bytes(c.execute(text("select entry_hash from ledger_entry where seq=:s"), {"s": seq}).scalar())), "s": seq})),
            ("kind", seq, set_col("kind", "item.disposed")),
            ("item", seq, set_col("item", "UN-DIL-26-999999-Z")),
            ("seq", seq, set_col("seq", seq + 100000)),
        ]
        if b["item"] is not None:
            cases.append(("item-null", seq, set_col("item", None)))
    return cases


def _signature_cases(conn: Connection) -> list[tuple[str, int, Callable[[Connection], None]]]:
    cases = []
    for seq, signer, sig in conn.exec_driver_sql("select seq, signer, signature from ledger_signature order by seq").fetchall():
        where = {"s": seq, "n": signer}

        def upd(col: str, value, where=where):
            return lambda c: c.execute(
                text(f"update ledger_signature set {col} = :v where seq = :s and signer = :n"), {**where, "v": value}
            )

        cases += [
            ("signature", seq, upd("signature", _flip(bytes(sig), 10))),
            ("signer", seq, upd("signer", "mallory")),
            ("key_id", seq, upd("key_id", "00" * 8)),
            ("sig-seq", seq, upd("seq", seq + 100000)),
        ]
    return cases


def _checkpoint_cases(conn: Connection) -> list[tuple[str, int, Callable[[Connection], None]]]:
    cases = []
    for cid, size, note in conn.exec_driver_sql("select id, size, note from ledger_checkpoint").fetchall():
        lines = note.split("\n")
        lines[2] = ("A" if lines[2][0] != "A" else "B") + lines[2][1:]  # another root hash
        cases += [
            ("cp-note", size, lambda c, cid=cid, n="\n".join(lines): c.execute(
                text("update ledger_checkpoint set note = :v where id = :i"), {"v": n, "i": cid})),
            ("cp-size", size, lambda c, cid=cid, s=size: c.execute(
                text("update ledger_checkpoint set size = :v where id = :i"), {"v": s + 3, "i": cid})),
        ]
    return cases


def test_every_single_column_change_is_detected_at_its_seq(ledger):
    with attacker(ledger) as conn:
        assert verify_on(conn) == []
        cases = _entry_cases(conn) + _signature_cases(conn) + _checkpoint_cases(conn)
    assert len(cases) > 300
    missed = []
    for name, seq, tamper in cases:
        with attacker(ledger) as conn:
            tamper(conn)
            failures = verify_on(conn)
            if not failures:
                missed.append((name, seq, "not detected"))
            elif failures[0].seq != seq:
                missed.append((name, seq, f"first failure at {failures[0].seq}: {failures[0].reason}"))
    assert missed == [], '\n'.join(map(str, missed))


def test_deleting_a_middle_row_is_detected(ledger):
    with attacker(ledger) as conn:
        conn.exec_driver_sql("delete from ledger_signature where seq = 12")
        conn.exec_driver_sql("delete from ledger_entry where seq = 12")
        failures = verify_on(conn)
    assert failures and failures[0].seq == 12


def test_swapping_two_rows_is_detected(ledger):
    with attacker(ledger) as conn:
        a = bytes(conn.exec_driver_sql("select body from ledger_entry where seq = 10").scalar())
        b = bytes(conn.exec_driver_sql("select body from ledger_entry where seq = 14").scalar())
        conn.execute(text("update ledger_entry set body = :b where seq = 10"), {"b": b})
        conn.execute(text("update ledger_entry set body = :b where seq = 14"), {"b": a})
        failures = verify_on(conn)
    assert failures and failures[0].seq == 10


def test_rewriting_a_body_and_recomputing_every_later_hash_is_detected(ledger):
    target = 9
    with attacker(ledger) as conn:
        rows = [(s, bytes(b)) for s, b in _rows(conn)]
        hashes: dict[int, bytes] = {}
        item_last: dict[str, str] = {}
        frontier = merkle.Frontier()
        prev_hash = None
        for seq, body in rows:
            obj = json.loads(body)
            if seq == target:
                obj["data"]["purpose"] = "rewritten by an attacker"
            if seq >= target:
                obj["prev"] = prev_hash.hex() if prev_hash else "0" * 64
                if obj["item"]:
                    obj["item_prev"] = item_last.get(obj["item"])
                new = canonical_bytes(obj)
                h = entry_hash(new)
                conn.execute(
                    text("update ledger_entry set body = :b, entry_hash = :h where seq = :s"),
                    {"b": new, "h": h, "s": seq},
                )
            else:
                h = entry_hash(body)
            hashes[seq] = h
            if obj["item"]:
                item_last[obj["item"]] = h.hex()
            frontier.append(h)
            prev_hash = h
        conn.execute(
            text("update ledger_head set root = :r, last_hash = :l, frontier = :f"),
            {"r": frontier.root(), "l": prev_hash, "f": frontier.to_bytes()},
        )
        failures = verify_on(conn)
    assert failures and failures[0].seq == target


def test_truncating_the_tail_is_detected_against_an_exported_checkpoint(ledger):
    exported = ledger_admin.checkpoint(ledger)  # e.g. printed on a report, kept by the prosecutor
    with unit_of_work(ledger.engine, read_only=True) as s:
        size = ledger_svc.ledger_size(s)
    with attacker(ledger) as conn:
        keep = size - 5
        conn.execute(text("delete from ledger_signature where seq > :k"), {"k": keep})
        conn.execute(text("delete from ledger_entry where seq > :k"), {"k": keep})
        conn.execute(text("delete from ledger_checkpoint where size > :k"), {"k": keep})
        conn.execute(text("delete from ledger_node"))  # the attacker also hides the Merkle nodes
        fr = merkle.Frontier()
        for (h,) in conn.exec_driver_sql("select entry_hash from ledger_entry order by seq"):
            fr.append(bytes(h))
        conn.execute(text("update ledger_head set size = :n, root = :r, frontier = :f"),
                     {"n": keep, "r": fr.root(), "f": fr.to_bytes()})
        fixer = Session(bind=conn)
        ledger_admin._projection_differences(fixer, rebuild=True)  # and rebuilds the projections
        fixer.flush()
        assert verify_on(conn) == []  # internally consistent after truncation ...
        failures = verify_on(conn, trusted=exported)  # ... but not against the exported checkpoint
    assert failures


def test_append_only_triggers_refuse_changes(ctx, admin_session):
    append_custody_events(ctx, admin_session, 3)
    statements = [
        "update ledger_entry set kind = 'x.y' where seq = 1",
        "delete from ledger_entry where seq = 1",
        "update ledger_signature set key_id = 'x' where seq = 1",
        "delete from ledger_signature",
        "update ledger_checkpoint set note = 'x'",
        "delete from ledger_checkpoint",
    ]
    if ctx.engine.dialect.name == "postgresql":
        statements += ["truncate ledger_entry cascade", "truncate ledger_signature", "truncate ledger_checkpoint",
                       "truncate attachment"]
    for stmt in statements:
        with ctx.engine.connect() as conn:
            with pytest.raises(Exception) as err:
                conn.exec_driver_sql(stmt)
            assert "append-only" in str(err.value), stmt
            conn.rollback()
    assert ledger_admin.verify(ctx).ok
