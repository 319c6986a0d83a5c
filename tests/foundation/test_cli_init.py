"""``custody init`` / ``custody db`` from the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner

from custody.cli.main import cli
from tests.conftest import ADMIN_PASSWORD


def _init_args(db: Path, pwfile: Path) -> list[str]:
    return [
        "--db", str(db), "init", "--agency", "UN Police Mission", "--station", "DIL",
        "--origin", "custody.unpol.example/DIL", "--admin", "admin", "--password-file", str(pwfile),
    ]


def test_init_then_status(tmp_path: Path):
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite3"
    runner = CliRunner()
    res = runner.invoke(cli, _init_args(db, pw))
    assert res.exit_code == 0, res.output
    assert "custody.unpol.example/DIL" in res.output
    res = runner.invoke(cli, ["--db", str(db), "db", "status"])
    assert res.exit_code == 0, res.output
    assert "up to date" in res.output
    res = runner.invoke(cli, ["--db", str(db), "ledger", "verify"])
    assert res.exit_code == 0, res.output
    assert "Ledger intact" in res.output


def test_init_refuses_a_short_password_and_writes_nothing(tmp_path: Path):
    pw = tmp_path / "pw.txt"
    pw.write_text("short\n", encoding="utf-8")
    db = tmp_path / "c.sqlite3"
    res = CliRunner().invoke(cli, _init_args(db, pw))
    assert res.exit_code == 1
    assert "password" in res.output.lower() and "8" in res.output
    assert not db.exists()


def test_init_refuses_an_existing_database_and_changes_nothing(tmp_path: Path):
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD, encoding="utf-8")
    db = tmp_path / "c.sqlite3"
    runner = CliRunner()
    assert runner.invoke(cli, _init_args(db, pw)).exit_code == 0
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("pragma wal_checkpoint(TRUNCATE)")
    before_rows = con.execute("select count(*) from ledger_entry").fetchone()
    con.close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    res = runner.invoke(cli, _init_args(db, pw))
    assert res.exit_code == 1
    assert "already set up" in res.output
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from ledger_entry").fetchone() == before_rows
    con.execute("pragma wal_checkpoint(TRUNCATE)")
    con.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_version_and_help():
    runner = CliRunner()
    res = runner.invoke(cli, ["--version"])
    assert res.exit_code == 0 and "custody" in res.output
    res = runner.invoke(cli, ["--help"])
    assert res.exit_code == 0
    for sub in ("init", "db", "ledger", "user"):
        assert sub in res.output
