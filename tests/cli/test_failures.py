"""Issue 17: every expected failure of the command line is one plain sentence on stderr and exit status 1 (2 for a
usage error), never a traceback, and changes nothing: the database file's hash is the same afterwards."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from custody.cli.main import cli
from tests.conftest import ADMIN_PASSWORD, POSTGRES_URL


@dataclass
class Station:
    db: Path
    pw: Path
    data: Path
    tmp: Path

    def run(self, *args: str, db: str | Path | None = None) -> Result:
        return CliRunner().invoke(cli, ["--db", str(db or self.db), *args])


def init_station(db: Path, pw: Path, data: Path) -> None:
    res = CliRunner().invoke(cli, ["--db", str(db), "--data-dir", str(data), "init", "--agency", "UN Police",
                                   "--station", "DIL", "--admin", "admin", "--password-file", str(pw)])
    assert res.exit_code == 0, res.output


@pytest.fixture
def station(tmp_path: Path, _isolated_data_dir: Path) -> Station:
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    db = tmp_path / "station.sqlite3"
    init_station(db, pw, _isolated_data_dir)
    settle(db)
    return Station(db=db, pw=pw, data=_isolated_data_dir, tmp=tmp_path)


def settle(db: Path) -> None:
    """Fold the WAL into the main file, so that its hash is all there is to compare."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def digest(db: Path) -> str:
    """The main file and its WAL: whatever a command writes lands in one of them."""
    h = hashlib.sha256(db.read_bytes())
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


def assert_clean_failure(res: Result, code: int = 1) -> str:
    """Exit ``code``, no traceback, exactly one non-empty line on stderr; returns that line."""
    assert res.exit_code == code, (res.exit_code, res.output, res.exception)
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("Error: ")
    return lines[0]


# --- the database named on the command line ------------------------------------------------------------------

def test_unreachable_postgresql_url(station: Station):
    res = station.run("ledger", "verify", db="postgresql://custody@127.0.0.1:1/custody")
    line = assert_clean_failure(res)
    assert "cannot be reached" in line and "refused" in line


def test_a_url_that_is_not_a_database(station: Station):
    line = assert_clean_failure(station.run("user", "list", db="ftp://example.org/custody"))
    assert "neither an SQLite file path nor a postgresql:// URL" in line


@pytest.mark.postgres
@pytest.mark.parametrize("what", ["database", "role"])
def test_missing_postgresql_database_or_role(station: Station, what: str):
    if not POSTGRES_URL:
        pytest.skip("CUSTODY_TEST_POSTGRES_URL is not set")
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES_URL)
    url = url.set(database="custody_no_such_db") if what == "database" else url.set(username="custody_no_such_role")
    line = assert_clean_failure(station.run("ledger", "verify", db=url.render_as_string(hide_password=False)))
    assert "does not exist" in line and what in line


@pytest.mark.parametrize("command", [("ledger", "verify"), ("user", "list"), ("db", "status")])
def test_a_mistyped_database_path_creates_nothing(station: Station, command: tuple[str, ...]):
    typo = station.tmp / "typo.sqlite3"
    line = assert_clean_failure(station.run(*command, db=typo))
    assert "There is no database at" in line and str(typo) in line
    assert not typo.exists()
    assert not list(station.tmp.glob("typo.sqlite3*"))


def test_a_text_file_as_the_database(station: Station):
    text = station.tmp / "notes.sqlite3"
    text.write_text("shopping list: milk, eggs\n", encoding="utf-8")
    before = digest(text)
    for command in (("ledger", "verify"), ("user", "list")):
        line = assert_clean_failure(station.run(*command, db=text))
        assert "not a Custody database" in line
    assert digest(text) == before


def test_a_truncated_database(station: Station):
    cut = station.tmp / "cut.sqlite3"
    cut.write_bytes(station.db.read_bytes()[: 3 * 4096])
    before = digest(cut)
    for command in (("ledger", "verify"), ("user", "list"), ("db", "status")):
        line = assert_clean_failure(station.run(*command, db=cut))
        assert "damaged" in line
    assert digest(cut) == before


