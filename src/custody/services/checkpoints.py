"""Checkpoints at least once a day (LEDGER.md section 4), signed by the station without a user."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from custody.db.models import LedgerCheckpoint
from custody.db.uow import unit_of_work
from custody.ledger.entry import parse_time
from custody.services import ledger_admin
from custody.services.context import AppContext

DAILY = timedelta(hours=24)


def last_checkpoint_at(ctx: AppContext) -> str | None:
    """When this station last signed a checkpoint (the stored time string), or None."""
    code = ctx.station().code
    with unit_of_work(ctx.engine, read_only=True) as s:
        return s.execute(
            select(LedgerCheckpoint.created_at).where(LedgerCheckpoint.station == code)
            .order_by(LedgerCheckpoint.id.desc()).limit(1)
        ).scalar_one_or_none()


def checkpoint_if_due(ctx: AppContext, max_age: timedelta = DAILY) -> str | None:
    """Sign a checkpoint when the station's last one is older than ``max_age``; return the note or None.

    Called when the app starts and every hour while it runs, so a station that is used every day signs at
    least one checkpoint a day without anyone remembering to.
    """
    last = last_checkpoint_at(ctx)
    if last is not None and ctx.clock() - parse_time(last) < max_age:
        return None
    return ledger_admin.checkpoint(ctx)
