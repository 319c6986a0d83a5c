"""Issue 17, acceptance 1: backups taken while four processes append all restore, verify and hold every entry
acknowledged before they started; restore refuses a flipped byte, a truncated file and a file that is no backup."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from custody.cli.main import cli
from custody.security import sealed
from custody.services import backup as backup_svc
from custody.services import ledger_admin
from tests.conftest import ADMIN_PASSWORD
from tests.durability.appender import append_until, read_acks

PASSPHRASE = "purple elephants at dawn"
WORKERS = 4
BACKUPS = 20


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed, "SCRYPT_N", 1 << 12)  # stored in each key file: restore uses what was set


def _seqs(db: Path) -> set[int]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT seq FROM ledger_entry")}
    finally:
        con.close()


def test_backups_while_four_processes_append(sqlite_ctx, tmp_path: Path):
    ctx = sqlite_ctx
    backup_svc.set_passphrase(ctx, PASSPHRASE)
    url = ctx.engine.url.render_as_string(hide_password=False)
    station = ctx.station().code
    acks = [tmp_path / f"acks-{w}.log" for w in range(WORKERS)]
    stop = tmp_path / "stop"
    spawn = mp.get_context("spawn")
    procs = [spawn.Process(target=append_until, args=(url, station, "admin", ADMIN_PASSWORD, w, str(acks[w]),
                                                      str(stop), 400, 0.01)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    try:
        deadline = time.monotonic() + 120
        while not all(a.exists() and a.stat().st_size for a in acks):  # every writer is under way
            assert time.monotonic() < deadline and all(p.is_alive() for p in procs)
            time.sleep(0.05)
        good = 0
        for i in range(BACKUPS):
            acknowledged = read_acks(acks)  # committed before this backup started
            made = backup_svc.create_backup(ctx, tmp_path / "backups")
            restored = backup_svc.restore_backup(made.path, tmp_path / f"restored-{i}", PASSPHRASE)
            seqs = _seqs(restored.restored)
            assert acknowledged <= seqs, sorted(acknowledged - seqs)[:10]
            assert restored.ledger_size == len(seqs) == max(seqs)
            good += 1
        during = len(read_acks(acks))
    finally:
        stop.touch()
        for p in procs:
            p.join(60)
    assert good == BACKUPS
    assert all(p.exitcode == 0 for p in procs)
    assert during > 0
    # The last restored copy opens as a station of its own: the CLI verifies it, trusted by its restored key.
    res = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / f"restored-{BACKUPS - 1}"), "ledger", "verify"])
    assert res.exit_code == 0 and "Ledger intact" in res.output, res.output


@pytest.fixture
def one_backup(sqlite_ctx, tmp_path: Path) -> Path:
    backup_svc.set_passphrase(sqlite_ctx, PASSPHRASE)
    return backup_svc.create_backup(sqlite_ctx, tmp_path / "backups").path


def _restore_cli(file: Path, target: Path, tmp_path: Path, *extra: str):
    pp = tmp_path / "passphrase.txt"
    pp.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["--data-dir", str(target), "restore", str(file), "--passphrase-file", str(pp),
                                    *extra])


@pytest.mark.parametrize("damage", ["flipped byte", "flipped header byte", "truncated", "no backup", "empty"])
def test_restore_refuses_a_damaged_file(one_backup: Path, tmp_path: Path, damage: str):
    data = one_backup.read_bytes()
    bad = tmp_path / "bad.custody-backup"
    if damage == "flipped byte":
        bad.write_bytes(data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 0x01]) + data[len(data) // 2 + 1:])
    elif damage == "flipped header byte":
        bad.write_bytes(data[:200] + bytes([data[200] ^ 0x20]) + data[201:])
    elif damage == "truncated":
        bad.write_bytes(data[:-1])
    elif damage == "no backup":
        bad.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    else:
        bad.write_bytes(b"")
    target = tmp_path / "new-station"
    res = _restore_cli(bad, target, tmp_path)
    assert res.exit_code == 1 and "Traceback" not in res.output, res.output
    assert "Nothing was restored" in res.stderr
    assert not (target / "custody.sqlite3").exists()
    assert not (target / "keys").exists() or not list((target / "keys").iterdir())
    # The good file still restores.
    res = _restore_cli(one_backup, target, tmp_path)
    assert res.exit_code == 0, res.output


def test_wrong_passphrase_is_told_apart(one_backup: Path, tmp_path: Path):
    pp = tmp_path / "wrong.txt"
    pp.write_text("not the passphrase at all\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "n"), "restore", str(one_backup),
                                   "--passphrase-file", str(pp)])
    assert res.exit_code == 1 and "passphrase does not open this backup" in res.stderr


def test_restore_refuses_a_backup_older_than_an_exported_checkpoint(sqlite_ctx, one_backup: Path, tmp_path: Path):
    ledger_admin.checkpoint(sqlite_ctx)  # the station goes on: a checkpoint after the backup, exported
    note = tmp_path / "checkpoint.txt"
    note.write_text(ledger_admin.checkpoint(sqlite_ctx), encoding="utf-8")
    target = tmp_path / "new-station"
    res = _restore_cli(one_backup, target, tmp_path, "--checkpoint", str(note))
    assert res.exit_code == 1 and "older than what the station exported" in res.stderr, res.output
    assert not (target / "custody.sqlite3").exists()
    res = _restore_cli(one_backup, target, tmp_path, "--checkpoint", str(note), "--force")
    assert res.exit_code == 0, res.output
    assert (target / "custody.sqlite3").exists()


def test_backup_needs_a_passphrase(sqlite_ctx, tmp_path: Path):
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "custody.sqlite3"), "--data-dir",
                                   str(sqlite_ctx.data_dir), "backup", "--to", str(tmp_path / "b")])
    assert res.exit_code == 1 and "No backup passphrase is set" in res.stderr, res.output
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_backup_cli_and_keys_included(sqlite_ctx, tmp_path: Path):
    backup_svc.set_passphrase(sqlite_ctx, PASSPHRASE)
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "custody.sqlite3"), "--data-dir",
                                   str(sqlite_ctx.data_dir), "backup", "--to", str(tmp_path / "b")])
    assert res.exit_code == 0 and "written and verified" in res.output, res.output
    (file,) = (tmp_path / "b").glob("*.custody-backup")
    res = _restore_cli(file, tmp_path / "n", tmp_path)
    assert res.exit_code == 0, res.output
    keys = {p.name for p in (tmp_path / "n" / "keys").iterdir()}
    assert any(k.startswith("station-") for k in keys) and any(k.startswith("pdf-signing-") for k in keys)
    assert {p.name for p in (tmp_path / "n" / "keys").iterdir()} == {
        p.name for p in (sqlite_ctx.data_dir / "keys").iterdir()}


@pytest.mark.postgres
def test_postgresql_backup_with_pg_dump_restores_with_pg_restore(pg_url: str, tmp_path: Path):
    import shutil
    import subprocess
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("the PostgreSQL client (pg_dump, pg_restore) is not installed")
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n", encoding="utf-8")
    data = tmp_path / "station"
    run = CliRunner().invoke
    assert run(cli, ["--db", pg_url, "--data-dir", str(data), "init", "--agency", "UN Police", "--station", "DIL",
                     "--admin", "admin", "--password-file", str(pw)]).exit_code == 0
    assert run(cli, ["--db", pg_url, "--data-dir", str(data), "backup", "passphrase", "--as", "admin",
                     "--password-file", str(pw), "--passphrase-file", str(pp)]).exit_code == 0
    res = run(cli, ["--db", pg_url, "--data-dir", str(data), "backup", "--to", str(tmp_path / "b")])
    assert res.exit_code == 0, res.output
    (file,) = (tmp_path / "b").glob("*.custody-backup")
    new = tmp_path / "new"
    res = run(cli, ["--data-dir", str(new), "restore", str(file), "--passphrase-file", str(pp)])
    assert res.exit_code == 0 and "pg_restore" in res.output, res.output
    # The documented command loads it into an empty database, which then verifies with the restored keys.
    url = make_url(pg_url)
    name = f"custody_r_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        target = url.set(database=name, drivername="postgresql").render_as_string(hide_password=False)
        done = subprocess.run(["pg_restore", "--no-owner", "--dbname", target, str(new / "custody.pgdump")],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        res = run(cli, ["--db", target, "--data-dir", str(new), "ledger", "verify"])
        assert res.exit_code == 0 and "Ledger intact" in res.output, res.output
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        admin.dispose()


def test_automatic_backups_daily_at_exit_and_retention(sqlite_ctx, tmp_path: Path):
    from datetime import UTC, datetime, timedelta

    ctx = sqlite_ctx
    assert backup_svc.auto_backup(ctx, "exit") is None  # no passphrase: nothing, and no error
    backup_svc.set_passphrase(ctx, PASSPHRASE)
    backup_svc.save_auto_settings(ctx, backup_svc.AutoBackupSettings(keep=3, folder=str(tmp_path / "auto")))
    t = [datetime(2026, 12, 1, 8, 0, tzinfo=UTC)]
    first = backup_svc.auto_backup(ctx, "daily", now=lambda: t[0])
    assert first is not None and first.path.exists()
    assert backup_svc.auto_backup(ctx, "daily", now=lambda: t[0]) is None  # the newest is less than a day old
    for i in range(4):  # four exits: only the newest three backups stay
        t[0] += timedelta(minutes=1 + i)
        assert backup_svc.auto_backup(ctx, "exit", now=lambda: t[0]) is not None
    kept = sorted(p.name for p in (tmp_path / "auto").iterdir())
    assert len(kept) == 3 and all(name.endswith("-exit.custody-backup") for name in kept)
    backup_svc.save_auto_settings(ctx, backup_svc.AutoBackupSettings(at_exit=False, folder=str(tmp_path / "auto")))
    assert backup_svc.auto_backup(ctx, "exit") is None
