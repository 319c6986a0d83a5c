"""next_state for every kind the custody services write (pure, no database)."""

from __future__ import annotations

import pytest

from custody.services.projections import ItemStateValue, next_state

ITEM = "UN-DIL-26-000001-D"
START = ItemStateValue(ITEM, "in_storage", None, "LOC-000001-G", 1, "2026-11-28T09:00:00.000Z")


def body(kind: str, data: dict | None = None, actor: str = "cora") -> dict:
    return {"kind": kind, "item": ITEM, "seq": 2, "at": "2026-11-28T10:00:00.000Z", "actor": actor,
            "data": data or {}}


@pytest.mark.parametrize("kind, data, expected", [
    ("custody.transferred", {"from": "cora", "to": "oscar"}, ("with_officer", "oscar", None)),
    ("storage.checked_in", {"location": "LOC-000002-E"}, ("in_storage", None, "LOC-000002-E")),
    ("storage.moved", {"from_location": "LOC-000001-G", "to_location": "LOC-000002-E"},
     ("in_storage", None, "LOC-000002-E")),
    ("storage.checked_out", {"location": "LOC-000001-G", "to": "oscar"}, ("with_officer", "oscar", None)),
    ("lab.submitted", {"lab_name": "Lab"}, ("at_lab", None, None)),
    ("lab.returned", {"to": "cora"}, ("with_officer", "cora", None)),
    ("court.out", {"hearing": "H"}, ("at_court", None, None)),
    ("court.returned", {"to": "cora"}, ("with_officer", "cora", None)),
    ("disposal.completed", {"witnesses": ["a", "b"]}, ("disposed", None, None)),
    ("item.released", {"owner_name": "X"}, ("released", None, None)),
    # Kinds that record a fact without moving the item:
    ("seal.broken", {"seal_number": "S"}, ("in_storage", None, "LOC-000001-G")),
    ("seal.applied", {"seal_number": "S"}, ("in_storage", None, "LOC-000001-G")),
    ("weight.recorded", {"gross_weight_mg": 1}, ("in_storage", None, "LOC-000001-G")),
    ("discrepancy.raised", {"source": "weight.recorded"}, ("in_storage", None, "LOC-000001-G")),
    ("discrepancy.acknowledged", {"discrepancy_seq": 2}, ("in_storage", None, "LOC-000001-G")),
    ("disposal.authorized", {"method": "destruction"}, ("in_storage", None, "LOC-000001-G")),
    ("inventory.seen", {"audit_id": "a"}, ("in_storage", None, "LOC-000001-G")),
    ("inventory.missing", {"audit_id": "a"}, ("in_storage", None, "LOC-000001-G")),
    ("inventory.unexpected", {"audit_id": "a"}, ("in_storage", None, "LOC-000001-G")),
])
def test_next_state(kind, data, expected):
    new = next_state(START, body(kind, data))
    assert (new.status, new.custodian, new.location_code) == expected
    assert new.last_seq == 2 and new.updated_at == "2026-11-28T10:00:00.000Z"
