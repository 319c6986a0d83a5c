"""The stored projections (item state, ledger references) checked in the verification pass itself (issue 18).

``custody ledger verify`` used to re-read and re-parse the whole ledger in a second, single-threaded pass to
rebuild the projections. Now the verification workers fold each run of entries they check into a summary
(:func:`fold`, run in the worker processes), and the main process merges the summaries in ``seq`` order
(:meth:`ProjectionCheck.merge`) and compares the result with the stored tables, read row by row
(:meth:`ProjectionCheck.differences`). The fold is in :mod:`custody.services.projection_fold` (light: the
workers import only it and the projections). The meaning of an event is still only in
:mod:`custody.services.projections` (``state_effect``, which ``next_state`` applies too): a run's summary of an
item is what the run's entries set (or "keep": as it was before the run), its last seq and time, plus the state
the item would start from if the run held its first entry; merging fills the kept fields from the item's state
before the run.

Memory: one state per item (no per-entry objects); the stored rows are streamed and compared one by one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from custody.db.models import LedgerRef
from custody.ledger.verify import Failure
from custody.services.projection_fold import ITEMS, KEEP, REFS, SET, fold


@dataclass
class ProjectionCheck:
    """The projections derived from the ledger, merged from the runs' summaries in ``seq`` order."""

    items: dict[str, tuple[str, str | None, str | None, int, str]] = field(default_factory=dict)
    refs: dict[str, int] = field(default_factory=dict)

    @property
    def projection(self) -> tuple[Any, Any]:
        """``(fold, merge)`` for ``ledger.verify_stored(projection=...)``."""
        return fold, self.merge

    def merge(self, acc: dict[str, Any]) -> None:
        self.refs.update(acc.get(REFS, ()))
        items = self.items
        items.update(acc.get(SET, ()))  # runs that set every field: their state, whatever came before
        get, keep = items.get, KEEP
        for item, (start, run) in acc.get(ITEMS, {}).items():
            status, custodian, location, last_seq, at = run
            before = get(item) or start
            items[item] = (before[0] if status == keep else status, before[1] if custodian == keep else custodian,
                           before[2] if location == keep else location, last_seq, at)

    def differences(self, s: Session) -> list[Failure]:
        """What the stored ``item_state`` and ``ledger_ref`` tables say differently from the ledger."""
        stored_refs = dict(s.execute(select(LedgerRef.ref, LedgerRef.seq)).all())
        refs = self.refs
        diffs = [Failure(refs.get(r) or stored_refs.get(r) or 0,
                         f"ledger reference {r} differs: stored seq {stored_refs.get(r)}, ledger says seq {refs.get(r)}")
                 for r in sorted(set(refs) | set(stored_refs)) if refs.get(r) != stored_refs.get(r)]
        derived = dict(self.items)  # popped as the stored rows are compared: left over = not stored
        item_diffs: list[tuple[str, Failure]] = []
        pop = derived.pop
        for rows in _stored_item_states(s):
            # a batch at a time, compared in C; row by row only where the batch differs
            wants = list(map(pop, [row[0] for row in rows], repeat(None, len(rows))))
            haves = [tuple(row[1:]) for row in rows]
            if wants != haves:
                item_diffs.extend((row[0], _difference(row[0], want, have))
                                  for row, want, have in zip(rows, wants, haves, strict=True) if want != have)
        for item, want in derived.items():
            item_diffs.append((item, _difference(item, want, None)))
        item_diffs.sort(key=lambda d: d[0])
        return diffs + [d for _, d in item_diffs]


def _stored_item_states(s: Session, batch: int = 10_000) -> Iterator[list[tuple[Any, ...]]]:
    """The stored ``item_state`` rows in batches of plain tuples (DB-API rows: no per-row result processing)."""
    conn = s.connection()  # the session's transaction
    cur = conn.connection.dbapi_connection.cursor()
    try:
        cur.execute("SELECT item_id, status, custodian, location_code, last_seq, updated_at FROM item_state")
        while rows := cur.fetchmany(batch):
            yield rows
    finally:
        cur.close()


def _difference(item: str, want: tuple | None, have: tuple | None) -> Failure:
    seq = max(v[3] for v in (want, have) if v is not None)
    return Failure(seq, f"projection of item {item} differs: stored {_fmt(have)}, ledger says {_fmt(want)}")


def _fmt(v: tuple | None) -> str:
    if v is None:
        return "nothing"
    return f"status={v[0]}, custodian={v[1]}, location={v[2]}, last_seq={v[3]}"
