"""Check-in, check-out and moves between locations."""

from __future__ import annotations

import pytest

from custody.domain.errors import Conflict, NotFound, PermissionDenied
from custody.services import custody


def test_check_in_move_check_out(flow):
    olga, cora = flow.user("olga"), flow.user("cora")
    room = flow.location("Room 1", "room")
    shelf_a = flow.location("Shelf A", parent=room)
    shelf_b = flow.location("Shelf B", parent=room)
    a, b = flow.item(olga), flow.item(olga)

    # Olga delivers her items to the custodian and signs the check-in on the custodian's workstation.
    seqs = custody.check_in(flow.ctx, cora, shelf_a, [a, b], deliverer=flow.signer("olga"))
    entry = flow.body(seqs[0])
    assert entry["kind"] == "storage.checked_in" and entry["data"] == {"location": shelf_a, "from": "olga"}
    assert entry["signers"] == ["cora", "olga"] and flow.signatures(seqs[0]) == ["cora", "olga"]
    assert flow.state(a) == ("in_storage", None, shelf_a)

    seqs = custody.move(flow.ctx, cora, shelf_b, [b])
    assert flow.body(seqs[0])["data"] == {"from_location": shelf_a, "to_location": shelf_b}
    assert flow.state(b) == ("in_storage", None, shelf_b)

    # Check out from the room (contains shelf B) to another officer, who signs.
    seqs = custody.check_out(flow.ctx, cora, room, [b], to="oscar", receiver=flow.signer("oscar"),
                             purpose="court")
    entry = flow.body(seqs[0])
    assert entry["kind"] == "storage.checked_out"
    assert entry["data"] == {"location": shelf_b, "to": "oscar", "purpose": "court"}
    assert entry["signers"] == ["cora", "oscar"]
    assert flow.state(b) == ("with_officer", "oscar", None)
    seqs = custody.check_out(flow.ctx, cora, None, [a])
    assert flow.body(seqs[0])["data"]["to"] == "cora" and flow.state(a) == ("with_officer", "cora", None)
    flow.assert_consistent()


def test_storage_refusals_leave_the_ledger_unchanged(sqlite_flow):
    flow = sqlite_flow
    olga, cora = flow.user("olga"), flow.user("cora")
    shelf = flow.location("Shelf A")
    closed = flow.location("Old shelf", active=False)
    other = flow.location("Shelf C")
    a, b = flow.item(olga), flow.item(cora)
    oscar = flow.signer("oscar")
    before = flow.count()

    with pytest.raises(Conflict):  # olga holds a and did not sign
        custody.check_in(flow.ctx, cora, shelf, [b, a])
    with pytest.raises(Conflict):  # the wrong officer signs as deliverer
        custody.check_in(flow.ctx, cora, shelf, [a], deliverer=oscar)
    with pytest.raises(Conflict):
        custody.check_in(flow.ctx, cora, closed, [b])
    with pytest.raises(NotFound):
        custody.check_in(flow.ctx, cora, "LOC-999999-X", [b])
    assert flow.count() == before

    custody.check_in(flow.ctx, cora, shelf, [b])
    before = flow.count()
    with pytest.raises(Conflict):  # already in storage
        custody.check_in(flow.ctx, cora, other, [b])
    with pytest.raises(Conflict):  # same place
        custody.move(flow.ctx, cora, shelf, [b])
    with pytest.raises(Conflict):  # not at that location
        custody.check_out(flow.ctx, cora, other, [b])
    with pytest.raises(Conflict):  # receiver did not sign
        custody.check_out(flow.ctx, cora, shelf, [b], to="oscar")
    with pytest.raises(Conflict):  # not in storage
        custody.move(flow.ctx, cora, other, [a])
    assert flow.count() == before

    with pytest.raises(PermissionDenied):  # officers do not run the store (the denial itself is recorded)
        custody.check_out(flow.ctx, olga, shelf, [b])
    assert [e["kind"] for e in flow.bodies(before)] == ["auth.denied"]
    flow.assert_consistent()
