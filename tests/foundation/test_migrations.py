"""Schema upgrades: empty -> head on SQLite and PostgreSQL, backups, refusal of newer schemas."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from custody.db import migrate
from custody.db.engine import make_engine
from custody.db.models import Base


def test_upgrade_from_empty_to_head(db_url: str):
    engine = make_engine(db_url)
    assert migrate.status(engine).empty
    st, _ = migrate.upgrade(engine)
    assert st.up_to_date and st.current == migrate.script_directory().get_current_head()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "item_search" in tables
    engine.dispose()


def test_models_match_the_migrations(db_url: str):
    """The live models and the migrated schema agree (no forgotten migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # item_search is created by raw DDL and is not a model.
    diff = [d for d in diff if "item_search" not in repr(d)]
    assert diff == []
    engine.dispose()


def test_history_is_linear_and_date_prefixed():
    script = migrate.script_directory()
    heads = script.get_heads()
    assert len(heads) == 1
    revs = list(script.walk_revisions())
    for rev in revs:
        assert not rev.is_merge_point
        assert rev.branch_labels == set() or rev.branch_labels is None
        down = rev.down_revision
        assert down is None or isinstance(down, str)
    names = sorted(p.name for p in (migrate.migrations_dir() / "versions").glob("*.py"))
    assert names and all(n[:8].isdigit() and n[8] == "_" for n in names)
    # each revision is the down_revision of at most one other
    downs = [r.down_revision for r in revs if r.down_revision]
    assert len(downs) == len(set(downs))


def test_migrations_never_import_live_models():
    for path in (migrate.migrations_dir()).rglob("*.py"):
        text = path.read_text()
        assert "custody.db.models" not in text and "from custody" not in text, path


def test_upgrade_backs_up_the_file_first(tmp_path: Path):
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    assert migrate.status(engine).current == "0001"
    st, backup = migrate.upgrade(engine)
    assert st.up_to_date
    assert backup is not None and backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("select version_num from alembic_version").fetchone() == ("0001",)
    con.close()
    engine.dispose()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path):
    db = tmp_path / "newer.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = 'ffff9999'")
    con.commit()
    con.execute("pragma wal_checkpoint(TRUNCATE)")
    con.close()
    before = _sha(db)
    siblings_before = sorted(p.name for p in tmp_path.iterdir())
    engine = make_engine(f"sqlite:///{db}")
    with pytest.raises(migrate.SchemaTooNew) as err:
        migrate.upgrade(engine)
    engine.dispose()
    assert "This database was created by a newer Custody" in err.value.message
    assert _sha(db) == before
    assert not (tmp_path / "backups").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in siblings_before if not n.endswith(("-wal", "-shm"))
    ]


def test_newer_schema_is_refused_on_postgresql(pg_url: str):
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("update alembic_version set version_num = 'ffff9999'")
    with pytest.raises(migrate.SchemaTooNew):
        migrate.upgrade(engine)
    assert migrate.status(engine).current == "ffff9999"
    engine.dispose()


def test_sqlite_pragmas(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("pragma trusted_schema").scalar() == 0
        assert conn.exec_driver_sql("pragma busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("pragma page_size").scalar() == 8192  # a new file (issue 18, 6: storage)
    engine.dispose()


def test_an_existing_file_keeps_its_page_size(tmp_path: Path):
    """A station's file made with 4 KiB pages (before issue 18) opens, upgrades and is written as it is."""
    db = tmp_path / "old.sqlite3"
    con = sqlite3.connect(db)
    con.execute("pragma journal_mode = wal")
    con.close()
    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("pragma page_size").scalar() == 4096
        assert conn.exec_driver_sql("pragma integrity_check").scalar() == "ok"
    engine.dispose()


def test_an_upgrade_that_frees_most_of_the_file_gives_the_space_back(tmp_path: Path):
    """After an upgrade leaves over a quarter of the file as free pages (0011 rebuilds the ledger table), the file
    is compacted (VACUUM): the station's disk holds what the data needs, not the old table's pages."""
    db = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0011")
        conn.commit()
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("create table scratch (b blob)")
    con.executemany("insert into scratch values (?)", [(b"x" * 3000,) for _ in range(2000)])
    con.commit()
    con.execute("drop table scratch")
    con.commit()
    assert con.execute("pragma freelist_count").fetchone()[0] * 2 > con.execute("pragma page_count").fetchone()[0]
    con.close()
    engine = make_engine(f"sqlite:///{db}")
    st, _ = migrate.upgrade(engine, backup=False)
    assert st.up_to_date
    with engine.connect() as conn:
        assert conn.exec_driver_sql("pragma freelist_count").scalar() == 0
        assert conn.exec_driver_sql("pragma integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
    engine.dispose()
