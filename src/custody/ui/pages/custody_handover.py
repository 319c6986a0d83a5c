"""Handover: scan the items, scan the receiver's badge, the receiver checks the seals and signs with their
password on this workstation (optionally also on the signature pad); one ledger entry per item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton

from custody.domain.enums import ItemStatus
from custody.security.permissions import Action
from custody.services import custody as custody_svc
from custody.services.auth import AuthSession
from custody.services.context import AppContext
from custody.services.custody import ItemCustodyDTO, SealCheck
from custody.services.ledger import Signer
from custody.ui.pages.custody_common import (
    CustodyPage,
    OfficerField,
    hint,
    line_edit,
    primary_button,
    tr,
)
from custody.ui.signature_pad import SignaturePad
from custody.ui.style import card, set_role, show_field_error

AWAY = {
    ItemStatus.AT_LAB.value: "{item} is at the laboratory: record its return first.",
    ItemStatus.AT_COURT.value: "{item} is at court: record its return first.",
    ItemStatus.DISPOSED.value: "{item} was disposed of: it cannot move any more.",
    ItemStatus.RELEASED.value: "{item} was released to its owner: it cannot move any more.",
}


def hands_on_problem(session: AuthSession, dto: ItemCustodyDTO) -> str | None:
    """Why this officer cannot hand the item over (the service has the last word), or None."""
    if dto.status in AWAY:
        return tr(AWAY[dto.status]).format(item=dto.item_id)
    if dto.status == ItemStatus.IN_STORAGE.value:
        if not session.can(Action.STORAGE_CHECK_OUT):
            return tr("{item} is in storage at {location}: only an evidence custodian can take it out.").format(
                item=dto.item_id, location=dto.location_code or "?")
        return None
    if dto.custodian and dto.custodian != session.username:
        return tr("{item} is held by {holder}, not by you.").format(item=dto.item_id, holder=dto.custodian)
    return None


def handover(ctx: AppContext, session: AuthSession, item_ids: list[str], receiver: Signer, purpose: str,
             seal_checks: dict[str, SealCheck], signature_png: bytes | None, memo: str) -> list[int]:
    """The worker-side part of Confirm: the transfer, with the drawn signature (if any) stored in the same
    transaction and named by every entry."""
    return custody_svc.transfer(ctx, session, item_ids, receiver, purpose, seal_checks, memo=memo,
                                signature_png=signature_png)


class HandoverPage(CustodyPage):
    PAGE_NAME = "handover_page"

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Hand over evidence"), tr(
            "Scan each item, then the receiving officer's badge. The receiver checks the seals and signs "
            "with their password on this workstation."))
        self.last_seqs: list[int] = []

        items_card, il = card(tr("1. Items"))
        self.scan_box, self.basket = self.scan_and_basket(il, seal_checks=True)
        il.addWidget(hint(tr("For each sealed item the receiver reads the number on the seal and ticks "
                             "'intact' only if the seal is unbroken.")))
        self.body.addWidget(items_card)

        who_card, wl = card(tr("2. Receiving officer"))
        self.receiver = OfficerField("receiver")
        wl.addWidget(self.receiver)
        self.body.addWidget(who_card)

        details_card, dl = card(tr("3. Purpose"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.purpose = line_edit("purpose", tr("e.g. for analysis at the laboratory"))
        grid.addWidget(QLabel(tr("Purpose")), 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.purpose, 0, 1)
        self.memo = QPlainTextEdit()
        self.memo.setObjectName("memo")
        self.memo.setFixedHeight(70)
        self.memo.setPlaceholderText(tr("Required when a seal is broken or its number differs from the record"))
        memo_caption = QLabel(tr("Memo"))
        memo_caption.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(memo_caption, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.memo, 1, 1)
        self.memo_needed = set_role(QLabel(), "error")
        self.memo_needed.setObjectName("memo_needed")
        self.memo_needed.setWordWrap(True)
        self.memo_needed.setVisible(False)
        grid.addWidget(self.memo_needed, 2, 1)
        dl.addLayout(grid)
        self.body.addWidget(details_card)

        sig_card, sl = card(tr("4. Receiver's signature (optional)"))
        self.signature = SignaturePad()
        sl.addWidget(self.signature)
        row = QHBoxLayout()
        clear_sig = QPushButton(tr("Clear signature"))
        clear_sig.setObjectName("signature_clear")
        clear_sig.clicked.connect(self.signature.clear)
        row.addStretch(1)
        row.addWidget(clear_sig)
        sl.addLayout(row)
        self.body.addWidget(sig_card)

        row = QHBoxLayout()
        self.confirm_button = primary_button(tr("Hand over…"), "handover_confirm")
        self.confirm_button.clicked.connect(self.confirm)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.basket.changed.connect(self._seals_changed)

    # -- scans -------------------------------------------------------------------------------

    def has_work(self) -> bool:
        return self.basket.count() > 0

    def scan_item(self, item_id: str) -> bool:
        return self.add_to_basket(self.basket, item_id, lambda dto: hands_on_problem(self.session, dto))

    def scan_officer(self, code: str) -> bool:
        def found(officer: Any) -> None:
            if officer.username == self.session.username:
                self.warn(tr("You cannot hand items over to yourself: scan the receiving officer's badge."))
                return
            self.receiver.set_officer(officer)
            self.say(tr("Receiver: {name}").format(name=officer.full_name))

        self.lookup_officer(code, found)
        return True

    def _seals_changed(self) -> None:
        bad = self.basket.seal_mismatches()
        if bad:
            show_field_error(self.memo_needed, tr(
                "The seal of {items} is not intact or does not match the record: write a memo; a broken seal "
                "will be recorded.").format(items=", ".join(bad)))
        else:
            show_field_error(self.memo_needed, None)

    # -- confirm -----------------------------------------------------------------------------

    def problems(self) -> str | None:
        if self.basket.count() == 0:
            return tr("Scan at least one item.")
        receiver = self.receiver.username()
        if not receiver:
            return tr("Scan the receiving officer's badge or type their username.")
        if receiver == self.session.username:
            return tr("You cannot hand items over to yourself.")
        if not self.purpose.text().strip():
            return tr("Say what the items are handed over for.")
        unread = self.basket.unchecked_seals()
        if unread:
            return tr("Read the seal number of {items} and type it in.").format(items=", ".join(unread))
        if self.basket.seal_mismatches() and not self.memo.toPlainText().strip():
            return tr("A seal is not intact or does not match: write a memo explaining what was found.")
        return None

    def confirm(self) -> None:
        self.with_officers([self.receiver], self._confirm)  # a typed badge number is looked up first

    def _confirm(self) -> None:
        problem = self.problems()
        if problem:
            self.warn(problem)
            return
        receiver = self.receiver.username()
        n = self.basket.count()
        self.ask_signer(
            tr("Receiving officer signs"),
            tr("{receiver}: check the {n} item(s) and their seals, then type your password to receive them. "
               "Purpose: {purpose}").format(receiver=self.receiver.officer.full_name if self.receiver.officer
                                            else receiver, n=n, purpose=self.purpose.text().strip()),
            receiver, self._signed, name="receiver_dialog")

    def _signed(self, signer: Signer) -> None:
        png = None if self.signature.is_empty() else self.signature.to_png()
        self.perform(handover, self.ctx, self.session, self.basket.item_ids(), signer, self.purpose.text(),
                     self.basket.seal_checks(), png, self.memo.toPlainText(), on_success=self._done,
                     buttons=[self.confirm_button])

    def _done(self, seqs: list[int]) -> None:
        self.last_seqs = list(seqs)
        n = self.basket.count()
        who = self.receiver.username()
        self.basket.clear()
        self.receiver.clear()
        self.purpose.clear()
        self.memo.clear()
        self.signature.clear()
        self.say(tr("{n} item(s) handed over to {who} (ledger entries {first}–{last}).").format(
            n=n, who=who, first=seqs[0], last=seqs[-1]))
