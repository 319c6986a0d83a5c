"""Issue 15, acceptance 1 (sampling another officer's item: tests/intake/test_split_holder.py): disposal by someone other than its
authoriser with witnesses checked as soon as they are named, supervisor recovery of custody with two signatures,
and audit findings that stay open until a supervisor and a second signer resolve them (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from custody.domain.enums import DisposalMethod
from custody.domain.errors import Conflict, PermissionDenied, ValidationError
from custody.services import alerts, audit_alerts, custody, disposal, inventory, user_admin


def test_authoriser_cannot_carry_out_and_witness_is_checked_when_named(flow):
    olga, cora, sven, sara = flow.user("olga"), flow.user("cora"), flow.user("sven"), flow.user("sara")
    shelf = flow.location()
    item = flow.item(olga)
    custody.transfer(flow.ctx, olga, [item], flow.signer("cora"), "to storage")
    custody.check_in(flow.ctx, cora, shelf, [item])
    disposal.authorize_disposal(flow.ctx, sven, [item], DisposalMethod.DESTRUCTION, "District court", "CO-9")
    wanda, wes = flow.signer("wanda"), flow.signer("wes")
    before = flow.count()
    with pytest.raises(Conflict) as err:  # sven authorised it: he may not also carry it out
        disposal.complete_disposal(flow.ctx, sven, item, [wanda, wes], "Incinerated")
    assert "authorised" in err.value.message
    assert flow.count() == before

    # The witness check needs no password: a username is enough, and it says why.
    with pytest.raises(Conflict) as err:
        disposal.check_witness(flow.ctx, sara, item, "olga")
    assert "olga" in err.value.message and "chain of custody" in err.value.message
    with pytest.raises(Conflict):
        disposal.check_witness(flow.ctx, sara, item, "sven")  # the authoriser is in the history too
    with pytest.raises(Conflict):
        disposal.check_witness(flow.ctx, sara, item, "sara")  # the one who carries it out
    with pytest.raises(Conflict):
        disposal.check_witness(flow.ctx, sara, item, "nobody-here")
    assert disposal.check_witness(flow.ctx, sara, item, "wanda") is None
    with pytest.raises(PermissionDenied):
        disposal.check_witness(flow.ctx, flow.user("wes"), item, "wanda")

    seq = disposal.complete_disposal(flow.ctx, sara, item, [wanda, wes], "Incinerated, furnace 2")
    assert flow.body(seq)["actor"] == "sara"
    flow.assert_consistent()


def test_recover_custody_from_a_disabled_officer_needs_two_signatures(flow):
    olga, sven = flow.user("olga"), flow.user("sven")
    flow.user("sara"), flow.user("cora")
    item = flow.item(olga)
    user_admin.set_active(flow.ctx, flow.admin, "olga", False)
    before = flow.count()
    with pytest.raises(PermissionDenied):  # a custodian cannot
        custody.recover_custody(flow.ctx, flow.user("cora"), [item], flow.signer("sara"), "Olga left")
    after_denied = flow.count()
    with pytest.raises(Conflict):  # one person is not two signatures
        custody.recover_custody(flow.ctx, sven, [item], flow.signer("sven"), "Olga left the service")
    with pytest.raises(Conflict) as err:  # the second signer must be a supervisor or an administrator
        custody.recover_custody(flow.ctx, sven, [item], flow.signer("cora"), "Olga left the service")
    assert "cora" in err.value.message
    with pytest.raises(ValidationError):  # a reason is required
        custody.recover_custody(flow.ctx, sven, [item], flow.signer("sara"), "  ")
    assert flow.count() == after_denied <= before + 1

    seqs = custody.recover_custody(flow.ctx, sven, [item], flow.signer("sara"), "Olga left the service")
    body = flow.body(seqs[0])
    assert body["kind"] == "custody.recovered" and body["signers"] == ["sara", "sven"]
    assert flow.signatures(seqs[0]) == ["sara", "sven"]
    assert body["data"]["from"] == "olga" and body["data"]["to"] == "sven"
    assert body["data"]["holder_active"] is False
    assert flow.state(item) == ("with_officer", "sven", None)
    flow.assert_consistent()


def test_audit_missing_item_stays_an_alert_until_a_supervisor_and_a_second_signer_resolve_it(flow):
    cora, sven, audrey = flow.user("cora"), flow.user("sven"), flow.user("audrey")
    flow.user("sara")
    room = flow.location("Drug safe", "room")
    a, b, c = (flow.item(cora) for _ in range(3))
    custody.check_in(flow.ctx, cora, room, [a, b, c])
    audit = inventory.start_audit(flow.ctx, audrey, room)
    inventory.audit_scan(audit, a)
    result = inventory.finish_audit(flow.ctx, audrey, audit)
    assert {ln.item_id for ln in result.missing} == {b, c}

    shown = alerts.alerts(flow.ctx)
    assert {(f.item_id, f.finding) for f in shown.audit_findings} == {(b, "missing"), (c, "missing")}
    assert shown.count >= 2
    before = flow.count()
    with pytest.raises(PermissionDenied):  # a custodian or the auditor cannot close it
        audit_alerts.resolve_audit_alert(flow.ctx, cora, b, "found", "On the floor", flow.signer("sara"))
    with pytest.raises(PermissionDenied):
        audit_alerts.resolve_audit_alert(flow.ctx, audrey, b, "found", "On the floor", flow.signer("sara"))
    denied = flow.count()
    with pytest.raises(Conflict):  # alone
        audit_alerts.resolve_audit_alert(flow.ctx, sven, b, "found", "On the floor", flow.signer("sven"))
    with pytest.raises(Conflict):  # the second signer is not a supervisor or an administrator
        audit_alerts.resolve_audit_alert(flow.ctx, sven, b, "found", "On the floor", flow.signer("cora"))
    with pytest.raises(ValidationError):  # written off without a reason
        audit_alerts.resolve_audit_alert(flow.ctx, sven, c, "written_off", "", flow.signer("sara"))
    with pytest.raises(Conflict):  # a has no open finding
        audit_alerts.resolve_audit_alert(flow.ctx, sven, a, "found", "", flow.signer("sara"))
    assert flow.count() == denied == before + 2  # the two refusals by role are recorded, nothing else
    assert len(alerts.alerts(flow.ctx).audit_findings) == 2  # still open

    seq = audit_alerts.resolve_audit_alert(flow.ctx, sven, b, "found", "Behind the safe", flow.signer("sara"),
                                           found_location="Drug safe, bottom shelf")
    body = flow.body(seq)
    assert body["kind"] == "inventory.resolved" and body["signers"] == ["sara", "sven"]
    assert body["data"]["outcome"] == "found" and len(body["data"]["alerts"]) == 1
    assert [f.item_id for f in alerts.alerts(flow.ctx).audit_findings] == [c]
    audit_alerts.resolve_audit_alert(flow.ctx, sven, c, "written_off", "Searched the room twice",
                                     flow.signer("sara"))
    assert alerts.alerts(flow.ctx).audit_findings == ()
    assert flow.state(b) == ("in_storage", None, room)  # found: where it was recorded
    assert flow.state(c) == ("written_off", None, None)  # written off: no longer expected anywhere
    with pytest.raises(Conflict):
        custody.check_out(flow.ctx, cora, room, [c])
    assert c not in inventory.start_audit(flow.ctx, audrey, room).expected
    flow.assert_consistent()


def test_authoriser_cannot_release_either(flow):
    olga, cora, sven = flow.user("olga"), flow.user("cora"), flow.user("sven")
    flow.user("sara")
    shelf = flow.location()
    item = flow.item(olga)
    custody.transfer(flow.ctx, olga, [item], flow.signer("cora"), "to storage")
    custody.check_in(flow.ctx, cora, shelf, [item])
    disposal.authorize_disposal(flow.ctx, sven, [item], DisposalMethod.RETURN_TO_OWNER, "Court", "R-1")
    doc = disposal.IdentityDocument("passport", "P123")
    before = flow.count()
    with pytest.raises(Conflict):
        disposal.release_to_owner(flow.ctx, sven, item, "Maria dos Santos", doc, "Court order R-1")
    assert flow.count() == before
    seq = disposal.release_to_owner(flow.ctx, cora, item, "Maria dos Santos", doc, "Court order R-1")
    assert flow.body(seq)["kind"] == "item.released"
