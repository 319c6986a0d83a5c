"""The station signs a checkpoint at least once a day, by itself."""

from __future__ import annotations

from custody.services import ledger_admin
from custody.services.checkpoints import checkpoint_if_due, last_checkpoint_at


def test_checkpoint_is_signed_when_a_day_has_passed(sqlite_ctx, clock):
    ctx = sqlite_ctx
    first = last_checkpoint_at(ctx)  # setup signs one
    assert first is not None
    clock.advance(hours=23)
    assert checkpoint_if_due(ctx) is None
    assert last_checkpoint_at(ctx) == first
    clock.advance(hours=2)
    note = checkpoint_if_due(ctx)
    assert note is not None and note.startswith("custody.local/DIL\n")
    assert last_checkpoint_at(ctx) != first
    assert checkpoint_if_due(ctx) is None  # not twice
    assert ledger_admin.verify(ctx).ok
