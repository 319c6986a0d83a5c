"""Handover of a basket: one entry per item, both signatures, all or nothing."""

from __future__ import annotations

import pytest

from custody.domain.errors import Conflict, CustodyError, ValidationError
from custody.services import custody
from custody.services.custody import SealCheck


def test_basket_handover_is_one_signed_entry_per_item(flow):
    olga, oscar = flow.user("olga"), flow.signer("oscar")
    a = flow.item(olga, seal="S-100")
    b = flow.item(olga)
    before = flow.count()

    seqs = custody.transfer(
        flow.ctx, olga, [a, b, a], oscar, "for the laboratory run",
        seal_checks={a: SealCheck(intact=True, seal_number_seen="s-100")},
    )

    assert len(seqs) == 2 and flow.count() == before + 2
    first, second = flow.body(seqs[0]), flow.body(seqs[1])
    assert [first["kind"], second["kind"]] == ["custody.transferred"] * 2
    assert [first["item"], second["item"]] == [a, b]
    assert first["case"] == "CASE-1"
    assert first["signers"] == ["olga", "oscar"] and flow.signatures(seqs[0]) == ["olga", "oscar"]
    assert first["data"]["from"] == "olga" and first["data"]["to"] == "oscar"
    assert first["data"]["purpose"] == "for the laboratory run"
    assert first["data"]["seal_intact"] is True and first["data"]["seal_number_seen"] == "s-100"
    assert "seal_intact" not in second["data"]  # no seal, no seal check
    assert flow.state(a) == ("with_officer", "oscar", None)
    assert flow.state(b) == ("with_officer", "oscar", None)
    flow.assert_consistent()


def test_handover_by_someone_who_does_not_hold_the_item_is_refused(flow):
    olga, oscar = flow.user("olga"), flow.user("oscar")
    mine = flow.item(oscar)
    hers = flow.item(olga)
    otto = flow.signer("otto")
    before = flow.count()

    with pytest.raises(Conflict) as err:
        custody.transfer(flow.ctx, oscar, [mine, hers], otto, "court")
    assert hers in err.value.message and "olga" in err.value.message
    assert flow.count() == before  # nothing of the basket was written
    assert flow.state(mine) == ("with_officer", "oscar", None)
    flow.assert_consistent()


def test_seal_mismatch_forces_seal_broken_with_memo(flow):
    olga, oscar = flow.user("olga"), flow.signer("oscar")
    item = flow.item(olga, seal="S-200")
    before = flow.count()

    with pytest.raises(ValidationError):  # a sealed item needs a seal check
        custody.transfer(flow.ctx, olga, [item], oscar, "storage")
    with pytest.raises(ValidationError) as err:  # mismatch without a memo
        custody.transfer(flow.ctx, olga, [item], oscar, "storage",
                         seal_checks={item: SealCheck(intact=True, seal_number_seen="S-201")})
    assert err.value.field == "memo"
    assert flow.count() == before

    seqs = custody.transfer(flow.ctx, olga, [item], oscar, "storage",
                            seal_checks={item: SealCheck(intact=True, seal_number_seen="S-201")},
                            memo="Seal number on the bag is S-201, not S-200 as registered.")
    broken, moved = flow.body(seqs[0]), flow.body(seqs[1])
    assert broken["kind"] == "seal.broken" and moved["kind"] == "custody.transferred"
    assert broken["data"]["seal_number"] == "S-200" and broken["data"]["seal_number_seen"] == "S-201"
    assert broken["data"]["matches_record"] is False and broken["data"]["seen_intact"] is True
    assert broken["data"]["reason"].startswith("Seal number on the bag")
    assert broken["signers"] == ["olga", "oscar"]
    assert custody.item_custody(flow.ctx, item).seal_number is None

    oscar_session = flow.user("oscar")
    custody.apply_seal(flow.ctx, oscar_session, item, "S-300")
    assert custody.item_custody(flow.ctx, item).seal_number == "S-300"
    # A broken-open seal (intact False) with the right number is a mismatch as well.
    with pytest.raises(ValidationError):
        custody.transfer(flow.ctx, oscar_session, [item], flow.signer("olga"), "back",
                         seal_checks={item: SealCheck(intact=False, seal_number_seen="S-300")})
    flow.assert_consistent()


