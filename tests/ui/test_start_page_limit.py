"""The start page lists the oldest items an officer holds, up to a limit, and counts them all (issue 18: an account
holding 10^5 items froze the window while every one was loaded and formatted)."""

from __future__ import annotations

from custody.domain.enums import Category
from custody.services import intake
from custody.services import start as start_svc
from custody.services.intake import NewCase, NewItem, NewSeizure
from tests.ui.test_intake_support import ITEMS, intake_window_fixture, team_fixture  # noqa: F401 - fixtures


def test_the_start_page_lists_the_oldest_held_items_and_counts_them_all(team, sqlite_ctx, monkeypatch) -> None:
    ctx, s = sqlite_ctx, team.custodian
    intake.open_case(ctx, s, NewCase("DIL/2026/0042", "drug_trafficking", "Operação Maré"))
    z = intake.record_seizure(ctx, s, NewSeizure("DIL/2026/0042", "2026-11-27 22:15", "Porto de Díli", "joao"))
    registered = []
    for cat in (Category.DRUG, Category.FIREARM, Category.VEHICLE):
        desc, _word, values = ITEMS[cat]
        fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        registered.append(intake.register_item(ctx, s, NewItem(z.document_number, cat, desc, quantity="3",
                                                               fields=fields)).item_id)
        ctx.clock.advance(minutes=1)
    monkeypatch.setattr(start_svc, "MY_ITEMS_LISTED", 2)
    page = start_svc.start_page(ctx, s)
    assert [i.item_id for i in page.my_items] == registered[:2]  # the oldest first
    assert page.my_items_total == 3
    monkeypatch.setattr(start_svc, "MY_ITEMS_LISTED", 200)
    page = start_svc.start_page(ctx, s)
    assert [i.item_id for i in page.my_items] == registered and page.my_items_total == 3
