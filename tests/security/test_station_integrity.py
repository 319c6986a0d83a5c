"""The station protects what it signs: keys in use, its own key file, countersigning passwords, truncation, time.

Issue 12 acceptance 3 (LEDGER.md 3.1 and 4): a revoked key signs nothing (tests/officers/test_accounts.py), a wrong
station key file stores nothing and restoring it makes everything work again, wrong countersigning passwords lock
the account, a careful truncation (every table rolled back) is caught, and a clock in 2099 cannot move the ledger's
time except through a two-person ``clock.corrected``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from custody.cli.main import cli
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import AuthError
from custody.services import auth, ledger_admin, trusted, user_admin
from custody.services import ledger as ledger_svc
from custody.services.clock import ClockBehind, ClockGuard, ClockJumped
from custody.services.clock_correction import correct_clock, needs_correction
from custody.services.context import StationKeyError
from custody.services.ledger import NewEvent
from custody.services.trusted import LedgerFails
from custody.services.users import NewUser
from tests.conftest import ADMIN_PASSWORD

PW = "officer password 1"


def _officer(ctx, admin, username="jdoe", roles=(Role.OFFICER,)):
    user_admin.add_user(ctx, admin, NewUser(username, username.title(), f"B-{len(username)}{username[0].upper()}",
                                            PW, roles))


def _note(ctx, session, n=1):
    for _ in range(n):
        with unit_of_work(ctx.engine) as s:
            ledger_svc.append(s, [NewEvent("auth.login", {"username": session.username})], station="DIL",
                              actor=session.username, signers=[session.signer], clock=ctx.clock)


def _cli(ctx, *args):
    url = ctx.engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(cli, ["--db", url, *args])


# --- the station key file ------------------------------------------------------------------------------------------


def test_wrong_station_key_file_stores_nothing_and_restoring_it_recovers(ctx):
    station = ctx.station()
    path = ctx.station_key_path(station.log_id, station.code)
    good = path.read_bytes()
    before = ledger_admin.total_entries(ctx)
    other = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    for bad, words in ((other, "does not hold the key the ledger registers"), (b"not a key at all", "cannot be used")):
        path.write_bytes(bad)
        with pytest.raises(StationKeyError, match=words):
            ledger_admin.checkpoint(ctx)
        with pytest.raises(StationKeyError):  # a failed sign-in is written by the station: refused too
            auth.login(ctx, "admin", "wrong password 123")
        res = _cli(ctx, "ledger", "checkpoint")
        assert res.exit_code == 1 and "Traceback" not in res.output and words in res.output, res.output
    path.unlink()
    with pytest.raises(StationKeyError, match="does not hold the signing key"):
        ledger_admin.checkpoint(ctx)
    assert ledger_admin.total_entries(ctx) == before
    path.write_bytes(good)
    ledger_admin.checkpoint(ctx)
    assert ledger_admin.total_entries(ctx) == before + 1
    assert ledger_admin.verify(ctx).ok


# --- countersigning counts towards the lockout ---------------------------------------------------------------------


def test_wrong_countersign_passwords_lock_the_account(ctx, admin_session):
    _officer(ctx, admin_session)
    locked_at = None
    for attempt in range(1, 26):
        with pytest.raises(AuthError) as err:
            auth.unlock_signer(ctx, "jdoe", f"guess number {attempt}")
        if locked_at is None and "locked" in str(err.value):
            locked_at = attempt
    assert locked_at is not None and locked_at <= 6
    with pytest.raises(AuthError, match="locked"):  # even the right password, until unlocked or expired
        auth.unlock_signer(ctx, "jdoe", PW)
    with pytest.raises(AuthError, match="locked"):
        auth.login(ctx, "jdoe", PW)
    auth.admin_unlock(ctx, admin_session, "jdoe")
    assert auth.unlock_signer(ctx, "jdoe", PW).username == "jdoe"
    assert ledger_admin.verify(ctx).ok


# --- truncation with every table rolled back -----------------------------------------------------------------------

_ROLLED_BACK = ("ledger_head", "ledger_node", "ledger_checkpoint", "station_state", "item_state", "ledger_ref")


def _snapshot(ctx) -> dict[str, list[dict]]:
    with ctx.engine.connect() as conn:
        return {t: [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {t}"))] for t in _ROLLED_BACK}


def _roll_back(ctx, snap: dict[str, list[dict]], size: int) -> None:
    """The careful attacker: every table put back as it was at ``size`` entries (triggers dropped)."""
    with ctx.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").all():
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        else:
            conn.exec_driver_sql("SET session_replication_role = replica")
        conn.execute(text("DELETE FROM ledger_signature WHERE seq > :n"), {"n": size})
        conn.execute(text("DELETE FROM ledger_entry WHERE seq > :n"), {"n": size})
        for table, rows in snap.items():
            conn.execute(text(f"DELETE FROM {table}"))
            for row in rows:
                cols = ", ".join(row)
                conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({', '.join(':' + c for c in row)})"), row)


def test_careful_truncation_is_caught(ctx, admin_session):
    _note(ctx, admin_session, 3)
    ledger_admin.checkpoint(ctx)
    size = ledger_admin.total_entries(ctx)
    snap = _snapshot(ctx)
    _note(ctx, admin_session, 5)
    ledger_admin.checkpoint(ctx)
    _note(ctx, admin_session, 2)
    _roll_back(ctx, snap, size)
    # the database alone looks intact...
    with unit_of_work(ctx.engine, read_only=True) as s:
        assert ledger_svc.verify_stored(s, workers=1, trusted_keys=ctx.trusted_station_keys()).ok
    # ...but the station kept its last signed checkpoint outside it
    res = _cli(ctx, "ledger", "verify")
    assert res.exit_code == 1 and "ledger truncated" in res.output, res.output
    with pytest.raises(LedgerFails, match="entries were removed"):
        trusted.check_at_start(ctx)
    with pytest.raises(LedgerFails, match="entries were removed"):
        ledger_admin.checkpoint(ctx)
    assert ledger_admin.total_entries(ctx) == size


# --- the clock ---------------------------------------------------------------------------------------------------


class WorkstationClock:
    """A workstation clock the test can set, with the steady clock that keeps counting real time."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
        self.steady = 1000.0

    def pass_time(self, **kw: float) -> None:
        self.now += timedelta(**kw)
        self.steady += timedelta(**kw).total_seconds()

    def guard(self, *, server_time: bool = False) -> ClockGuard:
        return ClockGuard(wall=lambda: self.now, steady=lambda: self.steady, use_server_time=server_time)


