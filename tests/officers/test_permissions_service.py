"""Every role x every action through the service gate: allowed or denied as the table says,
and every denial is in the ledger."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from custody.db.models import LedgerEntry
from custody.db.uow import unit_of_work
from custody.domain.enums import Role
from custody.domain.errors import PermissionDenied
from custody.security.permissions import PERMISSIONS, Action
from custody.services import auth, ledger_admin, user_admin
from custody.services.users import NewUser


def _denials(ctx) -> list[dict]:
    with unit_of_work(ctx.engine, read_only=True) as s:
        bodies = s.execute(select(LedgerEntry.body).where(LedgerEntry.kind == "auth.denied").order_by(LedgerEntry.seq))
        return [json.loads(b) for (b,) in bodies]


def test_every_role_and_every_action(sqlite_ctx, clock):
    ctx = sqlite_ctx
    admin = auth.login(ctx, "admin", "correct horse battery staple")
    sessions = {}
    for i, role in enumerate(Role):
        name = f"r{role.value}"
        user_admin.add_user(ctx, admin, NewUser(name, f"Officer {role.value}", f"R-{i}", "role test password", (role,)))
        sessions[role] = auth.login(ctx, name, "role test password")
    expected_denials = 0
    for role, session in sessions.items():
        for action in Action:
            allowed = action in PERMISSIONS[role]
            before = len(_denials(ctx))
            if allowed:
                auth.authorize(ctx, session, action)
                assert len(_denials(ctx)) == before, (role, action)
            else:
                with pytest.raises(PermissionDenied) as err:
                    auth.authorize(ctx, session, action)
                assert err.value.message  # a sentence for the officer
                denials = _denials(ctx)
                assert len(denials) == before + 1, (role, action)
                last = denials[-1]
                assert last["actor"] == session.username
                assert last["data"] == {"username": session.username, "action": action.value}
                assert last["signers"] == [session.username]
                expected_denials += 1
    assert len(_denials(ctx)) == expected_denials > 0
    # Separation of duties in the table itself: the administrator is no evidence custodian.
    assert Action.CUSTODY_TRANSFER not in PERMISSIONS[Role.ADMIN]
    assert PERMISSIONS[Role.PROSECUTOR] <= {Action.ITEM_VIEW, Action.REPORT_PRODUCE, Action.LEDGER_VERIFY}
    assert ledger_admin.verify(ctx).ok
