"""Intake: cases, new seizure with its items, the item list and item page, storage locations, and the search box.

``register(window)`` adds the pages (Intake, Cases, Items, Locations), puts the search box in the window's
header and sets the openers for items and locations, so a scan or a typed code anywhere opens them.

The search box: a barcode (item id, ``LOC-``, ``OFF-``) opens what it names, looked up exactly; a mistyped
code is refused with the service's message (it never opens another item); words run a full-text search
whose results are listed on the Items page.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from custody.domain.enums import Category, ItemStatus, LocationKind
from custody.domain.errors import CustodyError
from custody.security.permissions import Action
from custody.services import intake, locations, search
from custody.services.intake import CaseDTO, ItemDTO, ItemFilters, ItemSummaryDTO, SeizureDTO
from custody.services.locations import LocationDTO, LocationNode
from custody.ui import feedback
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.errors import translate_error
from custody.ui.forms import FieldErrors
from custody.ui.models import OBJECT_ROLE, translate_label
from custody.ui.operations import Change
from custody.ui.pages.intake_editors import add_field, compact, make_form
from custody.ui.pages.intake_forms import (
    CaseForm,
    ItemForm,
    SeizureForm,
    clear_errors,
    general_error_label,
    show_errors,
)
from custody.ui.pages.intake_item import ItemView
from custody.ui.pages.intake_models import (
    CasesTableModel,
    ItemsTableModel,
    case_pages,
    enum_label,
    item_pages,
)
from custody.ui.qtcompat import emit
from custody.ui.style import card, page_layout, set_role, show_field_error

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

PAGE_INTAKE = "intake"
PAGE_CASES = "cases"
PAGE_ITEMS = "items"
PAGE_LOCATIONS = "locations"

TITLE_INTAKE = QT_TRANSLATE_NOOP("MainWindow", "New seizure")
TITLE_CASES = QT_TRANSLATE_NOOP("MainWindow", "Cases")
TITLE_ITEMS = QT_TRANSLATE_NOOP("MainWindow", "Items")
TITLE_LOCATIONS = QT_TRANSLATE_NOOP("MainWindow", "Locations")

SEARCH_LIMIT = 500


def table_view(name: str, model: Any) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(34)
    view.horizontalHeader().setHighlightSections(False)
    return view


# ---------------------------------------------------------------------------------------------------- cases


class CasesPage(QWidget):
    """The cases, newest first (loaded a page at a time), and the form to open a new one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("cases_page")
        layout = page_layout(self, self.tr("Cases"))
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("cases_filter")
        self.filter.setPlaceholderText(self.tr("Filter by case number or title"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(400)  # its placeholder whole in every language
        self.filter.setMaximumWidth(420)
        self.filter.returnPressed.connect(self.reload)
        self.filter.textChanged.connect(lambda t: self.reload() if not t else None)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        # the buttons on a row of their own: in French or Portuguese they leave the filter too little room
        layout.addLayout(bar)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.seizure_button = QPushButton(self.tr("Record a seizure for this case"))
        self.seizure_button.setObjectName("case_new_seizure")
        self.seizure_button.setEnabled(False)
        self.seizure_button.setVisible(window.session.can(Action.SEIZURE_RECORD))
        self.seizure_button.clicked.connect(self._new_seizure)
        self.items_button = QPushButton(self.tr("Show its items"))
        self.items_button.setObjectName("case_items")
        self.items_button.setEnabled(False)
        self.items_button.clicked.connect(self._show_items)
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.setObjectName("new_case")
        set_role(self.new_button, "primary")
        self.new_button.setVisible(window.session.can(Action.CASE_OPEN))
        self.new_button.clicked.connect(self.toggle_form)
        for b in (self.items_button, self.seizure_button, self.new_button):
            bar.addWidget(b)
        layout.addLayout(bar)

        self.form_card, fl = card(self.tr("Open a new case"), "new_case_card")
        self.form = CaseForm(window)
        fl.addWidget(self.form)
        self.form_card.setVisible(False)
        self.form.opened.connect(self._opened)
        layout.addWidget(self.form_card)
        self.notice = set_role(QLabel(), "hint")
        self.notice.setObjectName("cases_notice")
        layout.addWidget(self.notice)

        self.model = CasesTableModel(window.ops, None, time_zone=window.time_zone(), parent=self)
        self.view = table_view("cases_table", self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(CasesTableModel.COL_OPENED, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CasesTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(320)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda _: self._show_items())
        layout.addWidget(self.view, 1)
        window.ops.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        w = self.window_
        fetch = partial(intake.list_cases, w.ctx, w.session, text_filter=self.filter.text())
        self.model.set_fetch(case_pages(fetch))

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds:
            self.reload()

    def toggle_form(self) -> None:
        self.form_card.setVisible(not self.form_card.isVisible())
        if self.form_card.isVisible():
            self.form.case_number.setFocus()

    def _opened(self, case: CaseDTO) -> None:
        self.form_card.setVisible(False)
        self.notice.setText(self.tr("Case {number} opened.").format(number=case.case_number))

    def selected_case(self) -> CaseDTO | None:
        index = self.view.currentIndex()
        return self.model.data(index, OBJECT_ROLE) if index.isValid() else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ok = current.isValid()
        self.seizure_button.setEnabled(ok)
        self.items_button.setEnabled(ok)

    def _new_seizure(self) -> None:
        case = self.selected_case()
        if case is not None and self.window_.has_page(PAGE_INTAKE):
            page = self.window_.show_page(PAGE_INTAKE)
            page.start_seizure(case.case_number)

    def _show_items(self) -> None:
        case = self.selected_case()
        if case is not None:
            page = self.window_.show_page(PAGE_ITEMS)
            page.filter_case(case.case_number)


class NewCaseDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.setObjectName("new_case_dialog")
        self.setWindowTitle(self.tr("Open a new case"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.form = CaseForm(window)
        layout.addWidget(self.form)
        self.case: CaseDTO | None = None
        self.form.opened.connect(self._opened)

    def _opened(self, case: CaseDTO) -> None:
        self.case = case
        self.accept()


# --------------------------------------------------------------------------------------------------- intake


class IntakePage(QWidget):
    """New seizure, then its items one after the other; the document number is shown once recorded."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("intake_page")
        self.seizure: SeizureDTO | None = None
        self.items: list[ItemDTO] = []
        layout = page_layout(self, self.tr("New seizure"),
                             self.tr("Record the seizure, then add its items one by one. Photos are added on "
                                     "each item's page."))

        # Step 1: the seizure.
        self.seizure_card, sl = card(self.tr("1. The seizure"), "seizure_card")
        self.seizure_form = SeizureForm(window)
        sl.addWidget(self.seizure_form)
        self.seizure_form.new_case_button.clicked.connect(self.new_case)
        layout.addWidget(self.seizure_card)
        self.seizure_form.recorded.connect(self._recorded)

        # Step 2: the recorded seizure and its items.
        self.banner, bl = card(None, "seizure_banner")
        self.banner.setStyleSheet("QFrame#seizure_banner { background: #e8f3ec; border: 1px solid #9cc9a9; }")
        top = QHBoxLayout()
        col = QVBoxLayout()
        caption = set_role(QLabel(self.tr("Seizure recorded — document number")), "fact_label")
        self.document_number = QLabel()
        self.document_number.setObjectName("document_number")
        self.document_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.document_number.setStyleSheet("font-size: 22pt; font-weight: bold; color: #14253d; "
                                           "font-family: 'DejaVu Sans Mono', monospace;")
        self.seizure_summary = QLabel()
        self.seizure_summary.setObjectName("seizure_summary")
        self.seizure_summary.setWordWrap(True)
        col.addWidget(caption)
        col.addWidget(self.document_number)
        col.addWidget(self.seizure_summary)
        top.addLayout(col, 1)
        self.another = QPushButton(self.tr("Start another seizure"))
        self.another.setObjectName("another_seizure")
        self.another.clicked.connect(lambda: self.start_seizure())
        top.addWidget(self.another, 0, Qt.AlignmentFlag.AlignTop)
        bl.addLayout(top)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)

        self.items_card, il = card(self.tr("2. Add an item"), "items_card")
        self.item_form = ItemForm(window)
        self.item_form.registered.connect(self._registered)
        il.addWidget(self.item_form)
        self.items_card.setVisible(False)
        layout.addWidget(self.items_card)

        self.list_card, ll = card(self.tr("Items of this seizure"), "seizure_items_card")
        self.last = QLabel()
        self.last.setObjectName("last_registered")
        self.last.setWordWrap(True)
        ll.addWidget(self.last)
        self.registered_table = QTableWidget(0, 3)
        self.registered_table.setObjectName("seizure_items")
        self.registered_table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Kind"), self.tr("Description")])
        self.registered_table.verticalHeader().setVisible(False)
        self.registered_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registered_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        h = self.registered_table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.registered_table.setMinimumHeight(160)
        self.registered_table.cellDoubleClicked.connect(self._open_row)
        ll.addWidget(self.registered_table)
        hint = set_role(QLabel(self.tr("Double-click an item to add photos, print its label or check it in.")),
                        "hint")
        ll.addWidget(hint)
        self.list_card.setVisible(False)
        layout.addWidget(self.list_card)
        layout.addStretch(1)
        window.ops.changed.connect(self._changed)
        self.refresh_cases()

    def refresh_cases(self) -> None:
        w = self.window_
        w.ops.run(intake.list_cases, w.ctx, w.session, 0, 200,
                  on_success=lambda cases: self.seizure_form.set_cases([c.case_number for c in cases]),
                  on_error=lambda err: None, parent=self)

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds and self.seizure is None:
            self.refresh_cases()

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.window_, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda: dialog.case and self.seizure_form.set_case(dialog.case.case_number))
        dialog.open()

    def start_seizure(self, case_number: str | None = None) -> None:
        self.seizure = None
        self.items = []
        self.seizure_form.reset()
        if case_number:
            self.seizure_form.set_case(case_number)
        self.item_form.set_seizure(None)
        self.item_form.clear()
        self.registered_table.setRowCount(0)
        self.last.clear()
        self.seizure_card.setVisible(True)
        for w in (self.banner, self.items_card, self.list_card):
            w.setVisible(False)
        self.seizure_form.place.setFocus()

    def _recorded(self, seizure: SeizureDTO) -> None:
        self.seizure = seizure
        self.document_number.setText(seizure.document_number)
        parts = [self.tr("Case {case}").format(case=seizure.case_number), seizure.occurred_at_local, seizure.place,
                 self.tr("seized by {name}").format(name=seizure.seizing_officer_name)]
        if seizure.witnesses:
            parts.append(self.tr("witnesses: {names}").format(names=", ".join(seizure.witnesses)))
        self.seizure_summary.setText(" · ".join(parts))
        self.item_form.set_seizure(seizure.document_number)
        self.seizure_card.setVisible(False)
        for w in (self.banner, self.items_card, self.list_card):
            w.setVisible(True)
        self.item_form.category.setFocus()

    def _registered(self, item: ItemDTO) -> None:
        self.items.append(item)
        r = self.registered_table.rowCount()
        self.registered_table.insertRow(r)
        for c, text in enumerate((item.item_id, translate_label(Category(item.category)),
                                  item.description.split("\n", 1)[0])):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, item.item_id)
            self.registered_table.setItem(r, c, cell)
        self.last.setText(self.tr("Registered {id} (item {n} of seizure {doc}). Write the id on the packaging or "
                                  "print its label.").format(id=item.item_id, n=item.item_number,
                                                             doc=item.seizure))

    def _open_row(self, row: int, _col: int) -> None:
        cell = self.registered_table.item(row, 0)
        if cell is not None:
            self.window_.open_code("item", cell.text())


# ---------------------------------------------------------------------------------------------------- items


class ItemsPage(QWidget):
    """All items, newest first, filtered; search results; and the item page."""

    ANY = QT_TRANSLATE_NOOP("ItemsPage", "Any")

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("items_page")
        self.search_text: str | None = None
        self.case_number: str | None = None
        self._dirty = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.stack.setObjectName("items_stack")
        outer.addWidget(self.stack)

        self.list_page = QWidget()
        layout = page_layout(self.list_page, self.tr("Items"))
        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.setVerticalSpacing(8)
        self.category = QComboBox()
        self.category.setObjectName("filter_category")
        self.category.addItem(self.tr("Any kind"), None)
        for cat in Category:
            self.category.addItem(translate_label(cat), cat.value)
        self.status = QComboBox()
        self.status.setObjectName("filter_status")
        self.status.addItem(self.tr("Any status"), None)
        for st in ItemStatus:
            self.status.addItem(translate_label(st), st.value)
        self.location = QComboBox()
        self.location.setObjectName("filter_location")
        self.location.addItem(self.tr("Any location"), None)
        for combo in (self.category, self.status, self.location):
            # Long location paths must not widen the page past the window: the popup still shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.date_from = self._date_edit("filter_date_from")
        self.date_to = self._date_edit("filter_date_to")
        for i, (label, w) in enumerate(((self.tr("Kind"), self.category), (self.tr("Status"), self.status),
                                        (self.tr("Location"), self.location),
                                        (self.tr("Registered from"), self.date_from), (self.tr("to"), self.date_to))):
            cap = set_role(QLabel(label), "fact_label")
            cap.setBuddy(w)
            r, c = divmod(i, 3)
            filters.addWidget(cap, r, 2 * c)
            filters.addWidget(w, r, 2 * c + 1)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("filter_clear")
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignLeft)
        filters.setColumnStretch(6, 1)
        layout.addLayout(filters)
        for combo in (self.category, self.status, self.location):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda *_: self.reload())

        info = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("items_summary")
        info.addWidget(self.summary, 1)
        self.all_button = QPushButton(self.tr("Show all items"))
        self.all_button.setObjectName("items_show_all")
        self.all_button.setVisible(False)
        self.all_button.clicked.connect(self.show_all)
        info.addWidget(self.all_button)
        layout.addLayout(info)
        self.error = general_error_label("items_error")
        layout.addWidget(self.error)

        self.model = ItemsTableModel(window.ops, None, time_zone=window.time_zone(), parent=self)
        self.model.page_loaded.connect(lambda _n: self._update_summary())
        self.model.loading_changed.connect(lambda _b: self._update_summary())
        self.view = table_view("items_table", self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ItemsTableModel.COL_REGISTERED, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ItemsTableModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for col, width in ((ItemsTableModel.COL_CATEGORY, 105), (ItemsTableModel.COL_CASE, 105),
                           (ItemsTableModel.COL_SEIZURE, 120), (ItemsTableModel.COL_STATUS, 115),
                           (ItemsTableModel.COL_CUSTODIAN, 95)):
            self.view.setColumnWidth(col, width)
        # An id or a time is never cut short: a cut id could be read as another item. The width is that of the
        # widest text the column can hold (6-character prefix, LOC- code, minute), measured once from the font:
        # resizing to contents re-measured every row at every page scrolled in (issue 18).
        metrics, header_metrics = self.view.fontMetrics(), header.fontMetrics()
        for col, widest in ((ItemsTableModel.COL_ID, "WWWWWW-88-888888-W"),
                            (ItemsTableModel.COL_LOCATION, "LOC-888888-W"),
                            (ItemsTableModel.COL_REGISTERED, "8888-88-88 88:88")):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            self.view.setColumnWidth(col, max(metrics.horizontalAdvance(widest),
                                              header_metrics.horizontalAdvance(title) + 18) + 22)
        # Shown on the item page; hidden here so the description stays readable on a laptop screen.
        self.view.setColumnHidden(ItemsTableModel.COL_SEIZURE, True)
        self.view.setColumnHidden(ItemsTableModel.COL_CUSTODIAN, True)
        self.view.setMinimumHeight(420)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.stack.addWidget(self.list_page)

        self.item_page = QWidget()
        il = QVBoxLayout(self.item_page)
        il.setContentsMargins(32, 20, 32, 26)
        self.stack.addWidget(self.item_page)
        self._item_view: ItemView | None = None  # built when the first item is opened (see item_view)

        window.ops.changed.connect(self._changed)
        self.reload()  # the list first: the location filter's choices come after it
        self.load_locations()

    def _date_edit(self, name: str) -> QDateEdit:
        d = QDateEdit()
        d.setObjectName(name)
        d.setCalendarPopup(True)
        d.setDisplayFormat("yyyy-MM-dd")
        d.setMinimumDate(QDate(2000, 1, 1))
        d.setSpecialValueText(self.tr(self.ANY))
        d.setDate(d.minimumDate())
        d.setMinimumWidth(130)
        return d

    @staticmethod
    def _date(d: QDateEdit) -> dt.date | None:
        if d.date() == d.minimumDate():
            return None
        q = d.date()
        return dt.date(q.year(), q.month(), q.day())

    # -- loading ---------------------------------------------------------------------------------

    def filters(self) -> ItemFilters:
        return ItemFilters(category=self.category.currentData(), status=self.status.currentData(),
                           location_code=self.location.currentData(), date_from=self._date(self.date_from),
                           date_to=self._date(self.date_to), case_number=self.case_number)

    def reload(self) -> None:
        show_field_error(self.error, None)
        self._dirty = False
        if self.search_text:
            self.run_search(self.search_text)
            return
        w = self.window_
        fetch = partial(intake.list_items, w.ctx, w.session, filters=self.filters())
        self.model.set_fetch(item_pages(fetch))
        self._update_summary()

    def run_search(self, text: str) -> None:
        """Full-text (or code) search with the current filters; the results replace the list."""
        self.search_text = text
        self.all_button.setVisible(True)
        w = self.window_
        self.model.set_rows([])
        self.summary.setText(self.tr("Searching for “{text}”…").format(text=text))
        w.ops.run(search.search, w.ctx, w.session, text, self.filters(), SEARCH_LIMIT,
                  on_success=lambda rows: self._results(text, rows), on_error=self._search_refused, parent=self)

    def _results(self, text: str, rows: list[ItemSummaryDTO]) -> None:
        if text != self.search_text:
            return
        self.model.set_rows(rows)
        self._update_summary()

    def _search_refused(self, err: CustodyError) -> None:
        show_field_error(self.error, translate_error(err))
        self.summary.setText("")

    def _update_summary(self) -> None:
        n = self.model.rowCount()
        if self.search_text:
            text = self.tr("{n} items found for “{text}”").format(n=n, text=self.search_text)
            if n >= SEARCH_LIMIT:
                text += " " + self.tr("(only the newest {max} are listed: add words or filters)").format(
                    max=SEARCH_LIMIT)
        elif self.model.loading and n == 0:
            text = self.tr("Loading…")
        elif self.model.complete:
            text = self.tr("{n} items").format(n=n)
        else:
            text = self.tr("{n} items shown, newest first; scroll down for more").format(n=n)
        if self.case_number:
            text += " · " + self.tr("case {case}").format(case=self.case_number)
        self.summary.setText(text)

    def show_all(self) -> None:
        self.search_text = None
        self.case_number = None
        self.all_button.setVisible(False)
        self.reload()

    def clear_filters(self) -> None:
        for combo in (self.category, self.status, self.location):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for d in (self.date_from, self.date_to):
            d.blockSignals(True)
            d.setDate(d.minimumDate())
            d.blockSignals(False)
        self.case_number = None
        self.reload()

    def filter_case(self, case_number: str) -> None:
        self.show_list()
        self.search_text = None
        self.case_number = case_number
        self.all_button.setVisible(True)
        self.reload()

    def filter_location(self, code: str) -> None:
        self.show_list()
        i = self.location.findData(code)
        if i < 0:
            self.location.addItem(code, code)
            i = self.location.count() - 1
        self.location.setCurrentIndex(i)

    def load_locations(self) -> None:
        w = self.window_
        w.ops.run(locations.list_locations, w.ctx, w.session, on_success=self._set_locations,
                  on_error=lambda err: None, parent=self)

    def _set_locations(self, locs: list[LocationDTO]) -> None:
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(self.tr("Any location"), None)
        for loc in locs:
            self.location.addItem(f"{'   ' * loc.depth}{loc.name} ({loc.code})", loc.code)
        self.location.setCurrentIndex(max(0, self.location.findData(current)))
        self.location.blockSignals(False)

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER not in kinds:
            return
        if self.stack.currentWidget() is self.list_page and self.isVisible():
            self.reload()
        else:
            self._dirty = True
        self.load_locations()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty and self.stack.currentWidget() is self.list_page:
            self.reload()

    # -- item page -------------------------------------------------------------------------------

    @property
    def item_view(self) -> ItemView:
        """The item page's view, built the first time it is needed: not on the list's first show (issue 18)."""
        if self._item_view is None:
            view = ItemView(self.window_)
            view.back_requested.connect(self.show_list)
            view.loaded.connect(self._item_loaded)
            view.failed.connect(self._item_failed)
            self.item_page.layout().addWidget(view)
            self._item_view = view
        return self._item_view

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.data(index, OBJECT_ROLE)
        if item is not None:
            self.open_item(item.item_id)

    def open_item(self, item_id: str) -> None:
        """Load the item; the item page shows once it is loaded (never another item under its id)."""
        self.item_view.open_item(item_id)

    def _item_loaded(self, detail: Any) -> None:
        self.stack.setCurrentWidget(self.item_page)
        self.window_.set_subject(self, detail.item.item_id)

    def _item_failed(self, item_id: str, err: CustodyError) -> None:
        """An unknown (or forbidden) item: back to the list, the reason in view with a sound."""
        self.show_list()
        feedback.notify(self, translate_error(err), feedback.STATE_BAD, sound=True)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.window_.set_subject(self, None)
        if self._dirty:
            self.reload()


# ------------------------------------------------------------------------------------------------ locations


class LocationsPage(QWidget):
    """The storage tree with each location's barcode; supervisors create locations inside others."""

    COL_NAME, COL_CODE, COL_KIND = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("LocationsPage", "Name"), QT_TRANSLATE_NOOP("LocationsPage", "Code"),
               QT_TRANSLATE_NOOP("LocationsPage", "Kind"))

    loaded = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("locations_page")
        self._select_code: str | None = None
        self.items_by_code: dict[str, QStandardItem] = {}
        layout = page_layout(self, self.tr("Storage locations"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.tree = QTreeView()
        self.tree.setObjectName("locations_tree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(self.COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(300)
        self.tree.setStyleSheet("QTreeView::item { padding: 5px 2px; }")
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.tree.doubleClicked.connect(lambda _: self.show_items())
        bar = QHBoxLayout()
        self.items_button = QPushButton(self.tr("Show the items stored here"))
        self.items_button.setObjectName("location_items")
        self.items_button.setEnabled(False)
        self.items_button.clicked.connect(self.show_items)
        bar.addWidget(self.items_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

        can_manage = window.session.can(Action.LOCATION_MANAGE)
        self.form_card, fl = card(self.tr("New location"), "new_location_card")
        self.errors = FieldErrors()
        form = make_form()
        self.parent_label = QLabel()
        self.parent_label.setObjectName("new_location_parent")
        self.parent_label.setWordWrap(True)
        self.top_level = QPushButton(self.tr("Make it a top-level location instead"))
        self.top_level.setObjectName("location_top_level")
        self.top_level.clicked.connect(lambda: self.tree.setCurrentIndex(QModelIndex()))
        prow = QWidget()
        ph = QHBoxLayout(prow)
        ph.setContentsMargins(0, 0, 0, 0)
        ph.addWidget(self.parent_label, 1)
        ph.addWidget(self.top_level)
        self.name = QLineEdit()
        self.name.setObjectName("input_name")
        self.kind = QComboBox()
        self.kind.setObjectName("input_kind")
        compact(self.kind)
        for kind in LocationKind:
            self.kind.addItem(translate_label(kind), kind.value)
        add_field(form, self.errors, self.tr("Inside"), "parent_code", prow)
        add_field(form, self.errors, self.tr("Name"), "name", self.name, self.tr("As written on the door or shelf."))
        add_field(form, self.errors, self.tr("Kind"), "kind", self.kind)
        fl.addLayout(form)
        self.general = general_error_label("location_error")
        fl.addWidget(self.general)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create location"))
        self.create_button.setObjectName("create_location")
        set_role(self.create_button, "primary")
        self.create_button.clicked.connect(self.create)
        row.addWidget(self.create_button)
        self.created = QLabel()
        self.created.setObjectName("location_created")
        row.addWidget(self.created, 1)
        fl.addLayout(row)
        self.form_card.setVisible(can_manage)
        layout.addWidget(self.form_card)
        window.ops.changed.connect(self._changed)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        w = self.window_
        w.ops.run(locations.location_tree, w.ctx, w.session, on_success=self._show_tree, parent=self)

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds:
            self.reload()

    def _show_tree(self, nodes: tuple[LocationNode, ...]) -> None:
        keep = self._select_code or (self.selected().code if self.selected() else None)
        self.model.removeRows(0, self.model.rowCount())
        self.items_by_code = {}

        def add(parent: QStandardItem, node: LocationNode) -> None:
            loc = node.location
            name = QStandardItem(loc.name)
            name.setData(loc, OBJECT_ROLE)
            code = QStandardItem(loc.code)
            code.setData(loc, OBJECT_ROLE)
            kind = QStandardItem(enum_label(LocationKind, loc.kind))
            kind.setData(loc, OBJECT_ROLE)
            parent.appendRow([name, code, kind])
            self.items_by_code[loc.code] = name
            for child in node.children:
                add(name, child)

        root = self.model.invisibleRootItem()
        for node in nodes:
            add(root, node)
        self.tree.expandAll()
        if keep:
            self.select(keep)
        emit(self.loaded)

    def select(self, code: str) -> bool:
        item = self.items_by_code.get(code.strip().upper())
        if item is None:
            self._select_code = code
            return False
        self._select_code = None
        index = item.index()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def selected(self) -> LocationDTO | None:
        index = self.tree.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _selection_changed(self) -> None:
        loc = self.selected()
        self.items_button.setEnabled(loc is not None)
        self.top_level.setVisible(loc is not None)
        if loc is None:
            self.parent_label.setText(self.tr("Top level (no parent)"))
        else:
            self.parent_label.setText(f"{loc.full_name} ({loc.code})")

    def create(self) -> None:
        clear_errors([self.errors], self.general)
        parent = self.selected()
        w = self.window_
        self.create_button.setEnabled(False)
        w.ops.run(locations.create_location, w.ctx, w.session, self.name.text(), self.kind.currentData(),
                  parent.code if parent else None, on_success=self._created,
                  on_error=lambda e: show_errors(e, [self.errors], self.general),
                  on_finally=lambda: self.create_button.setEnabled(True), changes={Change.LEDGER}, parent=self)

    def _created(self, loc: LocationDTO) -> None:
        self.name.clear()
        self.created.setText(self.tr("Created {name}: {code}. Print its label and stick it on.").format(
            name=loc.full_name, code=loc.code))
        self._select_code = loc.code

    def show_items(self) -> None:
        loc = self.selected()
        if loc is not None and self.window_.has_page(PAGE_ITEMS):
            page = self.window_.show_page(PAGE_ITEMS)
            page.filter_location(loc.code)


# ------------------------------------------------------------------------------------------------ search box


class SearchBox(QLineEdit):
    """One box for the whole window: codes open what they name, words list matching items."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("search_box")
        # short enough for the header at 1366 px in every language; the tooltip says it all
        self.setPlaceholderText(self.tr("Scan or type an id, a code or words…"))
        self.setToolTip(self.tr("Scan or type an item id, a LOC- or OFF- code, or words of a description"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self.setStyleSheet("QLineEdit#search_box { background: white; color: #1f2933; border-radius: 4px; "
                           "padding: 6px 8px; font-size: 12pt; }")
        self.returnPressed.connect(self.run)
        self.last_error: str | None = None
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window)
        shortcut.activated.connect(self._focus)

    def _focus(self) -> None:
        self.setFocus()
        self.selectAll()

    def run(self, text: str | None = None) -> None:
        text = (self.text() if text is None else text).strip()
        self.last_error = None
        if not text:
            return
        w = self.window_
        prefixes = [w.station.item_prefix] if w.station is not None else []
        if search.looks_like_code(text, prefixes):
            w.ops.run(intake.find_by_scan, w.ctx, w.session, text,
                      on_success=lambda found: self._found(text, found), on_error=self._refused, parent=w)
        elif w.has_page(PAGE_ITEMS):
            page = w.show_page(PAGE_ITEMS)
            page.show_list()
            page.run_search(text)
        self.selectAll()

    def _found(self, text: str, found: tuple[str, Any]) -> None:
        kind, dto = found
        w = self.window_
        code = {"item": "item_id", "location": "code", "officer": "badge_number"}[kind]
        value = getattr(dto, code, text)
        if w.open_code(kind, value):
            return
        if w.has_page(PAGE_ITEMS):  # an officer's badge: the items they hold
            page = w.show_page(PAGE_ITEMS)
            page.show_list()
            page.run_search(text)

    def _refused(self, err: CustodyError) -> None:
        """An unknown or mistyped code: said in view (the message bar), with the problem sound."""
        self.last_error = translate_error(err)
        feedback.notify(self.window_, self.last_error, feedback.STATE_BAD, sound=True, source=self)
        self.setFocus()
        self.selectAll()


def install_search_box(window: MainWindow) -> SearchBox:
    box = SearchBox(window)
    header = window.findChild(QWidget, "header")
    layout = header.layout() if header is not None else None
    if isinstance(layout, QHBoxLayout):
        layout.insertWidget(3, box)
    else:  # pragma: no cover - a header without a row: put it above the pages
        window.workspace.layout().insertWidget(1, box)
    return box


# ------------------------------------------------------------------------------------------------- register


def register(window: MainWindow) -> None:
    """Add the intake pages, the search box and the item/location openers to the main window."""
    window.register_page(PAGE_INTAKE, TITLE_INTAKE, IntakePage, (Action.SEIZURE_RECORD, Action.ITEM_REGISTER))
    window.register_page(PAGE_CASES, TITLE_CASES, CasesPage, Action.ITEM_VIEW)
    has_items = window.register_page(PAGE_ITEMS, TITLE_ITEMS, ItemsPage, Action.ITEM_VIEW)
    has_locations = window.register_page(PAGE_LOCATIONS, TITLE_LOCATIONS, LocationsPage, Action.ITEM_VIEW)
    if not has_items:
        return
    window.search_box = install_search_box(window)  # type: ignore[attr-defined]

    def open_item(item_id: str) -> None:
        page = window.show_page(PAGE_ITEMS)
        page.open_item(item_id)

    window.set_opener("item", open_item)
    if has_locations:
        def open_location(code: str) -> None:
            page = window.show_page(PAGE_LOCATIONS)
            page.select(code)

        window.set_opener("location", open_location)
