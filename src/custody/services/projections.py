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
    kind: str = body["kind"]
    data: dict[str, Any] = body.get("data") or {}
    seq: int = body["seq"]
    at: str = body["at"]
    if prev is None:
        # The first entry of an item is its registration (or a split/sample creating it).
        holder = data.get("custodian") or body["actor"]
        prev = ItemStateValue(item, "with_officer", holder, None, seq, at)
    # Built directly rather than with dataclasses.replace (several times slower): verification folds every entry
    # of the ledger through this function (issue 18).
    status, custodian, location = prev.status, prev.custodian, prev.location_code
    if kind in ("custody.transferred", "custody.recovered"):
        status, custodian, location = "with_officer", data.get("to"), None
    elif kind in ("storage.checked_in", "storage.moved"):
        status, custodian, location = "in_storage", None, data.get("location") or data.get("to_location")
    elif kind == "storage.checked_out":
        status, custodian, location = "with_officer", data.get("to") or body["actor"], None
    elif kind == "lab.submitted":
        status, custodian, location = "at_lab", None, None
    elif kind == "court.out":
        status, custodian, location = "at_court", None, None
    elif kind in ("lab.returned", "court.returned"):
        status, custodian, location = "with_officer", data.get("to") or body["actor"], None
    elif kind == "custody.transferred_out":  # handed to another station or agency (docs/TRANSFER.md)
        status, custodian, location = "transferred_out", None, None
    elif kind == "custody.transferred_in":
        status, custodian, location = "with_officer", data.get("custodian") or body["actor"], None
    elif kind == "disposal.completed":
        status, custodian, location = "disposed", None, None
    elif kind == "item.released":
        status, custodian, location = "released", None, None
    elif kind == "inventory.resolved" and data.get("outcome") == "written_off":  # missing, written off (issue 15)
        status, custodian, location = "written_off", None, None
    return ItemStateValue(prev.item_id, status, custodian, location, seq, at)


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