def test_damaged_index_pages_are_reported_by_ledger_verify(station: Station):
    con = sqlite3.connect(station.db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    roots = [r for (r,) in con.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger_entry' AND rootpage > 0")]
    con.close()
    assert roots
    raw = bytearray(station.db.read_bytes())
    offset = (roots[0] - 1) * page_size
    raw[offset:offset + 8] = b"\xff" * 8  # the b-tree page header of a ledger index
    station.db.write_bytes(bytes(raw))
    before = digest(station.db)
    line = assert_clean_failure(station.run("ledger", "verify"))
    assert "database file is damaged" in line and "Page" in line
    assert digest(station.db) == before


def test_usage_errors_exit_2_without_traceback(station: Station):
    res = station.run("report", "item", "UN-DIL-26-000001-7", "--as", "admin")  # no --out
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "--out" in res.stderr


# --- input and output files -------------------------------------------------------------------------------------

def test_a_binary_password_file(station: Station):
    binary = station.tmp / "pw.bin"
    binary.write_bytes(bytes(range(256)))
    before = digest(station.db)
    line = assert_clean_failure(station.run("user", "add", "bob", "--full-name", "Bob", "--badge", "B-2",
                                            "--role", "officer", "--new-password-file", str(station.pw),
                                            "--as", "admin", "--password-file", str(binary)))
    assert "is not a text file" in line
    assert digest(station.db) == before


def test_out_into_a_missing_folder_records_nothing(station: Station):
    before = digest(station.db)
    missing = station.tmp / "no-such-folder" / "report.pdf"
    line = assert_clean_failure(station.run("report", "case", "CASE-1", "--out", str(missing), "--as", "admin",
                                            "--password-file", str(station.pw)))
    assert "does not exist" in line and "no-such-folder" in line
    line = assert_clean_failure(station.run("ledger", "checkpoint", "--out", str(missing)))
    assert "does not exist" in line
    assert digest(station.db) == before  # neither report.issued nor a checkpoint was committed
    assert not missing.parent.exists()


@pytest.mark.parametrize("fails_at", [1, 2, 3], ids=["key", "certificate", "chain"])
def test_full_disk_while_creating_the_pdf_signing_key(station: Station, monkeypatch: pytest.MonkeyPatch,
                                                      fails_at: int):
    keys = station.data / "keys"
    for f in keys.glob("pdf-signing-*"):
        f.unlink()
    settle(station.db)
    before = digest(station.db)
    real_write = os.write
    files: list[str] = []

    def full_disk(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        name = os.readlink(f"/proc/self/fd/{fd}")
        if name.endswith(".tmp") and "pdf-signing-" in name:
            if name not in files:
                files.append(name)
            if len(files) >= fails_at:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    line = assert_clean_failure(station.run("station", "certificate", "--out", str(station.tmp / "root.crt")))
    assert "disk is full" in line
    assert not list(keys.glob("*.tmp"))
    assert not list(keys.glob("pdf-signing-*"))  # neither a key without its certificate nor a staged file
    assert digest(station.db) == before
    monkeypatch.setattr(os, "write", real_write)  # space again: the certificate is made and bound
    res = station.run("station", "certificate", "--out", str(station.tmp / "root.crt"))
    assert res.exit_code == 0, res.output
    assert len(list(keys.glob("pdf-signing-*"))) == 3


# --- read-only storage ------------------------------------------------------------------------------------------

@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """``folder`` read-only for real: a read-only file system when we are root (who may write any file), else
    files and folder without write permission."""
    files = list(folder.iterdir())
    if os.geteuid() != 0:
        for f in files:
            f.chmod(0o444)
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
            for f in files:
                f.chmod(0o644)
        return
    stash = folder.with_name(folder.name + "-stash")
    shutil.copytree(folder, stash)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        shutil.rmtree(stash)
        pytest.skip("running as root without permission to mount a read-only file system")
    try:
        for f in stash.iterdir():
            shutil.copy2(f, folder / f.name)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)  # lazily: the test still holds the file open
        shutil.rmtree(stash)


def test_read_only_database_verifies_and_refuses_writes(station: Station):
    ro = station.tmp / "ro"
    ro.mkdir()
    shutil.copy2(station.db, ro / "station.sqlite3")
    db = ro / "station.sqlite3"
    with read_only_folder(ro):
        before = digest(db)
        res = station.run("ledger", "verify", db=db)
        assert res.exit_code == 0, res.output
        assert "Ledger intact" in res.stdout and "Traceback" not in res.output
        res = station.run("user", "list", db=db)
        assert res.exit_code == 0 and "admin" in res.stdout
        line = assert_clean_failure(station.run("user", "add", "bob", "--full-name", "Bob", "--badge", "B-2",
                                                "--role", "officer", "--new-password-file", str(station.pw),
                                                "--as", "admin", "--password-file", str(station.pw), db=db))
        assert "read-only" in line
        assert digest(db) == before
        assert sorted(p.name for p in ro.iterdir()) == ["station.sqlite3"]


# --- PostgreSQL: the connection is lost in the middle of an action ------------------------------------------------

@pytest.mark.postgres
def test_postgresql_connection_lost_mid_action(pg_url: str, tmp_path: Path, _isolated_data_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from custody.services import ledger as ledger_svc

    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["--db", pg_url, "init", "--agency", "UN Police", "--station", "DIL", "--admin",
                                   "admin", "--password-file", str(pw)])
    assert res.exit_code == 0, res.output
    name = make_url(pg_url).database
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")

    def count() -> int:
        eng = create_engine(pg_url)
        with eng.connect() as c:
            n = c.execute(text("SELECT count(*) FROM ledger_entry")).scalar_one()
        eng.dispose()
        return n

    entries = count()
    real_append = ledger_svc.append

    def append_after_a_server_restart(*a, **kw):  # type: ignore[no-untyped-def]
        with admin.connect() as c:  # what a restart does to this workstation's connection
            c.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
        return real_append(*a, **kw)

    monkeypatch.setattr(ledger_svc, "append", append_after_a_server_restart)
    line = assert_clean_failure(CliRunner().invoke(cli, [
        "--db", pg_url, "user", "add", "bob", "--full-name", "Bob", "--badge", "B-2", "--role", "officer",
        "--new-password-file", str(pw), "--as", "admin", "--password-file", str(pw)]))
    assert "connection to the database server was lost" in line and "Nothing was saved" in line
    admin.dispose()
    assert count() == entries


# --- the demo, files and folders --------------------------------------------------------------------------------

def test_demo_on_an_existing_demo_database(tmp_path: Path):
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    db = tmp_path / "demo.sqlite3"
    args = ["demo", "--db", str(db), "--items", "1", "--no-photos", "--admin-password-file", str(pw),
            "--officer-password-file", str(pw)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    settle(db)
    before = digest(db)
    res = CliRunner().invoke(cli, args)
    line = [ln for ln in res.stderr.splitlines() if ln.startswith("Error: ")]
    assert res.exit_code == 1 and "Traceback" not in res.output and len(line) == 1, res.output
    assert "already holds the demo data" in line[0]
    assert digest(db) == before


def test_database_file_0600_and_a_shared_data_folder_left_alone(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    db = shared / "custody.sqlite3"
    init_station(db, pw, shared)
    assert (shared.stat().st_mode & 0o777) == 0o755
    assert "can be read by other users" in caplog.text
    for f in shared.glob("custody.sqlite3*"):
        assert (f.stat().st_mode & 0o777) == 0o600, f


@pytest.mark.postgres
def test_postgresql_restart_between_actions_is_survived_by_the_next_read(pg_url: str, tmp_path: Path,
                                                                         _isolated_data_dir: Path):
    """A server restart kills the pooled connections; the next command's read gets a fresh one (pre-ping)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from custody.db.engine import make_engine
    from custody.db.uow import unit_of_work

    engine = make_engine(pg_url)
    with unit_of_work(engine, read_only=True) as s:
        assert s.execute(text("SELECT 1")).scalar_one() == 1
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        killed = c.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :n "
                                "AND pid <> pg_backend_pid()"), {"n": make_url(pg_url).database}).scalar_one()
    admin.dispose()
    assert killed >= 1  # the pooled connection was there, and is gone
    with unit_of_work(engine, read_only=True) as s:
        assert s.execute(text("SELECT 1")).scalar_one() == 1
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("committed", [True, False], ids=["lost-after-the-server-committed", "lost-before"])
def test_postgresql_connection_lost_while_committing_is_resolved(pg_url: str, tmp_path: Path,
                                                                 _isolated_data_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, committed: bool):
    """The answer to COMMIT never arrives: the action key committed with it says whether it was saved, so the
    officer is told the truth and never does it twice."""
    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm import Session

    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", pg_url, "init", "--agency", "UN Police", "--station", "DIL", "--admin",
                                    "admin", "--password-file", str(pw)]).exit_code == 0
    real_commit = Session.commit

    def commit_then_lose_the_answer(self: Session) -> None:
        if any(getattr(o, "username", None) == "bob" for o in self.identity_map.values()):
            if committed:
                real_commit(self)
            raise OperationalError("COMMIT", {}, psycopg.OperationalError(
                "server closed the connection unexpectedly"))
        real_commit(self)

    monkeypatch.setattr(Session, "commit", commit_then_lose_the_answer)
    res = CliRunner().invoke(cli, ["--db", pg_url, "user", "add", "bob", "--full-name", "Bob", "--badge", "B-2",
                                   "--role", "officer", "--new-password-file", str(pw), "--as", "admin",
                                   "--password-file", str(pw)])
    monkeypatch.setattr(Session, "commit", real_commit)
    eng = create_engine(pg_url)
    with eng.connect() as c:
        bobs = c.execute(text("SELECT count(*) FROM app_user WHERE username = 'bob'")).scalar_one()
    eng.dispose()
    if committed:
        assert res.exit_code == 0 and "Created bob" in res.output, res.output
        assert bobs == 1
    else:
        line = assert_clean_failure(res)
        assert "was lost" in line and "Nothing was saved" in line
        assert bobs == 0


def test_the_real_program_prints_one_sentence_and_no_traceback(station: Station):
    """The same, through the installed entry point in its own process (what an administrator actually sees)."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "src"), CUSTODY_LANGUAGE="en")
    text_db = station.tmp / "notes.sqlite3"
    text_db.write_text("not a database\n", encoding="utf-8")
    for db, command in ((text_db, "ledger verify"), (station.tmp / "typo.sqlite3", "user list"),
                        ("postgresql://custody@127.0.0.1:1/custody", "ledger verify")):
        done = subprocess.run([sys.executable, "-m", "custody", "--db", str(db), *command.split()],
                              capture_output=True, text=True, env=env, timeout=120)
        lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
        assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout, done.stderr
        assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    assert not (station.tmp / "typo.sqlite3").exists()


@pytest.mark.postgres
@pytest.mark.parametrize("times", [1, 2], ids=["lost-once-read-again", "lost-twice-told"])
def test_postgresql_read_lost_mid_query_is_retried_once(pg_url: str, tmp_path: Path, _isolated_data_dir: Path,
                                                        times: int):
    """The server drops the connection in the middle of a read (``user list``): the read runs once more on a fresh
    connection; when that is lost too, one sentence says so."""
    from sqlalchemy import Engine, create_engine, event, text
    from sqlalchemy.engine import make_url

    pw = tmp_path / "pw.txt"
    pw.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", pg_url, "init", "--agency", "UN Police", "--station", "DIL", "--admin",
                                    "admin", "--password-file", str(pw)]).exit_code == 0
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    drops: list[int] = []

    def drop_the_connection(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if len(drops) < times and "FROM app_user" in statement and conn.dialect.name == "postgresql":
            pid = conn.connection.dbapi_connection.info.backend_pid
            with admin.connect() as c:
                c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            drops.append(pid)

    event.listen(Engine, "before_cursor_execute", drop_the_connection)
    try:
        res = CliRunner().invoke(cli, ["--db", pg_url, "user", "list"])
    finally:
        event.remove(Engine, "before_cursor_execute", drop_the_connection)
        admin.dispose()
    assert len(drops) == times
    if times == 1:
        assert res.exit_code == 0 and "admin" in res.stdout, res.output
    else:
        line = assert_clean_failure(res)
        assert "connection to the database server was lost" in line
