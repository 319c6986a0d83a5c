"""The item page: every field (original beside corrected), photos, where the item is and its custody timeline.

Photos and scanned documents are attached with a file dialog or by dropping files onto the page; each file is
one ``attachment.added`` ledger entry. Corrections need a supervisor who types their username and password on
this workstation; splits and samples create child items with their own ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custody.domain.categories import FieldSpec, field_specs
from custody.domain.errors import CustodyError
from custody.domain.i18n import context_of
from custody.security.permissions import Action
from custody.services import attachments, intake
from custody.services.attachments import AttachmentDTO
from custody.services.intake import BASE_FIELDS, FieldValueDTO, ItemDetailDTO, NewPart
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.feedback import beep
from custody.ui.formatting import format_local_text, format_minute
from custody.ui.forms import FieldErrors
from custody.ui.language import ltr
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.pages.intake_attach import read_and_attach, show_refusal
from custody.ui.pages.intake_editors import (
    BoolEditor,
    Editor,
    TextEditor,
    add_field,
    make_editor,
    make_form,
)
from custody.ui.pages.intake_forms import clear_errors, general_error_label, show_errors
from custody.ui.pages.intake_models import TimelineModel, enum_label
from custody.ui.pages.reports import open_item_report, print_item_labels
from custody.ui.qtcompat import emit
from custody.ui.style import card, set_role, set_state, show_field_error

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

THUMB_PX = 160


def translate_value_label(v: FieldValueDTO) -> str:
    return QCoreApplication.translate("Intake" if v.group == "item" else "Categories", v.label)


def translate_display(text: str, value: Any) -> str:
    """Choice labels and Yes/No are marked English: translate them; other values are shown as recorded."""
    if isinstance(value, bool) or (isinstance(value, str) and text != value):
        ctx = context_of(text)
        if ctx:
            return QCoreApplication.translate(ctx, text)
    return text


def local_files(urls: Sequence[QUrl]) -> list[str]:
    return [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]


# ------------------------------------------------------------------------------------------------ dialogs


class CorrectionDialog(QDialog):
    """Ask for a correction of one field; a supervisor approves it here with their password."""

    def __init__(self, window: MainWindow, detail: ItemDetailDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.window_ = window
        self.detail = detail
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Correct the record of {item}").format(item=detail.item.item_id))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        explain = set_role(QLabel(self.tr(
            "The original value stays in the ledger; the correction is shown beside it. A supervisor other "
            "than you must approve it by typing their password here.")), "hint")
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.errors = FieldErrors()
        form = make_form()
        self.field = QComboBox()
        self.field.setObjectName("input_field")
        self.specs: dict[str, FieldSpec | None] = {}
        for name, label in BASE_FIELDS:
            self.field.addItem(QCoreApplication.translate("Intake", label), name)
            self.specs[name] = None
        for spec in field_specs(detail.item.category):
            if detail.item.category == "currency" and spec.name == "total_minor":
                continue
            self.field.addItem(QCoreApplication.translate("Categories", spec.label), spec.name)
            self.specs[spec.name] = spec
        self.current = set_role(QLabel(), "fact_value")
        self.current.setObjectName("correction_current")
        self.current.setWordWrap(True)
        self.editor_box = QWidget()
        self.editor_layout = QVBoxLayout(self.editor_box)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor: Editor | None = None
        self.reason = QLineEdit()
        self.reason.setObjectName("input_reason")
        self.approver = QLineEdit()
        self.approver.setObjectName("input_approver")
        self.password = QLineEdit()
        self.password.setObjectName("input_approver_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_field(form, self.errors, self.tr("Field"), "field", self.field)
        add_field(form, self.errors, self.tr("Now recorded"), "current", self.current)
        add_field(form, self.errors, self.tr("Correct value"), "new_value", self.editor_box)
        add_field(form, self.errors, self.tr("Reason"), "reason", self.reason,
                  self.tr("Why the record is wrong, for the court."))
        add_field(form, self.errors, self.tr("Approving supervisor"), "approver", self.approver,
                  self.tr("Username of the supervisor approving the correction."))
        add_field(form, self.errors, self.tr("Supervisor's password"), "password", self.password)
        layout.addLayout(form)
        self.general = general_error_label("correction_error")
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Approve and record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("approve_correction")
        set_role(self.ok, "primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def _field_changed(self, *_: Any) -> None:
        name = self.field.currentData()
        if self.editor is not None:
            self.editor_layout.removeWidget(self.editor.widget)
            self.editor.widget.hide()
            self.editor.widget.setParent(None)
            self.editor.widget.deleteLater()
        spec = self.specs.get(name)
        if spec is not None:
            editor = make_editor(spec, currency=lambda: self.detail.item.field_value("currency"),
                                 for_correction=True)
        elif name in ("sealed", "biohazard"):
            editor = BoolEditor(name, QCoreApplication.translate("Intake", dict(BASE_FIELDS)[name]))
        else:
            editor = TextEditor("new_value", multiline=name == "description")
        self.editor = editor
        self.editor_layout.addWidget(editor.widget)
        current = next((v for v in self.detail.values if v.name == name), None)
        self.current.setText(translate_display(current.display, current.value) if current and current.display
                             else self.tr("(empty)"))
        if current is not None and current.value is not None and not isinstance(current.value, dict):
            editor.set_value(current.value)

    def submit(self) -> None:
        clear_errors([self.errors], self.general)
        assert self.editor is not None
        w = self.window_
        self.ok.setEnabled(False)
        w.ops.run(correct_item, w.ctx, w.session, self.detail.item.item_id, self.field.currentData(),
                  self.editor.value(), self.reason.text(), self.approver.text(), self.password.text(),
                  on_success=lambda _: self.accept(), on_error=self._refused,
                  on_finally=lambda: self.ok.setEnabled(True), changes={Change.LEDGER}, parent=self)

    def _refused(self, err: CustodyError) -> None:
        self.password.clear()
        show_errors(err, [self.errors], self.general)


def correct_item(ctx: Any, session: Any, item_id: str, field: str, value: Any, reason: str, approver: str,
                 password: str) -> Any:
    """Runs on the worker: validate the correction, then record it with the supervisor's signature."""
    request = intake.request_correction(ctx, session, item_id, field, value, reason)
    return intake.approve_correction(ctx, session, approver, password, request)