def _at_of_last(ctx) -> str:
    with unit_of_work(ctx.engine, read_only=True) as s:
        return ledger_svc.get_head(s).last_at


def test_a_clock_in_2099_is_refused_and_a_two_person_correction_lets_work_go_on(sqlite_ctx):
    ctx = sqlite_ctx
    wall = WorkstationClock()
    ctx.clock = wall.guard()
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    _officer(ctx, admin, "ivan", (Role.SUPERVISOR,))
    jdoe_admin = admin
    _note(ctx, jdoe_admin)
    wall.pass_time(minutes=3)
    _note(ctx, jdoe_admin)
    size = ledger_admin.total_entries(ctx)
    # 1. the clock jumps to 2099 while the app runs: refused, nothing written, the message says what to do
    wall.now = wall.now.replace(year=2099)
    with pytest.raises(ClockJumped, match="moved forward"):
        _note(ctx, jdoe_admin)
    assert ledger_admin.total_entries(ctx) == size
    # 2. the app restarts with the clock still wrong: it cannot tell, and stamps 2099
    ctx.clock.forget()
    _note(ctx, jdoe_admin)
    assert _at_of_last(ctx).startswith("2099-")
    # 3. the clock is put right: now every entry would be earlier than the last one: refused
    wall.now = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    with pytest.raises(ClockBehind, match="clock correction"):
        _note(ctx, jdoe_admin)
    assert needs_correction(ctx) is not None
    # 4. one officer cannot correct the ledger's time; an administrator and a supervisor can
    ivan = auth.unlock_signer(ctx, "ivan", PW)
    with pytest.raises(Exception, match="two different officers"):
        correct_clock(ctx, admin, admin.signer, "the workstation's clock was set to 2099")
    done = correct_clock(ctx, admin, ivan, "the workstation's clock was set to 2099")
    assert done.wrong_until.startswith("2099-") and done.at.startswith("2026-12-07T09:30")
    wall.pass_time(minutes=1)
    _note(ctx, jdoe_admin)
    assert ledger_admin.checkpoint(ctx)
    result = ledger_admin.verify(ctx)
    assert result.ok and result.trusted, result.failures
    res = _cli(ctx, "ledger", "verify")
    assert res.exit_code == 0, res.output


