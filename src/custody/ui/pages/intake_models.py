"""Table models of the intake pages: cases, items (paged from the services), an item's custody timeline.

Like :mod:`custody.ui.models` (DESIGN.md habit 7): ``COL_*`` constants, :data:`OBJECT_ROLE` (the DTO behind a
row), :data:`SORT_ROLE` (a key that sorts correctly), lazy loading with ``canFetchMore``/``fetchMore``. The
paged models do not hold every row: ``fetchMore`` asks the service for the next page through the operations
helper (offset for cases, keyset ``after`` for items), so a list of 10^6 items costs one page at a time.
They never touch the database themselves and are unit-tested without widgets (``Operations(sync=True)``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from custody.domain.enums import Category, EventKind, ItemStatus
from custody.domain.i18n import context_of
from custody.services.intake import CaseDTO, ItemPage, ItemSummaryDTO, TimelineEntry
from custody.services.intake.common import SUMMARY_LABEL_PARAMS
from custody.ui.formatting import format_minute
from custody.ui.models import OBJECT_ROLE, SORT_ROLE, DtoTableModel, _natural, translate_label
from custody.ui.operations import Operations
from custody.ui.qtcompat import emit

AnyIndex = QModelIndex | QPersistentModelIndex

# fetch(cursor, limit) -> (rows, next cursor or None when there is nothing more)
PageFetch = Callable[[Any, int], tuple[Sequence[Any], Any]]

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "CasesTableModel", "ItemsTableModel", "PagedTableModel", "TimelineModel"]


_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
#: the roles DtoTableModel.data answers
_ROLES = frozenset({_DISPLAY, _TOOLTIP, int(Qt.ItemDataRole.ForegroundRole), int(OBJECT_ROLE), int(SORT_ROLE)})


def enum_label(enum_cls: Any, value: str | None) -> str:
    """The translated label of an enum value (the raw value when it is not a member)."""
    if not value:
        return ""
    try:
        return translate_label(enum_cls(value))
    except ValueError:
        return value


class PagedTableModel(DtoTableModel[Any]):
    """Rows come from the service one page at a time, as the view scrolls down.

    ``fetch(cursor, limit)`` runs on the operations worker and returns ``(rows, next_cursor)``; a
    ``next_cursor`` of None means the list is complete. :meth:`reload` starts again from the first page
    (after a filter change or when the ledger changed). :meth:`set_rows` shows a fixed list instead (search
    results). Sorting sorts the rows loaded so far.
    """

    PAGE: ClassVar[int] = 200

    loading_changed = Signal(bool)
    page_loaded = Signal(int)  # rows now loaded

    def __init__(self, ops: Operations, fetch: PageFetch | None = None, *, page_size: int | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.ops = ops
        self.fetch = fetch
        self.page_size = page_size or self.PAGE
        self._cursor: Any = None
        self._exhausted = fetch is None
        self._loading = False
        self._generation = 0
        self.pages_fetched = 0

    # -- content -----------------------------------------------------------------------------

    def set_fetch(self, fetch: PageFetch | None) -> None:
        self.fetch = fetch
        self.reload()

    def reload(self) -> None:
        """Forget the loaded rows and load the first page again."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = self.fetch is None
        self._loading = False
        self.endResetModel()
        if not self._exhausted:
            self._request()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show a fixed, complete list (no paging)."""
        self._generation += 1
        self.fetch = None
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._exhausted = True
        self._loading = False
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def _sort_page(self, rows: list[Any]) -> bool:
        """Sort a page come in by the view's sort; True when it then simply follows the rows loaded (the list is
        sorted as the service pages it, newest first: every page), so appending it leaves every row where a sort
        of the whole would put it. Otherwise the whole is sorted again after the append (issue 18: re-sorting
        every loaded row at every page cost ~40 ms per page at 20,000 rows)."""
        column, order = self._sort  # type: ignore[misc]
        descending = order == Qt.SortOrder.DescendingOrder
        rows.sort(key=lambda obj: self.sort_key(obj, column), reverse=descending)
        if not self._rows:
            return True
        last, first = self.sort_key(self._rows[-1], column), self.sort_key(rows[0], column)
        try:  # a stable sort keeps the loaded rows before new ones of the same key
            return bool(first <= last) if descending else bool(last <= first)
        except TypeError:
            return False

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        return self._exhausted

    def _request(self) -> None:
        if self._loading or self._exhausted or self.fetch is None:
            return
        self._set_loading(True)
        generation = self._generation
        self.pages_fetched += 1
        self.ops.run(self.fetch, self._cursor, self.page_size,
                     on_success=lambda result: self._append(generation, result),
                     on_finally=lambda: self._done(generation))

    def _done(self, generation: int) -> None:
        if generation == self._generation:
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            emit(self.loading_changed, loading)

    def _append(self, generation: int, result: tuple[Sequence[Any], Any]) -> None:
        if generation != self._generation:  # a reload happened meanwhile
            return
        rows, cursor = result
        rows = list(rows)
        self._cursor = cursor
        self._exhausted = cursor is None
        if rows:
            in_order = True
            if self._sort is not None:
                in_order = self._sort_page(rows)
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            if not in_order:
                emit(self.layoutAboutToBeChanged)
                self._sort_rows(*self._sort)  # type: ignore[misc]
                emit(self.layoutChanged)
        self._set_loading(False)
        emit(self.page_loaded, len(self._rows))

    # -- Qt model API --------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        """As :meth:`DtoTableModel.data`, the roles it does not answer (font, alignment, check state... asked for
        every cell painted, ~550 calls a page scrolled) refused first, before any other work."""
        if role not in _ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        obj, col = self._rows[row], index.column()
        if role == _DISPLAY:
            return self.display(obj, col)
        if role == OBJECT_ROLE:
            return obj
        if role == SORT_ROLE:
            return self.sort_key(obj, col)
        if role == _TOOLTIP:
            return self.tooltip(obj, col)
        return self.foreground(obj, col)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not parent.isValid():
            self._request()


def case_pages(list_cases: Callable[..., list[CaseDTO]]) -> PageFetch:
    """Adapt ``list_cases(offset=, limit=)`` (bound to ctx and session) to a page fetch (cursor = offset)."""

    def fetch(cursor: int | None, limit: int) -> tuple[list[CaseDTO], int | None]:
        offset = cursor or 0
        rows = list_cases(offset=offset, limit=limit)
        return rows, (offset + len(rows) if len(rows) >= limit else None)

    return fetch


def item_pages(list_items: Callable[..., ItemPage]) -> PageFetch:
    """Adapt ``list_items(after=, limit=)`` (bound to ctx, session and filters) to a page fetch (keyset)."""

    def fetch(cursor: int | None, limit: int) -> tuple[tuple[ItemSummaryDTO, ...], int | None]:
        page = list_items(after=cursor, limit=limit)
        return page.items, page.next_after

    return fetch


class CasesTableModel(PagedTableModel):
    CONTEXT = "CasesTableModel"
    COL_NUMBER, COL_OFFENCE, COL_TITLE, COL_SEIZURES, COL_ITEMS, COL_OPENED, COL_OPENED_BY = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("CasesTableModel", "Case number"),
        QT_TRANSLATE_NOOP("CasesTableModel", "Offence"),
        QT_TRANSLATE_NOOP("CasesTableModel", "Title"),
        QT_TRANSLATE_NOOP("CasesTableModel", "Seizures"),
        QT_TRANSLATE_NOOP("CasesTableModel", "Items"),
        QT_TRANSLATE_NOOP("CasesTableModel", "Opened"),
        QT_TRANSLATE_NOOP("CasesTableModel", "Opened by"),
    )
    PAGE = 100

    def __init__(self, ops: Operations, fetch: PageFetch | None = None, *, time_zone: str | None = None,
                 page_size: int | None = None, parent: Any = None) -> None:
        super().__init__(ops, fetch, page_size=page_size, parent=parent)
        self.time_zone = time_zone

    def display(self, c: CaseDTO, column: int) -> Any:
        from custody.domain.enums import OffenceType

        match column:
            case self.COL_NUMBER:
                return c.case_number
            case self.COL_OFFENCE:
                return enum_label(OffenceType, c.offence_type)
            case self.COL_TITLE:
                return c.title
            case self.COL_SEIZURES:
                return c.seizure_count
            case self.COL_ITEMS:
                return c.item_count
            case self.COL_OPENED:
                return format_minute(c.opened_at, self.time_zone)
            case self.COL_OPENED_BY:
                return c.opened_by
        return None

    def sort_key(self, c: CaseDTO, column: int) -> Any:
        if column == self.COL_NUMBER:
            return _natural(c.case_number)
        if column == self.COL_OPENED:
            return c.opened_at
        return super().sort_key(c, column)


class ItemsTableModel(PagedTableModel):
    CONTEXT = "ItemsTableModel"
    (COL_ID, COL_CATEGORY, COL_DESCRIPTION, COL_CASE, COL_SEIZURE, COL_STATUS, COL_LOCATION, COL_CUSTODIAN,
     COL_REGISTERED) = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("ItemsTableModel", "Item"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Description"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Case"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Seizure"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Status"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Location"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Custodian"),
        QT_TRANSLATE_NOOP("ItemsTableModel", "Registered"),
    )
    BIOHAZARD = QT_TRANSLATE_NOOP("ItemsTableModel", "Biohazard")

    def __init__(self, ops: Operations, fetch: PageFetch | None = None, *, time_zone: str | None = None,
                 page_size: int | None = None, parent: Any = None) -> None:
        super().__init__(ops, fetch, page_size=page_size, parent=parent)
        self.time_zone = time_zone

    def display(self, it: ItemSummaryDTO, column: int) -> Any:
        match column:
            case self.COL_ID:
                return it.item_id
            case self.COL_CATEGORY:
                return enum_label(Category, it.category)
            case self.COL_DESCRIPTION:
                return it.description
            case self.COL_CASE:
                return it.case_number
            case self.COL_SEIZURE:
                return f"{it.seizure} / {it.item_number}"
            case self.COL_STATUS:
                return enum_label(ItemStatus, it.status)
            case self.COL_LOCATION:
                return it.location_code or ""
            case self.COL_CUSTODIAN:
                return it.custodian or ""
            case self.COL_REGISTERED:
                return format_minute(it.registered_at, self.time_zone)
        return None

    def sort_key(self, it: ItemSummaryDTO, column: int) -> Any:
        if column in (self.COL_ID, self.COL_REGISTERED):
            return (it.registered_at, it.key) if column == self.COL_REGISTERED else it.item_id
        if column == self.COL_SEIZURE:
            return (it.seizure, it.item_number)
        if column == self.COL_CASE:
            return _natural(it.case_number)
        return super().sort_key(it, column)

    def tooltip(self, it: ItemSummaryDTO, column: int) -> Any:
        if column == self.COL_DESCRIPTION:
            return it.description
        if column == self.COL_ID and it.biohazard:
            return QCoreApplication.translate(self.CONTEXT, self.BIOHAZARD)
        return None

    def foreground(self, it: ItemSummaryDTO, column: int) -> Any:
        if column == self.COL_ID and it.biohazard:
            return QBrush(QColor("#b3261e"))
        return None


def summary_text(e: TimelineEntry) -> str:
    """The entry's summary in the user's language: its templates translated, labels among the parameters too, the
    recorded data as it is."""
    if not e.summary_parts:
        return e.summary
    out = []
    for template, params in e.summary_parts:
        values = {k: (QCoreApplication.translate(context_of(v) or "", v)
                      if k in SUMMARY_LABEL_PARAMS and isinstance(v, str) and context_of(v) else v)
                  for k, v in params.items()}
        try:
            out.append(QCoreApplication.translate("Timeline", template).format(**values))
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the entry
            out.append(template.format(**params))
    return "; ".join(out)


class TimelineModel(DtoTableModel[TimelineEntry]):
    """An item's custody history from the ledger, oldest first."""

    CONTEXT = "TimelineModel"
    COL_SEQ, COL_TIME, COL_ACTION, COL_BY, COL_DETAILS, COL_SIGNED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Entry"),
        QT_TRANSLATE_NOOP("TimelineModel", "Date and time"),
        QT_TRANSLATE_NOOP("TimelineModel", "Action"),
        QT_TRANSLATE_NOOP("TimelineModel", "By"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
        QT_TRANSLATE_NOOP("TimelineModel", "Signed by"),
    )

    def __init__(self, rows: Sequence[TimelineEntry] = (), parent: Any = None, *,
                 time_zone: str | None = None) -> None:
        self.time_zone = time_zone
        super().__init__(rows, parent)

    def display(self, e: TimelineEntry, column: int) -> Any:
        match column:
            case self.COL_SEQ:
                return e.seq
            case self.COL_TIME:
                return format_minute(e.at, self.time_zone)
            case self.COL_ACTION:
                return enum_label(EventKind, e.kind)
            case self.COL_BY:
                return e.actor
            case self.COL_DETAILS:
                return summary_text(e)
            case self.COL_SIGNED:
                return ", ".join(e.signed_by or e.signers)
        return None

    def sort_key(self, e: TimelineEntry, column: int) -> Any:
        if column in (self.COL_SEQ, self.COL_TIME):
            return e.seq
        return (super().sort_key(e, column), e.seq)

    def tooltip(self, e: TimelineEntry, column: int) -> Any:
        if column == self.COL_DETAILS:
            return summary_text(e)
        if column == self.COL_SEQ:
            return e.entry_hash
        return None