def _split_signed(fn: Any, ctx: Any, session: Any, item_id: str, arg: Any, reason: str, holder: str | None,
                  password: str) -> Any:
    """Split or sample on the worker thread; with the holder's signature when another officer holds the item."""
    from custody.services.auth import unlock_signer

    signer = unlock_signer(ctx, holder, password) if holder else None
    return fn(ctx, session, item_id, arg, reason, holder=signer)


class SplitDialog(QDialog):
    """Split an item into parts, or take one sample; each part becomes a new item with its own id."""

    def __init__(self, window: MainWindow, detail: ItemDetailDTO, *, sample: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.window_ = window
        self.detail = detail
        self.sample = sample
        self.result_ids: list[str] = []
        self.setObjectName("sample_dialog" if sample else "split_dialog")
        self.setWindowTitle((self.tr("Take a sample of {item}") if sample else self.tr("Split {item}"))
                            .format(item=detail.item.item_id))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        for col, text in enumerate((self.tr("Description of the part *"), self.tr("Quantity"), self.tr("Unit"),
                                    self.tr("Sealed"), self.tr("Seal number"))):
            self.grid.addWidget(set_role(QLabel(text), "hint"), 0, col)
        self.grid.setColumnStretch(0, 1)
        layout.addLayout(self.grid)
        self.parts: list[tuple[QLineEdit, QLineEdit, QLineEdit, QCheckBox, QLineEdit]] = []
        self.add_part()
        if not sample:
            self.add_part()
            more = QPushButton(self.tr("Add a part"))
            more.setObjectName("add_part")
            more.clicked.connect(lambda: self.add_part())
            row = QHBoxLayout()
            row.addWidget(more)
            row.addStretch(1)
            layout.addLayout(row)
        self.errors = FieldErrors()
        form = make_form()
        self.reason = QLineEdit()
        self.reason.setObjectName("input_reason")
        add_field(form, self.errors, self.tr("Reason"), "reason", self.reason,
                  self.tr("For example: sample for the laboratory, request 17/2026."))
        # An item another officer holds changes only with their signature (issue 15): they type their password.
        self.holder: str | None = None
        self.holder_password: QLineEdit | None = None
        if detail.status == "with_officer" and detail.custodian and detail.custodian != window.session.username:
            self.holder = detail.custodian
            self.holder_password = QLineEdit()
            self.holder_password.setObjectName("holder_password")
            self.holder_password.setEchoMode(QLineEdit.EchoMode.Password)
            self.holder_password.setMaxLength(256)
            add_field(form, self.errors, self.tr("Password of {holder}").format(
                holder=detail.custodian_name or detail.custodian), "holder", self.holder_password,
                self.tr("{holder} holds this item: they sign too by typing their password here.").format(
                    holder=detail.custodian_name or detail.custodian))
        layout.addLayout(form)
        self.general = general_error_label("split_error")
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Take sample") if sample else self.tr("Split"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("confirm_split")
        set_role(self.ok, "primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def add_part(self) -> tuple[QLineEdit, QLineEdit, QLineEdit, QCheckBox, QLineEdit]:
        i = len(self.parts)
        desc = QLineEdit()
        desc.setObjectName(f"part_description_{i}")
        qty = QLineEdit("1")
        qty.setObjectName(f"part_quantity_{i}")
        qty.setMaximumWidth(90)
        unit = QLineEdit(self.detail.item.unit)
        unit.setObjectName(f"part_unit_{i}")
        unit.setMaximumWidth(100)
        sealed = QCheckBox()
        sealed.setObjectName(f"part_sealed_{i}")
        seal = QLineEdit()
        seal.setObjectName(f"part_seal_{i}")
        seal.setMaximumWidth(160)
        for col, w in enumerate((desc, qty, unit, sealed, seal)):
            self.grid.addWidget(w, i + 1, col)
        part = (desc, qty, unit, sealed, seal)
        self.parts.append(part)
        return part

    def requests(self) -> list[NewPart]:
        out = []
        for desc, qty, unit, sealed, seal in self.parts:
            if not (desc.text().strip() or seal.text().strip()) and len(self.parts) > 1 and out:
                continue
            out.append(NewPart(description=desc.text(), quantity=qty.text().strip() or "1",
                               unit=unit.text().strip() or None, sealed=sealed.isChecked(),
                               seal_number=seal.text() if sealed.isChecked() else ""))
        return out

    def submit(self) -> None:
        clear_errors([self.errors], self.general)
        w = self.window_
        self.ok.setEnabled(False)
        item_id = self.detail.item.item_id
        if self.sample:
            fn, arg = intake.sample_item, self.requests()[0]
        else:
            fn, arg = intake.split_item, self.requests()
        password = self.holder_password.text() if self.holder_password is not None else ""
        if self.holder_password is not None:
            self.holder_password.clear()
        w.ops.run(_split_signed, fn, w.ctx, w.session, item_id, arg, self.reason.text(), self.holder, password,
                  on_success=self._done,
                  on_error=lambda e: show_errors(e, [self.errors], self.general),
                  on_finally=lambda: self.ok.setEnabled(True), changes={Change.LEDGER}, parent=self)

    def _done(self, result: Any) -> None:
        children = [result] if self.sample else list(result.children)
        self.result_ids = [c.item_id for c in children]
        self.accept()


# ----------------------------------------------------------------------------------------------- item page


class ItemView(QWidget):
    """Everything about one item. ``open_item(id)`` loads it; files dropped on it are attached to it."""

    back_requested = Signal()
    loaded = Signal(object)  # ItemDetailDTO
    failed = Signal(str, object)  # item id, CustodyError: it could not be shown (unknown id, no permission)

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.detail: ItemDetailDTO | None = None
        self.item_id: str | None = None
        self.attach_pending = 0
        self.setObjectName("item_view")
        self.setAcceptDrops(True)
        session = window.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)

        head = QHBoxLayout()
        self.back = QPushButton(self.tr("← Back to the list"))
        self.back.setObjectName("item_back")
        self.back.clicked.connect(lambda: emit(self.back_requested))
        head.addWidget(self.back)
        head.addStretch(1)
        self.correct_button = QPushButton(self.tr("Request correction…"))
        self.correct_button.setObjectName("request_correction")
        self.correct_button.setEnabled(session.can(Action.ITEM_CORRECT_REQUEST))
        self.sample_button = QPushButton(self.tr("Take sample…"))
        self.sample_button.setObjectName("take_sample")
        self.split_button = QPushButton(self.tr("Split…"))
        self.split_button.setObjectName("split_item")
        for b in (self.sample_button, self.split_button):
            b.setEnabled(session.can(Action.ITEM_SPLIT))
            if not session.can(Action.ITEM_SPLIT):
                b.setToolTip(self.tr("Only evidence custodians and supervisors split items or take samples."))
        self.correct_button.clicked.connect(self.request_correction)
        self.sample_button.clicked.connect(lambda: self.split(sample=True))
        self.split_button.clicked.connect(lambda: self.split(sample=False))
        self.report_button = QPushButton(self.tr("Custody report…"))
        self.report_button.setObjectName("item_report")
        self.report_button.setEnabled(session.can(Action.REPORT_PRODUCE))
        self.report_button.clicked.connect(self.custody_report)
        self.label_button = QPushButton(self.tr("Print label…"))
        self.label_button.setObjectName("item_print_label")
        self.label_button.setEnabled(session.can(Action.LABEL_PRINT))
        self.label_button.clicked.connect(self.print_label)
        for b in (self.correct_button, self.sample_button, self.split_button):
            head.addWidget(b)
        layout.addLayout(head)

        title_row = QHBoxLayout()
        self.item_id_label = set_role(QLabel(), "title")
        self.item_id_label.setObjectName("item_id")
        self.item_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.item_id_label.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        self.category_label = set_role(QLabel(), "subtitle")
        self.category_label.setObjectName("item_category")
        self.category_label.setWordWrap(True)  # a long category name (French, Portuguese) must not push buttons off
        self.biohazard_label = QLabel(self.tr("BIOHAZARD"))
        self.biohazard_label.setObjectName("item_biohazard")
        self.biohazard_label.setStyleSheet("color: white; background: #b3261e; padding: 3px 10px; "
                                           "border-radius: 4px; font-weight: bold;")
        self.biohazard_label.setVisible(False)
        title_row.addWidget(self.item_id_label)
        title_row.addSpacing(12)
        title_row.addWidget(self.category_label, 1)
        title_row.addWidget(self.biohazard_label)
        title_row.addWidget(self.report_button)
        title_row.addWidget(self.label_button)
        layout.addLayout(title_row)
        self.description_label = QLabel()
        self.description_label.setObjectName("item_description")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.description_label)
        self.message = general_error_label("item_message")
        layout.addWidget(self.message)

        top = QHBoxLayout()
        top.setSpacing(14)
        where_card, wl = card(self.tr("Where it is now"), "item_where")
        self.where_grid = QGridLayout()
        self.where_grid.setHorizontalSpacing(16)
        self.where_grid.setVerticalSpacing(6)
        self.status = self._fact(self.where_grid, 0, self.tr("Status"), "item_status")
        self.custodian = self._fact(self.where_grid, 1, self.tr("Custodian"), "item_custodian")
        self.location = self._fact(self.where_grid, 2, self.tr("Location"), "item_location")
        self.case = self._fact(self.where_grid, 3, self.tr("Case"), "item_case")
        self.seizure = self._fact(self.where_grid, 4, self.tr("Seizure"), "item_seizure")
        self.registered = self._fact(self.where_grid, 5, self.tr("Registered"), "item_registered")
        self.family = self._fact(self.where_grid, 6, self.tr("Parent and parts"), "item_family")
        self.where_grid.setColumnStretch(1, 1)
        wl.addLayout(self.where_grid)
        wl.addStretch(1)
        top.addWidget(where_card, 2)

        photo_card, pl = card(self.tr("Photos and documents"), "item_photos")
        self.photos = QListWidget()
        self.photos.setObjectName("photo_list")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.photos.setGridSize(QSize(THUMB_PX + 24, THUMB_PX + 40))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.photos.setWordWrap(True)
        self.photos.setMinimumHeight(THUMB_PX + 56)
        self.photos.setAcceptDrops(False)
        pl.addWidget(self.photos)
        prow = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Add photo or document…"))
        self.attach_button.setObjectName("attach_file")
        self.attach_button.setEnabled(session.can(Action.ATTACHMENT_ADD))
        self.attach_button.clicked.connect(self.choose_files)
        prow.addWidget(self.attach_button)
        prow.addStretch(1)
        pl.addLayout(prow)
        drop = set_role(QLabel(self.tr("or drop JPEG, PNG or PDF files on this page")), "hint")
        drop.setWordWrap(True)
        pl.addWidget(drop)
        top.addWidget(photo_card, 3)
        layout.addLayout(top)

        values_card, vl = card(self.tr("Recorded details"), "item_values")
        self.values_grid = QGridLayout()
        self.values_grid.setHorizontalSpacing(18)
        self.values_grid.setVerticalSpacing(6)
        vl.addLayout(self.values_grid)
        layout.addWidget(values_card)

        history_card, hl = card(self.tr("Chain of custody (from the ledger)"), "item_history")
        self.timeline = TimelineModel(parent=self, time_zone=window.time_zone())
        self.timeline_view = QTableView()
        self.timeline_view.setObjectName("timeline_table")
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setWordWrap(False)
        self.timeline_view.verticalHeader().setVisible(False)
        self.timeline_view.verticalHeader().setDefaultSectionSize(32)
        header = self.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.COL_DETAILS, QHeaderView.ResizeMode.Stretch)
        self.timeline_view.setMinimumHeight(200)
        hl.addWidget(self.timeline_view)
        layout.addWidget(history_card)
        layout.addStretch(1)
        window.ops.changed.connect(self._changed)

    @staticmethod
    def _fact(grid: QGridLayout, row: int, caption: str, name: str) -> QLabel:
        cap = set_role(QLabel(caption), "fact_label")
        value = QLabel()
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setStyleSheet("font-weight: bold;")
        grid.addWidget(cap, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        return value

    # -- loading ---------------------------------------------------------------------------------

    def open_item(self, item_id: str) -> None:
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        if not self.item_id:
            return
        w = self.window_
        item_id = self.item_id
        w.ops.run(intake.get_item, w.ctx, w.session, item_id, on_success=self.show_detail,
                  on_error=lambda err: self._failed(item_id, err), parent=self)

    def _failed(self, item_id: str, err: CustodyError) -> None:
        if self.item_id == item_id:
            self.item_id = self.detail.item.item_id if self.detail is not None else None
        emit(self.failed, item_id, err)

    def _changed(self, kinds: frozenset[str]) -> None:
        if Change.LEDGER in kinds and self.detail is not None and self.isVisible():
            self.reload()

    def show_detail(self, detail: ItemDetailDTO) -> None:
        # A reload of the same item (after an action here, or another workstation's entry) keeps the message
        # shown under the item (a refused photo, say); opening another item clears it.
        same_item = self.detail is not None and self.detail.item.item_id == detail.item.item_id
        self.detail = detail
        self.item_id = detail.item.item_id
        it = detail.item
        tz = self.window_.time_zone()
        self.item_id_label.setText(it.item_id)
        self.category_label.setText(enum_label_category(it.category))
        self.biohazard_label.setVisible(it.biohazard)
        self.description_label.setText(it.description)
        if not same_item:
            show_field_error(self.message, None)
        self.status.setText(enum_label_status(detail.status))
        set_state(self.status, "ok" if detail.status == "in_storage" else "")
        self.custodian.setText(f"{detail.custodian_name} ({detail.custodian})" if detail.custodian_name
                               else detail.custodian or "—")
        self.location.setText(f"{detail.location_code} · {detail.location_name}" if detail.location_code
                              else self.tr("Not in storage"))
        case = detail.case
        self.case.setText(f"{case.case_number} · {case.title}" if case.title else case.case_number)
        z = detail.seizure
        self.seizure.setText(self.tr("{doc}, item {n} — {when}, {place}").format(
            doc=ltr(z.document_number), n=it.item_number, when=format_local_text(z.occurred_at_local), place=z.place))
        self.registered.setText(self.tr("{when} by {who}").format(when=format_minute(it.registered_at, tz),
                                                                  who=detail.registered_by))
        family = []
        if it.parent_id:
            family.append(self.tr("Part of {parent}").format(parent=it.parent_id))
        if detail.children:
            family.append(self.tr("Parts: {ids}").format(ids=", ".join(detail.children)))
        self.family.setText("\n".join(family) or "—")
        self._show_values(detail)
        self._show_photos(detail.photos)
        self.timeline.set_rows(detail.timeline)
        emit(self.loaded, detail)

    def _show_values(self, detail: ItemDetailDTO) -> None:
        grid = self.values_grid
        while grid.count():
            w = grid.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        corrected = any(v.corrected for v in detail.values)
        heads = [self.tr("Field"), self.tr("Value")]
        if corrected:
            heads.append(self.tr("Originally recorded"))
        for col, text in enumerate(heads):
            grid.addWidget(set_role(QLabel(text), "hint"), 0, col)
        for r, v in enumerate(detail.values, start=1):
            cap = set_role(QLabel(translate_value_label(v)), "fact_label")
            value = QLabel(translate_display(v.display, v.value) or "—")
            value.setObjectName(f"value_{v.name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: bold;")
            grid.addWidget(cap, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, r, 1)
            if v.corrected:
                original = QLabel(self.tr("{value} (corrected)").format(
                    value=translate_display(v.original_display, v.original) or "—"))
                original.setObjectName(f"original_{v.name}")
                original.setWordWrap(True)
                original.setStyleSheet("color: #8a5a00; text-decoration: line-through;")
                value.setStyleSheet("font-weight: bold; color: #1b5e20;")
                grid.addWidget(original, r, 2)
        grid.setColumnStretch(1, 1)
        if corrected:
            grid.setColumnStretch(2, 1)

    def _show_photos(self, photos: Sequence[AttachmentDTO]) -> None:
        self.photos.clear()
        w = self.window_
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for p in photos:
            entry = QListWidgetItem(icon, p.filename)
            entry.setData(Qt.ItemDataRole.UserRole, p.sha256)
            entry.setToolTip(self.tr("{name}, {size} KB, added {when} by {who}").format(
                name=p.filename, size=max(1, p.size // 1024), when=format_minute(p.added_at, w.time_zone()),
                who=p.added_by))
            self.photos.addItem(entry)
            if p.is_image:
                w.ops.run(attachments.thumbnail, w.ctx, w.session, p.sha256, THUMB_PX,
                          on_success=lambda png, e=entry: self._thumb(e, png), on_error=lambda err: None,
                          parent=self)

    def _thumb(self, entry: QListWidgetItem, png: bytes) -> None:
        pix = QPixmap()
        if pix.loadFromData(png) and self.photos.row(entry) >= 0:
            entry.setIcon(QIcon(pix))

    def thumbnail_count(self) -> int:
        """How many photo entries show a real thumbnail (not the file icon)."""
        n = 0
        for i in range(self.photos.count()):
            size = self.photos.item(i).icon().availableSizes()
            if size and max(s.width() for s in size) > 64:
                n += 1
        return n

    # -- attachments -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach photos or scanned documents"), str(Path.home()),
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf)"))
        if paths:
            self.attach(paths)

    def attach(self, paths: Sequence[str] | str) -> None:
        """Attach files to the item shown (one ledger entry each)."""
        if isinstance(paths, str):
            paths = [paths]
        if self.detail is None or not paths:
            return
        w = self.window_
        if not w.session.can(Action.ATTACHMENT_ADD):
            return
        show_field_error(self.message, None)
        for path in paths:
            self.attach_pending += 1
            w.ops.run(read_and_attach, w.ctx, w.session, self.detail.item.item_id, path,
                      on_error=lambda err, name=Path(path).name: self._attach_refused(name, err),
                      on_finally=self._attach_done,
                      changes={Change.LEDGER}, parent=self)

    def _attach_done(self) -> None:
        self.attach_pending -= 1

    def _attach_refused(self, filename: str, err: CustodyError) -> None:
        """Why, in a dialog in view (the page may be scrolled down to the photos), with the problem sound."""
        show_refusal(self, filename, err)
        beep()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if self.detail is not None and mime.hasUrls() and local_files(mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = local_files(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if files and self.detail is not None:
            event.acceptProposedAction()
            self.attach(files)
        else:
            event.ignore()

    # -- report, labels ----------------------------------------------------------------------------

    def custody_report(self) -> None:
        if self.detail is not None:
            open_item_report(self.window_, self.detail.item.item_id)

    def print_label(self) -> None:
        if self.detail is not None:
            print_item_labels(self.window_, [self.detail.item.item_id])

    # -- corrections, splits -----------------------------------------------------------------------

    def request_correction(self) -> CorrectionDialog | None:
        if self.detail is None:
            return None
        dialog = CorrectionDialog(self.window_, self.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def split(self, sample: bool) -> SplitDialog | None:
        if self.detail is None:
            return None
        dialog = SplitDialog(self.window_, self.detail, sample=sample, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog


def enum_label_category(value: str) -> str:
    from custody.domain.enums import Category

    return enum_label(Category, value)


def enum_label_status(value: str | None) -> str:
    from custody.domain.enums import ItemStatus

    return enum_label(ItemStatus, value) or "—"


__all__ = ["CorrectionDialog", "ItemView", "SplitDialog", "translate_label"]
