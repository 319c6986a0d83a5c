"""Supervisor actions that need a second signature typed on this workstation (issue 15):

- :class:`ResolveFindingDialog`: an item an audit found missing or misplaced is found, or written off with a
  reason (``inventory.resolved``);
- :class:`RecoverDialog`: items held by an officer who is disabled or absent are taken back into the
  supervisor's custody (``custody.recovered``).

The second person (a supervisor or an administrator) types their username and password in the dialog; their
key is unlocked on the worker thread for this one action and the password field is cleared at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from custody.services import audit_alerts
from custody.services import custody as custody_svc
from custody.ui import errors as ui_errors
from custody.ui.dialog_fit import keep_on_screen
from custody.ui.operations import Change
from custody.ui.style import set_role


def tr(text: str) -> str:
    return QCoreApplication.translate("TwoSignatures", text)


def _resolve(ctx: Any, session: Any, item_id: str, outcome: str, reason: str, found_location: str, second: str,
             password: str) -> int:
    from custody.services.auth import unlock_signer

    signer = unlock_signer(ctx, second, password)
    return audit_alerts.resolve_audit_alert(ctx, session, item_id, outcome, reason, signer, found_location)


def _recover(ctx: Any, session: Any, item_ids: list[str], reason: str, second: str, password: str) -> list[int]:
    from custody.services.auth import unlock_signer

    signer = unlock_signer(ctx, second, password)
    return custody_svc.recover_custody(ctx, session, item_ids, signer, reason)


class _TwoSignatureDialog(QDialog):
    done_ = Signal(object)

    def __init__(self, parent: QWidget, window: Any, name: str, title: str, explanation: str) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # grows with its messages, never taller than the screen
        self.window_ = window
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.lay = QVBoxLayout(self)
        self.lay.addWidget(set_role(QLabel(title), "section"))
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.lay.addWidget(text)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.second = QLineEdit()
        self.second.setObjectName("second_username")
        self.password = QLineEdit()
        self.password.setObjectName("second_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("two_signatures_error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def finish_layout(self) -> None:
        self.form.addRow(tr("Second signer (supervisor or administrator)"), self.second)
        self.form.addRow(tr("Their password"), self.password)
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.buttons)

    def run(self, fn: Any, *args: Any) -> None:
        password = self.password.text()
        self.password.clear()
        w = self.window_

        def ok(value: Any) -> None:
            self.result_value = value
            self.done_.emit(value)
            self.accept()

        def failed(err: Any) -> None:
            details = getattr(err, "errors", None)
            if isinstance(details, dict) and details:
                self.error.setText("\n".join(ui_errors.translate_error(e) for e in details.values()))
            else:
                self.error.setText(ui_errors.translate_error(err))
            self.error.setVisible(True)

        w.ops.run(fn, w.ctx, w.session, *args, self.second.text().strip().lower(), password, on_success=ok,
                  on_error=failed, changes={Change.LEDGER}, parent=self)

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ResolveFindingDialog(_TwoSignatureDialog):
    def __init__(self, parent: QWidget, window: Any, item_id: str, finding: str) -> None:
        super().__init__(parent, window, "resolve_finding_dialog", tr("Resolve an audit finding"), tr(
            "{item} was {finding} at an audit. Say whether it was found or is written off; a second supervisor "
            "or an administrator signs too.").format(item=item_id, finding=finding))
        self.item_id = item_id
        self.outcome = QComboBox()
        self.outcome.setObjectName("resolve_outcome")
        self.outcome.addItem(tr("Found"), "found")
        self.outcome.addItem(tr("Written off"), "written_off")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("resolve_reason")
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(tr("Where it was, or what was done to find it"))
        self.found_location = QLineEdit()
        self.found_location.setObjectName("resolve_found_location")
        self.form.addRow(tr("Outcome"), self.outcome)
        self.form.addRow(tr("Reason"), self.reason)
        self.form.addRow(tr("Found at"), self.found_location)
        self.finish_layout()

    def submit(self) -> None:
        self.run(_resolve, self.item_id, self.outcome.currentData(), self.reason.toPlainText(),
                 self.found_location.text())


class RecoverDialog(_TwoSignatureDialog):
    def __init__(self, parent: QWidget, window: Any, items: list[tuple[str, str]]) -> None:
        super().__init__(parent, window, "recover_dialog", tr("Recover items from an absent officer"), tr(
            "The items checked below are taken into your custody without their holder's signature: say why; a "
            "second supervisor or an administrator signs too."))
        self.items = QListWidget()
        self.items.setObjectName("recover_items")
        self.set_items(items)
        # An officer on long leave or missing still has an enabled account: their items may be recovered too.
        self.include_active = QCheckBox(tr("Also items of officers whose account is still enabled (absent)"))
        self.include_active.setObjectName("recover_include_active")
        self.include_active.toggled.connect(self._reload)
        self.lay.insertWidget(2, self.include_active)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("recover_reason")
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(tr("e.g. the officer left the service on 30 November"))
        self.form.addRow(tr("Items"), self.items)
        self.form.addRow(tr("Reason"), self.reason)
        self.finish_layout()

    def set_items(self, items: list[tuple[str, str]]) -> None:
        self.items.clear()
        for item_id, holder in items:
            li = QListWidgetItem(tr("{item}, held by {holder}").format(item=item_id, holder=holder))
            li.setData(Qt.ItemDataRole.UserRole, item_id)
            li.setFlags(li.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # items of an enabled (absent) officer are offered unchecked: the supervisor chooses them one by one
            li.setCheckState(Qt.CheckState.Unchecked if self._active_list else Qt.CheckState.Checked)
            self.items.addItem(li)

    _active_list = False

    def _reload(self, include: bool) -> None:
        w = self.window_

        def show(items: list[tuple[str, str]]) -> None:
            self._active_list = include
            self.set_items(items)

        w.ops.run(custody_svc.held_by_absent, w.ctx, w.session, include, on_success=show, parent=self)

    def checked(self) -> list[str]:
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        self.run(_recover, self.checked(), self.reason.toPlainText())


class CaseOutcomeDialog(QDialog):
    """A supervisor records a case's outcome (``case.outcome_recorded``): its items still held then appear on the
    start page as eligible for return or destruction."""

    def __init__(self, parent: QWidget, window: Any) -> None:
        from custody.services import case_outcome

        super().__init__(parent)
        self.window_ = window
        self.setObjectName("case_outcome_dialog")
        self.setWindowTitle(tr("Record a case's outcome"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.case = QLineEdit()
        self.case.setObjectName("outcome_case")
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome_outcome")
        for key, label in case_outcome.OUTCOMES.items():
            self.outcome.addItem(QCoreApplication.translate("CaseOutcome", label), key)
        self.disposition = QComboBox()
        self.disposition.setObjectName("outcome_disposition")
        for key, label in (("return_to_owner", tr("Return to the owners")), ("destruction", tr("Destruction")),
                           ("forfeiture", tr("Forfeiture to the state"))):
            self.disposition.addItem(label, key)
        self.reference = QLineEdit()
        self.reference.setObjectName("outcome_reference")
        self.reference.setPlaceholderText(tr("e.g. Judgment HC-2026-311 of 2 December 2026"))
        form.addRow(tr("Case number"), self.case)
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow(tr("What is done with the items"), self.disposition)
        form.addRow(tr("Judgment or decision"), self.reference)
        lay.addLayout(form)
        self.error = set_role(QLabel(), "error")
        self.error.setObjectName("case_outcome_error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(
            lambda *_: self.disposition.setEnabled(self.outcome.currentData() != "appeal"))

    def submit(self) -> None:
        from custody.services import case_outcome

        w = self.window_

        def failed(err: Any) -> None:
            self.error.setText(ui_errors.translate_error(err))
            self.error.setVisible(True)

        disposition = self.disposition.currentData() if self.outcome.currentData() != "appeal" else ""
        w.ops.run(case_outcome.record_case_outcome, w.ctx, w.session, self.case.text().strip(),
                  self.outcome.currentData(), disposition, self.reference.text(), on_success=lambda _: self.accept(),
                  on_error=failed, changes={Change.LEDGER}, parent=self)