@pytest.mark.postgres
def test_on_postgresql_entries_take_the_server_clock(pg_url, _isolated_data_dir):
    from custody.services.setup import initialize
    from tests.conftest import make_context, setup_request

    wall = WorkstationClock()
    wall.now = datetime(2099, 1, 1, tzinfo=UTC)
    ctx = make_context(pg_url, _isolated_data_dir)
    ctx.clock = wall.guard(server_time=True)
    initialize(ctx, setup_request())
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    _note(ctx, admin)
    last = _at_of_last(ctx)
    real = datetime.now(UTC)
    assert not last.startswith("2099")
    assert abs(datetime.fromisoformat(last.replace("Z", "+00:00")) - real) < timedelta(minutes=5)
    assert ledger_admin.verify(ctx).ok
    ctx.engine.dispose()


def test_clock_correction_is_refused_when_nothing_is_wrong(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    _officer(ctx, admin, "ivan", (Role.SUPERVISOR,))
    ivan = auth.unlock_signer(ctx, "ivan", PW)
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(Exception, match="nothing to correct"):
        correct_clock(ctx, admin, ivan, "no reason")
    assert ledger_admin.total_entries(ctx) == before


def test_the_jump_margin_is_the_station_setting(sqlite_ctx):
    from custody.services import settings as settings_svc

    ctx = sqlite_ctx
    wall = WorkstationClock()
    ctx.clock = wall.guard()
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    settings_svc.update_settings(ctx, admin, clock_jump_minutes=60)
    _note(ctx, admin)
    wall.now += timedelta(minutes=45)  # the clock is moved, not time passing: within the station's margin
    _note(ctx, admin)
    wall.now += timedelta(minutes=90)
    with pytest.raises(ClockJumped, match="1 h 30 min"):
        _note(ctx, admin)


def test_a_report_across_a_clock_correction_carries_it(sqlite_ctx):
    """The bundle holds the clock.corrected entry, so a verifier that checks time order sees why it goes back."""
    import io
    import json

    import pypdf

    from custody.services import reports as report_svc
    from custody.verifier import verify_pdf
    from tests.support.report_seed import seed_item

    ctx = sqlite_ctx
    wall = WorkstationClock()
    ctx.clock = wall.guard()
    session, item = seed_item(ctx)
    admin = auth.login(ctx, "admin", ADMIN_PASSWORD)
    _officer(ctx, admin, "amara", (Role.SUPERVISOR,))
    right = wall.now
    wall.now = wall.now.replace(year=2099)
    ctx.clock.forget()
    _note(ctx, session)
    wall.now = right + timedelta(minutes=5)
    correct_clock(ctx, admin, auth.unlock_signer(ctx, "amara", PW), "clock was 2099")
    pdf = report_svc.produce_item_report(ctx, session, item).pdf
    assert verify_pdf(pdf, [ctx.station().verifier_key]).exit_code == 0
    bundle = json.loads(pypdf.PdfReader(io.BytesIO(pdf)).attachments["custody-proof.json"][0])
    assert any(json.loads(e["body"])["kind"] == "clock.corrected" for e in bundle["entries"])
