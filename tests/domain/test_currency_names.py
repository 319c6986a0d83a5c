"""Issue 15: the currency drop-down shows names, the usual currencies first (a list of 170 bare codes is hard to
pick from)."""

from __future__ import annotations

from custody.domain.categories import field_specs
from custody.domain.enums import Category
from custody.domain.values import CURRENCY_CODES


def test_every_currency_has_its_name_and_the_usual_ones_come_first():
    (spec,) = [s for s in field_specs(Category.CURRENCY) if s.name == "currency"]
    labels = {c.value: c.label for c in spec.choices}
    assert set(labels) == set(CURRENCY_CODES)
    assert labels["USD"] == "USD · US dollar" and labels["XOF"] == "XOF · West African CFA franc"
    assert all(label.startswith(code + " · ") and len(label) > len(code) + 4 for code, label in labels.items())
    assert [c.value for c in spec.choices][:3] == ["USD", "EUR", "GBP"]
