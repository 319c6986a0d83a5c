"""Disposal: a supervisor authorises (court order); the custodian carries it out before two witnesses who
each type their password here. Refusals (a witness who was in the chain of custody, an open discrepancy,
no authorisation) are shown in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from custody.domain.enums import DisposalMethod, ItemStatus
from custody.security.permissions import Action
from custody.services import disposal as disposal_svc
from custody.services.custody import ItemCustodyDTO
from custody.services.ledger import Signer
from custody.ui import errors as ui_errors
from custody.ui.models import translate_label
from custody.ui.operations import Change
from custody.ui.pages.custody_common import (
    CustodyPage,
    OfficerField,
    ScanBox,
    hint,
    line_edit,
    primary_button,
    tr,
)
from custody.ui.pages.custody_labcourt import add_row, grid, page_tabs, tab_page, text_box
from custody.ui.style import card, set_role

FINAL = {ItemStatus.DISPOSED.value, ItemStatus.RELEASED.value}


class DisposalPage(CustodyPage):
    PAGE_NAME = "disposal_page"
    TAB_AUTHORIZE, TAB_COMPLETE = 0, 1

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Disposal"), tr(
            "A supervisor authorises the disposal under a court order; it is then carried out before two "
            "witnesses who never had anything to do with the item."))
        self.item: ItemCustodyDTO | None = None
        self.last_seqs: list[int] = []
        self._signers: list[Signer] = []
        s = self.session
        self.tabs = page_tabs("disposal_tabs")
        self.body.addWidget(self.tabs)

        # Authorise.
        auth_page, al = tab_page()
        c, cl = card(tr("Items to dispose of"))
        self.auth_scan, self.auth_basket = self.scan_and_basket(cl, "disposal_basket")
        g = grid()
        self.method = QComboBox()
        self.method.setObjectName("disposal_method")
        for m in DisposalMethod:
            self.method.addItem(translate_label(m), m.value)
        self.authority = line_edit("disposal_authority", tr("e.g. Dili District Court"), 300)
        self.order_reference = line_edit("disposal_order", tr("the order's number"), 100)
        add_row(g, tr("Method"), self.method)
        add_row(g, tr("Authority"), self.authority)
        add_row(g, tr("Order reference"), self.order_reference)
        cl.addLayout(g)
        row = QHBoxLayout()
        self.auth_button = primary_button(tr("Authorise disposal"), "disposal_authorize")
        self.auth_button.clicked.connect(self.authorize)
        row.addStretch(1)
        row.addWidget(self.auth_button)
        cl.addLayout(row)
        if not s.can(Action.DISPOSAL_AUTHORIZE):
            self.auth_button.setEnabled(False)
            cl.addWidget(hint(tr("Only a supervisor can authorise a disposal.")))
        al.addWidget(c)
        al.addStretch(1)
        self.tabs.addTab(auth_page, tr("Authorise"))

        # Carry out.
        done_page, dl = tab_page()
        c, cl = card(tr("Item"))
        self.complete_scan = ScanBox(tr("Scan the item being disposed of"))
        self.connect_scan_box(self.complete_scan)
        cl.addWidget(self.complete_scan)
        self.item_label = set_role(QLabel(tr("No item scanned yet.")), "fact_value")
        self.item_label.setObjectName("disposal_item")
        self.item_label.setWordWrap(True)
        self.authorization_label = hint("")
        self.authorization_label.setObjectName("disposal_authorization")
        cl.addWidget(self.item_label)
        cl.addWidget(self.authorization_label)
        dl.addWidget(c)
        c, cl = card(tr("How and before whom"))
        g = grid()
        self.details = text_box("disposal_details", tr("e.g. incinerated at the municipal plant, furnace 2"))
        self.place = line_edit("disposal_place", "", 300)
        self.memo = text_box("disposal_memo", tr("optional"), 50)
        self.witness1 = OfficerField("witness1")
        self.witness2 = OfficerField("witness2")
        #: witness username -> why they cannot witness this item ("" = checked and fine); asked as soon as a
        #: witness is named, before anyone types a password
        self._witness_checks: dict[str, str] = {}
        for w in (self.witness1, self.witness2):
            w.changed.connect(lambda w=w: self._witness_named(w))
        add_row(g, tr("What was done"), self.details)
        add_row(g, tr("Place"), self.place)
        add_row(g, tr("Memo"), self.memo)
        add_row(g, tr("First witness"), self.witness1)
        add_row(g, tr("Second witness"), self.witness2)
        cl.addLayout(g)
        cl.addWidget(hint(tr("Scan each witness's badge (or type the username); each witness then types "
                             "their password on this workstation.")))
        self.refusal = set_role(QLabel(), "error")
        self.refusal.setObjectName("disposal_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(False)
        cl.addWidget(self.refusal)
        row = QHBoxLayout()
        self.complete_button = primary_button(tr("Carry out the disposal…"), "disposal_complete")
        self.complete_button.clicked.connect(self.complete)
        self.complete_button.setEnabled(s.can(Action.DISPOSAL_COMPLETE))
        row.addStretch(1)
        row.addWidget(self.complete_button)
        cl.addLayout(row)
        dl.addWidget(c)
        dl.addStretch(1)
        self.tabs.addTab(done_page, tr("Carry out"))
        if not s.can(Action.DISPOSAL_AUTHORIZE):
            self.tabs.setCurrentIndex(self.TAB_COMPLETE)

    # -- witnesses: checked as soon as they are named ------------------------------------------

    def _witness_named(self, field: OfficerField) -> None:
        name = field.username() if field.officer is not None else ""
        if not name or self.item is None:
            self._show_witness_problems()
            return
        self._check_witness(name, lambda: None)

    def _check_witness(self, name: str, then: Any) -> None:
        """Ask the service whether ``name`` may witness the scanned item's disposal; remember the answer."""
        if self.item is None:
            return
        if name in self._witness_checks:
            self._show_witness_problems()
            if not self._witness_checks[name]:
                then()
            return
        item_id = self.item.item_id

        def ok(_: Any) -> None:
            if self.item is None or self.item.item_id != item_id:
                return
            self._witness_checks[name] = ""
            self._show_witness_problems()
            then()

        def refused(err: Any) -> None:
            if self.item is None or self.item.item_id != item_id:
                return
            self._witness_checks[name] = ui_errors.translate_error(err)
            self._show_witness_problems()

        self.ops.run(disposal_svc.check_witness, self.ctx, self.session, item_id, name, on_success=ok,
                     on_error=refused, parent=self)

    def _show_witness_problems(self) -> None:
        names = [w.username() for w in (self.witness1, self.witness2) if w.officer is not None]
        problems = [self._witness_checks[n] for n in names if self._witness_checks.get(n)]
        if problems:
            self.refusal.setText("\n".join(problems))
            self.refusal.setVisible(True)
            self.warn(problems[0])
        else:
            self.refusal.setVisible(False)

    def has_work(self) -> bool:
        return self.auth_basket.count() > 0 or self.item is not None

    # -- scans -------------------------------------------------------------------------------

    def scan_item(self, item_id: str) -> bool:
        if self.tabs.currentIndex() == self.TAB_AUTHORIZE:
            def check(dto: ItemCustodyDTO) -> str | None:
                if dto.status in FINAL:
                    return tr("{item} was already disposed of or released.").format(item=dto.item_id)
                if dto.disposal_authorization is not None:
                    a = dto.disposal_authorization
                    return tr("Disposal of {item} was already authorised ({order}).").format(
                        item=dto.item_id, order=a.order_reference)
                return None

            return self.add_to_basket(self.auth_basket, item_id, check)

        def found(dto: ItemCustodyDTO) -> None:
            self.item = dto
            self._witness_checks.clear()
            self.item_label.setText(f"{dto.item_id} · {dto.description}")
            a = dto.disposal_authorization
            if a is None:
                self.authorization_label.setText(tr("Not authorised: a supervisor must authorise it first."))
                self.warn(tr("Disposal of {item} has not been authorised.").format(item=dto.item_id))
            else:
                method = dict((m.value, translate_label(m)) for m in DisposalMethod).get(a.method, a.method)
                self.authorization_label.setText(tr("Authorised by {who}: {method}, {authority}, order {order}.")
                                                 .format(who=a.authorized_by, method=method,
                                                         authority=a.authority, order=a.order_reference))
                self.say(tr("{item}: ready to be disposed of.").format(item=dto.item_id))
            for w in (self.witness1, self.witness2):  # witnesses named before the item: check them now
                self._witness_named(w)
            if dto.open_discrepancies:
                self.warn(tr("{item} has an open weight discrepancy: a supervisor must acknowledge it first.")
                          .format(item=dto.item_id))

        self.lookup_item(item_id, found)
        return True

    def scan_officer(self, code: str) -> bool:
        if self.tabs.currentIndex() != self.TAB_COMPLETE:
            return False
        target = self.witness2 if self.witness1.username() else self.witness1
        self.lookup_officer(code, target.set_officer)
        return True

    # -- actions -----------------------------------------------------------------------------

    def authorize(self) -> None:
        if self.auth_basket.count() == 0:
            self.warn(tr("Scan at least one item."))
            return

        def done(seqs: list[int]) -> None:
            self.last_seqs = list(seqs)
            n = self.auth_basket.count()
            self.auth_basket.clear()
            self.say(tr("Disposal of {n} item(s) authorised.").format(n=n))

        self.perform(disposal_svc.authorize_disposal, self.ctx, self.session, self.auth_basket.item_ids(),
                     self.method.currentData(), self.authority.text(), self.order_reference.text(),
                     on_success=done, buttons=[self.auth_button])

    def complete(self) -> None:
        self.with_officers([self.witness1, self.witness2], self._complete)

    def _complete(self) -> None:
        self.refusal.setVisible(False)
        if self.item is None:
            self.warn(tr("Scan the item being disposed of."))
            return
        names = [self.witness1.username(), self.witness2.username()]
        if not all(names):
            self.warn(tr("Scan the badges of both witnesses (or type their usernames)."))
            return
        if names[0] == names[1]:
            self.warn(tr("The two witnesses must be two different people."))
            return
        if self.session.username in names:
            self.warn(tr("You carry out the disposal: you cannot also be one of its witnesses."))
            return
        self._signers = []
        # Both witnesses are checked (again) before anyone is asked for a password.
        self._check_witness(names[0], lambda: self._check_witness(names[1], lambda: self._ask_witness(0)))

    def _ask_witness(self, i: int) -> None:
        names = [self.witness1.username(), self.witness2.username()]
        self.ask_signer(
            tr("Witness {n} signs").format(n=i + 1),
            tr("{who}: you witness the disposal of {item} ({description}). Type your password to sign.").format(
                who=names[i], item=self.item.item_id if self.item else "", description=self.item.description
                if self.item else ""),
            names[i], lambda signer: self._witness_signed(i, signer), name=f"witness{i + 1}_dialog")

    def _witness_signed(self, i: int, signer: Signer) -> None:
        self._signers.append(signer)
        if i == 0:
            self._ask_witness(1)
            return
        assert self.item is not None
        item_id = self.item.item_id

        def done(seq: int) -> None:
            self.last_seqs = [seq]
            self.item = None
            self.item_label.setText(tr("No item scanned yet."))
            self.authorization_label.setText("")
            for w in (self.witness1, self.witness2):
                w.clear()
            self._witness_checks.clear()
            self.details.clear()
            self.memo.clear()
            self.say(tr("{item} disposed of (ledger entry {seq}).").format(item=item_id, seq=seq))

        def refused(err: Any) -> None:
            self.show_error(err)
            self.refusal.setText(self.feedback.text())
            self.refusal.setVisible(True)

        for b in (self.complete_button,):
            b.setEnabled(False)
        self.ops.run(disposal_svc.complete_disposal, self.ctx, self.session, item_id, list(self._signers),
                     self.details.toPlainText(), self.memo.toPlainText(), self.place.text(), on_success=done,
                     on_error=refused, on_finally=lambda: self.complete_button.setEnabled(True),
                     changes={Change.LEDGER}, parent=self)
