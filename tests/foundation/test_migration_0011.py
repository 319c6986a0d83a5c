"""Migration 0011 (issue 18, point 6: storage) on a station with a ledger: a 0010 database holding a real ledger
(the demo station's, with its stored ``prev`` copies) upgrades to one without the ``prev`` column, its UNIQUE index
and the ``(item, seq)`` / ``(item, kind, seq)`` indexes; bodies, hashes and signatures come through byte for byte,
the whole ledger still verifies (signatures, checkpoints, projections), the database still refuses UPDATE and DELETE
on the ledger, and the station goes on appending."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, inspect, text
from sqlalchemy.exc import DBAPIError

from custody.db import migrate
from custody.db.engine import make_engine
from custody.services import labels, ledger_admin
from custody.services.auth import login
from custody.services.context import AppContext
from custody.services.demo import DemoOptions, build_demo
from custody.services.intake import list_items
from tests.conftest import make_context

ADMIN_PASSWORD = "admin password 1234"
OFFICER_PASSWORD = "officer password 1234"
SKIP = {"alembic_version"}  # and the search index (raw DDL; refilled by the app, not part of this migration)


def _ledger(engine) -> tuple[list[tuple], list[tuple]]:
    with engine.connect() as conn:
        entries = [(s, bytes(b), bytes(h), k, i) for s, b, h, k, i in conn.exec_driver_sql(
            "SELECT seq, body, entry_hash, kind, item FROM ledger_entry ORDER BY seq")]
        sigs = [(s, n, kid, bytes(sig)) for s, n, kid, sig in conn.exec_driver_sql(
            "SELECT seq, signer, key_id, signature FROM ledger_signature ORDER BY seq, signer")]
    return entries, sigs


def _copy_into_0010(source, url: str) -> None:
    """Every table of ``source`` (a head database) into a new database at 0010, ``prev`` filled from the bodies
    as Custody up to 0010 stored it."""
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")
        conn.commit()
    target = MetaData()
    target.reflect(engine)
    assert "prev" in target.tables["ledger_entry"].c
    with source.connect() as src, engine.begin() as dst:
        for table in target.sorted_tables:
            if table.name in SKIP or table.name.startswith("item_search"):
                continue
            rows = [dict(r) for r in src.execute(text(f"SELECT * FROM {table.name}")).mappings()]
            if table.name == "ledger_entry":
                for r in rows:
                    r["prev"] = bytes.fromhex(json.loads(bytes(r["body"]))["prev"])
            if rows:
                dst.execute(table.insert(), rows)
            if dst.dialect.name == "postgresql" and "id" in table.c and table.c.id.autoincrement:
                dst.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)")
    engine.dispose()


@pytest.mark.slow
def test_upgrade_from_0010_with_a_ledger(db_url: str, _isolated_data_dir: Path, tmp_path: Path, clock) -> None:
    source = make_context(f"sqlite:///{tmp_path / 'head.sqlite3'}", _isolated_data_dir, clock)
    build_demo(source, DemoOptions(items=6, seed=3, admin_password=ADMIN_PASSWORD,
                                   officer_password=OFFICER_PASSWORD, photos=False))
    entries, sigs = _ledger(source.engine)
    assert len(entries) > 50 and any(i for *_, i in entries)
    _copy_into_0010(source.engine, db_url)
    source.engine.dispose()

    engine = make_engine(db_url)
    assert migrate.status(engine).current == "0010"
    status, _ = migrate.upgrade(engine)
    assert status.up_to_date
    ctx = AppContext(engine=engine, data_dir=_isolated_data_dir)
    ctx.clock = clock
    try:
        insp = inspect(engine)
        assert [c["name"] for c in insp.get_columns("ledger_entry")] == ["seq", "body", "entry_hash", "kind", "item"]
        assert sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                      for i in insp.get_indexes("ledger_entry")) == [
            ("ix_ledger_entry_item_kind", ("item", "kind"), False), ("ix_ledger_entry_kind", ("kind",), False)]
        assert insp.get_unique_constraints("ledger_entry") == []
        assert _ledger(engine) == (entries, sigs)  # byte for byte

        result = ledger_admin.verify(ctx)
        assert result.ok, result.failures[:3]
        assert result.report.entries == len(entries) and result.report.signatures_checked == len(sigs)
        assert result.trusted and result.report.checkpoints_checked >= 1

        # the database still refuses changes to the ledger (LEDGER.md 8)
        for statement in ("UPDATE ledger_entry SET kind = 'item.disposed' WHERE seq = 3",
                          "DELETE FROM ledger_entry WHERE seq = 3",
                          "UPDATE ledger_signature SET signer = 'mallory' WHERE seq = 3",
                          "DELETE FROM ledger_signature WHERE seq = 3"):
            with engine.connect() as conn, pytest.raises(DBAPIError) as err:
                conn.exec_driver_sql(statement)
            assert "append-only" in str(err.value), statement
        assert _ledger(engine) == (entries, sigs)

        # and goes on: labels printed and recorded (per-item entries that link to the items' last entries)
        officer = login(ctx, "helene", OFFICER_PASSWORD)
        items = [i.item_id for i in list_items(ctx, officer, limit=3).items]
        labels.record_labels_printed(ctx, officer, labels.prepare_item_labels(ctx, officer, items), "Brother QL")
        assert labels.reprint_count(ctx, items[0]) >= 1
        after = ledger_admin.verify(ctx)
        assert after.ok, after.failures[:3]
        assert after.report.entries > len(entries)
    finally:
        engine.dispose()
