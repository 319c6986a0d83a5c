"""Every form with bad input: FormErrors naming each bad field, and nothing written."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import FormErrors, PermissionDenied
from custody.services import ledger_admin
from custody.services.attachments import MAX_ATTACHMENT_BYTES, add_attachment
from custody.services.intake import (
    NewCase,
    NewItem,
    NewSeizure,
    list_cases,
    list_items,
    open_case,
    record_seizure,
    register_item,
    register_items,
)
from custody.services.locations import create_location

from .conftest import new_item


def _fails(ctx, call, fields):
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(FormErrors) as exc:
        call()
    assert set(fields) <= set(exc.value.errors), exc.value.errors
    for f in fields:
        assert exc.value.errors[f]  # a message in words for each field
    assert ledger_admin.total_entries(ctx) == before
    return exc.value


def test_case_form(ctx, team, case_and_seizure):
    case, _ = case_and_seizure
    _fails(ctx, lambda: open_case(ctx, team.officer, NewCase("", "piracy", "t" * 201, agency_ref="x\x00")),
           ["case_number", "offence_type", "title", "agency_ref"])
    err = _fails(ctx, lambda: open_case(ctx, team.officer, NewCase(case.case_number.lower(), "other")),
                 ["case_number"])
    assert "already in use" in err.errors["case_number"]
    _fails(ctx, lambda: open_case(ctx, team.officer, NewCase("A" * 41, "other")), ["case_number"])
    _fails(ctx, lambda: open_case(ctx, team.officer, NewCase("CASE#1", "other")), ["case_number"])
    assert len(list_cases(ctx, team.officer)) == 1


def test_seizure_form(ctx, team, case_and_seizure):
    case, _ = case_and_seizure
    ok = dict(case_number=case.case_number, occurred_at="2026-11-27 10:00", place="Dili", seizing_officer="joao")
    _fails(ctx, lambda: record_seizure(ctx, team.officer, NewSeizure(
        case_number="NOPE/1", occurred_at="yesterday", place="", seizing_officer="", gps="200, 300",
        witnesses=["ok", "bad\u202e"], notes="n" * 5000)),
        ["occurred_at", "place", "seizing_officer", "gps", "witnesses", "notes"])
    _fails(ctx, lambda: record_seizure(ctx, team.officer, NewSeizure(**{**ok, "case_number": "NOPE/1"})),
           ["case_number"])
    _fails(ctx, lambda: record_seizure(ctx, team.officer, NewSeizure(**{**ok, "seizing_officer": "ghost"})),
           ["seizing_officer"])
    _fails(ctx, lambda: record_seizure(ctx, team.officer, NewSeizure(**{**ok, "occurred_at": "2027-01-01 10:00"})),
           ["occurred_at"])
    _fails(ctx, lambda: record_seizure(ctx, team.officer, NewSeizure(**{**ok, "witnesses": ["w"] * 21})),
           ["witnesses"])
    assert record_seizure(ctx, team.officer, NewSeizure(**ok)).document_number.endswith("000002")


def test_item_forms(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    doc = seizure.document_number
    _fails(ctx, lambda: register_item(ctx, team.officer, NewItem(
        seizure="2026-9", category="weapon", description="", quantity="-1", sealed=True, seal_number="")),
        ["seizure", "category", "description", "quantity"])
    _fails(ctx, lambda: register_item(ctx, team.officer, NewItem(
        seizure=doc, category="drug", description="white powder", sealed=True, seal_number="",
        fields={"suspected_substance": "", "form": "gas", "gross_weight_mg": "1 g", "net_weight_mg": "2 g",
                "field_test": "yes", "colour": "red"})),
        ["seal_number", "suspected_substance", "form", "package_count", "net_weight_mg", "field_test_result",
         "colour"])
    _fails(ctx, lambda: register_item(ctx, team.officer, NewItem(
        seizure=doc, category="electronic", description="phone", sealed=False, seal_number="S-1",
        fields={"device_type": "phone", "imei": "490154203237519"})), ["seal_number", "imei"])
    _fails(ctx, lambda: register_item(ctx, team.officer, new_item("2026-999999", Category.VEHICLE)), ["seizure"])
    _fails(ctx, lambda: register_item(ctx, team.officer, new_item(doc, Category.DRUG, description="d" * 2001)),
           ["description"])
    _fails(ctx, lambda: register_item(ctx, team.officer, new_item(doc, Category.FIREARM,
                                                                   fields={"make": "Glock"})),
           ["firearm_type", "calibre", "rendered_safe"])
    # several items: all or nothing, errors keyed by index
    _fails(ctx, lambda: register_items(ctx, team.officer, [new_item(doc, Category.DRUG),
                                                           new_item(doc, Category.VEHICLE, description=" ")]),
           ["1.description"])
    _fails(ctx, lambda: register_items(ctx, team.officer, []), ["items"])
    assert list_items(ctx, team.officer).items == ()


def test_attachment_and_location_forms(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    item = register_item(ctx, team.officer, new_item(seizure.document_number, Category.OTHER))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    _fails(ctx, lambda: add_attachment(ctx, team.officer, item.item_id, "a.png", png, "image/png"), ["data"])
    _fails(ctx, lambda: add_attachment(ctx, team.officer, item.item_id, "a.exe", b"MZ\x90", "application/x-exe"),
           ["media_type"])
    _fails(ctx, lambda: add_attachment(ctx, team.officer, item.item_id, "a.pdf", b"", "application/pdf"), ["data"])
    _fails(ctx, lambda: add_attachment(ctx, team.officer, item.item_id, "a.pdf", b"\xff\xd8\xff\xe0", "application/pdf"),
           ["data"])
    big = b"%PDF-" + b"0" * MAX_ATTACHMENT_BYTES
    err = _fails(ctx, lambda: add_attachment(ctx, team.officer, item.item_id, "big.pdf", big, "application/pdf"),
                 ["data"])
    assert "too large" in err.errors["data"] and "25 MB" in err.errors["data"]
    _fails(ctx, lambda: add_attachment(ctx, team.officer, item.item_id[:-1] + "#", "a.pdf", b"%PDF-1.4",
                                       "application/pdf"), ["item_id"])
    _fails(ctx, lambda: create_location(ctx, team.supervisor, "", "cupboard", "LOC-000001-0"),
           ["name", "kind", "parent_code"])
    with pytest.raises(PermissionDenied):
        create_location(ctx, team.officer, "Shelf", "shelf")
