"""The least-privilege application role (``custody db grants``) on PostgreSQL.

- The whole app runs under it: setup, officers, locations, intake, photos, corrections, splits, every custody
  workflow (the demo builder drives the real services), a case report, a rebuild of the projections, verification.
- It cannot rewrite history: UPDATE, DELETE and TRUNCATE on the ledger tables and attachments fail *by permission*
  even after a superuser dropped the append-only triggers; it cannot create, alter or drop anything.
- A schema that needs an upgrade is refused with words under this role (only the owner upgrades).
"""

from __future__ import annotations

import psycopg
import pytest
from click.testing import CliRunner
from sqlalchemy import inspect

from custody.cli.main import cli
from custody.db import migrate
from custody.db.engine import make_engine
from custody.db.grants import PRIVILEGES, app_role_sql
from custody.db.models import APPEND_ONLY_TABLES
from custody.domain.errors import ValidationError
from custody.services import auth, ledger_admin
from custody.services import reports as report_svc
from custody.services.context import AppContext
from custody.services.demo import DemoOptions, build_demo
from tests.conftest import FakeClock

pytestmark = pytest.mark.postgres

ADMIN_PW = "administrator passphrase 1"
OFFICER_PW = "officer passphrase 22"


def _app_context(role_db, tmp_path) -> AppContext:
    engine = make_engine(role_db.app_url)
    migrate.upgrade(engine)  # the app's start-up check: up to date, so nothing to do and nothing refused
    return AppContext(engine=engine, data_dir=tmp_path / "station", clock=FakeClock())


def test_every_table_of_the_schema_has_its_privileges_listed(pg_url):
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert tables == set(PRIVILEGES), (
        f"tables without privileges for the application role: add them to custody.db.grants.PRIVILEGES: "
        f"{sorted(tables - set(PRIVILEGES))}; listed but gone: {sorted(set(PRIVILEGES) - tables)}")
    for table in APPEND_ONLY_TABLES:
        assert PRIVILEGES[table] == ("SELECT", "INSERT")
    assert all("TRUNCATE" not in p for p in PRIVILEGES.values())


def test_the_app_runs_under_the_application_role(role_db, tmp_path):
    ctx = _app_context(role_db, tmp_path)
    result = build_demo(ctx, DemoOptions(items=12, seed=5, admin_password=ADMIN_PW, officer_password=OFFICER_PW))
    assert result.created_database and result.items == 12 and result.photos and result.corrections
    with ctx.engine.connect() as conn:
        kinds = {k for (k,) in conn.exec_driver_sql("SELECT DISTINCT kind FROM ledger_entry")}
    for kind in ("station.key_registered", "user.created", "item.registered", "item.corrected", "item.split",
                 "attachment.added", "custody.transferred", "storage.checked_in", "lab.returned", "court.returned",
                 "seal.broken", "disposal.completed", "item.released", "inventory.audited", "checkpoint.signed"):
        assert kind in kinds, kind
    officer = auth.login(ctx, result.officers[0].username, OFFICER_PW)
    with ctx.engine.connect() as conn:
        case_number = conn.exec_driver_sql("SELECT case_number FROM case_file ORDER BY id LIMIT 1").scalar_one()
    report = report_svc.produce_case_report(ctx, officer, case_number)
    assert report.pdf.startswith(b"%PDF") and report.item_ids
    assert ledger_admin.rebuild(ctx) == []  # DELETE + INSERT on the projection only
    assert ledger_admin.verify(ctx).ok
    ctx.engine.dispose()


def _refused(dsn: str, statement: str) -> str:
    with psycopg.connect(dsn) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as err:
            conn.execute(statement)
        conn.rollback()
    return str(err.value)


def test_history_cannot_be_rewritten_by_the_app_role_even_without_the_triggers(role_db, tmp_path):
    ctx = _app_context(role_db, tmp_path)
    from custody.services.setup import initialize
    from tests.conftest import setup_request

    initialize(ctx, setup_request())
    auth.login(ctx, "admin", "correct horse battery staple")  # a sign-in entry among the rest
    ledger_admin.checkpoint(ctx)
    with psycopg.connect(role_db.app_dsn()) as conn:  # something in every append-only table
        conn.execute("INSERT INTO attachment (sha256, media_type, size, data, created_at) "
                     "VALUES (repeat('a', 64), 'image/png', 1, '\\x00', '2026-12-07T00:00:00.000Z')")
        conn.commit()

    # A superuser drops every append-only trigger ...
    with psycopg.connect(role_db.owner_dsn(), autocommit=True) as conn:
        for table in APPEND_ONLY_TABLES:
            conn.execute(f"DROP TRIGGER trg_{table}_no_change ON {table}")
            conn.execute(f"DROP TRIGGER trg_{table}_no_truncate ON {table}")
    # ... so the owner now could change a row (the triggers really are gone) ...
    with psycopg.connect(role_db.owner_dsn()) as conn:
        assert conn.execute("UPDATE ledger_entry SET kind = kind WHERE seq = 1").rowcount == 1
        conn.rollback()
    # ... but the application role still cannot, by permission.
    column = {"ledger_entry": "seq", "ledger_signature": "seq", "ledger_checkpoint": "size", "attachment": "size"}
    for table in APPEND_ONLY_TABLES:
        for statement in (f"UPDATE {table} SET {column[table]} = {column[table]}",
                          f"DELETE FROM {table}", f"TRUNCATE {table} CASCADE"):
            message = _refused(role_db.app_dsn(), statement)
            assert f"permission denied for table {table}" in message, (statement, message)
    # No DDL either: nothing created, changed or dropped, triggers included.
    for statement in ("CREATE TABLE shadow_ledger (seq bigint)", "ALTER TABLE ledger_entry DISABLE TRIGGER ALL",
                      "DROP TABLE item_state", "CREATE TRIGGER t BEFORE INSERT ON ledger_entry "
                      "FOR EACH ROW EXECUTE FUNCTION custody_append_only()", "DROP FUNCTION custody_append_only()"):
        message = _refused(role_db.app_dsn(), statement)
        assert "permission denied" in message or "must be owner" in message, (statement, message)
    # Appending still works, and the ledger is intact.
    ledger_admin.checkpoint(ctx)
    assert ledger_admin.verify(ctx).ok
    ctx.engine.dispose()


def test_a_schema_upgrade_is_refused_in_words_under_the_application_role(pg_url, tmp_path):
    import uuid

    role = f"custody_app_{uuid.uuid4().hex[:10]}"
    app_url = pg_url.replace("postgres@", f"{role}@", 1)
    admin_dsn = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        runner = CliRunner()
        res = runner.invoke(cli, ["--db", app_url, "--data-dir", str(tmp_path), "ledger", "verify"])
        assert res.exit_code == 1
        assert "may not change it" in res.output and "custody db upgrade" in res.output
        assert "Traceback" not in res.output
        with psycopg.connect(admin_dsn) as conn:  # nothing was created
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")


def test_grants_command_prints_the_sql_and_refuses_a_bad_role_name():
    runner = CliRunner()
    res = runner.invoke(cli, ["db", "grants", "--role", "evidence_app"])
    assert res.exit_code == 0 and res.output == app_role_sql("evidence_app")
    assert "GRANT SELECT, INSERT ON public.ledger_entry TO evidence_app;" in res.output
    res = runner.invoke(cli, ["db", "grants", "--role", "app; DROP TABLE item"])
    assert res.exit_code == 1 and "A role name is 1 to 63 characters" in res.output
    with pytest.raises(ValidationError):
        app_role_sql('x" ; --')
