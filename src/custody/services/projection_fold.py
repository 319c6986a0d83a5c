"""The verification workers' half of the projection check (see :mod:`custody.services.projection_check`).

Kept apart so that a worker process imports only this and :mod:`custody.services.projections` (no database code).
"""

from __future__ import annotations

from typing import Any

from custody.services.projections import REF_KINDS, ItemStateValue, next_state, ref_of

__all__ = ["ITEMS", "KEEP", "REFS", "fold"]

#: A field value meaning "as before this run" (never a real status, custodian or location).
KEEP = "\x00keep"
ITEMS, REFS = "items", "refs"


#: The "as before" state: ``next_state`` applied to it shows what an entry sets (a field left at KEEP is kept).
_BEFORE = ItemStateValue("", KEEP, KEEP, KEEP, 0, "")


def fold(acc: dict[str, Any], o: Any) -> None:
    """One parsed entry ``o`` (fastbody.EntryBody) into its run's summary ``acc`` (a worker calls this); ``o``
    None at the end of the run: the item summaries become plain tuples (what is sent to the main process):
    ``(start status, start custodian, start location), (status, custodian, location, last_seq, updated_at)``.

    Per item, ``next_state`` is applied to the "as before" state for each entry: the fields it sets replace the
    run's, the fields it keeps stay (the same rule that merges runs; ProjectionCheck.merge).
    """
    if o is None:
        items = acc.get(ITEMS)
        if items:
            acc[ITEMS] = {item: (r[0], (r[1], r[2], r[3], r[4], r[5])) for item, r in items.items()}
        return
    item = o.item
    kind = o.kind
    if kind in REF_KINDS:
        ref = ref_of({"kind": kind, "data": o.data, "station": o.station})
        if ref is not None:
            acc.setdefault(REFS, {})[ref] = o.seq
    if not item:
        return
    items = acc.get(ITEMS)
    if items is None:
        items = acc[ITEMS] = {}
    body = {"item": item, "kind": kind, "data": o.data, "seq": o.seq, "at": o.at, "actor": o.actor}
    rec = items.get(item)
    if rec is None:
        # the state the item starts from if this is its first entry at all (a kind that changes nothing)
        start = next_state(None, {**body, "kind": ""})
        assert start is not None
        rec = items[item] = [(start.status, start.custodian, start.location_code), KEEP, KEEP, KEEP, 0, ""]
    new = next_state(_BEFORE, body)
    assert new is not None
    if new.status != KEEP:
        rec[1] = new.status
    if new.custodian != KEEP:
        rec[2] = new.custodian
    if new.location_code != KEEP:
        rec[3] = new.location_code
    rec[4], rec[5] = new.last_seq, new.updated_at
