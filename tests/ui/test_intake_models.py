"""The intake table models, without widgets: columns, object and sort roles, lazy paging through operations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt

from custody.services import intake
from custody.services.intake import CaseDTO, ItemPage, ItemSummaryDTO, NewCase, TimelineEntry
from custody.ui.models import OBJECT_ROLE, SORT_ROLE
from custody.ui.pages.intake_models import (
    CasesTableModel,
    ItemsTableModel,
    TimelineModel,
    case_pages,
    item_pages,
)

ITEM = ItemSummaryDTO(
    key=1, item_id="UN-DIL-26-000001-D", case_number="DIL/2026/0042", seizure="2026-000001", item_number=1,
    category="drug", category_label="Drugs", description="Three white bricks", quantity="1", unit="item",
    sealed=True, biohazard=True, parent_id=None, status="in_storage", status_label="In storage", custodian=None,
    location_code="LOC-000002-E", registered_at="2026-11-28T09:00:00.000Z",
)


def fake_items(total: int):
    """A keyset-paged list_items over ``total`` virtual items (keys total..1, newest first); records calls."""
    calls: list[tuple[int | None, int]] = []

    def list_items(*, after: int | None = None, limit: int = 200) -> ItemPage:
        calls.append((after, limit))
        top = total if after is None else after - 1
        keys = range(top, max(0, top - limit), -1)
        rows = tuple(replace(ITEM, key=k, item_id=f"UN-DIL-26-{k:06d}-X", item_number=k) for k in keys)
        return ItemPage(rows, rows[-1].key if rows and rows[-1].key > 1 else None)

    return list_items, calls


def test_items_model_loads_a_million_rows_a_page_at_a_time(sync_ops):
    list_items, calls = fake_items(1_000_000)
    model = ItemsTableModel(sync_ops, item_pages(list_items), page_size=200, time_zone="Africa/Kinshasa")
    model.reload()
    assert model.rowCount() == 200 and calls == [(None, 200)]
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400 and calls[-1] == (999_801, 200)
    first = model.index(0, ItemsTableModel.COL_ID)
    assert model.data(first) == "UN-DIL-26-1000000-X"
    assert isinstance(model.data(first, OBJECT_ROLE), ItemSummaryDTO)
    assert model.data(model.index(0, ItemsTableModel.COL_REGISTERED)) == "2026-11-28 10:00"
    assert model.data(model.index(0, ItemsTableModel.COL_STATUS)) == "In storage"
    assert model.data(model.index(0, ItemsTableModel.COL_CATEGORY)) == "Drugs"
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) is not None  # biohazard in red
    assert model.headerData(ItemsTableModel.COL_DESCRIPTION, Qt.Orientation.Horizontal) == "Description"
    assert model.rowCount(model.index(0, 0)) == 0 and not model.canFetchMore(model.index(0, 0))


def test_items_model_stops_at_the_end_and_reloads(sync_ops):
    list_items, calls = fake_items(250)
    model = ItemsTableModel(sync_ops, item_pages(list_items), page_size=200)
    model.reload()
    model.fetchMore()
    assert model.rowCount() == 250 and model.complete and not model.canFetchMore()
    model.fetchMore()
    assert len(calls) == 2
    model.reload()
    assert model.rowCount() == 200 and len(calls) == 3


def test_items_model_sorts_loaded_rows_by_sort_role(sync_ops):
    model = ItemsTableModel(sync_ops)
    rows = [replace(ITEM, key=k, item_id=i, case_number=c) for k, i, c in
            ((1, "B", "DIL/2026/10"), (2, "A", "DIL/2026/9"), (3, "C", "DIL/2026/100"))]
    model.set_rows(rows)
    assert not model.canFetchMore()
    model.sort(ItemsTableModel.COL_CASE, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, ItemsTableModel.COL_CASE)) for r in range(3)] == [
        "DIL/2026/9", "DIL/2026/10", "DIL/2026/100"]  # natural order
    assert model.data(model.index(0, ItemsTableModel.COL_CASE), SORT_ROLE) < model.data(
        model.index(1, ItemsTableModel.COL_CASE), SORT_ROLE)
    model.sort(ItemsTableModel.COL_ID, Qt.SortOrder.DescendingOrder)
    assert [model.object_at(r).item_id for r in range(3)] == ["C", "B", "A"]


def test_a_failed_page_is_shown_and_can_be_retried(sync_ops, shown):
    from custody.domain.errors import Conflict

    attempts = []

    def fetch(cursor, limit):
        attempts.append(cursor)
        if len(attempts) == 1:
            raise Conflict("The database is busy.")
        return [ITEM], None

    model = ItemsTableModel(sync_ops, fetch)
    model.reload()
    assert model.rowCount() == 0 and shown.error_texts() == ["The database is busy."]
    assert model.canFetchMore()  # not stuck "loading"
    model.fetchMore()
    assert model.rowCount() == 1 and model.complete


def test_a_stale_page_after_a_reload_is_dropped(sync_ops):
    model = ItemsTableModel(sync_ops, lambda cursor, limit: ([ITEM], None))
    model._append(model._generation - 1, ([ITEM, ITEM], None))
    assert model.rowCount() == 0


def test_cases_model_pages_list_cases_by_offset(sync_ops, sqlite_ctx, clock):
    from custody.domain.enums import Role
    from custody.services.auth import login
    from custody.services.user_admin import add_user
    from custody.services.users import NewUser
    from tests.conftest import ADMIN_PASSWORD

    admin = login(sqlite_ctx, "admin", ADMIN_PASSWORD)
    add_user(sqlite_ctx, admin, NewUser("kofi", "Kofi Mensah", "B-1", "a long enough passphrase", (Role.OFFICER,)))
    officer = login(sqlite_ctx, "kofi", "a long enough passphrase")
    for n in range(1, 8):
        intake.open_case(sqlite_ctx, officer, NewCase(f"DIL/2026/{n:04d}", "smuggling", f"Case {n}"))
    calls = []

    def list_cases(offset: int, limit: int) -> list[CaseDTO]:
        calls.append((offset, limit))
        return intake.list_cases(sqlite_ctx, officer, offset=offset, limit=limit)

    model = CasesTableModel(sync_ops, case_pages(list_cases), page_size=3, time_zone="Africa/Kinshasa")
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert calls == [(0, 3), (3, 3), (6, 3)]
    assert [model.data(model.index(r, CasesTableModel.COL_NUMBER)) for r in range(7)] == [
        f"DIL/2026/{n:04d}" for n in range(7, 0, -1)]
    assert model.data(model.index(0, CasesTableModel.COL_OFFENCE)) == "Smuggling of goods"
    assert model.data(model.index(0, CasesTableModel.COL_OPENED)) == "2026-11-28 10:00"
    assert model.data(model.index(0, CasesTableModel.COL_OPENED_BY)) == "kofi"
    assert model.data(model.index(0, 0), OBJECT_ROLE).title == "Case 7"
    model.sort(CasesTableModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, CasesTableModel.COL_NUMBER)) == "DIL/2026/0001"
    assert model.headerData(CasesTableModel.COL_ITEMS, Qt.Orientation.Horizontal) == "Items"
    assert model.rowCount(QModelIndex()) == 7


def test_timeline_model_shows_the_ledger_entries():
    entries = [
        TimelineEntry(12, "2026-11-28T09:00:00.000Z", "item.registered", "Item registered", "ivan", ("ivan",),
                      "Drugs: bricks", {}, "ab" * 32, ("ivan",)),
        TimelineEntry(15, "2026-11-28T09:05:00.000Z", "item.corrected", "Item record corrected", "ivan",
                      ("ivan", "olga"), "Description: a → b", {}, "cd" * 32, ("ivan", "olga")),
    ]
    model = TimelineModel(entries, time_zone="Africa/Kinshasa")
    assert model.rowCount() == 2
    assert model.data(model.index(1, TimelineModel.COL_ACTION)) == "Item record corrected"
    assert model.data(model.index(1, TimelineModel.COL_TIME)) == "2026-11-28 10:05"
    assert model.data(model.index(1, TimelineModel.COL_SIGNED)) == "ivan, olga"
    assert model.data(model.index(0, TimelineModel.COL_SEQ), Qt.ItemDataRole.ToolTipRole) == "ab" * 32
    model.sort(TimelineModel.COL_TIME, Qt.SortOrder.DescendingOrder)
    assert model.object_at(0).seq == 15


def _sorted_like_the_view(rows, model, column, order):
    return sorted(rows, key=lambda r: model.sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)


def test_pages_scrolled_in_are_appended_in_the_lists_order_without_moving_the_rows_shown(sync_ops):
    """Newest first (the view's sort), every page scrolled in goes below the rows shown: appended, nothing moves
    (issue 18: the whole list was sorted again at every page); sorted by another column, the rows loaded are still
    in that order after each page."""
    list_items, _calls = fake_items(5_000)

    def timed(**kw):  # registration times that follow the keys, 60 items a minute (ties)
        page = list_items(**kw)
        return ItemPage(tuple(replace(r, registered_at=f"2026-11-28T{r.key // 3600:02d}:{r.key // 60 % 60:02d}:00.000Z")
                              for r in page.items), page.next_after)

    model = ItemsTableModel(sync_ops, item_pages(timed), page_size=200)
    model.sort(ItemsTableModel.COL_REGISTERED, Qt.SortOrder.DescendingOrder)
    model.reload()
    moved = []
    model.layoutChanged.connect(lambda *a: moved.append(1))
    while model.rowCount() < 2_000:
        model.fetchMore()
    assert moved == []
    assert model.rows() == _sorted_like_the_view(model.rows(), model, ItemsTableModel.COL_REGISTERED,
                                                 Qt.SortOrder.DescendingOrder)
    assert [r.key for r in model.rows()[:3]] == [5000, 4999, 4998]

    model.sort(ItemsTableModel.COL_ID, Qt.SortOrder.AscendingOrder)  # the officer sorts by item id instead
    for _ in range(3):
        model.fetchMore()
        assert model.rows() == _sorted_like_the_view(model.rows(), model, ItemsTableModel.COL_ID,
                                                     Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 2_600 and model.object_at(0).key == 2_401
