"""Migration 0014 (issue 18, 5: word search at 10^6 items): on SQLite the full-text table is made again with prefix
indexes of 2, 3 and 4 characters, keeping every row (rowid, item id, body) as it was; PostgreSQL is left as it
was. A database at 0013 with items upgrades, its search finds the same items by whole words and by prefixes, and
new items are indexed in the new table."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from custody.db import migrate
from custody.db.engine import make_engine
from custody.services import search as search_svc
from custody.services.auth import login
from custody.services.context import AppContext
from custody.services.setup import initialize
from tests.conftest import ADMIN_PASSWORD, setup_request
from tests.durability.test_upgrade import make_0001_database


def _rows(engine) -> list[tuple]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            return [tuple(r) for r in conn.execute(text("SELECT rowid, item_id, body FROM item_search ORDER BY rowid"))]
        return [tuple(r) for r in conn.execute(text("SELECT item_id, body, tsv::text FROM item_search ORDER BY item_id"))]


def _ddl(engine) -> str:
    with engine.connect() as conn:
        return conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'item_search'")).scalar_one()


def test_upgrade_from_0013_keeps_every_search_row_and_adds_prefix_indexes(db_url: str, _isolated_data_dir: Path,
                                                                           clock):
    make_0001_database(db_url, 5)  # 0007 fills the search rows of these items on the way to 0013
    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0013")
        conn.commit()
    before = _rows(engine)
    assert len(before) == 5
    if engine.dialect.name == "sqlite":
        assert "prefix" not in _ddl(engine)

    migrate.upgrade(engine)

    assert migrate.status(engine).up_to_date
    assert _rows(engine) == before
    if engine.dialect.name == "sqlite":
        assert "prefix = '2 3 4'" in _ddl(engine)
        with engine.begin() as conn:  # FTS5's own check of the index against the stored rows
            conn.execute(text("INSERT INTO item_search (item_search) VALUES ('integrity-check')"))
    ctx = AppContext(engine=engine, data_dir=_isolated_data_dir, clock=clock)
    initialize(ctx, setup_request())
    session = login(ctx, "admin", ADMIN_PASSWORD)

    def ids(q: str) -> list[str]:
        return [r.item_id for r in search_svc.search(ctx, session, q)]

    kalashnikov = ["UN-DIL-26-000001-X"]
    assert ids("kalashnikov") == kalashnikov
    for typed in ("ka", "kal", "kala", "kalas", "KALASHNI"):  # each prefix index length, and longer
        assert ids(typed) == kalashnikov, typed
    assert ids("AK-774411") == kalashnikov
    assert len(ids("cardboard box")) == 4
    assert len(ids("card bo")) == 4  # every word as a prefix
    assert len(ids("Como")) == 5
    assert ids("Comoro rifle") == kalashnikov
    assert ids("zz") == []
    engine.dispose()
