"""Table models over frozen DTOs (DESIGN.md habit 7, after Vorta's archive table model).

Each model has ``COL_*`` constants, an object role (the DTO behind a row), a sort role (a key that sorts
correctly, not the display text), and loads rows into the view lazily (``canFetchMore``/``fetchMore``)
so a list of 10^6 rows does not create 10^6 rows of view state at once. Models never touch the
database: a view runs the service through the operations helper and hands the result to ``set_rows``.
They are unit-tested without widgets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from custody.domain.enums import Role
from custody.services.users import UserDTO
from custody.ui.formatting import format_minute, to_local
from custody.ui.qtcompat import emit

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


def translate_label(enum_member: Any) -> str:
    """A LabelledEnum member's label in the user's language."""
    return QCoreApplication.translate(enum_member.label_context, enum_member.label)


class DtoTableModel(QAbstractTableModel, Generic[T]):
    """Base: rows are DTOs; subclasses say what each column shows and how it sorts."""

    HEADERS: ClassVar[tuple[str, ...]] = ()  # marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    CONTEXT: ClassVar[str] = "TableModel"
    BATCH: ClassVar[int] = 500

    def __init__(self, rows: Sequence[T] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._loaded = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None
        if rows:
            self.set_rows(rows)

    # -- content -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._loaded = min(self.BATCH, len(self._rows))
        self.endResetModel()

    def object_at(self, row: int) -> T:
        return self._rows[row]

    def total_rows(self) -> int:
        """All rows held, including those not yet fetched into the view."""
        return len(self._rows)

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        n = min(self.BATCH, len(self._rows) - self._loaded)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + n - 1)
        self._loaded += n
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.HEADERS):
                return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        obj = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(obj, col)
        if role == OBJECT_ROLE:
            return obj
        if role == SORT_ROLE:
            return self.sort_key(obj, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(obj, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(obj, col)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort all rows (fetched or not) by the sort role."""
        if not (0 <= column < len(self.HEADERS)):
            return
        emit(self.layoutAboutToBeChanged)
        self._sort = (column, order)
        self._sort_rows(column, order)
        emit(self.layoutChanged)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(key=lambda obj: self.sort_key(obj, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    # -- per-model hooks -----------------------------------------------------------------------

    def display(self, obj: T, column: int) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def sort_key(self, obj: T, column: int) -> Any:
        value = self.display(obj, column)
        return value.casefold() if isinstance(value, str) else value

    def tooltip(self, obj: T, column: int) -> Any:
        return None

    def foreground(self, obj: T, column: int) -> Any:
        return None


class UsersTableModel(DtoTableModel[UserDTO]):
    """Officers, for the administration page."""

    CONTEXT = "UsersTableModel"
    COL_USERNAME, COL_FULL_NAME, COL_BADGE, COL_BADGE_CODE, COL_RANK, COL_ROLES, COL_STATUS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("UsersTableModel", "Username"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Full name"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Badge"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Badge card code"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Rank"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Roles"),
        QT_TRANSLATE_NOOP("UsersTableModel", "Status"),
    )
    STATUS_ACTIVE = QT_TRANSLATE_NOOP("UsersTableModel", "Active")
    STATUS_DISABLED = QT_TRANSLATE_NOOP("UsersTableModel", "Disabled")
    STATUS_LOCKED = QT_TRANSLATE_NOOP("UsersTableModel", "Locked until {time}")

    ROLE_ORDER = {role: i for i, role in enumerate(Role)}

    def __init__(
        self,
        rows: Sequence[UserDTO] = (),
        parent: Any = None,
        *,
        clock: Callable[[], datetime] | None = None,
        time_zone: str | None = None,
    ) -> None:
        self.clock = clock
        self.time_zone = time_zone
        super().__init__(rows, parent)

    def _locked(self, user: UserDTO) -> bool:
        if not user.locked_until:
            return False
        if self.clock is None:
            return True
        until = to_local(user.locked_until)
        return until is not None and until > self.clock()

    def _status_rank(self, user: UserDTO) -> int:
        if not user.active:
            return 2
        return 1 if self._locked(user) else 0

    def _t(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def display(self, user: UserDTO, column: int) -> Any:
        if column == self.COL_USERNAME:
            return user.username
        if column == self.COL_FULL_NAME:
            return user.full_name
        if column == self.COL_BADGE:
            return user.badge_number
        if column == self.COL_BADGE_CODE:  # the OFF- code on the badge card's barcode
            return user.badge_code
        if column == self.COL_RANK:
            return user.rank
        if column == self.COL_ROLES:
            return ", ".join(translate_label(r) for r in sorted(user.roles, key=self.ROLE_ORDER.__getitem__))
        if column == self.COL_STATUS:
            rank = self._status_rank(user)
            if rank == 2:
                return self._t(self.STATUS_DISABLED)
            if rank == 1:
                return self._t(self.STATUS_LOCKED).format(time=format_minute(user.locked_until, self.time_zone))
            return self._t(self.STATUS_ACTIVE)
        return None

    def sort_key(self, user: UserDTO, column: int) -> Any:
        if column == self.COL_STATUS:
            return (self._status_rank(user), user.username)
        if column == self.COL_ROLES:
            return (tuple(sorted(self.ROLE_ORDER[r] for r in user.roles)), user.username)
        if column == self.COL_BADGE:
            # Natural order: A-2 before A-10.
            return (_natural(user.badge_number), user.username)
        value = self.display(user, column)
        return ((value or "").casefold(), user.username)

    def foreground(self, user: UserDTO, column: int) -> Any:
        rank = self._status_rank(user)
        if rank == 2:
            return QBrush(QColor("#8a94a3"))
        if rank == 1 and column == self.COL_STATUS:
            return QBrush(QColor("#b3261e"))
        return None


def _natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key that puts A-2 before A-10 (numbers compare as numbers)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold()) for p in re.split(r"(\d+)", text) if p)
