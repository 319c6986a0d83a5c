"""Administration rules enforced in the services, not only hidden in the GUI."""

from __future__ import annotations

import pytest

from custody.domain.enums import Role
from custody.domain.errors import AuthError, Conflict, FormErrors, PermissionDenied
from custody.security.permissions import Action
from custody.services import auth, ledger_admin, user_admin
from custody.services.users import NewUser

PW = "officer password 77"


def test_roles_and_disabling_take_effect_in_open_sessions(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", PW, (Role.CUSTODIAN,)))
    kofi = auth.login(ctx, "kofi", PW)
    auth.authorize(ctx, kofi, Action.STORAGE_CHECK_IN)
    user_admin.set_roles(ctx, admin, "kofi", (Role.OFFICER,))
    with pytest.raises(PermissionDenied):
        auth.authorize(ctx, kofi, Action.STORAGE_CHECK_IN)  # the session still says custodian
    user_admin.set_active(ctx, admin, "kofi", False)
    with pytest.raises(AuthError, match="disabled"):
        auth.authorize(ctx, kofi, Action.ITEM_VIEW)


def test_the_last_administrator_cannot_be_removed(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("root2", "Second Admin", "B-9", PW, (Role.ADMIN,)))
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(FormErrors):
        user_admin.set_roles(ctx, admin, "root2", ())
    user_admin.set_roles(ctx, admin, "root2", (Role.ADMIN,))  # unchanged: nothing recorded
    assert ledger_admin.total_entries(ctx) == before
    user_admin.set_roles(ctx, admin, "root2", (Role.AUDITOR,))  # admin remains
    root2 = auth.login(ctx, "root2", PW)
    with pytest.raises(PermissionDenied):
        user_admin.set_roles(ctx, root2, "admin", (Role.AUDITOR,))
    with pytest.raises(Conflict, match="no active administrator"):
        user_admin.set_roles(ctx, admin, "admin", (Role.AUDITOR,))


def test_self_reset_is_refused_and_unlock_needs_a_locked_account(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    with pytest.raises(Conflict, match="Change my password"):
        user_admin.reset_password(ctx, admin, "admin", "a whole new passphrase")
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", PW, (Role.OFFICER,)))
    with pytest.raises(Conflict, match="not locked"):
        auth.admin_unlock(ctx, admin, "kofi")


def test_wrong_passwords_at_the_lock_screen_count_towards_lockout(sqlite_ctx):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    user_admin.add_user(ctx, admin, NewUser("kofi", "Kofi Mensah", "B-7", PW, (Role.OFFICER,)))
    kofi = auth.login(ctx, "kofi", PW)
    for _ in range(4):
        with pytest.raises(AuthError, match="not correct"):
            auth.reauthenticate(ctx, kofi, "guess")
    with pytest.raises(AuthError, match="locked"):
        auth.reauthenticate(ctx, kofi, "guess")
    with pytest.raises(AuthError, match="locked"):
        auth.reauthenticate(ctx, kofi, PW)  # even the right password, until the lock ends
    auth.admin_unlock(ctx, admin, "kofi")
    auth.reauthenticate(ctx, kofi, PW)
    assert ledger_admin.verify(ctx).ok
