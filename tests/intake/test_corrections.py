"""Corrections: one item.corrected entry signed by the requester and a second (supervisor) officer."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import AuthError, Conflict, FormErrors, PermissionDenied
from custody.services import ledger_admin
from custody.services.intake import (
    ApproverIsRequester,
    ApproverMissing,
    ApproverNotAllowed,
    CorrectionRefused,
    approve_correction,
    get_item,
    register_item,
    request_correction,
)
from custody.services.search import search

from .conftest import PASSWORD, new_item


@pytest.fixture
def firearm(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    return register_item(ctx, team.officer, new_item(seizure.document_number, Category.FIREARM))


def test_refused_without_a_proper_second_approver_and_nothing_written(ctx, team, firearm):
    req = request_correction(ctx, team.officer, firearm.item_id, "serial_number", "BKZ128",
                             "Serial number misread: the last digit is an 8")
    assert (req.old, req.new) == ("BKZ123", "BKZ128")
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(ApproverMissing):
        approve_correction(ctx, team.officer, "", PASSWORD, req)
    with pytest.raises(ApproverMissing):
        approve_correction(ctx, team.officer, "ivan", "", req)
    with pytest.raises(ApproverIsRequester):
        approve_correction(ctx, team.officer, "joao", PASSWORD, req)
    with pytest.raises(ApproverNotAllowed):  # a custodian cannot approve corrections
        approve_correction(ctx, team.officer, "helene", PASSWORD, req)
    with pytest.raises(CorrectionRefused):  # only the requester submits the request
        approve_correction(ctx, team.arabic, "ivan", PASSWORD, req)
    assert ledger_admin.total_entries(ctx) == before
    # a supervisor who requests cannot approve their own either
    own = request_correction(ctx, team.supervisor, firearm.item_id, "make", "Glock GmbH", "Full maker name")
    with pytest.raises(ApproverIsRequester):
        approve_correction(ctx, team.supervisor, "ivan", PASSWORD, own)
    assert ledger_admin.total_entries(ctx) == before
    # a wrong approver password is refused (and recorded as a failed countersignature only)
    with pytest.raises(AuthError):
        approve_correction(ctx, team.officer, "ivan", "not the password", req)
    assert get_item(ctx, team.officer, firearm.item_id).corrections == ()
    with pytest.raises(PermissionDenied):  # an auditor cannot even ask
        request_correction(ctx, team.auditor, firearm.item_id, "make", "X", "reason")


def test_approved_correction_shows_original_and_corrected_values(ctx, team, firearm):
    req = request_correction(ctx, team.officer, firearm.item_id, "serial_number", "bkz128",
                             "Serial number misread: the last digit is an 8")
    corr = approve_correction(ctx, team.officer, "ivan", PASSWORD, req)
    assert corr.approved_by == "ivan" and corr.requested_by == "joao" and corr.new == "BKZ128"
    req2 = request_correction(ctx, team.officer, firearm.item_id, "description",
                              "Black Glock 17 pistol with scratched slide and a cracked grip", "Grip damage missed")
    approve_correction(ctx, team.officer, "olga", PASSWORD, req2)

    detail = get_item(ctx, team.officer, firearm.item_id)
    values = {v.name: v for v in detail.values}
    assert values["serial_number"].original == "BKZ123" and values["serial_number"].value == "BKZ128"
    assert values["serial_number"].corrected and not values["make"].corrected
    assert values["description"].original_display == "Black Glock 17 pistol with scratched slide"
    assert detail.item.description.endswith("cracked grip") and detail.item.field_value("serial_number") == "BKZ128"
    assert [(c.field, c.old, c.new, c.approved_by) for c in detail.corrections] == [
        ("serial_number", "BKZ123", "BKZ128", "ivan"),
        ("description", "Black Glock 17 pistol with scratched slide",
         "Black Glock 17 pistol with scratched slide and a cracked grip", "olga"),
    ]
    entry = [t for t in detail.timeline if t.kind == "item.corrected"][0]
    assert entry.signers == ("ivan", "joao") and entry.signed_by == ("ivan", "joao")
    assert entry.data["corrects_seq"] == detail.timeline[0].seq and entry.data["reason"].startswith("Serial")
    assert "BKZ123" in entry.summary and "BKZ128" in entry.summary
    # the search index follows the current values
    assert [r.item_id for r in search(ctx, team.officer, "BKZ128")] == [firearm.item_id]
    assert search(ctx, team.officer, "BKZ123") == []
    # a stale request (the value changed meanwhile) is refused
    stale = req.__class__(**{**req.__dict__, "old": "BKZ123", "new": "BKZ129"})
    with pytest.raises(Conflict):
        approve_correction(ctx, team.officer, "ivan", PASSWORD, stale)
    assert ledger_admin.verify(ctx).ok


def test_correction_request_validation(ctx, team, firearm):
    for field, value, reason, bad in [
        ("serial_number", "BKZ123", "same", "new_value"),
        ("nonexistent", "x", "reason", "field"),
        ("imei", "490154203237518", "not a firearm field", "field"),
        ("make", "Glock", "", "reason"),
        ("quantity", "-2", "negative", "new_value"),
        ("sealed", "maybe", "not a bool", "new_value"),
        ("make", "", "required field emptied", "new_value"),
    ]:
        with pytest.raises(FormErrors) as exc:
            request_correction(ctx, team.officer, firearm.item_id, field, value, reason)
        assert bad in exc.value.errors, (field, exc.value.errors)


def test_currency_total_follows_corrected_denominations(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    cash = register_item(ctx, team.officer, new_item(seizure.document_number, Category.CURRENCY))
    assert cash.field_value("total_minor") == 130000
    req = request_correction(ctx, team.officer, cash.item_id, "denominations", [("100", 11), ("20", 5)],
                             "Recount: eleven notes of 100")
    approve_correction(ctx, team.officer, "ivan", PASSWORD, req)
    detail = get_item(ctx, team.officer, cash.item_id)
    assert detail.item.field_value("total_minor") == 120000
    with pytest.raises(FormErrors):
        request_correction(ctx, team.officer, cash.item_id, "total_minor", "5", "derived")
    assert ledger_admin.verify(ctx).ok
