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
