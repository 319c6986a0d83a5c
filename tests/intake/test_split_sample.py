"""Splitting and sampling: children with their own ids, linked to the parent, in the ledger."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import FormErrors, PermissionDenied
from custody.services import ledger_admin
from custody.services.intake import NewPart, get_item, register_item, sample_item, split_item
from custody.services.search import search

from .conftest import new_item


def test_split_and_sample(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    drug = register_item(ctx, team.officer, new_item(seizure.document_number, Category.DRUG))
    sample = sample_item(ctx, team.custodian, drug.item_id, NewPart(
        "Sample of the first brick for the laboratory", quantity="1", unit="bag", sealed=True,
        seal_number="lab-0001", fields={"package_count": 1, "gross_weight_mg": "2.5 g", "net_weight_mg": "2 g"}),
        reason="Laboratory analysis", holder=team.officer.signer)  # joao holds it: he countersigns
    assert sample.parent_id == drug.item_id and sample.item_id != drug.item_id
    assert sample.field_value("suspected_substance") == "Cocaine hydrochloride"  # inherited
    assert sample.field_value("gross_weight_mg") == 2500 and sample.seal_number == "LAB-0001"
    assert sample.item_number == 2 and sample.biohazard

    parts = split_item(ctx, team.custodian, drug.item_id, [
        NewPart("Brick 2 of 3, taped, star mark", fields={"package_count": 1, "gross_weight_mg": "1 kg",
                                                           "net_weight_mg": "950 g"}),
        NewPart("Brick 3 of 3, taped, star mark", fields={"package_count": 1, "gross_weight_mg": "1 kg",
                                                           "net_weight_mg": "940 g"}),
    ], reason="Stored separately", holder=team.officer.signer)
    assert [c.item_number for c in parts.children] == [3, 4]

    detail = get_item(ctx, team.officer, drug.item_id)
    assert detail.children == (sample.item_id, *[c.item_id for c in parts.children])
    kinds = [t.kind for t in detail.timeline]
    assert kinds == ["item.registered", "item.sampled", "item.split"]
    assert detail.timeline[1].data["children"] == [sample.item_id]
    assert detail.timeline[1].data["holder"] == "joao" and "joao" in detail.timeline[1].signers
    assert detail.timeline[2].data["children"] == [c.item_id for c in parts.children]

    child = get_item(ctx, team.officer, parts.children[0].item_id)
    assert child.item.parent_id == drug.item_id
    reg = child.timeline[0]
    assert reg.kind == "item.registered" and reg.data["parent"] == drug.item_id
    assert reg.data["custodian"] == "helene" and reg.actor == "helene"
    assert child.custodian == "helene" and child.status == "with_officer"
    assert [r.item_id for r in search(ctx, team.officer, drug.item_id)] == [drug.item_id]  # a barcode is exact
    number = drug.item_id.split("-")[3]  # the parent's number as a word finds its children too
    assert {c.item_id for c in parts.children} <= {r.item_id for r in search(ctx, team.officer, number)}
    assert {r.item_id for r in search(ctx, team.officer, "brick star")} >= {c.item_id for c in parts.children}
    assert ledger_admin.verify(ctx).ok


def test_split_refusals_write_nothing(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    drug = register_item(ctx, team.officer, new_item(seizure.document_number, Category.DRUG))
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(PermissionDenied):  # officers cannot split
        split_item(ctx, team.officer, drug.item_id, [NewPart("x part")])
    after_denied = ledger_admin.total_entries(ctx)
    assert after_denied == before + 1  # the denial itself is recorded (auth.denied), nothing else
    with pytest.raises(FormErrors) as exc:
        split_item(ctx, team.custodian, drug.item_id, [NewPart(""), NewPart("ok", fields={"form": "gas"})])
    assert set(exc.value.errors) == {"0.description", "1.form"}
    with pytest.raises(FormErrors):
        split_item(ctx, team.custodian, drug.item_id, [])
    with pytest.raises(FormErrors) as exc:
        sample_item(ctx, team.custodian, drug.item_id[:-1] + "0" if drug.item_id[-1] != "0" else drug.item_id[:-1] + "1",
                    NewPart("sample"))
    assert "item_id" in exc.value.errors
    assert ledger_admin.total_entries(ctx) == after_denied