def test_handover_rules(sqlite_flow):
    flow = sqlite_flow
    olga, cora = flow.user("olga"), flow.user("cora")
    oscar = flow.signer("oscar")
    item = flow.item(olga)
    shelf = flow.location()

    with pytest.raises(Conflict):  # to oneself
        custody.transfer(flow.ctx, olga, [item], flow.signer("olga"), "x")
    custody.transfer(flow.ctx, olga, [item], flow.signer("cora"), "to the evidence room")
    custody.check_in(flow.ctx, cora, shelf, [item])
    with pytest.raises(Conflict):  # an officer cannot take an item out of storage
        custody.transfer(flow.ctx, olga, [item], oscar, "x")
    seqs = custody.transfer(flow.ctx, cora, [item], oscar, "court preparation")  # custodian can
    data = flow.body(seqs[0])["data"]
    assert data["from"] == "cora" and data["from_location"] == shelf and data["to"] == "oscar"
    assert flow.state(item) == ("with_officer", "oscar", None)

    from custody.services import user_admin

    olga_signer = flow.signer("olga")  # unlocked while she was still active
    user_admin.set_active(flow.ctx, flow.admin, "olga", False)
    oscar_session, wes = flow.user("oscar"), flow.signer("wes")
    before = flow.count()
    with pytest.raises(Conflict):  # the receiver must be an active user
        custody.transfer(flow.ctx, oscar_session, [item], olga_signer, "x")
    with pytest.raises(Conflict):  # a user whose roles do not handle evidence cannot receive it
        custody.transfer(flow.ctx, oscar_session, [item], flow.admin.signer, "x")
    with pytest.raises(CustodyError):  # unknown item
        custody.transfer(flow.ctx, oscar_session, ["UN-DIL-26-999999-0"], wes, "x")
    assert flow.count() == before

    # A drawn signature is referenced by the SHA-256 of the attachment the caller stored.
    import hashlib

    from custody.db.models import Attachment
    from custody.db.uow import unit_of_work

    png = b"\x89PNG drawn signature"
    sha = hashlib.sha256(png).hexdigest()
    with pytest.raises(CustodyError):  # not stored
        custody.transfer(flow.ctx, oscar_session, [item], wes, "x", signature_sha256=sha)
    with unit_of_work(flow.ctx.engine) as s:
        s.add(Attachment(sha256=sha, media_type="image/png", size=len(png), data=png,
                         created_at="2026-11-28T09:00:00.000Z"))
    seqs = custody.transfer(flow.ctx, oscar_session, [item], wes, "x", signature_sha256=sha.upper())
    assert flow.body(seqs[0])["data"]["signature_attachment"] == sha
    flow.assert_consistent()


def test_two_workstations_handing_over_the_same_item_at_once(flow, monkeypatch):
    """The item rows are locked for the transaction: the second handover sees the first one's result."""
    import threading
    import time

    olga = flow.user("olga")
    item = flow.item(olga)
    oscar, otto = flow.signer("oscar"), flow.signer("otto")
    first_has_read = threading.Event()
    original = custody.require_hands_on

    def slow_check(session, ref):
        original(session, ref)
        if threading.current_thread().name == "first":
            first_has_read.set()
            time.sleep(0.5)  # hold the transaction open while the second workstation tries

    monkeypatch.setattr(custody.handover, "require_hands_on", slow_check)  # where transfer looks it up
    outcome: dict[str, object] = {}

    def run(name, receiver):
        try:
            outcome[name] = custody.transfer(flow.ctx, olga, [item], receiver, "race")
        except Exception as exc:  # noqa: BLE001 - recorded for the assertions
            outcome[name] = exc

    first = threading.Thread(target=run, args=("first", oscar), name="first")
    first.start()
    assert first_has_read.wait(10)
    second = threading.Thread(target=run, args=("second", otto), name="second")
    second.start()
    first.join(10)
    second.join(10)

    assert isinstance(outcome["first"], list)
    assert isinstance(outcome["second"], Conflict), outcome["second"]
    assert flow.state(item) == ("with_officer", "oscar", None)
    flow.assert_consistent()


def test_a_refused_handover_leaves_no_signature_behind(flow):
    """The drawn signature is stored in the handover's own transaction: refused handover, no blob, no entry."""
    import io

    from PIL import Image

    from custody.db.models import Attachment
    from custody.db.uow import unit_of_work

    olga, oscar = flow.user("olga"), flow.user("oscar")
    hers = flow.item(olga)
    otto = flow.signer("otto")
    png = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(png, "PNG")
    before = flow.count()
    with pytest.raises(Conflict):
        custody.transfer(flow.ctx, oscar, [hers], otto, "not mine to give", signature_png=png.getvalue())
    assert flow.count() == before
    with unit_of_work(flow.ctx.engine, read_only=True) as s:
        assert s.query(Attachment).count() == 0
    seqs = custody.transfer(flow.ctx, olga, [hers], otto, "to the lab", signature_png=png.getvalue())
    with unit_of_work(flow.ctx.engine, read_only=True) as s:
        (att,) = s.query(Attachment).all()
        assert flow.body(seqs[0])["data"]["signature_attachment"] == att.sha256
    flow.assert_consistent()
