"""Issue 15: an IMEI whose check digit fails (counterfeit phones often carry one) is kept as typed only with a
reason, and the reason is in the item's registration entry (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import FormErrors
from custody.services import ledger_admin
from custody.services.intake import NewItem, get_item, register_item

PHONE = {"device_type": "phone", "make": "Samsumg", "model": "Galaxy S24 Ultra (copy)"}
BAD_IMEI = "490154203237519"  # last digit wrong


def _phone(seizure: str, imei: str, overrides=None) -> NewItem:
    return NewItem(seizure, Category.ELECTRONIC, "Black phone sold as a Samsung, logo misspelt",
                   fields={**PHONE, "imei": imei}, check_overrides=overrides or {})


def test_invalid_imei_kept_only_with_a_reason(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    doc = seizure.document_number
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(FormErrors) as err:
        register_item(ctx, team.officer, _phone(doc, BAD_IMEI))
    assert "typing error" in str(err.value.errors["imei"])
    with pytest.raises(FormErrors) as err:  # an override needs its reason
        register_item(ctx, team.officer, _phone(doc, BAD_IMEI, {"imei": "  "}))
    assert "imei" in err.value.errors
    with pytest.raises(FormErrors) as err:  # only IMEI and VIN checks can be overridden
        register_item(ctx, team.officer, _phone(doc, BAD_IMEI, {"imei": "copy", "model": "why not"}))
    assert "model" in err.value.errors
    assert ledger_admin.total_entries(ctx) == before

    item = register_item(ctx, team.officer, _phone(doc, BAD_IMEI, {"imei": "Counterfeit phone: IMEI printed "
                                                                           "under the battery, check digit wrong"}))
    assert item.field_value("imei") == BAD_IMEI
    reg = get_item(ctx, team.officer, item.item_id).timeline[0]
    assert reg.kind == "item.registered"
    assert reg.data["check_overrides"] == {"imei": "Counterfeit phone: IMEI printed under the battery, check digit "
                                                   "wrong"}
    good = register_item(ctx, team.officer, _phone(doc, "490154203237518", {"imei": "not needed"}))
    assert "check_overrides" not in get_item(ctx, team.officer, good.item_id).timeline[0].data  # it passed
    assert ledger_admin.verify(ctx).ok and ledger_admin.rebuild(ctx) == []
