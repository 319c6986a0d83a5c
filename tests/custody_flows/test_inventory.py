"""Inventory audit of a location and everything below it."""

from __future__ import annotations

import pytest

from custody.domain.errors import PermissionDenied, ValidationError
from custody.domain.ids import make_badge_code, make_item_id
from custody.services import custody, inventory


def test_audit_reports_missing_unexpected_and_misplaced_exactly(flow):
    cora, olga, audrey = flow.user("cora"), flow.user("olga"), flow.user("audrey")
    room = flow.location("Room 1", "room")
    shelf_a = flow.location("Shelf A", parent=room)
    shelf_b = flow.location("Shelf B", parent=room)
    elsewhere = flow.location("Room 2", "room")
    a1, a2, a3, b1, b2, c1 = (flow.item(cora) for _ in range(6))
    with_olga = flow.item(olga)
    custody.check_in(flow.ctx, cora, shelf_a, [a1, a2, a3])
    custody.check_in(flow.ctx, cora, shelf_b, [b1, b2])
    custody.check_in(flow.ctx, cora, elsewhere, [c1])
    unregistered = make_item_id("UN-DIL", 26, 999_000)

    with pytest.raises(PermissionDenied):
        inventory.start_audit(flow.ctx, olga, room)
    audit = inventory.start_audit(flow.ctx, audrey, room)
    assert audit.expected == {a1: shelf_a, a2: shelf_a, a3: shelf_a, b1: shelf_b, b2: shelf_b}
    assert set(audit.scope) == {room, shelf_a, shelf_b}

    assert inventory.audit_scan(audit, shelf_a).kind == "location"
    assert inventory.audit_scan(audit, a1.lower()).kind == "found"
    assert inventory.audit_scan(audit, a1).kind == "again"
    out = inventory.audit_scan(audit, b1)  # on shelf A, recorded on shelf B
    assert out.kind == "misplaced" and out.recorded_location == shelf_b
    assert inventory.audit_scan(audit, c1).kind == "pending"  # pure: looked up later
    out = inventory.audit_scan(audit, with_olga, ctx=flow.ctx)  # looked up at once
    assert out.kind == "unexpected" and "unexpected" in out.message
    assert inventory.audit_scan(audit, unregistered).kind == "pending"
    with pytest.raises(ValidationError):
        inventory.audit_scan(audit, elsewhere)  # a location outside the audit
    with pytest.raises(ValidationError):
        inventory.audit_scan(audit, make_badge_code(5))
    with pytest.raises(ValidationError):
        inventory.audit_scan(audit, "UN-DIL-26-000001-Q")  # wrong check character
    assert inventory.audit_scan(audit, shelf_b).kind == "location"
    assert inventory.audit_scan(audit, b2).kind == "found"

    # While the audit runs, a3 is checked out with a recorded action: it left, it is not missing.
    custody.check_out(flow.ctx, cora, shelf_a, [a3])
    before = flow.count()
    result = inventory.finish_audit(flow.ctx, audrey, audit, memo="Quarterly audit")

    assert result.expected_count == 5 and result.scanned_count == 6
    assert {ln.item_id for ln in result.found} == {a1, b2}
    assert [ln.item_id for ln in result.missing] == [a2]
    assert result.missing[0].recorded_location == shelf_a
    assert {(ln.item_id, ln.recorded_location, ln.found_location) for ln in result.misplaced} == {
        (b1, shelf_b, shelf_a), (c1, elsewhere, shelf_a)}
    assert {(ln.item_id, ln.recorded_status, ln.recorded_custodian) for ln in result.unexpected} == {
        (with_olga, "with_officer", "olga"), (unregistered, None, None)}
    assert [ln.item_id for ln in result.left_during_audit] == [a3]

    written = flow.bodies(before)
    assert len(written) == len(result.seqs) == 2 + 1 + 2 + 2 + 1
    kinds = [(e["kind"], e["item"] or e["data"].get("item_id")) for e in written]
    assert sorted(kinds[:-1]) == sorted([
        ("inventory.seen", a1), ("inventory.seen", b2), ("inventory.missing", a2),
        ("inventory.unexpected", b1), ("inventory.unexpected", c1),
        ("inventory.unexpected", with_olga), ("inventory.unexpected", unregistered),
    ])
    by_item = {e["item"] or e["data"]["item_id"]: e for e in written[:-1]}
    assert by_item[c1]["data"]["reason"] == "misplaced"
    assert by_item[c1]["data"]["recorded_location"] == elsewhere
    assert by_item[with_olga]["data"]["reason"] == "unexpected"
    assert by_item[unregistered]["item"] is None and by_item[unregistered]["data"]["reason"] == "unregistered"
    summary = written[-1]
    assert summary["kind"] == "inventory.audited" and summary["data"]["missing"] == [a2]
    assert all(e["actor"] == "audrey" and e["data"]["audit_id"] == audit.audit_id for e in written)
    # Nothing moved: the audit records what was seen, it does not relocate anything.
    assert flow.state(b1) == ("in_storage", None, shelf_b)
    flow.assert_consistent()
