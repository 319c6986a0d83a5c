"""Locations: codes, tree, scans, and search by location."""

from __future__ import annotations

import pytest

from custody.domain.enums import Category
from custody.domain.errors import FormErrors
from custody.domain.ids import parse_location_code
from custody.services import ledger_admin
from custody.services.intake import find_by_scan
from custody.services.locations import create_location, get_location, list_locations, location_tree


def test_location_tree(ctx, team):
    st = create_location(ctx, team.supervisor, "Central Police Station", "station")
    vault = create_location(ctx, team.supervisor, "Vault A", "vault", st.code)
    s1 = create_location(ctx, team.supervisor, "Shelf A1", "shelf", vault.code.lower())
    create_location(ctx, team.supervisor, "Drug safe", "drug_safe", st.code)
    create_location(ctx, team.supervisor, "Gun locker", "gun_locker", st.code)
    assert parse_location_code(st.code) == 1 and parse_location_code(s1.code) == 3
    assert s1.path == ("Central Police Station", "Vault A", "Shelf A1") and s1.depth == 2
    assert s1.parent_code == vault.code and s1.kind_label == "Shelf"
    tree = location_tree(ctx, team.officer)
    assert [n.location.name for n in tree] == ["Central Police Station"]
    assert [n.location.name for n in tree[0].children] == ["Drug safe", "Gun locker", "Vault A"]
    assert [loc.name for loc in list_locations(ctx, team.officer)] == [
        "Central Police Station", "Drug safe", "Gun locker", "Vault A", "Shelf A1"]
    with pytest.raises(FormErrors) as exc:
        create_location(ctx, team.supervisor, "shelf a1", "shelf", vault.code)
    assert "already has a location named" in exc.value.errors["name"]
    assert find_by_scan(ctx, team.officer, s1.code) == ("location", s1)
    assert get_location(ctx, team.officer, s1.code) == s1
    assert ledger_admin.verify(ctx).ok


def test_search_by_location_barcode(ctx, team, case_and_seizure):
    """Items checked in to a location are found by scanning the location (the sub-tree included)."""
    from sqlalchemy import update

    from custody.db.models import ItemState
    from custody.db.uow import unit_of_work
    from custody.services.intake import ItemFilters, register_item
    from custody.services.search import search

    from .conftest import new_item

    _, seizure = case_and_seizure
    vault = create_location(ctx, team.supervisor, "Vault A", "vault")
    shelf = create_location(ctx, team.supervisor, "Shelf A1", "shelf", vault.code)
    item = register_item(ctx, team.officer, new_item(seizure.document_number, Category.FIREARM))
    register_item(ctx, team.officer, new_item(seizure.document_number, Category.DRUG))
    with unit_of_work(ctx.engine) as s:  # stands in for a check-in (another issue's service)
        s.execute(update(ItemState).where(ItemState.item_id == item.item_id)
                  .values(status="in_storage", custodian=None, location_code=shelf.code))
    assert [r.item_id for r in search(ctx, team.officer, vault.code)] == [item.item_id]
    assert [r.item_id for r in search(ctx, team.officer, "", ItemFilters(location_code=vault.code))] == [item.item_id]
    assert search(ctx, team.officer, "", ItemFilters(location_code=vault.code, include_sublocations=False)) == []
    assert [r.item_id for r in search(ctx, team.officer, "glock", ItemFilters(status="in_storage"))] == [item.item_id]
