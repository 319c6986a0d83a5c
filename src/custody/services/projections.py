"""Projections derived from the ledger: item status, custodian and location.

The same pure function serves the append path (same transaction as the entry) and
``custody ledger rebuild``, so the two can never disagree about what an event means.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class ItemStateValue(NamedTuple):
    """An item's projected state (immutable; a named tuple: verification builds one per entry of the ledger, a
    frozen dataclass took four times as long to make)."""

    item_id: str
    status: str
    custodian: str | None
    location_code: str | None
    last_seq: int
    updated_at: str


def next_state(prev: ItemStateValue | None, body: dict[str, Any]) -> ItemStateValue | None:
    """Return the item's state after ``body`` (None if the entry is not about an item)."""
    item = body.get("item")
    if not item:
        return prev
    data: dict[str, Any] = body.get("data") or {}
    seq: int = body["seq"]
    at: str = body["at"]
    effect = state_effect(body["kind"], data, body["actor"])
    if effect is not None:
        return ItemStateValue(item if prev is None else prev.item_id, *effect, seq, at)
    if prev is None:
        # The first entry of an item is its registration (or a split/sample creating it).
        return ItemStateValue(item, *first_state(data, body["actor"]), seq, at)
    return ItemStateValue(prev.item_id, prev.status, prev.custodian, prev.location_code, seq, at)


def first_state(data: dict[str, Any], actor: str) -> tuple[str, str | None, str | None]:
    """``(status, custodian, location)`` of an item before its first entry's effect: with the officer the entry
    names as custodian, else with its actor (a registration, a split or a sample creates the item)."""
    return "with_officer", data.get("custodian") or actor, None


def state_effect(kind: str, data: dict[str, Any], actor: str) -> tuple[str, str | None, str | None] | None:
    """What an entry of ``kind`` sets: the item's ``(status, custodian, location)`` after it, or None when it
    leaves them as they were (its ``last_seq`` and time still change). The one place that says what an event
    means: :func:`next_state` and the verification's projection check (projection_fold.py) both use it."""
    effect = _EFFECTS.get(kind)
    return None if effect is None else effect(data, actor)


def _to_officer(data: dict[str, Any], actor: str) -> tuple[str, str | None, str | None]:
    return "with_officer", data.get("to") or actor, None


_EFFECTS: dict[str, Any] = {
    "custody.transferred": lambda data, actor: ("with_officer", data.get("to"), None),
    "custody.recovered": lambda data, actor: ("with_officer", data.get("to"), None),
    "storage.checked_in": lambda data, actor: ("in_storage", None, data.get("location") or data.get("to_location")),
    "storage.moved": lambda data, actor: ("in_storage", None, data.get("location") or data.get("to_location")),
    "storage.checked_out": _to_officer,
    "lab.submitted": lambda data, actor: ("at_lab", None, None),
    "court.out": lambda data, actor: ("at_court", None, None),
    "lab.returned": _to_officer,
    "court.returned": _to_officer,
    # handed to another station or agency (docs/TRANSFER.md)
    "custody.transferred_out": lambda data, actor: ("transferred_out", None, None),
    "custody.transferred_in": lambda data, actor: ("with_officer", data.get("custodian") or actor, None),
    "disposal.completed": lambda data, actor: ("disposed", None, None),
    "item.released": lambda data, actor: ("released", None, None),
    # missing, written off (issue 15)
    "inventory.resolved": lambda data, actor: (("written_off", None, None) if data.get("outcome") == "written_off"
                                               else None),
}


#: Entries a report takes case, seizure, officer, location and certificate facts from (LEDGER.md 5.1), by kind:
#: (reference prefix, where the key is in the body). ``ledger_ref`` maps ``prefix:key`` to the latest such seq.
REF_KINDS: dict[str, tuple[str, str]] = {
    "case.opened": ("case", "data.case_number"),
    "seizure.recorded": ("seizure", "data.document_number"),
    "user.created": ("user", "data.username"),
    "location.created": ("location", "data.code"),
    "station.certificate_registered": ("certificate", "station"),
}


def ref_of(body: dict[str, Any]) -> str | None:
    """``prefix:key`` of an entry that records a case, seizure, officer, location or certificate (else None)."""
    spec = REF_KINDS.get(body.get("kind", ""))
    if spec is None:
        return None
    prefix, where = spec
    key = (body.get("data") or {}).get(where[5:]) if where.startswith("data.") else body.get(where)
    return f"{prefix}:{key}" if isinstance(key, str) and key else None
