"""Issue 15: a supervisor records a case's outcome; its items still held become eligible for disposal and are
authorised in one batch (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import PermissionDenied, ValidationError
from custody.services import case_outcome, disposal, ledger_admin
from custody.services.intake import register_item

from .conftest import new_item


def test_case_outcome_opens_the_disposal_backlog_and_one_click_authorises_it(ctx, team, case_and_seizure):
    case, seizure = case_and_seizure
    items = [register_item(ctx, team.officer, new_item(seizure.document_number, c)).item_id
             for c in (Category.FIREARM, Category.VEHICLE, Category.DOCUMENT)]
    assert case_outcome.disposal_backlog(ctx) == []
    with pytest.raises(PermissionDenied):
        case_outcome.record_case_outcome(ctx, team.custodian, case.case_number, "acquitted", "return_to_owner", "J-1")
    with pytest.raises(ValidationError):
        case_outcome.record_case_outcome(ctx, team.supervisor, case.case_number, "acquitted", "", "J-1")
    case_outcome.record_case_outcome(ctx, team.supervisor, case.case_number, "appeal", "", "Appeal A-7")
    assert case_outcome.disposal_backlog(ctx) == []  # not final: nothing eligible
    case_outcome.record_case_outcome(ctx, team.supervisor, case.case_number, "acquitted", "return_to_owner",
                                     "Judgment HC-311")
    (b,) = case_outcome.disposal_backlog(ctx)
    assert b.case_number == case.case_number and sorted(b.item_ids) == sorted(items)
    assert b.outcome == "acquitted" and b.disposition == "return_to_owner"

    disposal.authorize_disposal(ctx, team.supervisor, [items[0]], "return_to_owner", "Court", "Order 1")
    (b,) = case_outcome.disposal_backlog(ctx)
    assert sorted(b.item_ids) == sorted(items[1:])  # one already authorised: no longer in the backlog

    seqs = case_outcome.authorize_eligible(ctx, team.supervisor, case.case_number)
    assert len(seqs) == 2
    assert case_outcome.disposal_backlog(ctx) == []
    with pytest.raises(ValidationError):
        case_outcome.authorize_eligible(ctx, team.supervisor, case.case_number)
    assert ledger_admin.verify(ctx).ok
