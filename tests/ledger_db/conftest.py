"""Helpers for tests of the stored ledger (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from custody.db.uow import unit_of_work
from custody.services import ledger as ledger_svc
from custody.services.ledger import NewEvent


def append_custody_events(ctx, session, n: int, *, items: int = 3, second=None) -> None:
    """Append ``n`` custody-like events for a few items, one transaction each."""
    station = ctx.station().code
    for i in range(n):
        item = f"UN-DIL-26-{i % items:06d}-X"
        signers = [session.signer] + ([second] if second else [])
        with unit_of_work(ctx.engine) as s:
            ledger_svc.append(
                s,
                [
                    NewEvent(
                        kind="custody.transferred" if i >= items else "item.registered",
                        item=item,
                        case="CASE-1",
                        data={"to": second.username if second else session.username, "purpose": f"step {i}",
                              "seal_intact": True},
                        signers=tuple(x.username for x in signers),
                    )
                ],
                station=station,
                actor=session.username,
                signers=signers,
                clock=ctx.clock,
            )
        ctx.clock.advance(seconds=1)


@pytest.fixture
def officer(ctx, admin_session):
    """A second officer with an unlocked key (a receiver for handovers)."""
    from custody.domain.enums import Role
    from custody.services import auth, user_admin
    from custody.services.users import NewUser

    user_admin.add_user(
        ctx, admin_session,
        NewUser("jdoe", "Иван Петров", "B-1002", "receiver password 1", (Role.OFFICER, Role.CUSTODIAN)),
    )
    return auth.unlock_signer(ctx, "jdoe", "receiver password 1")
