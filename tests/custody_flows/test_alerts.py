"""Start-page alerts with the injected clock."""

from __future__ import annotations

from custody.domain.enums import DisposalMethod
from custody.services import alerts, custody, disposal
from custody.services.settings import update_settings


def test_overdue_lab_and_court_items_and_pending_disposals(flow, clock):
    cora, sven = flow.user("cora"), flow.user("sven")
    shelf = flow.location()
    lab_item, court_item, stored = flow.item(cora), flow.item(cora), flow.item(cora)
    custody.check_in(flow.ctx, cora, shelf, [lab_item, court_item, stored])
    custody.lab_submit(flow.ctx, cora, [lab_item], "National lab", "Purity", lab_number="L-1")
    custody.court_out(flow.ctx, cora, [court_item], "Hearing", "CR-1")
    disposal.authorize_disposal(flow.ctx, sven, [stored], DisposalMethod.DESTRUCTION, "Court", "CO-1")

    now = alerts.alerts(flow.ctx)
    assert now.lab_overdue == () and now.court_overdue == ()
    assert [(p.item_id, p.method, p.order_reference) for p in now.disposal_pending] == [
        (stored, "destruction", "CO-1")]

    clock.advance(days=7, seconds=1)
    a = alerts.alerts(flow.ctx)
    assert a.lab_overdue == ()
    (court,) = a.court_overdue
    assert (court.item_id, court.days, court.limit_days, court.reference) == (court_item, 7, 7, "CR-1")

    clock.advance(days=23)
    a = alerts.alerts(flow.ctx)
    (lab,) = a.lab_overdue
    assert (lab.item_id, lab.days, lab.place, lab.reference, lab.sent_by) == (
        lab_item, 30, "National lab", "L-1", "cora")
    # The station can be stricter; an explicit time can be asked for.
    update_settings(flow.ctx, flow.admin, overdue_lab_days=40)
    assert alerts.alerts(flow.ctx).lab_overdue == ()
    assert len(alerts.alerts(flow.ctx, clock.now.replace(year=2027)).lab_overdue) == 1

    # Back from court, disposal done: no more alerts about them.
    custody.court_return(flow.ctx, cora, [court_item])
    disposal.complete_disposal(flow.ctx, cora, stored, [flow.signer("wanda"), flow.signer("wes")], "Burnt")
    a = alerts.alerts(flow.ctx)
    assert a.court_overdue == () and a.disposal_pending == ()
    # What is left: the item back from court, with cora and never labelled (no label printed in this test).
    assert [h.item_id for h in a.unlabelled] == [court_item] and a.held_too_long == ()
    assert a.count == 1
    clock.advance(days=8)  # a week later she still has it
    assert [(h.item_id, h.custodian) for h in alerts.alerts(flow.ctx).held_too_long] == [(court_item, "cora")]


def test_items_held_too_long_and_unlabelled_are_listed_oldest_first_up_to_a_limit_and_counted(flow, clock):
    """A large station has hundreds of thousands of them (issue 18, 5): the first ``limit`` of each kind, in the
    order of the whole list, and how many there are."""
    cora = flow.user("cora")
    shelf = flow.location()
    items = []
    for _ in range(5):
        items.append(flow.item(cora))
        clock.advance(minutes=1)
    custody.check_in(flow.ctx, cora, shelf, items[1:3])  # stored (and later than the ones cora still holds)
    clock.advance(days=8)
    whole = alerts.alerts(flow.ctx, limit=None)
    assert [h.item_id for h in whole.held_too_long] == [items[0], items[3], items[4]]
    assert [h.item_id for h in whole.unlabelled] == [items[0], items[3], items[4], items[1], items[2]]
    assert whole.total("held_too_long") == 3 and whole.total("unlabelled") == 5 and whole.count == 8

    small = alerts.alerts(flow.ctx)  # fewer than the limit: the same rows as the whole list
    assert (small.held_too_long, small.unlabelled, small.count) == (whole.held_too_long, whole.unlabelled, 8)
    assert small.held_too_long_total is None and small.unlabelled_total is None

    cut = alerts.alerts(flow.ctx, limit=2)
    assert cut.held_too_long == whole.held_too_long[:2] and cut.unlabelled == whole.unlabelled[:2]
    assert (cut.total("held_too_long"), cut.total("unlabelled"), cut.count) == (3, 5, 8)
    exact = alerts.alerts(flow.ctx, limit=3)  # exactly full: counted
    assert exact.held_too_long == whole.held_too_long and exact.total("held_too_long") == 3
    assert exact.total("unlabelled") == 5
