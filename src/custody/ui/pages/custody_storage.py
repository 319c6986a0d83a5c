"""Storage: scan a location, then the items: check in, check out or move."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QRadioButton

from custody.security.permissions import Action
from custody.services import custody as custody_svc
from custody.services import locations as locations_svc
from custody.services.ledger import Signer
from custody.services.locations import LocationDTO
from custody.ui.pages.custody_common import (
    CustodyPage,
    OfficerField,
    hint,
    line_edit,
    primary_button,
    tr,
)
from custody.ui.style import card, set_role

MODE_IN, MODE_OUT, MODE_MOVE = "check_in", "check_out", "move"


class StoragePage(CustodyPage):
    PAGE_NAME = "storage_page"

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Storage"), tr(
            "Scan the location (shelf, safe, locker), then every item: check them in, out, or move them there."))
        self.location: LocationDTO | None = None
        self.last_seqs: list[int] = []
        s = self.session

        mode_card, ml = card(tr("What are you doing?"))
        row = QHBoxLayout()
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode, text, action in ((MODE_IN, tr("Check in"), Action.STORAGE_CHECK_IN),
                                   (MODE_OUT, tr("Check out"), Action.STORAGE_CHECK_OUT),
                                   (MODE_MOVE, tr("Move"), Action.STORAGE_MOVE)):
            b = QRadioButton(text)
            b.setObjectName(f"mode_{mode}")
            b.setEnabled(s.can(action))
            self.modes.addButton(b)
            self.mode_buttons[mode] = b
            row.addWidget(b)
            b.toggled.connect(self._mode_changed)
        row.addStretch(1)
        ml.addLayout(row)
        self.body.addWidget(mode_card)

        where_card, wl = card(tr("Location"))
        self.location_label = set_role(QLabel(tr("No location scanned yet.")), "fact_value")
        self.location_label.setObjectName("storage_location")
        self.location_hint = hint("")
        wl.addWidget(self.location_label)
        wl.addWidget(self.location_hint)
        self.body.addWidget(where_card)

        items_card, il = card(tr("Items"))
        self.scan_box, self.basket = self.scan_and_basket(il)
        self.body.addWidget(items_card)

        self.who_card, pl = card(tr("Other officer (optional)"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(18)
        self.officer_caption = QLabel()
        self.officer = OfficerField("storage_officer")
        grid.addWidget(self.officer_caption, 0, 0)
        grid.addWidget(self.officer, 0, 1)
        self.purpose_caption = QLabel(tr("Purpose"))
        self.purpose = line_edit("storage_purpose", tr("e.g. for court on Monday"))
        grid.addWidget(self.purpose_caption, 1, 0)
        grid.addWidget(self.purpose, 1, 1)
        pl.addLayout(grid)
        self.officer_hint = hint("")
        pl.addWidget(self.officer_hint)
        self.body.addWidget(self.who_card)

        row = QHBoxLayout()
        self.confirm_button = primary_button(tr("Check in"), "storage_confirm")
        self.confirm_button.clicked.connect(self.confirm)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        self.body.addLayout(row)
        self.body.addStretch(1)

        for mode in (MODE_IN, MODE_OUT, MODE_MOVE):
            if self.mode_buttons[mode].isEnabled():
                self.mode_buttons[mode].setChecked(True)
                break
        self._mode_changed()

    # -- mode --------------------------------------------------------------------------------

    def mode(self) -> str:
        for mode, b in self.mode_buttons.items():
            if b.isChecked():
                return mode
        return MODE_IN

    def set_mode(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _mode_changed(self, *_: Any) -> None:
        mode = self.mode()
        if getattr(self, "_shown_mode", mode) != mode:
            self.location = None  # where items went in is not where they come out
            self.location_label.setText(tr("No location scanned yet."))
        self._shown_mode = mode
        self.confirm_button.setText({MODE_IN: tr("Check in here"), MODE_OUT: tr("Check out"),
                                     MODE_MOVE: tr("Move here")}[mode])
        self.location_hint.setText({
            MODE_IN: tr("The items go into this location."),
            MODE_OUT: tr("Optional: the location the items are taken from (they must be recorded there)."),
            MODE_MOVE: tr("The items move to this location."),
        }[mode])
        self.who_card.setVisible(mode != MODE_MOVE)
        self.purpose.setVisible(mode == MODE_OUT)
        self.purpose_caption.setVisible(mode == MODE_OUT)
        if mode == MODE_IN:
            self.officer_caption.setText(tr("Delivered by"))
            self.officer_hint.setText(tr("Items held by another officer go in only if that officer signs "
                                         "with their password."))
        else:
            self.officer_caption.setText(tr("Handed to"))
            self.officer_hint.setText(tr("Leave empty to take the items yourself; another officer receives "
                                         "them by signing with their password."))

    # -- scans -------------------------------------------------------------------------------

    def has_work(self) -> bool:
        return self.basket.count() > 0

    def scan_location(self, code: str) -> bool:
        def found(loc: LocationDTO) -> None:
            self.location = loc
            self.location_label.setText(f"{loc.code} · {loc.full_name}")
            self.say(tr("Location {code}: {name}").format(code=loc.code, name=loc.full_name))

        self.ops.run(locations_svc.get_location, self.ctx, self.session, code, on_success=found,
                     on_error=self.show_error, parent=self)
        return True

    def scan_item(self, item_id: str) -> bool:
        return self.add_to_basket(self.basket, item_id)

    def scan_officer(self, code: str) -> bool:
        if self.mode() == MODE_MOVE:
            return False
        self.lookup_officer(code, self.officer.set_officer)
        return True

    # -- confirm -----------------------------------------------------------------------------

    def confirm(self) -> None:
        self.with_officers([self.officer] if self.mode() != MODE_MOVE else [], self._confirm)

    def _confirm(self) -> None:
        mode = self.mode()
        if self.basket.count() == 0:
            self.warn(tr("Scan at least one item."))
            return
        if mode in (MODE_IN, MODE_MOVE) and self.location is None:
            self.warn(tr("Scan the location first."))
            return
        other = self.officer.username() if mode != MODE_MOVE else ""
        if other and other != self.session.username:
            what = tr("deliver") if mode == MODE_IN else tr("receive")
            self.ask_signer(tr("{who} signs").format(who=other), tr(
                "{who}: type your password to {what} the {n} item(s).").format(
                    who=other, what=what, n=self.basket.count()), other, self._run, name="storage_signer")
        else:
            self._run(None)

    def _run(self, signer: Signer | None) -> None:
        mode = self.mode()
        items = self.basket.item_ids()
        loc = self.location.code if self.location is not None else None
        if mode == MODE_IN:
            self.perform(custody_svc.check_in, self.ctx, self.session, loc, items, signer,
                         on_success=self._done, buttons=[self.confirm_button])
        elif mode == MODE_OUT:
            self.perform(custody_svc.check_out, self.ctx, self.session, loc, items,
                         signer.username if signer else None, signer, self.purpose.text(),
                         on_success=self._done, buttons=[self.confirm_button])
        else:
            self.perform(custody_svc.move, self.ctx, self.session, loc, items, on_success=self._done,
                         buttons=[self.confirm_button])

    def _done(self, seqs: list[int]) -> None:
        self.last_seqs = list(seqs)
        n = self.basket.count()
        mode = self.mode()
        where = self.location.code if self.location else ""
        self.basket.clear()
        self.officer.clear()
        self.purpose.clear()
        self.say({
            MODE_IN: tr("{n} item(s) checked in at {where}."),
            MODE_OUT: tr("{n} item(s) checked out."),
            MODE_MOVE: tr("{n} item(s) moved to {where}."),
        }[mode].format(n=n, where=where))
