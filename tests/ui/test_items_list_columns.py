"""The items list keeps fixed column widths (issue 18: no re-measuring of every row at every page scrolled in),
and still never cuts an item id, a location code or a registration time short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from custody.domain.enums import Category
from custody.services import intake
from custody.services.intake import NewCase, NewItem, NewSeizure
from custody.ui.pages.intake import PAGE_ITEMS
from custody.ui.pages.intake_models import ItemsTableModel
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    ITEMS,
    TIMEOUT,
    intake_window_fixture,
    team_fixture,
)


def test_items_list_columns_are_fixed_and_show_whole_ids_codes_and_times(qtbot, intake_window, team, sqlite_ctx):
    ctx, s = sqlite_ctx, team.custodian
    intake.open_case(ctx, s, NewCase("DIL/2026/0042", "drug_trafficking", "Operação Maré"))
    z = intake.record_seizure(ctx, s, NewSeizure("DIL/2026/0042", "2026-11-27 22:15", "Porto de Díli", "joao"))
    for cat in (Category.DRUG, Category.FIREARM, Category.VEHICLE):
        desc, _word, values = ITEMS[cat]
        fields = {k: (" ".join(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        intake.register_item(ctx, s, NewItem(z.document_number, cat, desc, quantity="3", fields=fields))
    window = intake_window(team.supervisor)
    window.resize(1366, 768)
    page = window.show_page(PAGE_ITEMS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.complete, timeout=TIMEOUT)
    header = page.view.horizontalHeader()
    metrics = page.view.fontMetrics()
    for col, widest in ((ItemsTableModel.COL_ID, "WWWWWW-88-888888-W"), (ItemsTableModel.COL_LOCATION, "LOC-888888-W"),
                        (ItemsTableModel.COL_REGISTERED, "8888-88-88 88:88")):
        assert header.sectionResizeMode(col) != QHeaderView.ResizeMode.ResizeToContents
        width = page.view.columnWidth(col)
        assert width >= metrics.horizontalAdvance(widest) + 8, (col, width)
        for row in range(page.model.rowCount()):
            text = page.model.data(page.model.index(row, col), Qt.ItemDataRole.DisplayRole) or ""
            assert metrics.horizontalAdvance(text) + 8 <= width, (col, text, width)
    window.grab().save(str(ctx.data_dir / "items_list.png"))
