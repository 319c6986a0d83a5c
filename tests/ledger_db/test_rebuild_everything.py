"""Issue 15, acceptance 4: ``ledger rebuild`` on a demo database re-derives every table the ledger decides (item
state, ledger references, item values, outside people, search index) and the result equals the live tables byte
for byte; wiped or damaged tables come back exactly (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import json

from click.testing import CliRunner
from sqlalchemy import text

from custody.cli.main import cli
from custody.db.uow import unit_of_work
from custody.services import ledger_admin
from custody.services.demo import DemoOptions, build_demo

TABLES = {
    "item_state": "SELECT item_id, status, custodian, location_code, last_seq, updated_at FROM item_state "
                  "ORDER BY item_id",
    "ledger_ref": "SELECT ref, seq FROM ledger_ref ORDER BY ref",
    "item": "SELECT id, item_id, description, quantity, unit, sealed, seal_number, biohazard, fields_json "
            "FROM item ORDER BY id",
    "external_person": "SELECT ref, name, organisation, role, id_type, id_number, seq, registered_by, "
                       "registered_at FROM external_person ORDER BY ref",
    "item_search": "SELECT item_id, body FROM item_search ORDER BY item_id",
}


def dump(ctx) -> dict[str, bytes]:
    """Each derived table as bytes (rows in key order, every column)."""
    out = {}
    with unit_of_work(ctx.engine, read_only=True) as s:
        for name, q in TABLES.items():
            rows = [[v if not isinstance(v, bool) else int(v) for v in r] for r in s.execute(text(q)).all()]
            out[name] = json.dumps(rows, ensure_ascii=False).encode()
    if ctx.engine.dialect.name == "sqlite":
        with unit_of_work(ctx.engine, read_only=True) as s:  # the FTS rowid ties each index row to its item
            rows = s.execute(text("SELECT rowid, item_id FROM item_search ORDER BY rowid")).all()
            out["item_search_rowid"] = json.dumps([list(r) for r in rows]).encode()
    return out


def test_rebuild_reproduces_every_derived_table_byte_for_byte(ctx, tmp_path):
    from tests.conftest import ADMIN_PASSWORD

    result = build_demo(ctx, DemoOptions(items=30, seed=11, photos=False, admin_password=ADMIN_PASSWORD))
    live = dump(ctx)
    assert all(len(v) > 10 for v in live.values()), {k: len(v) for k, v in live.items()}
    assert ledger_admin.rebuild(ctx) == []  # nothing to fix on a healthy database
    assert dump(ctx) == live

    # Wipe or damage every derived table, as someone writing to the database without keys could.
    with unit_of_work(ctx.engine) as s:
        for table in ("item_state", "ledger_ref", "external_person", "item_search"):
            s.execute(text(f"DELETE FROM {table}"))
        s.execute(text("UPDATE item SET description = 'nothing to see', fields_json = '{}', seal_number = 'X'"))
    damaged = dump(ctx)
    assert all(damaged[k] != live[k] for k in TABLES)

    fixed = ledger_admin.rebuild(ctx)
    assert fixed  # it says what it found
    rebuilt = dump(ctx)
    for name in live:
        assert hashlib.sha256(rebuilt[name]).hexdigest() == hashlib.sha256(live[name]).hexdigest(), name
    assert ledger_admin.rebuild(ctx) == []
    assert ledger_admin.verify(ctx).ok
    assert result.items >= 30


def test_cli_rebuild_on_a_demo_database(tmp_path):
    db = tmp_path / "demo.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--db", str(db), "--items", "12", "--no-photos"]).exit_code == 0
    from custody.db.engine import make_engine
    from custody.services.context import AppContext

    ctx = AppContext(engine=make_engine(f"sqlite:///{db}"), data_dir=tmp_path / "data")
    live = dump(ctx)
    with unit_of_work(ctx.engine) as s:
        s.execute(text("DELETE FROM item_search"))
        s.execute(text("DELETE FROM external_person"))
        s.execute(text("UPDATE item SET description = 'x'"))
    out = runner.invoke(cli, ["--db", str(db), "ledger", "rebuild"])
    assert out.exit_code == 0, out.output
    assert "repaired" in out.output
    assert dump(ctx) == live
