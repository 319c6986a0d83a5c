"""The verification workers' half of the projection check (see :mod:`custody.services.projection_check`).

Kept apart so that a worker process imports only this and :mod:`custody.services.projections` (no database code).
"""

from __future__ import annotations

from typing import Any

from custody.services.projections import REF_KINDS, ItemStateValue, next_state, ref_of

__all__ = ["ITEMS", "KEEP", "REFS", "SET", "fold"]

#: A field value meaning "as before this run" (never a real status, custodian or location).
KEEP = "\x00keep"
#: ``acc`` keys: items whose run leaves a field as it was (``ITEMS``), items whose run sets every field (``SET``),
#: ledger references (``REFS``).
ITEMS, SET, REFS = "items", "set", "refs"
#: The "as before" state (its item_id is not used): ``next_state`` applied to it shows what an entry sets.
_BEFORE = ItemStateValue("", KEEP, KEEP, KEEP, 0, "")


def fold(acc: dict[str, Any], o: Any) -> None:
    """One parsed entry ``o`` (fastbody.EntryBody) into its run's summary ``acc`` (a worker calls this); ``o``
    None at the end of the run: the item summaries become plain tuples (what is sent to the main process).

    Per item the run's state is ``next_state`` applied entry after entry from an "as before" state whose fields
    are KEEP: a field an entry sets replaces the run's, a field it keeps stays (the rule that merges runs;
    ProjectionCheck.merge). At the end an item whose run sets every field goes to ``acc[SET]`` as
    ``(status, custodian, location, last_seq, updated_at)`` (its state whatever came before), the others to
    ``acc[ITEMS]`` as ``(start status, custodian, location), (status, custodian, location, last_seq, updated_at)``
    with the state the item would start from if the run held its first entry.
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
    body = {"item": item, "kind": kind, "data": o.data, "seq": o.seq, "at": o.at, "actor": o.actor}
    rec = runs.get(item)
    if rec is not None:
        rec[0] = next_state(rec[0], body)
        return
    state = next_state(_BEFORE, body)
    start = None
    if KEEP in state:
        # the state the item starts from if this is its first entry at all (a kind that changes nothing); not
        # needed when this entry sets every field: later ones only set fields again
        first = next_state(None, {**body, "kind": ""})
        start = (first.status, first.custodian, first.location_code)
    runs[item] = [state, start]


def _end_of_run(acc: dict[str, Any]) -> None:
    runs = acc.get(ITEMS)
    if not runs:
        return
    full: dict[str, tuple[Any, ...]] = {}
    partial: dict[str, tuple[Any, ...]] = {}
    for item, (state, start) in runs.items():
        run = state[1:]  # (status, custodian, location, last_seq, updated_at)
        if KEEP in run:
            partial[item] = (start, run)
        else:
            full[item] = run
    acc[ITEMS] = partial
    acc[SET] = full
