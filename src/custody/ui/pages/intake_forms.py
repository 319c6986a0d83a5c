"""Forms of the intake flow: new case, new seizure, add item (with only the chosen category's fields).

Every form sends what was typed to its service through the operations helper; nothing is checked or written
here. ``FormErrors`` come back field by field and are shown in red under each field (``error_<field>``);
nothing is written until the service accepts the whole form.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from custody.domain.categories import field_specs
from custody.domain.enums import Category, OffenceType
from custody.domain.errors import CustodyError, FormErrors
from custody.security.permissions import Action
from custody.services import intake
from custody.services.intake import CaseDTO, ItemDTO, NewCase, NewItem, NewSeizure, SeizureDTO
from custody.ui import feedback
from custody.ui.errors import field_messages, translate_error
from custody.ui.forms import FieldErrors
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.pages.intake_editors import (
    BoolEditor,
    ChoiceEditor,
    DenominationsEditor,
    Editor,
    TextEditor,
    WeightEditor,
    add_field,
    boxed,
    compact,
    make_editor,
    make_form,
    spec_label,
)
from custody.ui.qtcompat import emit
from custody.ui.scanner import accept_codes
from custody.ui.style import card, set_invalid, set_role, show_field_error

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow


def general_error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_errors(err: CustodyError, forms: Iterable[FieldErrors], general: QLabel) -> None:
    """Each field's message under it. What no field owns (and other refusals): in the main window in the
    message bar (in view whatever the scroll position) with the problem sound, the focus going to the first
    field in error (scrolled into view); in a dialog in ``general``."""
    forms = list(forms)
    first: QWidget | None = None
    if isinstance(err, FormErrors):
        messages = field_messages(err)
        for f in forms:
            for name in f.labels:
                if first is None and name in messages:
                    first = f.editors[name]
        rest = messages
        for f in forms:
            rest = f.show(rest)
        summary = "\n".join(rest.values()) if rest else translate_error(err)
    else:
        summary = translate_error(err)
    for f in forms:
        for name, editor in f.editors.items():
            _clear_when_edited(f, name, editor, general)
    if isinstance(general.window(), QMainWindow):
        # In the main window the summary goes to the message bar (in view, never moving the form: a label
        # appearing above the button would push it down under the pointer).
        show_field_error(general, None)
        feedback.notify(general, summary, feedback.STATE_BAD, sound=True, source=general)
        if first is not None:
            feedback.focus_field(first)
    else:  # in a dialog, its own line (the dialog grows to show it)
        show_field_error(general, summary)


def _clear_when_edited(errors: FieldErrors, name: str, editor: QWidget, general: QLabel) -> None:
    """Once the officer edits a field in error, its message goes; when none is left, the refusal goes too."""
    if editor.property("clears_its_error"):
        return
    editor.setProperty("clears_its_error", True)

    def edited() -> None:
        label = errors.labels.get(name)
        if label is None or not label.isVisible():
            return
        show_field_error(label, None)
        set_invalid(editor, False)
        if not any(lbl.isVisible() for lbl in errors.labels.values()):
            show_field_error(general, None)
            feedback.clear(general, source=general)

    feedback.when_edited(editor, edited)


def clear_errors(forms: Iterable[FieldErrors], general: QLabel) -> None:
    for f in forms:
        f.clear()
    show_field_error(general, None)
    feedback.clear(general, source=general)


def station_now(window: MainWindow) -> dt.datetime:
    now = window.ctx.clock()
    tz = window.time_zone()
    if tz:
        try:
            return now.astimezone(zoneinfo.ZoneInfo(tz))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    return now


# ---------------------------------------------------------------------------------------------------- case


class CaseForm(QWidget):
    """Open a case: number, offence type, title and the references of the agency, prosecutor and court."""

    opened = Signal(object)  # CaseDTO

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("case_form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.errors = FieldErrors()
        form = make_form()
        self.case_number = QLineEdit()
        self.case_number.setObjectName("input_case_number")
        self.case_number.setPlaceholderText("DIL/2026/0042")
        self.offence = ChoiceEditor("offence_type", OffenceType.choices(), context="OffenceType")
        self.title = QLineEdit()
        self.title.setObjectName("input_title")
        self.agency_ref = QLineEdit()
        self.agency_ref.setObjectName("input_agency_ref")
        self.prosecutor_ref = QLineEdit()
        self.prosecutor_ref.setObjectName("input_prosecutor_ref")
        self.court_ref = QLineEdit()
        self.court_ref.setObjectName("input_court_ref")
        add_field(form, self.errors, self.tr("Case number"), "case_number", self.case_number)
        add_field(form, self.errors, self.tr("Offence"), "offence_type", self.offence.widget)
        add_field(form, self.errors, self.tr("Title"), "title", self.title,
                  self.tr("A short name for the case, as the investigators call it."))
        add_field(form, self.errors, self.tr("Requesting agency reference"), "agency_ref", self.agency_ref)
        add_field(form, self.errors, self.tr("Prosecutor reference"), "prosecutor_ref", self.prosecutor_ref)
        add_field(form, self.errors, self.tr("Court reference"), "court_ref", self.court_ref)
        layout.addLayout(form)
        self.general = general_error_label("case_form_error")
        layout.addWidget(self.general)
        row = QHBoxLayout()
        self.submit = QPushButton(self.tr("Open case"))
        self.submit.setObjectName("open_case")
        set_role(self.submit, "primary")
        self.submit.clicked.connect(self.save)
        row.addWidget(self.submit)
        row.addStretch(1)
        layout.addLayout(row)

    def request(self) -> NewCase:
        return NewCase(self.case_number.text(), self.offence.value() or "", self.title.text(),
                       self.agency_ref.text(), self.prosecutor_ref.text(), self.court_ref.text())

    def save(self) -> None:
        clear_errors([self.errors], self.general)
        self.submit.setEnabled(False)
        w = self.window_
        w.ops.run(intake.open_case, w.ctx, w.session, self.request(), on_success=self._opened,
                  on_error=lambda e: show_errors(e, [self.errors], self.general),
                  on_finally=lambda: self.submit.setEnabled(True), changes={Change.LEDGER}, parent=self)

    def _opened(self, case: CaseDTO) -> None:
        for edit in (self.case_number, self.title, self.agency_ref, self.prosecutor_ref, self.court_ref):
            edit.clear()
        self.offence.set_value(None)
        emit(self.opened, case)


# ------------------------------------------------------------------------------------------------- seizure


class SeizureForm(QWidget):
    """Record a seizure: case, date/time/place, seizing officer, witnesses, legal authority, notes."""

    recorded = Signal(object)  # SeizureDTO

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("seizure_form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.errors = FieldErrors()
        form = make_form()
        self.case_number = QComboBox()
        self.case_number.setObjectName("input_case_number")
        self.case_number.setEditable(True)
        self.case_number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.case_number.lineEdit().setPlaceholderText(self.tr("Type or choose the case number"))
        self.case_number.setMinimumWidth(360)
        self.case_number.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setObjectName("input_occurred_at")
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_at.setCalendarPopup(True)
        self.occurred_at.setMaximumWidth(220)
        self.place = QLineEdit()
        self.place.setObjectName("input_place")
        self.gps = QLineEdit()
        self.gps.setObjectName("input_gps")
        self.gps.setPlaceholderText("-8.5536, 125.5783")
        self.gps.setMaximumWidth(260)
        self.officer = QLineEdit()
        self.officer.setObjectName("input_seizing_officer")
        self.officer.setMaximumWidth(260)
        self.witnesses = QPlainTextEdit()
        self.witnesses.setObjectName("input_witnesses")
        self.witnesses.setTabChangesFocus(True)
        self.witnesses.setFixedHeight(64)
        self.legal = QLineEdit()
        self.legal.setObjectName("input_legal_authority")
        self.received = QLineEdit()
        self.received.setObjectName("input_received_from")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("input_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        case_row = QWidget()
        ch = QHBoxLayout(case_row)
        ch.setContentsMargins(0, 0, 0, 0)
        ch.setSpacing(10)
        ch.addWidget(self.case_number)
        self.new_case_button = QPushButton(self.tr("Open a new case…"))
        self.new_case_button.setObjectName("intake_new_case")
        self.new_case_button.setVisible(window.session.can(Action.CASE_OPEN))
        ch.addWidget(self.new_case_button)
        ch.addStretch(1)
        add_field(form, self.errors, self.tr("Case"), "case_number", case_row)
        add_field(form, self.errors, self.tr("Date and time of the seizure"), "occurred_at", self.occurred_at,
                  self.tr("Station time."))
        add_field(form, self.errors, self.tr("Place"), "place", self.place)
        add_field(form, self.errors, self.tr("GPS (optional)"), "gps", self.gps,
                  self.tr("Latitude, longitude in decimal degrees."))
        add_field(form, self.errors, self.tr("Seizing officer"), "seizing_officer", self.officer,
                  self.tr("The officer's username."))
        add_field(form, self.errors, self.tr("Witnesses"), "witnesses", boxed(self.witnesses),
                  self.tr("One name per line."))
        add_field(form, self.errors, self.tr("Legal authority"), "legal_authority", self.legal,
                  self.tr("Warrant or order, with its number."))
        add_field(form, self.errors, self.tr("Received from"), "received_from", self.received)
        add_field(form, self.errors, self.tr("Notes"), "notes", boxed(self.notes))
        layout.addLayout(form)
        self.general = general_error_label("seizure_form_error")
        layout.addWidget(self.general)
        row = QHBoxLayout()
        self.submit = QPushButton(self.tr("Record seizure"))
        self.submit.setObjectName("record_seizure")
        set_role(self.submit, "primary")
        self.submit.clicked.connect(self.save)
        row.addWidget(self.submit)
        row.addStretch(1)
        layout.addLayout(row)
        self.reset()

    def reset(self) -> None:
        now = station_now(self.window_)
        self.occurred_at.setDateTime(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        for edit in (self.place, self.gps, self.legal, self.received):
            edit.clear()
        self.witnesses.clear()
        self.notes.clear()
        self.officer.setText(self.window_.session.username)
        clear_errors([self.errors], self.general)

    def set_cases(self, case_numbers: list[str]) -> None:
        current = self.case_number.currentText()
        self.case_number.blockSignals(True)
        self.case_number.clear()
        self.case_number.addItems(case_numbers)
        self.case_number.setEditText(current)
        self.case_number.blockSignals(False)

    def set_case(self, case_number: str) -> None:
        self.case_number.setEditText(case_number)

    def request(self) -> NewSeizure:
        witnesses = [w for w in self.witnesses.toPlainText().splitlines() if w.strip()]
        return NewSeizure(
            case_number=self.case_number.currentText(),
            occurred_at=self.occurred_at.dateTime().toString("yyyy-MM-dd HH:mm"),
            place=self.place.text(), seizing_officer=self.officer.text(), gps=self.gps.text() or None,
            witnesses=tuple(witnesses), legal_authority=self.legal.text(), received_from=self.received.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        clear_errors([self.errors], self.general)
        self.submit.setEnabled(False)
        w = self.window_
        w.ops.run(intake.record_seizure, w.ctx, w.session, self.request(), on_success=self._recorded,
                  on_error=lambda e: show_errors(e, [self.errors], self.general),
                  on_finally=lambda: self.submit.setEnabled(True), changes={Change.LEDGER}, parent=self)

    def _recorded(self, seizure: SeizureDTO) -> None:
        emit(self.recorded, seizure)


# ---------------------------------------------------------------------------------------------------- item

UNITS = ("item", "package", "box", "bag", "piece", "bundle", "g", "kg", "l")


class CategoryFields(QWidget):
    """The fields of one category, from ``field_specs(category)``; nothing of the other categories."""

    def __init__(self, category: Category, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.setObjectName(f"fields_{category.value}")
        self.errors = FieldErrors()
        self.editors: dict[str, Editor] = {}
        self.total_label: QLabel | None = None
        form = make_form()
        form.setContentsMargins(0, 0, 0, 0)
        specs = field_specs(category)
        currency_editor: list[Editor] = []

        def currency() -> str | None:
            return currency_editor[0].value() if currency_editor else None

        for spec in specs:
            if category is Category.CURRENCY and spec.name == "total_minor":
                continue  # computed from the lines: shown live under them
            editor = make_editor(spec, currency=currency)
            self.editors[spec.name] = editor
            if spec.name == "currency":
                currency_editor.append(editor)
            caption = spec_label(spec) + (" *" if spec.required else "")
            if isinstance(editor, BoolEditor):
                caption = ""
            add_field(form, self.errors, caption, spec.name, editor.widget)
        if category is Category.CURRENCY:
            denoms = self.editors["denominations"]
            assert isinstance(denoms, DenominationsEditor)
            self.errors.add("total_minor", denoms.widget)  # a mismatch would be reported here
            self.editors["currency"].on_change(denoms.update_total)
            self.total_label = denoms.total
        self._link_bool("field_test", ("field_test_result",))
        self._link_bool("rendered_safe", ("rendered_safe_by", "rendered_safe_at"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def _link_bool(self, flag: str, dependents: tuple[str, ...]) -> None:
        """Fields that only make sense when a box is ticked are enabled with it."""
        box = self.editors.get(flag)
        if not isinstance(box, BoolEditor):
            return
        deps = [self.editors[d] for d in dependents if d in self.editors]

        def update() -> None:
            for d in deps:
                d.widget.setEnabled(box.box.isChecked())

        box.on_change(update)
        update()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if not editor.widget.isEnabled():
                continue
            v = editor.value()
            if v is not None:
                out[name] = v
        return out

    def editor(self, name: str) -> Editor:
        return self.editors[name]


class ItemForm(QWidget):
    """Add an item to a seizure: category first, then only that category's fields and the common ones."""

    registered = Signal(object)  # ItemDTO

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.seizure: str | None = None
        self.setObjectName("item_form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        top = make_form()
        self.top_errors = FieldErrors()
        self.category = QComboBox()
        self.category.setObjectName("input_category")
        self.category.addItem(self.tr("— choose the kind of item —"), None)
        for cat in Category:
            self.category.addItem(translate_label(cat), cat.value)
        self.category.setMaxVisibleItems(12)
        compact(self.category, 320)
        add_field(top, self.top_errors, self.tr("Kind of item"), "category", self.category)
        layout.addLayout(top)

        self.fields_box = QWidget()
        self.fields_box.setObjectName("category_fields")
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_caption = set_role(QLabel(), "section")
        self.fields_layout.addWidget(self.fields_caption)
        self.fields_box.setVisible(False)
        layout.addWidget(self.fields_box)
        self.category_fields: CategoryFields | None = None

        self.base_box = QWidget()
        self.base_box.setObjectName("item_common_fields")
        base_col = QVBoxLayout(self.base_box)
        base_col.setContentsMargins(0, 0, 0, 0)
        base_col.addWidget(set_role(QLabel(self.tr("Description, quantity and seal")), "section"))
        base = make_form()
        self.errors = FieldErrors()
        self.description = TextEditor("description", multiline=True,
                                      placeholder=self.tr("What you see: colour, marks, damage, packaging"))
        qty_row = QWidget()
        qh = QHBoxLayout(qty_row)
        qh.setContentsMargins(0, 0, 0, 0)
        qh.setSpacing(6)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("input_quantity")
        self.quantity.setMaximumWidth(120)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QComboBox()
        self.unit.setObjectName("input_unit")
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.unit.setMinimumWidth(130)
        qh.addWidget(self.quantity)
        qh.addWidget(self.unit)
        qh.addStretch(1)
        seal_row = QWidget()
        sh = QHBoxLayout(seal_row)
        sh.setContentsMargins(0, 0, 0, 0)
        sh.setSpacing(12)
        self.sealed = QCheckBox(self.tr("Sealed container"))
        self.sealed.setObjectName("input_sealed")
        self.seal_number = QLineEdit()
        accept_codes(self.seal_number)  # the seal's barcode scanned here lands as text
        self.seal_number.setObjectName("input_seal_number")
        self.seal_number.setPlaceholderText(self.tr("Seal number"))
        self.seal_number.setMaximumWidth(240)
        self.seal_number.setEnabled(False)
        self.sealed.toggled.connect(self.seal_number.setEnabled)
        sh.addWidget(self.sealed)
        sh.addWidget(self.seal_number)
        sh.addStretch(1)
        self.biohazard = QCheckBox(self.tr("Biohazard: handle with gloves"))
        self.biohazard.setObjectName("input_biohazard")
        add_field(base, self.errors, self.tr("Individualising description *"), "description",
                  self.description.widget,
                  self.tr("Describe only what you observe, so that this item cannot be confused with another."))
        add_field(base, self.errors, self.tr("Quantity"), "quantity", qty_row)
        self.errors.add("unit", self.unit)
        add_field(base, self.errors, self.tr("Seal"), "seal_number", seal_row)
        self.errors.add("sealed", self.sealed)
        add_field(base, self.errors, "", "biohazard", self.biohazard)
        # A failed IMEI/VIN check kept as typed, with the reason (issue 15): counterfeit phones carry bad IMEIs.
        self.check_override = QLineEdit()
        self.check_override.setObjectName("input_check_override")
        self.check_override.setPlaceholderText(self.tr("e.g. counterfeit phone: the IMEI under the battery fails "
                                                       "its check"))
        self.check_override_row = QWidget()
        oh = QHBoxLayout(self.check_override_row)
        oh.setContentsMargins(0, 0, 0, 0)
        oh.addWidget(self.check_override)
        add_field(base, self.errors, self.tr("Keep a failed IMEI/VIN check, because"), "check_override",
                  self.check_override_row,
                  self.tr("Only if the number is right as read although its check fails; the reason is recorded."))
        base_col.addLayout(base)
        self.base_box.setVisible(False)
        layout.addWidget(self.base_box)

        self.general = general_error_label("item_form_error")
        layout.addWidget(self.general)
        row = QHBoxLayout()
        self.submit = QPushButton(self.tr("Register item"))
        self.submit.setObjectName("register_item")
        set_role(self.submit, "primary")
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self.save)
        row.addWidget(self.submit)
        row.addStretch(1)
        layout.addLayout(row)
        self.category.currentIndexChanged.connect(self._category_changed)

    # -- category --------------------------------------------------------------------------------

    def set_category(self, category: Category | str | None) -> None:
        i = self.category.findData(Category(category).value if category else None)
        self.category.setCurrentIndex(max(0, i))

    def _category_changed(self, _index: int) -> None:
        value = self.category.currentData()
        if self.category_fields is not None:
            self.fields_layout.removeWidget(self.category_fields)
            self.category_fields.hide()
            self.category_fields.setParent(None)
            self.category_fields.deleteLater()
            self.category_fields = None
        if value is None:
            self.fields_box.setVisible(False)
            self.base_box.setVisible(False)
            self.submit.setEnabled(False)
            return
        cat = Category(value)
        self.category_fields = CategoryFields(cat)
        self.fields_caption.setText(self.tr("{kind}: details").format(kind=translate_label(cat)))
        self.fields_layout.addWidget(self.category_fields)
        self.fields_box.setVisible(True)
        self.base_box.setVisible(True)
        self.submit.setEnabled(self.seizure is not None)
        self.check_override_row.setEnabled(cat in (Category.ELECTRONIC, Category.VEHICLE))
        if cat is Category.DRUG and not self.biohazard.isChecked():
            self.biohazard.setChecked(True)
        clear_errors(self.field_forms(), self.general)

    # -- values ----------------------------------------------------------------------------------

    def set_seizure(self, document_number: str | None) -> None:
        self.seizure = document_number
        self.submit.setEnabled(document_number is not None and self.category.currentData() is not None)

    def request(self) -> NewItem:
        fields = self.category_fields.values() if self.category_fields else {}
        return NewItem(
            seizure=self.seizure or "", category=self.category.currentData() or "",
            description=self.description.value() or "", quantity=self.quantity.text().strip(),
            unit=self.unit.currentText().strip() or "item", sealed=self.sealed.isChecked(),
            seal_number=self.seal_number.text() if self.sealed.isChecked() else "",
            biohazard=self.biohazard.isChecked(), fields=fields,
            check_overrides={f: self.check_override.text() for f in ("imei", "imei_2", "vin")
                             if f in fields and self.check_override.text().strip()},
        )

    def field_forms(self) -> list[FieldErrors]:
        forms = [self.top_errors, self.errors]
        if self.category_fields is not None:
            forms.append(self.category_fields.errors)
        return forms

    def save(self) -> None:
        clear_errors(self.field_forms(), self.general)
        self.submit.setEnabled(False)
        w = self.window_
        w.ops.run(intake.register_item, w.ctx, w.session, self.request(), on_success=self._registered,
                  on_error=lambda e: show_errors(e, self.field_forms(), self.general),
                  on_finally=lambda: self.set_seizure(self.seizure), changes={Change.LEDGER}, parent=self)

    def _registered(self, item: ItemDTO) -> None:
        self.clear()
        emit(self.registered, item)

    def clear(self) -> None:
        """Ready for the next item (same seizure); the kind of item is chosen again."""
        self.category.setCurrentIndex(0)
        self.description.set_value(None)
        self.quantity.setText("1")
        self.unit.setCurrentIndex(0)
        self.sealed.setChecked(False)
        self.seal_number.clear()
        self.biohazard.setChecked(False)
        self.check_override.clear()
        clear_errors([self.top_errors, self.errors], self.general)


def fill_editor(editor: Editor, value: Any) -> None:
    """Type a value into an editor the way a person would (tests and re-use of stored values)."""
    if isinstance(editor, WeightEditor) and isinstance(value, str) and " " in value:
        number, unit = value.split(" ", 1)
        editor.number.setText(number)
        editor.unit.setCurrentIndex(max(0, editor.unit.findData(unit)))
        return
    editor.set_value(value)


__all__ = ["CaseForm", "CategoryFields", "ItemForm", "SeizureForm", "card", "fill_editor"]

