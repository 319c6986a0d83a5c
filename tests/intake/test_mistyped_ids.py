"""A mistyped item id is rejected with a clear message and never resolved to another item."""

from __future__ import annotations

import random

import pytest

from custody.domain.enums import Category
from custody.domain.errors import NotFound, ValidationError
from custody.domain.ids import ALPHABET, make_item_id, make_location_code
from custody.services.intake import find_by_scan, get_item, register_items
from custody.services.search import search

from .conftest import new_item

CLEAR = ("check character does not match", "not a valid item number", "prefix used here",
         "not an item, location or badge number")


def _mutations(code: str, rng: random.Random) -> list[str]:
    """One character changed (at every position) and two adjacent characters swapped (where they differ)."""
    out = []
    for i, ch in enumerate(code):
        if ch == "-":
            continue
        other = rng.choice([c for c in ALPHABET if c != ch])
        out.append(code[:i] + other + code[i + 1:])
    chars = list(code)
    for i in range(len(chars) - 1):
        a, b = chars[i], chars[i + 1]
        if a != b and "-" not in (a, b):
            out.append(code[:i] + b + a + code[i + 2:])
    return out


def test_mistyped_item_ids_are_rejected_never_matched(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    cats = list(Category)
    items = register_items(ctx, team.officer, [new_item(seizure.document_number, cats[i % 10]) for i in range(60)])
    known = {i.item_id for i in items}
    rng = random.Random(7)
    tried = 0
    for item in rng.sample(items, 14):
        for bad in _mutations(item.item_id, rng):
            if bad in known:  # cannot happen with the Damm check, but never count a real id as a typo
                pytest.fail(f"{bad} is a mutation of {item.item_id} and also a registered id")
            tried += 1
            for call in (find_by_scan, search, get_item):
                try:
                    result = call(ctx, team.officer, bad)
                except ValidationError as exc:
                    assert any(c in exc.message for c in CLEAR), exc.message
                    continue
                except NotFound:
                    pytest.fail(f"{bad}: reached the database look-up instead of being rejected")
                pytest.fail(f"{bad} (from {item.item_id}) was resolved to {result!r}")
    assert tried > 250


def test_random_ids_beyond_those_registered(ctx, team, case_and_seizure):
    """Over many random well-formed ids: every single substitution and adjacent swap fails the check."""
    from custody.domain.ids import classify_scan

    rng = random.Random(11)
    for _ in range(5):  # a few through the services (database round trips), many through the parser below
        code = make_item_id("UN-DIL", rng.randrange(100), rng.randint(1, 999_999))
        for bad in _mutations(code, rng):
            with pytest.raises(ValidationError):
                find_by_scan(ctx, team.officer, bad)

    for _ in range(600):
        code = make_item_id("UN-DIL", rng.randrange(100), rng.randint(1, 999_999))
        for bad in _mutations(code, rng):
            with pytest.raises(ValidationError):
                classify_scan(bad, prefixes=["UN-DIL"])
        loc = make_location_code(rng.randint(1, 999_999))
        for bad in _mutations(loc, rng):
            with pytest.raises(ValidationError):
                classify_scan(bad, prefixes=["UN-DIL"])


def test_message_says_what_is_wrong(ctx, team, case_and_seizure):
    good = make_item_id("UN-DIL", 26, 123)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    with pytest.raises(ValidationError) as exc:
        find_by_scan(ctx, team.officer, bad)
    assert "check character does not match" in exc.value.message and "Re-scan" in exc.value.message
