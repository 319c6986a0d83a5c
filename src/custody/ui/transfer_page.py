"""Transfers between stations and agencies (docs/TRANSFER.md): send items with their proven history as one package
file, and receive a package after seeing what it proves.

- :class:`TransferOutPage`: a basket of items, the receiving party (agency, officer, organisation, ID), their drawn
  signature; the releasing officer signs with their own key; the package is saved where the officer chooses.
- :class:`TransferInPage`: open a package; the page shows, before anything is recorded, whether it verifies and
  against which trusted key, and each item's history at every station it went through; "Receive" records
  ``custody.transferred_in`` signed by the officer. A package that fails is shown with its reasons and cannot be
  received.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from custody.domain.enums import EventKind, ItemStatus
from custody.security.permissions import Action
from custody.services import transfer as transfer_svc
from custody.services.context import AppContext
from custody.services.custody import ItemCustodyDTO
from custody.ui.formatting import format_minute
from custody.ui.models import translate_label
from custody.ui.pages.custody_common import CustodyPage, hint, line_edit, primary_button, tr
from custody.ui.signature_pad import SignaturePad
from custody.ui.style import card, set_role, set_state

if TYPE_CHECKING:
    from custody.ui.mainwindow import MainWindow

PAGE_OUT = "transfer_out"
PAGE_IN = "transfer_in"
TITLES = {
    PAGE_OUT: QT_TRANSLATE_NOOP("MainWindow", "Send a package"),
    PAGE_IN: QT_TRANSLATE_NOOP("MainWindow", "Receive a package"),
}


def register(window: MainWindow) -> None:
    window.register_page(PAGE_OUT, TITLES[PAGE_OUT], TransferOutPage, Action.CUSTODY_TRANSFER)
    window.register_page(PAGE_IN, TITLES[PAGE_IN], TransferInPage, Action.CUSTODY_TRANSFER)


def _grid() -> QGridLayout:
    g = QGridLayout()
    g.setHorizontalSpacing(18)
    g.setVerticalSpacing(10)
    g.setColumnStretch(1, 1)
    return g


def event_label(kind: str) -> str:
    try:
        return translate_label(EventKind(kind))
    except ValueError:
        return kind


# ------------------------------------------------------------------------------------------------ out


def send(ctx: AppContext, session: Any, item_ids: list[str], receiver: transfer_svc.Receiver, purpose: str,
         path: str, signature_png: bytes | None) -> transfer_svc.OutResult:
    return transfer_svc.transfer_out(ctx, session, item_ids, receiver, purpose=purpose, out_path=path,
                                     signature_png=signature_png)


class TransferOutPage(CustodyPage):
    PAGE_NAME = "transfer_out_page"

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Send evidence to another agency"), tr(
            "The items leave this station with their whole history, proven by this station's key, in one package "
            "file (USB stick, e-mail). The receiving agency checks it before it accepts the items."))
        self.last: transfer_svc.OutResult | None = None
        items_card, il = card(tr("1. Items"))
        self.scan_box, self.basket = self.scan_and_basket(il, "transfer_basket")
        self.body.addWidget(items_card)

        who_card, wl = card(tr("2. Receiving agency and officer"))
        grid = _grid()
        self.agency = line_edit("to_agency", tr("e.g. National Forensic Laboratory"))
        self.receiver_name = line_edit("receiver_name", tr("Full name of the person who takes the items"))
        self.receiver_org = line_edit("receiver_org", tr("Their organisation"))
        self.receiver_id = line_edit("receiver_id", tr("Badge or identity document number"), 64)
        self.purpose = line_edit("transfer_purpose", tr("e.g. analysis, hand-over of the case to the prosecutor"),
                                 500)
        for row, (caption, w) in enumerate(((tr("Receiving agency"), self.agency),
                                            (tr("Receiving officer"), self.receiver_name),
                                            (tr("Organisation"), self.receiver_org),
                                            (tr("ID number"), self.receiver_id), (tr("Purpose"), self.purpose))):
            grid.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(w, row, 1)
        wl.addLayout(grid)
        self.body.addWidget(who_card)
        self.watch_fields(self.agency, self.receiver_name)

        sig_card, sl = card(tr("3. Receiving officer's signature"))
        sl.addWidget(hint(tr("The receiving officer signs here. You sign the hand-over with your own key when you "
                             "confirm; their station signs the receipt when it accepts the package.")))
        self.signature = SignaturePad()
        sl.addWidget(self.signature)
        clear = QPushButton(tr("Clear signature"))
        clear.setObjectName("transfer_signature_clear")
        clear.clicked.connect(self.signature.clear)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(clear)
        sl.addLayout(row)
        self.body.addWidget(sig_card)

        row = QHBoxLayout()
        self.confirm_button = primary_button(tr("Hand over and save the package…"), "transfer_out_confirm")
        self.confirm_button.clicked.connect(self.confirm)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        self.body.addLayout(row)
        self.body.addStretch(1)

    def has_work(self) -> bool:
        return self.basket.count() > 0

    def scan_item(self, item_id: str) -> bool:
        def problem(dto: ItemCustodyDTO) -> str | None:
            if dto.status in (ItemStatus.DISPOSED.value, ItemStatus.RELEASED.value,
                              ItemStatus.TRANSFERRED_OUT.value, ItemStatus.AT_LAB.value, ItemStatus.AT_COURT.value):
                return tr("{item} is not here: it cannot be sent.").format(item=dto.item_id)
            if dto.status == ItemStatus.WITH_OFFICER.value and dto.custodian != self.session.username:
                return tr("{item} is held by {holder}, not by you.").format(item=dto.item_id, holder=dto.custodian)
            return None

        return self.add_to_basket(self.basket, item_id, problem)

    def problems(self) -> tuple[str, Any] | None:
        if self.basket.count() == 0:
            return tr("Scan at least one item."), self.scan_box
        if not self.agency.text().strip():
            return tr("Name the receiving agency or station."), self.agency
        if not self.receiver_name.text().strip():
            return tr("Name the officer who takes the items."), self.receiver_name
        return None

    def choose_path(self) -> str:
        """Where to save the package (a file dialog; tests replace it)."""
        default = str(Path.home() / "transfer.custody")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the transfer package"), default,
                                              tr("Custody transfer package (*.custody)"))
        if path and not path.endswith(".custody"):
            path += ".custody"
        return path

    def confirm(self) -> None:
        problem = self.problems()
        if problem:
            self.warn(problem[0], field=problem[1])
            return
        path = self.choose_path()
        if not path:
            return
        png = None if self.signature.is_empty() else self.signature.to_png()
        receiver = transfer_svc.Receiver(self.agency.text(), self.receiver_name.text(), self.receiver_org.text(),
                                         self.receiver_id.text())
        self.perform(send, self.ctx, self.session, self.basket.item_ids(), receiver, self.purpose.text(), path, png,
                     on_success=self._done, buttons=[self.confirm_button])

    def _done(self, res: transfer_svc.OutResult) -> None:
        self.last = res
        self.basket.clear()
        self.signature.clear()
        for w in (self.agency, self.receiver_name, self.receiver_org, self.receiver_id, self.purpose):
            w.clear()
        self.say(tr("{n} item(s) handed over; package saved to {path}. The receiving agency needs this station's "
                    "key to check it: {key}").format(n=len(res.item_ids), path=res.path,
                                                      key=self.window_.station.verifier_key))


# ------------------------------------------------------------------------------------------------ in


class TransferInPage(CustodyPage):
    PAGE_NAME = "transfer_in_page"

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Receive evidence from another agency"), tr(
            "Open the package file the other agency sent. Custody checks it against the keys your administrator "
            "trusts and shows what it proves. Nothing is recorded until you receive the items."))
        self.data: bytes | None = None
        self.check: transfer_svc.PackageCheck | None = None
        self.received: transfer_svc.InResult | None = None

        open_card, ol = card(tr("1. Package"))
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open package…"))
        self.open_button.setObjectName("transfer_open")
        self.open_button.clicked.connect(self.open_file)
        self.file_label = set_role(QLabel(tr("No package opened.")), "hint")
        self.file_label.setObjectName("transfer_file")
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        ol.addLayout(row)
        grid = _grid()
        self.extra_key = line_edit("transfer_extra_key", tr("Only if the sender is not on the trust list: the key "
                                                            "they published, confirmed with them"), 400)
        grid.addWidget(QLabel(tr("Sender's key")), 0, 0)
        grid.addWidget(self.extra_key, 0, 1)
        ol.addLayout(grid)
        self.body.addWidget(open_card)

        proof_card, pl = card(tr("2. What the package proves"))
        top = QHBoxLayout()
        self.verdict = QLabel(tr("Open a package to see what it proves."))
        self.verdict.setObjectName("transfer_verdict")
        self.verdict.setWordWrap(True)
        set_state(self.verdict, "unknown")
        top.addWidget(self.verdict, 1)
        self.accept_button = primary_button(tr("Receive these items"), "transfer_in_confirm")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept)
        top.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignTop)
        pl.addLayout(top)
        self.reasons = QPlainTextEdit()  # wraps anywhere: reasons quote keys and hashes with no spaces
        self.reasons.setObjectName("transfer_reasons")
        self.reasons.setReadOnly(True)
        self.reasons.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.reasons.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.reasons.setFixedHeight(110)
        self.reasons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons.setStyleSheet("color: #b42318;")
        self.reasons.setVisible(False)
        pl.addWidget(self.reasons)
        self.facts = QLabel()
        self.facts.setObjectName("transfer_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pl.addWidget(self.facts)
        self.tree = QTreeWidget()
        self.tree.setObjectName("transfer_history")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Item / event"), tr("When"), tr("By"), tr("Proven by")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(220)
        pl.addWidget(self.tree, 1)
        self.body.addWidget(proof_card, 1)

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a transfer package"), str(Path.home()),
                                              tr("Custody transfer package (*.custody);;All files (*)"))
        return path

    def open_file(self) -> None:
        path = self.choose_file()
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.warn(tr("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror or str(exc)))
            return
        self.load(data, Path(path).name)

    def trust(self) -> list[str]:
        key = "".join(self.extra_key.text().split())
        return [key] if key else []

    def load(self, data: bytes, name: str) -> None:
        """Check ``data`` (nothing is recorded) and show the outcome."""
        self.data, self.check = data, None
        self.accept_button.setEnabled(False)
        self.file_label.setText(name)
        self.verdict.setText(tr("Checking…"))
        self.reasons.setVisible(False)
        set_state(self.verdict, "unknown")
        self.ops.run(transfer_svc.check_package, self.ctx, self.session, data, self.trust(),
                     on_success=self._checked, on_error=self.show_error, parent=self)

    def _checked(self, check: transfer_svc.PackageCheck) -> None:
        self.check = check
        self.tree.clear()
        snd, rcv = check.sender, check.receiver
        if check.ok:
            set_state(self.verdict, "ok")
            self.verdict.setText(tr("VERIFIED: signed by {agency} ({station}) with a key you trust; every entry is "
                                    "proven by the checkpoints below. You may receive the items.").format(
                agency=snd.get("agency", "?"), station=snd.get("station", "?")))
        else:
            set_state(self.verdict, "bad")
            self.verdict.setText(tr("REFUSED: this package cannot be received, for these reasons:"))
        self.reasons.setPlainText("\n".join(f"• {f}" for f in check.failures[:10]))
        self.reasons.setVisible(not check.ok)
        self.tree.setVisible(check.ok)  # a package that fails proves nothing: no history is shown
        lines = []
        if check.package_sha256:
            lines.append(tr("Package hash: {h}").format(h=check.package_sha256))
        if snd:
            lines.append(tr("From: {agency}, station {station}; key {key}").format(
                agency=snd.get("agency", ""), station=snd.get("station", ""), key=snd.get("verifier_key", "")))
        if rcv:
            lines.append(tr("To: {agency}: {name} ({org}, ID {id})").format(
                agency=rcv.get("agency", ""), name=rcv.get("name", ""), org=rcv.get("organisation", ""),
                id=rcv.get("id_number", "")))
        for seg in check.segments:
            lines.append(tr("Proven by checkpoint: {seg}").format(seg=seg))
        self.facts.setText("\n".join(lines))
        for item in check.item_ids:
            top = QTreeWidgetItem([f"{item}  {check.descriptions.get(item, '')}"])
            top.setFirstColumnSpanned(False)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for ln in check.history:
                if ln.item == item:
                    top.addChild(QTreeWidgetItem([event_label(ln.kind), format_minute(ln.at, self.window_.time_zone()), ln.actor,
                                                  ln.origin]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.accept_button.setEnabled(check.ok)

    def accept(self) -> None:
        if self.data is None or self.check is None or not self.check.ok:
            self.warn(tr("Open a package that verifies first."))
            return
        self.perform(transfer_svc.transfer_in, self.ctx, self.session, self.data, self.trust(),
                     on_success=self._received, buttons=[self.accept_button])

    def _received(self, res: transfer_svc.InResult) -> None:
        self.received = res
        self.accept_button.setEnabled(False)
        self.say(tr("Received {n} item(s): {items}. They are now in your custody.").format(
            n=len(res.item_ids), items=", ".join(res.item_ids)))
