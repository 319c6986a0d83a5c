"""Lockout, passwords of any script, common passwords, password change and admin reset."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from custody.db.models import LedgerEntry, User
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import AuthError, FormErrors, ValidationError
from custody.services import auth, ledger_admin, user_admin
from custody.services import ledger as ledger_svc
from custody.services.ledger import NewEvent
from custody.services.users import NewUser

PW = "officer password 77"


def _kinds(ctx, since: int = 0) -> list[tuple[str, dict]]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = s.execute(select(LedgerEntry.body).where(LedgerEntry.seq > since).order_by(LedgerEntry.seq))
        out = []
        for (b,) in rows:
            body = json.loads(b)
            out.append((body["kind"], body["data"]))
        return out


def _size(ctx) -> int:
    return ledger_admin.total_entries(ctx)


@pytest.fixture
def officer(ctx, admin_session):
    user_admin.add_user(ctx, admin_session, NewUser("kofi", "Kofi Mensah", "B-7", PW, (Role.OFFICER,)))
    return "kofi"


def test_lockout_after_five_failures_then_time_or_admin_unlock(ctx, admin_session, officer, clock):
    start = _size(ctx)
    for _ in range(5):
        with pytest.raises(AuthError) as err:
            auth.login(ctx, officer, "wrong password")
        assert err.value.message == "The username or password is not correct."
    with pytest.raises(AuthError) as err:
        auth.login(ctx, officer, PW)  # the right password is refused while locked
    assert "locked" in err.value.message
    kinds = [k for k, _ in _kinds(ctx, start)]
    assert kinds == ["auth.failed"] * 5 + ["auth.locked", "auth.failed"]
    # an unknown user gets the same message as a wrong password
    with pytest.raises(AuthError) as err:
        auth.login(ctx, "nobody", "whatever pass")
    assert err.value.message == "The username or password is not correct."

    clock.advance(minutes=9)
    with pytest.raises(AuthError):
        auth.login(ctx, officer, PW)
    clock.advance(minutes=2)
    assert auth.login(ctx, officer, PW).username == officer  # lock period over

    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login(ctx, officer, "wrong password")
    mark = _size(ctx)
    auth.admin_unlock(ctx, admin_session, officer)
    assert auth.login(ctx, officer, PW).username == officer
    assert [k for k, _ in _kinds(ctx, mark)] == ["auth.unlocked", "auth.login"]
    assert ledger_admin.verify(ctx).ok


def test_lockout_threshold_is_configurable(sqlite_ctx, clock):
    from custody.services.settings import update_settings

    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", PW, (Role.OFFICER,)))
    update_settings(ctx, admin, lockout_failures=3, lockout_minutes=30)
    for _ in range(3):
        with pytest.raises(AuthError):
            auth.login(ctx, "kofi", "wrong password")
    with pytest.raises(AuthError, match="locked"):
        auth.login(ctx, "kofi", PW)
    clock.advance(minutes=29)
    with pytest.raises(AuthError, match="locked"):
        auth.login(ctx, "kofi", PW)
    clock.advance(minutes=2)
    auth.login(ctx, "kofi", PW)


@pytest.mark.real_kdf
def test_hashes_are_argon2id_with_at_least_the_required_cost(sqlite_ctx):
    ctx = sqlite_ctx
    with unit_of_work(ctx.engine, read_only=True) as s:
        stored = s.execute(select(User.password_hash).where(User.username == "admin")).scalar_one()
    assert stored.startswith("$argon2id$v=19$")
    params = dict(p.split("=") for p in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19456 and int(params["t"]) >= 2 and int(params["p"]) >= 1


@pytest.mark.parametrize(
    "password",
    ["ب" * 64, "ж" * 64, "مرحبا بكم في غرفة الأدلة " * 2 + "سر", "Пароль для хранилища улик номер двадцать один!!"],
)
def test_passwords_in_any_script(sqlite_ctx, password):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("layla", "ليلى حسن", "B-9", password, (Role.OFFICER,)))
    session = auth.login(ctx, "layla", password)
    with pytest.raises(AuthError):
        auth.login(ctx, "layla", password[:-1])
    # the key unlocked with that password signs
    with unit_of_work(ctx.engine) as s:
        ledger_svc.append(s, [NewEvent("auth.logout", {"username": "layla"})], station="DIL", actor="layla",
                          signers=[session.signer])
    assert ledger_admin.verify(ctx).ok


def test_common_and_short_passwords_are_refused_with_a_reason(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    before = _size(ctx)
    for bad, word in (("password1", "common"), ("qwertyuiop", "common"), ("short", "8")):
        with pytest.raises(FormErrors) as err:
            user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", bad, (Role.OFFICER,)))
        assert "password" in err.value.errors
        assert word in err.value.errors["password"].lower()
    assert _size(ctx) == before


def test_password_change_keeps_the_key_and_admin_reset_issues_a_new_one(ctx, admin_session, officer):
    session = auth.login(ctx, officer, PW)
    old_key = session.signer.key_id
    auth.change_password(ctx, session, PW, "a brand new passphrase")
    with pytest.raises(AuthError):
        auth.login(ctx, officer, PW)
    session = auth.login(ctx, officer, "a brand new passphrase")
    assert session.signer.key_id == old_key  # same key, re-encrypted
    with pytest.raises(ValidationError):
        auth.change_password(ctx, session, "a brand new passphrase", "password")

    user_admin.reset_password(ctx, admin_session, officer, "reset by the administrator")
    session = auth.login(ctx, officer, "reset by the administrator")
    assert session.signer.key_id != old_key
    events = _kinds(ctx)
    revoked = [d for k, d in events if k == "user.key_revoked"]
    assert revoked == [{"username": officer, "key_id": old_key, "reason": "password reset by administrator"}]
    registered = [d["key_id"] for k, d in events if k == "user.key_registered" and d["username"] == officer]
    assert registered == [old_key, session.signer.key_id]
    # the new key signs, and the whole ledger (old entries signed with the revoked key included) verifies
    with unit_of_work(ctx.engine) as s:
        ledger_svc.append(s, [NewEvent("auth.logout", {"username": officer})], station="DIL", actor=officer,
                          signers=[session.signer])
    result = ledger_admin.verify(ctx)
    assert result.ok, result.failures


def test_a_revoked_key_signs_nothing(sqlite_ctx):
    """An officer still signed in elsewhere when their password is reset: their next action is refused with
    "sign in again" and writes nothing (a signature by the revoked key would fail verification)."""
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", PW, (Role.OFFICER,)))
    stale = auth.login(ctx, "kofi", PW)  # holds the old key in memory
    user_admin.reset_password(ctx, admin, "kofi", "reset by the administrator")
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(ledger_svc.KeyNotCurrent, match="Sign in again"), unit_of_work(ctx.engine) as s:
        ledger_svc.append(s, [NewEvent("auth.logout", {"username": "kofi"})], station="DIL", actor="kofi",
                          signers=[stale.signer])
    assert ledger_admin.total_entries(ctx) == before
    assert ledger_admin.verify(ctx).ok


def test_disabled_user_cannot_sign_in(ctx, admin_session, officer):
    user_admin.set_active(ctx, admin_session, officer, False)
    with pytest.raises(AuthError, match="disabled"):
        auth.login(ctx, officer, PW)
    user_admin.set_active(ctx, admin_session, officer, True)
    auth.login(ctx, officer, PW)
