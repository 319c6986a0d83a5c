"""Issue 17, acceptance 3: a 0001 database with items upgrades to one whose search finds them, and killing the
upgrade at random moments never leaves a bad backup (nor a half-upgraded database)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
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

KILLS = 20
REPO = Path(__file__).resolve().parents[2]


def make_0001_database(url: str, items: int, *, filler_mb: int = 0) -> None:
    """A database as Custody 0001 left it: cases, seizures and items (and no search rows: 0002 did not exist)."""
    engine = make_engine(url)
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    with engine.begin() as conn:
        at = "2026-11-28T09:00:00Z"
        conn.execute(text(
            "INSERT INTO case_file (id, case_number, offence_type, title, agency_ref, prosecutor_ref, court_ref, "
            "opened_at, opened_by) VALUES (1, 'DIL-2026-0001', 'arms_trafficking', 'Port of Dili container', '', "
            "'', '', :at, 'admin')"), {"at": at})
        conn.execute(text(
            "INSERT INTO seizure (id, document_number, case_id, occurred_at, place, seizing_officer, witnesses_json, "
            "legal_authority, received_from, notes, recorded_at) VALUES (1, '2026-000001', 1, :at, "
            "'Rua de Comoro 17, Dili', 'admin', '[]', 'Warrant 44/2026', '', '', :at)"), {"at": at})
        rows = [{"id": i, "item_id": f"UN-DIL-26-{i:06d}-X", "n": i, "c": "firearm" if i == 1 else "other",
                 "d": ("Kalashnikov rifle, folding stock" if i == 1 else f"Cardboard box number {i}"),
                 "f": '{"serial_number": "AK-774411"}' if i == 1 else "{}", "at": at} for i in range(1, items + 1)]
        conn.execute(text(
            "INSERT INTO item (id, item_id, seizure_id, item_number, category, description, quantity, unit, sealed, "
            "seal_number, biohazard, fields_json, registered_at) VALUES (:id, :item_id, 1, :n, "
            ":c, :d, '1', 'piece', TRUE, 'S-1', FALSE, :f, :at)"), rows)
        if filler_mb:  # a bigger file: the backup takes long enough to be killed in the middle
            blob = os.urandom(1 << 20)
            conn.execute(text("INSERT INTO attachment (sha256, media_type, size, data, created_at) "
                              "VALUES (:h, 'application/octet-stream', :s, :d, :at)"),
                         [{"h": f"{i:064x}", "s": len(blob), "d": blob, "at": at} for i in range(filler_mb)])
    engine.dispose()


def test_upgrade_from_0001_indexes_existing_items_for_search(db_url: str, _isolated_data_dir: Path, clock):
    make_0001_database(db_url, 5)
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    ctx = AppContext(engine=engine, data_dir=_isolated_data_dir, clock=clock)
    initialize(ctx, setup_request())
    session = login(ctx, "admin", ADMIN_PASSWORD)
    assert [r.item_id for r in search_svc.search(ctx, session, "kalashnikov")] == ["UN-DIL-26-000001-X"]
    assert [r.item_id for r in search_svc.search(ctx, session, "AK-774411")] == ["UN-DIL-26-000001-X"]
    assert len(search_svc.search(ctx, session, "cardboard box")) == 4
    assert len(search_svc.search(ctx, session, "Comoro")) == 5
    engine.dispose()


_CHILD = (
    "import sys\n"
    "from custody.db import migrate\n"
    "from custody.db.engine import make_engine\n"
    "engine = make_engine(sys.argv[1], create=False)\n"
    "print('go', flush=True)\n"
    "migrate.upgrade(engine)\n"
)


def _start(url: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, url], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "go"
    return proc


def _revision(db: Path) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_killing_the_upgrade_never_leaves_a_bad_backup(tmp_path: Path):
    pristine = tmp_path / "pristine.sqlite3"
    make_0001_database(f"sqlite:///{pristine}", 2000, filler_mb=16)
    work = tmp_path / "station"
    work.mkdir()
    db = work / "custody.sqlite3"
    url = f"sqlite:///{db}"
    head = migrate.script_directory().get_current_head()

    def fresh() -> None:
        for f in work.glob("custody.sqlite3*"):
            f.unlink()
        shutil.copy2(pristine, db)

    fresh()
    first = _start(url)
    t0 = time.monotonic()
    assert first.wait(120) == 0  # one whole upgrade: how long the backup and the migrations take
    window = time.monotonic() - t0
    assert _revision(db) == head
    rng = random.Random(17)
    killed_while_running = 0
    for _ in range(KILLS):
        fresh()
        proc = _start(url)
        time.sleep(rng.uniform(0, window))
        if proc.poll() is None:
            killed_while_running += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        # The database is either untouched or fully upgraded, never in between ...
        assert _revision(db) in ("0001", head)
        # ... and every file named as a backup is a whole, sound copy of the database before the upgrade.
        for backup in (work / "backups").glob("*"):
            if ".partial" in backup.name:  # a temporary name (and its -journal): not a backup
                continue
            assert backup.stat().st_size > 0, backup
            assert _revision(backup) == "0001", backup
    assert killed_while_running >= KILLS // 2  # the kills landed in the upgrade, not after it
    # After all that, the upgrade completes, and leaves no partial copy behind.
    fresh()
    assert _start(url).wait(120) == 0
    assert _revision(db) == head
    assert not [p for p in (work / "backups").iterdir() if ".partial" in p.name]
