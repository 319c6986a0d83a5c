"""Scanner settings and a "test your scanner" box that shows what was recognised and how fast it came."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QPushButton, QSpinBox

from custody.domain.errors import CustodyError, FormErrors
from custody.domain.ids import ScanCode
from custody.security.permissions import Action
from custody.services import settings as settings_svc
from custody.services.settings import StationSettings
from custody.ui import errors as ui_errors
from custody.ui.forms import FieldErrors, add_field, make_form
from custody.ui.operations import Change
from custody.ui.pages.custody_common import CustodyPage, hint, line_edit, primary_button, tr
from custody.ui.scanner import (
    DUPLICATE_WINDOW_S,
    INPUT_PROPERTY,
    MODE_SCANS,
    ScanBurst,
    ScannerConfig,
    ScannerFilter,
    active_filter,
)
from custody.ui.style import card

KIND_WORDS = {"item": "item", "location": "location", "officer": "badge"}


class ScannerPage(CustodyPage):
    PAGE_NAME = "scanner_page"

    def __init__(self, window: Any) -> None:
        super().__init__(window, tr("Barcode scanner"), tr(
            "A scanner types like a keyboard, only much faster. Without a prefix Custody tells a scan from "
            "typing by the speed of the keys and the Enter or Tab at the end. Test your scanner below; if codes "
            "land in the test field instead, raise the key interval, or better, set a prefix."))
        self.can_edit = self.session.can(Action.STATION_CONFIGURE)
        self.filter: ScannerFilter | None = None
        self.recognised: list[ScanBurst] = []

        c, cl = card(tr("Test your scanner"))
        cl.addWidget(hint(tr("Scan any label. Each scan is listed here and opens nothing while this page is "
                             "shown.")))
        self.log = QListWidget()
        self.log.setObjectName("scanner_log")
        self.log.setMinimumHeight(170)
        self.log.setWordWrap(True)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cl.addWidget(self.log)
        row = QHBoxLayout()
        self.test_field = QLineEdit()
        self.test_field.setObjectName("scanner_test_field")
        self.test_field.setProperty(INPUT_PROPERTY, MODE_SCANS)  # every fast burst is tested, never typed
        self.test_field.setPlaceholderText(tr("Click here and scan: if the code appears in this field, it was "
                                              "read as typing"))
        clear = QPushButton(tr("Clear"))
        clear.setObjectName("scanner_log_clear")
        clear.clicked.connect(self._clear)
        row.addWidget(self.test_field, 1)
        row.addWidget(clear)
        cl.addLayout(row)
        self.body.addWidget(c)

        c, cl = card(tr("Settings for this station"))
        # The unambiguous mode: recommended, and said which one is in force.
        self.mode_label = hint("")
        self.mode_label.setObjectName("scanner_mode")
        cl.addWidget(self.mode_label)
        self.recommend = hint(tr(
            "Recommended: set your scanner to send a prefix before every code (most scanners can, with a "
            "set-up barcode from their manual; a character nobody types, such as ~ or §) and type the same "
            "prefix here. Then a scan is recognised by its prefix whatever the speed, and typing is never "
            "held back or mistaken for a scan, even from a password manager."))
        self.recommend.setObjectName("scanner_recommend_prefix")
        cl.addWidget(self.recommend)
        form: QGridLayout = make_form()
        self.errors = FieldErrors()
        self.interval = QSpinBox()
        self.interval.setObjectName("scanner_max_interval_ms")
        self.interval.setRange(5, 500)
        self.interval.setSuffix(" ms")
        self.min_length = QSpinBox()
        self.min_length.setObjectName("scanner_min_length")
        self.min_length.setRange(3, 64)
        for spin in (self.interval, self.min_length):
            spin.setMaximumWidth(160)
        self.prefix = line_edit("scanner_prefix", tr("none"), 20)
        self.suffix = line_edit("scanner_suffix", tr("none"), 20)
        add_field(form, self.errors, tr("Longest pause between keys"), "scanner_max_interval_ms", self.interval,
                  tr("Keys closer together than this belong to one scan. People type slower than about 80 ms "
                     "per key; scanners much faster."))
        add_field(form, self.errors, tr("Shortest code"), "scanner_min_length", self.min_length,
                  tr("A faster burst that is shorter than this is typing."))
        add_field(form, self.errors, tr("Prefix"), "scanner_prefix", self.prefix,
                  tr("Characters your scanner is set to send before each code (usually none)."))
        add_field(form, self.errors, tr("Suffix"), "scanner_suffix", self.suffix,
                  tr("Characters sent after each code, before Enter (usually none)."))
        cl.addLayout(form)
        row = QHBoxLayout()
        self.save_button = primary_button(tr("Save"), "scanner_save")
        self.save_button.clicked.connect(self.save)
        row.addStretch(1)
        row.addWidget(self.save_button)
        cl.addLayout(row)
        if not self.can_edit:
            for w in (self.interval, self.min_length, self.prefix, self.suffix, self.save_button):
                w.setEnabled(False)
            cl.addWidget(hint(tr("Only an administrator can change these settings.")))
        self.body.addWidget(c)
        self.body.addStretch(1)
        self.show_config(self._filter_config())
        self.ops.run(settings_svc.get_settings, self.ctx, on_success=self.show_settings, parent=self)
        self.attach()

    # -- the live filter ---------------------------------------------------------------------

    def _live_filter(self) -> ScannerFilter | None:
        f = getattr(self.window_, "scanner", None)
        return f if isinstance(f, ScannerFilter) else active_filter()

    def _filter_config(self) -> ScannerConfig:
        f = self._live_filter()
        return f.config if f is not None else ScannerConfig()

    def attach(self) -> None:
        f = self._live_filter()
        if f is None or f is self.filter:
            return
        self.filter = f
        f.burst.connect(self._burst)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.attach()
        super().showEvent(event)

    # -- test box ----------------------------------------------------------------------------

    def handle_scan(self, scan: ScanCode) -> bool:
        return True  # listed by _burst; nothing opens while testing

    def scan_rejected(self, code: str, message: str) -> None:
        pass  # listed by _burst

    def _burst(self, b: ScanBurst) -> None:
        if not self.isVisible():
            return
        self.recognised.append(b)
        facts = tr("{n} characters, slowest gap {gap} ms, ended with {end}").format(
            n=len(b.raw), gap=f"{b.max_gap_ms:.0f}", end=b.terminator)
        if b.scan is None:
            text = tr("✗ {code}: {error} ({facts})").format(code=b.code, error=b.error, facts=facts)
        elif b.duplicate:
            text = tr("= {code}: the same code again within {s} s, counted once").format(
                code=b.code, s=f"{DUPLICATE_WINDOW_S:.0f}")
        else:
            text = tr("✓ {code}: {kind} ({facts})").format(code=b.scan.value,
                                                          kind=tr(KIND_WORDS[b.scan.kind]), facts=facts)
        self.log.insertItem(0, text)
        if b.scan is None:
            self.warn(b.error, sound=False)
        else:
            self.say(tr("Scanner works: {code}").format(code=b.scan.value))

    def _clear(self) -> None:
        self.log.clear()
        self.test_field.clear()
        self.recognised.clear()

    # -- settings ----------------------------------------------------------------------------

    def show_config(self, c: ScannerConfig) -> None:
        self.interval.setValue(c.max_interval_ms)
        self.min_length.setValue(c.min_length)
        self.prefix.setText(c.prefix)
        self.suffix.setText(c.suffix)
        if c.unambiguous:
            self.mode_label.setText(tr("In force: scans are recognised by the prefix {prefix}. Typing is never "
                                       "held back.").format(prefix=c.prefix))
        else:
            self.mode_label.setText(tr("In force: scans are told from typing by speed only (keys less than {ms} "
                                       "ms apart, at least {n} characters, then Enter or Tab).").format(
                                           ms=c.max_interval_ms, n=c.min_length))

    def show_settings(self, s: StationSettings) -> None:
        self.show_config(ScannerConfig.from_settings(s))

    def save(self) -> None:
        self.errors.clear()
        values = {
            "scanner_max_interval_ms": self.interval.value(),
            "scanner_min_length": self.min_length.value(),
            "scanner_prefix": self.prefix.text(),
            "scanner_suffix": self.suffix.text(),
        }

        def saved(s: StationSettings) -> None:
            f = self._live_filter()
            if f is not None:
                f.apply_settings(s)
            self.show_settings(s)
            self.say(tr("Scanner settings saved."))

        def failed(err: CustodyError) -> None:
            if isinstance(err, FormErrors):
                self.errors.show(ui_errors.field_messages(err))
            self.show_error(err)

        self.save_button.setEnabled(False)
        self.ops.run(settings_svc.update_settings, self.ctx, self.session, on_success=saved, on_error=failed,
                     on_finally=lambda: self.save_button.setEnabled(True),
                     changes={Change.STATION, Change.LEDGER}, parent=self, **values)
