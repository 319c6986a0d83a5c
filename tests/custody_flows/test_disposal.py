"""Disposal: authorisation, two independent witnesses, release to the owner; final states never move."""

from __future__ import annotations

import pytest

from custody.domain.enums import DisposalMethod
from custody.domain.errors import Conflict, PermissionDenied, ValidationError
from custody.services import custody, disposal
from custody.services.disposal import IdentityDocument


def test_two_witness_disposal_refuses_a_witness_who_held_the_item(flow):
    olga, cora, sven = flow.user("olga"), flow.user("cora"), flow.user("sven")
    shelf = flow.location()
    item = flow.item(olga)
    custody.transfer(flow.ctx, olga, [item], flow.signer("oscar"), "to storage")
    custody.transfer(flow.ctx, flow.user("oscar"), [item], flow.signer("cora"), "to storage")
    custody.check_in(flow.ctx, cora, shelf, [item])

    with pytest.raises(PermissionDenied):
        disposal.authorize_disposal(flow.ctx, cora, [item], DisposalMethod.DESTRUCTION, "Court order", "CO-1")
    seqs = disposal.authorize_disposal(flow.ctx, sven, [item], DisposalMethod.DESTRUCTION,
                                       "District court, order of 2026-11-20", "CO-2026-881")
    auth = flow.body(seqs[0])
    assert auth["kind"] == "disposal.authorized" and auth["data"]["method"] == "destruction"
    assert flow.state(item) == ("in_storage", None, shelf)  # authorising does not move anything

    wanda, oscar = flow.signer("wanda"), flow.signer("oscar")  # oscar held the item once
    before = flow.count()
    with pytest.raises(Conflict) as err:
        disposal.complete_disposal(flow.ctx, cora, item, [wanda, oscar], "Incinerated")
    assert "oscar" in err.value.message
    with pytest.raises(ValidationError):
        disposal.complete_disposal(flow.ctx, cora, item, [wanda], "Incinerated")
    with pytest.raises(ValidationError):
        disposal.complete_disposal(flow.ctx, cora, item, [wanda, flow.signer("wanda")], "Incinerated")
    with pytest.raises(ValidationError):
        disposal.complete_disposal(flow.ctx, cora, item, [wanda, flow.signer("cora")], "Incinerated")
    with pytest.raises(Conflict):  # the supervisor who authorised appears in the history as well
        disposal.complete_disposal(flow.ctx, cora, item, [wanda, flow.signer("sven")], "Incinerated")
    assert flow.count() == before

    wes = flow.signer("wes")
    seq = disposal.complete_disposal(flow.ctx, cora, item, [wes, wanda], "Incinerated, furnace 2",
                                     place="Municipal plant")
    done = flow.body(seq)
    assert done["kind"] == "disposal.completed"
    assert done["signers"] == ["cora", "wanda", "wes"] and flow.signatures(seq) == ["cora", "wanda", "wes"]
    assert done["data"]["witnesses"] == ["wanda", "wes"]
    assert done["data"]["authorization_seq"] == auth["seq"]
    assert done["data"]["order_reference"] == "CO-2026-881"
    assert flow.state(item) == ("disposed", None, None)

    before = flow.count()
    for attempt in (
        lambda: custody.check_out(flow.ctx, cora, None, [item]),
        lambda: custody.check_in(flow.ctx, cora, shelf, [item]),
        lambda: custody.transfer(flow.ctx, cora, [item], flow.signer("olga"), "x"),
        lambda: disposal.complete_disposal(flow.ctx, cora, item, [wes, wanda], "again"),
        lambda: disposal.release_to_owner(flow.ctx, cora, item, "A. Owner",
                                          IdentityDocument("passport", "P1"), "x"),
    ):
        with pytest.raises(Conflict):
            attempt()
    assert flow.count() == before
    flow.assert_consistent()


def test_release_to_owner_and_disposal_preconditions(sqlite_flow):
    flow = sqlite_flow
    cora, sven, sara = flow.user("cora"), flow.user("sven"), flow.user("sara")
    shelf = flow.location()
    phone, cash = flow.item(cora, gross=200_000), flow.item(cora)
    custody.check_in(flow.ctx, cora, shelf, [phone, cash])
    wanda, wes = flow.signer("wanda"), flow.signer("wes")

    with pytest.raises(Conflict):  # not authorised
        disposal.complete_disposal(flow.ctx, cora, cash, [wanda, wes], "Shredded")
    disposal.authorize_disposal(flow.ctx, sven, [phone], "return_to_owner", "Prosecutor's release", "PR-9")
    with pytest.raises(Conflict):  # already authorised
        disposal.authorize_disposal(flow.ctx, sven, [phone], "destruction", "x", "y")

    # An open discrepancy blocks the release until a supervisor acknowledges it.
    res = custody.record_weight(flow.ctx, cora, phone, gross_weight_mg=150_000)
    with pytest.raises(Conflict):
        disposal.release_to_owner(flow.ctx, cora, phone, "Jean Owner", IdentityDocument("passport", "X1"),
                                  "PR-9")
    custody.acknowledge_discrepancy(flow.ctx, sara, phone, res.discrepancies[0].seq, "Battery removed")

    seq = disposal.release_to_owner(flow.ctx, cora, phone, "Jean Owner",
                                    IdentityDocument("passport", "X1234567"), "Prosecutor's release PR-9")
    rel = flow.body(seq)
    assert rel["kind"] == "item.released"
    assert rel["data"]["identity_document"] == {"type": "passport", "number": "X1234567"}
    assert rel["data"]["owner_name"] == "Jean Owner" and rel["data"]["from_location"] == shelf
    assert flow.state(phone) == ("released", None, None)
    with pytest.raises(Conflict):
        custody.move(flow.ctx, cora, flow.location(), [phone])
    with pytest.raises(ValidationError):
        disposal.release_to_owner(flow.ctx, cora, cash, "Jean Owner", IdentityDocument("", "X1"), "PR")
    flow.assert_consistent()
