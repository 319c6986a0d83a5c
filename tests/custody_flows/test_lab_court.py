"""Laboratory and court trips, weights and discrepancies, seals."""

from __future__ import annotations

import pytest

from custody.domain.errors import Conflict, FormErrors, PermissionDenied, ValidationError
from custody.services import custody
from custody.services.settings import StationSettings, get_settings, update_settings


def test_lab_round_trip_with_weight_discrepancy_acknowledged_by_a_supervisor(flow):
    cora, sven, sara, olga = flow.user("cora"), flow.user("sven"), flow.user("sara"), flow.user("olga")
    shelf = flow.location()
    ok_item = flow.item(cora, gross=120_000, net=100_000)  # 120 g / 100 g
    bad_item = flow.item(cora, gross=120_000, net=100_000)
    custody.check_in(flow.ctx, cora, shelf, [ok_item, bad_item])

    seqs = custody.lab_submit(flow.ctx, cora, [ok_item, bad_item], "National forensic lab",
                              "Identify substance", lab_number="L-77")
    sub = flow.body(seqs[0])
    assert sub["kind"] == "lab.submitted"
    assert sub["data"]["lab_name"] == "National forensic lab" and sub["data"]["from_location"] == shelf
    assert flow.state(ok_item) == ("at_lab", None, None)
    with pytest.raises(Conflict):  # at the lab: cannot move
        custody.move(flow.ctx, cora, shelf, [ok_item])

    # 2 g consumed by the analysis; 100 g - 2 g = 98 g expected, 97.5 g found: within max(50 mg, 1 %) = 1 g.
    res = custody.lab_return(flow.ctx, cora, ok_item, "Cocaine HCl", gross_weight_mg=117_600,
                             net_weight_mg=97_500, lab_number="L-77", consumed_mg=2_000)
    assert res.discrepancies == () and len(res.seqs) == 1
    ret = flow.body(res.seqs[0])
    assert ret["kind"] == "lab.returned" and ret["data"]["net_weight_mg"] == 97_500
    assert ret["data"]["consumed_mg"] == 2_000 and ret["data"]["results"] == "Cocaine HCl"
    assert flow.state(ok_item) == ("with_officer", "cora", None)

    with pytest.raises(Conflict):  # wrong lab number
        custody.lab_return(flow.ctx, cora, bad_item, "x", net_weight_mg=1, lab_number="L-78")

    # 90 g found where 100 g were recorded: a discrepancy in the same transaction.
    res = custody.lab_return(flow.ctx, sven, bad_item, "Cocaine HCl", net_weight_mg=90_000)
    assert len(res.seqs) == 2 and len(res.discrepancies) == 1
    disc = res.discrepancies[0]
    assert disc.seq == res.seqs[1] and flow.body(disc.seq)["kind"] == "discrepancy.raised"
    (diff,) = disc.differences
    assert (diff.field, diff.reference_mg, diff.found_mg, diff.difference_mg, diff.tolerance_mg) == (
        "net_weight_mg", 100_000, 90_000, -10_000, 1_000)
    assert [d.seq for d in custody.item_custody(flow.ctx, bad_item).open_discrepancies] == [disc.seq]

    before = flow.count()
    with pytest.raises(PermissionDenied):  # an officer cannot acknowledge
        custody.acknowledge_discrepancy(flow.ctx, olga, bad_item, disc.seq, "fine")
    with pytest.raises(Conflict):  # the supervisor who raised it cannot either
        custody.acknowledge_discrepancy(flow.ctx, sven, bad_item, disc.seq, "fine")
    assert [e["kind"] for e in flow.bodies(before)] == ["auth.denied"]

    ack = custody.acknowledge_discrepancy(flow.ctx, sara, bad_item, disc.seq, "Moisture loss, see lab report")
    body = flow.body(ack)
    assert body["kind"] == "discrepancy.acknowledged" and body["data"]["discrepancy_seq"] == disc.seq
    assert body["actor"] == "sara"
    assert custody.item_custody(flow.ctx, bad_item).open_discrepancies == ()
    with pytest.raises(Conflict):
        custody.acknowledge_discrepancy(flow.ctx, sara, bad_item, disc.seq, "again")
    # The new reference is the lab's weight.
    assert custody.item_custody(flow.ctx, bad_item).net_weight_mg == 90_000
    flow.assert_consistent()


