"""Editors for item fields, built from :class:`custody.domain.categories.FieldSpec`.

Each editor has a ``widget`` to put in a form, ``value()`` giving what the services accept for the field (raw
text, a bool, a list of ``(denomination, count)`` pairs...; ``None`` for "left empty") and ``set_value`` to
show a stored value again. The services do the validation; the editors only collect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from custody.domain.categories import FieldSpec
from custody.domain.errors import ValidationError
from custody.domain.values import format_money, format_weight, parse_count, parse_money
from custody.ui import forms
from custody.ui.forms import FieldErrors
from custody.ui.scanner import accept_codes
from custody.ui.style import set_role

CTX = "IntakeEditors"
HINT_DATETIME = QT_TRANSLATE_NOOP("IntakeEditors", "YYYY-MM-DD HH:MM")
HINT_DATE = QT_TRANSLATE_NOOP("IntakeEditors", "YYYY-MM-DD")
CHOOSE = QT_TRANSLATE_NOOP("IntakeEditors", "— choose —")
DENOMINATION = QT_TRANSLATE_NOOP("IntakeEditors", "Note or coin value")
COUNT = QT_TRANSLATE_NOOP("IntakeEditors", "How many")
ADD_DENOMINATION = QT_TRANSLATE_NOOP("IntakeEditors", "Add a line")
REMOVE = QT_TRANSLATE_NOOP("IntakeEditors", "Remove")
TOTAL = QT_TRANSLATE_NOOP("IntakeEditors", "Total: {total}")
TOTAL_UNKNOWN = QT_TRANSLATE_NOOP("IntakeEditors", "Total: check the lines")
YES = QT_TRANSLATE_NOOP("IntakeEditors", "Yes")
NO = QT_TRANSLATE_NOOP("IntakeEditors", "No")


CAPTION_WIDTH = 230
# Category fields that carry a code printed as a barcode: a scan while one has the focus lands in it as text.
CODE_FIELDS = frozenset({"serial_number", "imei", "imei_2", "vin", "plate", "document_number"})


def make_form() -> QGridLayout:
    """:func:`custody.ui.forms.make_form` with a fixed caption column, so stacked forms line up."""
    form = forms.make_form()
    form.setColumnMinimumWidth(0, CAPTION_WIDTH)
    return form


def add_field(form: QGridLayout, errors: FieldErrors, caption: str, field: str, editor: QWidget,
              hint: str | None = None) -> QWidget:
    """:func:`custody.ui.forms.add_field`; beside a tall editor the caption sits at the top, not centred."""
    box = forms.add_field(form, errors, caption, field, editor, hint)
    item = form.itemAtPosition(form.rowCount() - 1, 0)
    label = item.widget() if item is not None else None
    if isinstance(label, QLabel) and editor.sizeHint().height() > 48:
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 6, 0, 0)
    return box


def compact(combo: QComboBox, min_width: int = 240) -> QComboBox:
    """A combo box as wide as its longest entry, not the whole form."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(min_width)
    combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return combo


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def spec_label(spec: FieldSpec) -> str:
    return QCoreApplication.translate("Categories", spec.label)


