"""The badge number printed on an officer's card (B-1002) works wherever the card's barcode (OFF-...) does."""

from __future__ import annotations

import pytest

from custody.domain.errors import NotFound, ValidationError
from custody.services.intake import find_by_scan, find_officer
from custody.services.user_admin import list_users


def _joao(ctx, team):
    return next(u for u in list_users(ctx, team.admin) if u.username == "joao")


def test_a_typed_badge_number_finds_the_officer_like_the_badge_code(ctx, team):
    joao = _joao(ctx, team)
    assert joao.badge_number == "B-1002"
    for typed in ("B-1002", "b-1002", " B‐1002 "):  # lower case, a Unicode hyphen, spaces: as people type
        kind, dto = find_by_scan(ctx, team.officer, typed)
        assert (kind, dto.username) == ("officer", "joao")
    kind, dto = find_by_scan(ctx, team.officer, joao.badge_code)
    assert (kind, dto.username) == ("officer", "joao")


def test_find_officer_takes_a_username_a_badge_number_or_the_card_code(ctx, team):
    joao = _joao(ctx, team)
    for typed in ("joao", "JOAO", "B-1002", "b-1002", joao.badge_code):
        assert find_officer(ctx, team.officer, typed).username == "joao"
    with pytest.raises(NotFound) as err:
        find_officer(ctx, team.officer, "B-9999")
    assert "B-9999" in str(err.value.params.get("code"))


def test_an_unknown_badge_number_is_still_refused_as_a_scan(ctx, team):
    with pytest.raises(ValidationError):
        find_by_scan(ctx, team.officer, "B-9999")


def test_searching_a_badge_number_lists_what_that_officer_holds_like_the_badge_code(ctx, team, case_and_seizure):
    from custody.domain.enums import Category
    from custody.services.intake import register_items
    from custody.services.search import search

    from .conftest import new_item

    _, seizure = case_and_seizure
    (held,) = register_items(ctx, team.officer, [new_item(seizure.document_number, Category.DRUG)])  # joao's
    joao = _joao(ctx, team)
    by_code = [i.item_id for i in search(ctx, team.officer, joao.badge_code)]
    by_number = [i.item_id for i in search(ctx, team.officer, "b-1002")]
    assert held.item_id in by_code and by_number == by_code