def test_weights_seals_and_settings(sqlite_flow):
    flow = sqlite_flow
    olga = flow.user("olga")
    item = flow.item(olga, gross=10_000_000, seal="S-1")  # 10 kg
    assert get_settings(flow.ctx) == StationSettings()  # one settings object for the whole station

    res = custody.record_weight(flow.ctx, olga, item, gross_weight_mg=9_950_000)  # -50 g, 1 % = 100 g
    assert res.discrepancies == ()
    res = custody.record_weight(flow.ctx, olga, item, gross_weight_mg=9_800_000)  # -150 g vs latest
    assert len(res.discrepancies) == 1
    assert res.discrepancies[0].differences[0].reference_mg == 9_950_000

    with pytest.raises(PermissionDenied):
        update_settings(flow.ctx, olga, weight_tolerance_mg=0)
    with pytest.raises(FormErrors):
        update_settings(flow.ctx, flow.admin, weight_tolerance_permille=1001)
    changes = dict(weight_tolerance_mg=10, weight_tolerance_permille=5, overdue_lab_days=20, overdue_court_days=3)
    new = update_settings(flow.ctx, flow.admin, **changes)
    assert get_settings(flow.ctx) == new == StationSettings(**changes)
    changed = flow.bodies()[-1]
    assert changed["kind"] == "station.settings_changed"
    assert changed["data"]["changes"]["weight_tolerance_permille"] == {"old": 10, "new": 5}
    res = custody.record_weight(flow.ctx, olga, item, gross_weight_mg=9_760_000)  # -40 g, 0.5 % = 49 g
    assert res.discrepancies == ()

    with pytest.raises(ValidationError):
        custody.record_weight(flow.ctx, olga, item)
    with pytest.raises(Conflict):  # still sealed
        custody.apply_seal(flow.ctx, olga, item, "S-2")
    seq = custody.break_seal(flow.ctx, olga, item, "S-1", "Opened to re-weigh")
    assert flow.body(seq)["data"]["matches_record"] is True
    with pytest.raises(Conflict):
        custody.break_seal(flow.ctx, olga, item, "S-1", "again")
    seq = custody.apply_seal(flow.ctx, olga, item, "S-2")
    assert flow.body(seq)["kind"] == "seal.applied"
    assert custody.item_custody(flow.ctx, item).seal_number == "S-2"
    with pytest.raises(Conflict):  # not her item
        custody.apply_seal(flow.ctx, flow.user("oscar"), item, "S-3")
    flow.assert_consistent()


def test_court_trip(flow):
    cora, olga = flow.user("cora"), flow.user("olga")
    shelf = flow.location()
    item = flow.item(cora)
    custody.check_in(flow.ctx, cora, shelf, [item])

    seqs = custody.court_out(flow.ctx, cora, [item], "Trial, day 1", "CR-2026-14")
    out = flow.body(seqs[0])
    assert out["kind"] == "court.out" and out["data"]["court_reference"] == "CR-2026-14"
    assert flow.state(item) == ("at_court", None, None)
    with pytest.raises(Conflict):
        custody.transfer(flow.ctx, cora, [item], flow.signer("olga"), "x")
    with pytest.raises(PermissionDenied):
        custody.court_return(flow.ctx, olga, [item])

    seqs = custody.court_return(flow.ctx, cora, [item], memo="Exhibit P-3")
    back = flow.body(seqs[0])
    assert back["kind"] == "court.returned" and back["data"]["court_reference"] == "CR-2026-14"
    assert back["data"]["court_out_seq"] == out["seq"]
    assert flow.state(item) == ("with_officer", "cora", None)
    with pytest.raises(Conflict):
        custody.court_return(flow.ctx, cora, [item])
    custody.check_in(flow.ctx, cora, shelf, [item])
    flow.assert_consistent()


def test_a_hand_edited_settings_row_falls_back_to_the_defaults_field_by_field(sqlite_flow):
    """A value of the wrong type or out of its range in ``station.settings_json`` is not used: the weight check
    and the overdue alerts take the default for that field and keep the others."""
    import json

    from custody.db.models import Station
    from custody.db.uow import unit_of_work

    flow = sqlite_flow
    with unit_of_work(flow.ctx.engine) as s:
        row = s.get(Station, flow.ctx.station().code)
        row.settings_json = json.dumps({"weight_tolerance_mg": -5, "overdue_lab_days": "ten",
                                        "weight_tolerance_permille": 20, "idle_lock_minutes": True})
    settings = get_settings(flow.ctx)
    assert (settings.weight_tolerance_mg, settings.overdue_lab_days, settings.weight_tolerance_permille,
            settings.idle_lock_minutes) == (50, 30, 20, 10)
    assert settings.tolerance_for(10_000_000) == 200_000  # 2 % of 10 kg
