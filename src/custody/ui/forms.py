"""Form helpers: every field gets a caption, an optional hint and a red error label under it.

The error label of field ``name`` has the object name ``error_<name>`` (the names the services use in
:class:`~custody.domain.errors.FormErrors`), so a form can show each message beside its field.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from custody.ui.style import error_label, set_invalid, set_role, show_field_error


class FieldErrors:
    """The error labels of one form, by field name."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.editors: dict[str, QWidget] = {}

    def add(self, field: str, editor: QWidget) -> QLabel:
        label = error_label(field)
        self.labels[field] = label
        self.editors[field] = editor
        return label

    def clear(self) -> None:
        for field, label in self.labels.items():
            show_field_error(label, None)
            set_invalid(self.editors[field], False)

    def show(self, messages: Mapping[str, str]) -> dict[str, str]:
        """Show each message under its field; return the messages no field of this form owns."""
        rest: dict[str, str] = {}
        for field, message in messages.items():
            label = self.labels.get(field)
            if label is None:
                rest[field] = message
                continue
            show_field_error(label, message)
            set_invalid(self.editors[field], True)
        return rest


def add_field(
    form: QGridLayout,
    errors: FieldErrors,
    caption: str,
    field: str,
    editor: QWidget,
    hint: str | None = None,
) -> QWidget:
    """Add a row: caption on the left; editor, hint and error label stacked on the right."""
    box = QWidget()
    box.setObjectName(f"field_{field}")
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(3)
    col.addWidget(editor)
    if hint:
        hint_label = set_role(QLabel(hint), "hint")
        hint_label.setObjectName(f"hint_{field}")
        hint_label.setWordWrap(True)
        col.addWidget(hint_label)
    col.addWidget(errors.add(field, editor))
    caption_label = QLabel(caption)
    caption_label.setBuddy(editor)
    caption_label.setMinimumHeight(editor.sizeHint().height())
    row = form.rowCount()
    form.addWidget(caption_label, row, 0, Qt.AlignmentFlag.AlignTop)
    form.addWidget(box, row, 1)
    return box


def add_full_row(form: QGridLayout, widget: QWidget) -> None:
    form.addWidget(widget, form.rowCount(), 0, 1, 2)


def make_form() -> QGridLayout:
    """A two-column grid (captions, fields). A grid, not a QFormLayout: wrapped hints under a field need
    height-for-width, which QFormLayout does not give nested layouts reliably."""
    form = QGridLayout()
    form.setHorizontalSpacing(18)
    form.setVerticalSpacing(12)
    form.setColumnStretch(1, 1)
    return form
