"""The verification workers' half of the projection check (see :mod:`custody.services.projection_check`).

Kept apart so that a worker process imports only this and :mod:`custody.services.projections` (no database code).
"""

from __future__ import annotations

from typing import Any

from custody.services.projections import REF_KINDS, first_state, ref_of, state_effect

__all__ = ["ITEMS", "KEEP", "REFS", "SET", "fold"]

#: A field value meaning "as before this run" (never a real status, custodian or location).
KEEP = "\x00keep"
#: ``acc`` keys: items whose run leaves a field as it was (``ITEMS``), items whose run sets every field (``SET``),
#: ledger references (``REFS``).
ITEMS, SET, REFS = "items", "set", "refs"
_KEPT = (KEEP, KEEP, KEEP)
#: The distinct (status, custodian, location) states seen in this process (a few per officer and location).
_STATES: dict[tuple[str, str | None, str | None], tuple[str, str | None, str | None]] = {}
_STATES_LIMIT = 100_000


def fold(acc: dict[str, Any], o: Any) -> None:
    """One parsed entry ``o`` (fastbody.EntryBody) into its run's summary ``acc`` (a worker calls this); ``o``
    None at the end of the run: the item summaries become plain tuples (what is sent to the main process).

    Per item the run keeps ``[effect, last_seq, updated_at, start]``: ``effect`` is the ``(status, custodian,
    location)`` that the run's last entry with an effect set (``projections.state_effect``; every effect sets
    all three), None while no entry of the run has set them; ``start`` is the state the item would start from if
    the run held its first entry (``projections.first_state``; needed only when that entry sets nothing). At the
    end an item whose run set its state goes to ``acc[SET]`` as ``(status, custodian, location, last_seq,
    updated_at)`` (its state whatever came before), the others to ``acc[ITEMS]`` as ``(start, (KEEP, KEEP, KEEP,
    last_seq, updated_at))`` (ProjectionCheck.merge fills the kept fields from the item's state before the run).
    """
    if o is None:
        _end_of_run(acc)
        return
    kind = o.kind
    if kind in REF_KINDS:
        ref = ref_of({"kind": kind, "data": o.data, "station": o.station})
        if ref is not None:
            acc.setdefault(REFS, {})[ref] = o.seq
    item = o.item
    if not item:
        return
    runs = acc.get(ITEMS)
    if runs is None:
        runs = acc[ITEMS] = {}
    effect = state_effect(kind, o.data, o.actor)
    if effect is not None and len(_STATES) < _STATES_LIMIT:  # one object per distinct state: the summaries
        effect = _STATES.setdefault(effect, effect)  # sent and kept share them (issue 18: peak RSS)
    rec = runs.get(item)
    if rec is None:
        runs[item] = [effect, o.seq, o.at, None if effect is not None else first_state(o.data, o.actor)]
        return
    if effect is not None:
        rec[0] = effect
    rec[1] = o.seq
    rec[2] = o.at


def _end_of_run(acc: dict[str, Any]) -> None:
    runs = acc.get(ITEMS)
    if not runs:
        return
    full: dict[str, tuple[Any, ...]] = {}
    partial: dict[str, tuple[Any, ...]] = {}
    for item, (effect, last_seq, at, start) in runs.items():
        if effect is None:
            partial[item] = (start, (*_KEPT, last_seq, at))
        else:
            full[item] = (*effect, last_seq, at)
    acc[ITEMS] = partial
    acc[SET] = full