def boxed(widget: QWidget) -> QWidget:
    """``widget`` in a plain container. A form caption takes its height from the editor's size hint, which
    for a fixed-height QPlainTextEdit is far taller than the box; the container's hint is the real height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return box


class Editor:
    """Base: one field's widget and its value."""

    widget: QWidget

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the value changes (for live totals, enabling related fields)."""


class TextEditor(Editor):
    def __init__(self, name: str, *, multiline: bool = False, placeholder: str = "", max_len: int | None = None):
        self.multiline = multiline
        if multiline:
            self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.edit.setTabChangesFocus(True)
            self.edit.setFixedHeight(76)
        else:
            self.edit = QLineEdit()
            if max_len:
                self.edit.setMaxLength(max_len)
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        self.edit.setObjectName(f"input_{name}")
        self.widget = boxed(self.edit) if multiline else self.edit

    def value(self) -> Any:
        text = self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(text)
        else:
            self.edit.setText(text)

    def focus_widget(self) -> QWidget:
        return self.edit

    def on_change(self, callback: Callable[[], None]) -> None:
        self.edit.textChanged.connect(lambda *_: callback())


class ChoiceEditor(Editor):
    def __init__(self, name: str, choices: list[tuple[str, str]], *, context: str = "Categories"):
        self.combo = QComboBox()
        self.combo.setObjectName(f"input_{name}")
        self.combo.addItem(tr(CHOOSE), None)
        for value, label in choices:
            self.combo.addItem(QCoreApplication.translate(context, label), value)
        self.combo.setMaxVisibleItems(16)
        compact(self.combo)
        self.widget = self.combo

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, i))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda *_: callback())


class BoolEditor(Editor):
    """A check box. ``always`` sends False when unchecked (required fields); else only True is sent."""

    def __init__(self, name: str, text: str, *, always: bool = True):
        self.box = QCheckBox(text)
        self.box.setObjectName(f"input_{name}")
        self.always = always
        self.widget = self.box

    def value(self) -> Any:
        if self.box.isChecked():
            return True
        return False if self.always else None

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda *_: callback())


class WeightEditor(Editor):
    """A number and a g/kg unit; the service stores integer milligrams."""

    UNITS = ("g", "kg")

    def __init__(self, name: str):
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.number = QLineEdit()
        self.number.setObjectName(f"input_{name}")
        self.number.setPlaceholderText("0.000")
        self.number.setMaximumWidth(180)
        self.unit = QComboBox()
        self.unit.setObjectName(f"unit_{name}")
        for u in self.UNITS:
            self.unit.addItem(u, u)
        row.addWidget(self.number)
        row.addWidget(self.unit)
        row.addStretch(1)

    def value(self) -> Any:
        text = self.number.text().strip()
        if not text:
            return None
        return f"{text} {self.unit.currentData()}"

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.number.clear()
            return
        if isinstance(value, int):
            unit = "kg" if value >= 1_000_000 else "g"
            number, unit = format_weight(value, unit).split(" ")
        else:
            number, _, unit = str(value).partition(" ")
        self.number.setText(number)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit or "g")))

    def focus_widget(self) -> QWidget:
        return self.number

    def on_change(self, callback: Callable[[], None]) -> None:
        self.number.textChanged.connect(lambda *_: callback())
        self.unit.currentIndexChanged.connect(lambda *_: callback())


class DenominationsEditor(Editor):
    """Rows of (note or coin value, count) and the running total, in the currency of ``currency()``."""

    def __init__(self, name: str, currency: Callable[[], str | None]):
        self.name = name
        self.currency = currency
        self.widget = QWidget()
        self.widget.setObjectName(f"input_{name}")
        outer = QVBoxLayout(self.widget)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        head_value = set_role(QLabel(tr(DENOMINATION)), "hint")
        head_count = set_role(QLabel(tr(COUNT)), "hint")
        self.grid.addWidget(head_value, 0, 0)
        self.grid.addWidget(head_count, 0, 1)
        outer.addLayout(self.grid)
        below = QHBoxLayout()
        self.add_button = QPushButton(tr(ADD_DENOMINATION))
        self.add_button.setObjectName(f"add_{name}")
        self.add_button.clicked.connect(lambda: self.add_row())
        below.addWidget(self.add_button)
        below.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName(f"total_{name}")
        self.total.setStyleSheet("font-weight: bold;")
        below.addWidget(self.total)
        outer.addLayout(below)
        self.rows: list[tuple[QLineEdit, QLineEdit, QPushButton]] = []
        self._callbacks: list[Callable[[], None]] = []
        self.add_row()
        self.update_total()

    def add_row(self, denomination: str = "", count: str = "") -> tuple[QLineEdit, QLineEdit]:
        value = QLineEdit(denomination)
        value.setObjectName(f"denomination_{len(self.rows)}")
        value.setPlaceholderText("100")
        value.setMaximumWidth(160)
        n = QLineEdit(count)
        n.setObjectName(f"count_{len(self.rows)}")
        n.setPlaceholderText("0")
        n.setMaximumWidth(120)
        remove = QPushButton(tr(REMOVE))
        remove.setObjectName(f"remove_denomination_{len(self.rows)}")
        r = len(self.rows) + 1
        self.grid.addWidget(value, r, 0)
        self.grid.addWidget(n, r, 1)
        self.grid.addWidget(remove, r, 2)
        self.grid.setColumnStretch(3, 1)
        row = (value, n, remove)
        self.rows.append(row)
        remove.clicked.connect(lambda: self.remove_row(row))
        for edit in (value, n):
            edit.textChanged.connect(lambda *_: self._changed())
        self._changed()
        return value, n

    def remove_row(self, row: tuple[QLineEdit, QLineEdit, QPushButton]) -> None:
        if row not in self.rows:
            return
        for w in row:
            self.grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.rows.remove(row)
        if not self.rows:
            self.add_row()
        self._changed()

    def _changed(self) -> None:
        self.update_total()
        for cb in self._callbacks:
            cb()

    def pairs(self) -> list[tuple[str, str]]:
        return [(v.text().strip(), n.text().strip()) for v, n, _ in self.rows
                if v.text().strip() or n.text().strip()]

    def value(self) -> Any:
        pairs = self.pairs()
        return pairs or None

    def set_value(self, value: Any) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        currency = self.currency()
        items: list[tuple[str, str]] = []
        if isinstance(value, dict):
            for minor, n in value.items():
                amount = format_money(int(minor), currency).split(" ")[0] if currency else str(minor)
                items.append((amount, str(n)))
        elif isinstance(value, list | tuple):
            items = [(str(a), str(n)) for a, n in value]
        if items:
            first_value, first_count, _ = self.rows[0]
            first_value.setText(items[0][0])
            first_count.setText(items[0][1])
            for a, n in items[1:]:
                self.add_row(a, n)

    def update_total(self) -> None:
        currency = self.currency()
        total = 0
        try:
            for a, n in self.pairs():
                if not currency:
                    raise ValidationError(None, "")
                total += parse_money(a, currency) * parse_count(n)
        except (ValidationError, ValueError):
            self.total.setText(tr(TOTAL_UNKNOWN) if self.pairs() else "")
            return
        if not currency:
            self.total.setText("")
            return
        self.total.setText(tr(TOTAL).format(total=format_money(total, currency)))

    def focus_widget(self) -> QWidget:
        return self.rows[0][0]

    def on_change(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)


def make_editor(spec: FieldSpec, *, currency: Callable[[], str | None] | None = None,
                for_correction: bool = False) -> Editor:
    """The editor for one category field."""
    match spec.type:
        case "choice":
            return ChoiceEditor(spec.name, [(c.value, c.label) for c in spec.choices])
        case "bool":
            return BoolEditor(spec.name, spec_label(spec), always=spec.required or for_correction)
        case "weight_mg":
            return WeightEditor(spec.name)
        case "denominations":
            return DenominationsEditor(spec.name, currency or (lambda: None))
        case "datetime":
            return TextEditor(spec.name, placeholder=tr(HINT_DATETIME))
        case "date":
            return TextEditor(spec.name, placeholder=tr(HINT_DATE))
        case "text":
            ed = TextEditor(spec.name, multiline=spec.multiline, max_len=spec.max_len)
            if spec.name in CODE_FIELDS:
                accept_codes(ed.edit)  # a serial/IMEI/VIN barcode scanned here lands as text
            return ed
        case _:  # int, count, money, decimal: typed as text, checked by the service
            ed = TextEditor(spec.name)
            ed.edit.setMaximumWidth(220)
            ed.edit.setAlignment(Qt.AlignmentFlag.AlignRight)  # type: ignore[union-attr]
            return ed

