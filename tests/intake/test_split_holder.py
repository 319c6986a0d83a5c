"""Issue 15: a sample or split of an item another officer holds needs the holder's countersignature (SQLite and
PostgreSQL)."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import Conflict
from custody.services import custody, ledger_admin
from custody.services.intake import NewPart, get_item, register_item, sample_item, split_item

from .conftest import new_item


def _bodies(ctx, after: int) -> list[dict]:
    from sqlalchemy import select

    from custody.db.models import LedgerEntry, LedgerSignature
    from custody.db.uow import unit_of_work
    from custody.ledger.canonical import parse_canonical

    with unit_of_work(ctx.engine, read_only=True) as s:
        rows = s.execute(select(LedgerEntry.seq, LedgerEntry.body).where(LedgerEntry.seq > after)
                         .order_by(LedgerEntry.seq)).all()
        out = []
        for seq, body in rows:
            b = parse_canonical(bytes(body))
            b["stored_signatures"] = sorted(s.execute(select(LedgerSignature.signer)
                                                      .where(LedgerSignature.seq == seq)).scalars())
            out.append(b)
        return out


PART = {"package_count": 1, "gross_weight_mg": "2.5 g", "net_weight_mg": "2 g"}


def _sample(ctx, who, item_id, holder=None):
    return sample_item(ctx, who, item_id, NewPart("Sample for the laboratory, sealed bag", quantity="1", unit="bag",
                                                  fields=PART),
                       reason="Laboratory analysis", holder=holder)


def test_sampling_an_item_another_officer_holds_needs_the_holders_signature(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    drug = register_item(ctx, team.officer, new_item(seizure.document_number, Category.DRUG))  # joao holds it
    before = ledger_admin.total_entries(ctx)
    with pytest.raises(Conflict) as err:
        _sample(ctx, team.custodian, drug.item_id)
    assert "joao" in err.value.message and "sign" in err.value.message
    with pytest.raises(Conflict) as err:  # somebody else's signature is not the holder's
        _sample(ctx, team.custodian, drug.item_id, holder=team.arabic.signer)
    assert "mohammed" in err.value.message
    with pytest.raises(Conflict):
        split_item(ctx, team.custodian, drug.item_id, [NewPart("Brick 1", fields=PART), NewPart("Brick 2", fields=PART)], "Separately")
    assert ledger_admin.total_entries(ctx) == before  # a refusal writes nothing

    child = _sample(ctx, team.custodian, drug.item_id, holder=team.officer.signer)
    written = _bodies(ctx, before)
    assert [e["kind"] for e in written] == ["item.sampled", "item.registered"]
    for e in written:  # the holder signs the sample entry and the new item's registration
        assert e["signers"] == ["helene", "joao"] and e["stored_signatures"] == ["helene", "joao"]
    assert written[0]["data"]["holder"] == "joao"
    assert get_item(ctx, team.officer, child.item_id).custodian == "helene"  # the sampler holds the sample
    assert get_item(ctx, team.officer, drug.item_id).custodian == "joao"  # the holder keeps the item

    # Once the item is handed to her, the custodian samples it alone.
    custody.transfer(ctx, team.officer, [drug.item_id], team.custodian.signer, "Laboratory sampling",
                     {drug.item_id: custody.SealCheck(True, drug.seal_number or "")})
    more = ledger_admin.total_entries(ctx)
    _sample(ctx, team.custodian, drug.item_id)
    assert _bodies(ctx, more)[0]["signers"] == ["helene"]
    assert ledger_admin.verify(ctx).ok
