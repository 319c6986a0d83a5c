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


def fold(acc: dict[str, Any], o: Any) -> None:
    """One parsed entry ``o`` (fastbody.EntryBody) into its run's summary ``acc`` (a worker calls this); ``o``
    None at the end of the run: the item summaries become plain tuples (what is sent to the main process):
    ``(start status, start custodian, start location), (status, custodian, location, last_seq, updated_at)``."""
    if o is None:
        items = acc.get(ITEMS)
        if items:
            acc[ITEMS] = {item: ((a.status, a.custodian, a.location_code),
                                 (b.status, b.custodian, b.location_code, b.last_seq, b.updated_at))
                          for item, (a, b) in items.items()}
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
    cur = items.get(item)
    if cur is None:
        # the state the item starts from if this is its first entry at all (a kind that changes nothing)
        start = next_state(None, {**body, "kind": ""})
        assert start is not None
        cur = (start, ItemStateValue(item, KEEP, KEEP, KEEP, 0, ""))
    new = next_state(cur[1], body)
    assert new is not None
    items[item] = (cur[0], new)
