"""Choosing a person outside the station (laboratory analyst, court clerk, owner, courier) for a laboratory or
court trip, or registering a new one (:mod:`custody.services.people`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custody.services import people
from custody.services.people import PersonDTO
from custody.ui import errors as ui_errors
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.style import set_role


def tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


class PersonDialog(QDialog):
    """Register a person outside the station: name, organisation, what they are, the identity document seen."""

    registered = Signal(object)  # PersonDTO

    def __init__(self, parent: QWidget, window: Any, role: str) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.window_ = window
        self.setObjectName("person_dialog")
        self.setWindowTitle(tr("Register a person outside the station"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("person_name")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("person_organisation")
        self.role = QComboBox()
        self.role.setObjectName("person_role")
        for key, label in people.PERSON_ROLES.items():
            self.role.addItem(QCoreApplication.translate("People", label), key)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.id_type = QLineEdit()
        self.id_type.setObjectName("person_id_type")
        self.id_type.setPlaceholderText(tr("e.g. staff card, passport"))
        self.id_number = QLineEdit()
        self.id_number.setObjectName("person_id_number")
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Organisation"), self.organisation)
        form.addRow(tr("Is a"), self.role)
        form.addRow(tr("Identity document"), self.id_type)
        form.addRow(tr("Document number"), self.id_number)
        lay.addLayout(form)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("person_error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def submit(self) -> None:
        w = self.window_

        def done(p: PersonDTO) -> None:
            self.registered.emit(p)
            self.accept()

        def failed(err: Any) -> None:
            details = getattr(err, "errors", None)  # a form's errors: each field's own message
            if isinstance(details, dict) and details:
                self.error.setText("\n".join(ui_errors.translate_error(e) for e in details.values()))
            else:
                self.error.setText(ui_errors.translate_error(err))
            self.error.setVisible(True)

        w.ops.run(people.register_person, w.ctx, w.session, self.name.text(), self.organisation.text(),
                  self.role.currentData(), self.id_type.text(), self.id_number.text(), on_success=done,
                  on_error=failed, parent=self)


class PersonSignature(QWidget):
    """The outside person's signature drawn on the pad (optional): stored with the entry they sign for."""

    def __init__(self, name: str) -> None:
        super().__init__()
        from custody.ui.signature_pad import SignaturePad

        self.setObjectName(name)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.pad = SignaturePad()
        self.pad.setObjectName(f"{name}_pad")
        lay.addWidget(self.pad)
        row = QHBoxLayout()
        row.addStretch(1)
        clear = QPushButton(tr("Clear signature"))
        clear.setObjectName(f"{name}_clear")
        clear.clicked.connect(self.pad.clear)
        row.addWidget(clear)
        lay.addLayout(row)

    def png(self) -> bytes | None:
        return None if self.pad.is_empty() else self.pad.to_png()

    def clear(self) -> None:
        self.pad.clear()


class PersonField(QWidget):
    """A drop-down of registered outside people (those of ``role`` first) and a button to register one."""

    def __init__(self, window: Any, name: str, role: str) -> None:
        super().__init__()
        self.window_ = window
        self.role = role
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QComboBox()
        self.box.setObjectName(f"{name}_box")
        self.box.setMinimumWidth(320)
        self.new_button = QPushButton(tr("New person…"))
        self.new_button.setObjectName(f"{name}_new")
        self.new_button.clicked.connect(self.register_new)
        row.addWidget(self.box, 1)
        row.addWidget(self.new_button)
        self.dialog: PersonDialog | None = None
        self.reload()

    def reload(self, select: str | None = None) -> None:
        w = self.window_

        def show(found: list[PersonDTO]) -> None:
            current = select or self.ref()
            self.box.clear()
            self.box.addItem(tr("(not named)"), None)
            ordered = sorted(found, key=lambda p: (p.role != self.role, p.name))
            for p in ordered:
                self.box.addItem(p.display, p.ref)
            if current:
                self.box.setCurrentIndex(max(0, self.box.findData(current)))

        w.ops.run(people.find_people, w.ctx, "", None, 500, on_success=show, parent=self)

    def ref(self) -> str | None:
        return self.box.currentData()

    def select(self, ref: str | None) -> None:
        self.box.setCurrentIndex(max(0, self.box.findData(ref)))

    def register_new(self) -> None:
        self.dialog = PersonDialog(self, self.window_, self.role)
        self.dialog.registered.connect(lambda p: self.reload(p.ref))
        self.dialog.open()
