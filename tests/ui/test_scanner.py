"""The scanner filter: scans recognised anywhere and never typed into a field; typing is never lost or logged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from custody.domain.ids import ScanCode, make_badge_code, make_item_id, make_location_code
from custody.ui.scanner import BurstRules, ScannerConfig, ScannerFilter, accept_codes, describe
from tests.ui.test_custody_support import Clock, Keyboard

ITEM = make_item_id("UN-DIL", 26, 123)
LOC = make_location_code(12)
BADGE = make_badge_code(34)


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        self.edit = QLineEdit()
        self.other = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.seal = accept_codes(QLineEdit())
        self.list = QListWidget()
        self.button = QPushButton("Add")
        for w in (self.edit, self.other, self.password, self.seal, self.list, self.button):
            lay.addWidget(w)
        self.returns = 0
        self.password_returns = 0
        self.saved: list[str] = []
        self.edit.returnPressed.connect(self._returned)
        self.password.returnPressed.connect(self._password_returned)
        self.button.clicked.connect(lambda: self.saved.append(self.edit.text()))

    def _password_returned(self) -> None:
        self.password_returns += 1

    def _returned(self) -> None:
        self.returns += 1


@pytest.fixture
def form(qtbot):
    f = Form()
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    f.edit.setFocus()
    return f


@pytest.fixture
def rig(qtbot, form):
    clock = Clock()
    scans: list[ScanCode] = []
    rejects: list[tuple[str, str]] = []
    beeps: list[int] = []
    flt = ScannerFilter(ScannerConfig(), scans.append, on_reject=lambda c, m: rejects.append((c, m)), clock=clock,
                        beep=lambda: beeps.append(1)).install()
    yield form, Keyboard(clock, flt), flt, scans, rejects, beeps
    flt.uninstall()


def test_a_scan_never_lands_in_the_focused_field(rig):
    form, keys, flt, scans, rejects, _ = rig
    keys.scan(ITEM, form.edit)
    assert form.edit.text() == ""
    assert form.returns == 0
    assert scans == [ScanCode("item", ITEM)]
    keys.scan(LOC, form.edit)
    keys.scan(BADGE, form.edit)
    assert [s.kind for s in scans] == ["item", "location", "officer"]
    assert form.edit.text() == "" and not rejects


def test_typing_by_hand_still_works(rig):
    form, keys, flt, scans, _, _ = rig
    keys.type(form.edit, "Seal S-100 torn, re-bagged")
    assert form.edit.text() == "Seal S-100 torn, re-bagged"
    keys.key(form.edit, Qt.Key.Key_Backspace)
    assert form.edit.text() == "Seal S-100 torn, re-bagge"
    # A person types an item id and presses Enter: that is typing (the page decides what to do with it).
    form.edit.clear()
    keys.type(form.edit, ITEM)
    keys.key(form.edit, Qt.Key.Key_Return)
    assert form.edit.text() == ITEM and form.returns == 1
    assert scans == []


def test_held_keys_are_replayed_when_the_pause_is_long_enough(qtbot, rig):
    form, keys, flt, scans, _, _ = rig
    QTest.keyClick(form.edit, "a")  # held: it might be the start of a scan
    assert form.edit.text() == "" and flt.pending == "a"
    keys.clock.t += 0.2  # no more keys came: the hold timer replays it
    qtbot.waitUntil(lambda: form.edit.text() == "a", timeout=2000)
    assert flt.pending == ""


def test_fast_typing_that_is_too_short_is_typing(rig):
    form, keys, flt, scans, _, _ = rig
    keys.scan("AB12", form.edit)  # fast, with Enter, but shorter than the minimum length
    assert form.edit.text() == "AB12" and form.returns == 1 and scans == []


def test_same_code_twice_within_two_seconds_counts_once(rig):
    form, keys, flt, scans, _, _ = rig
    keys.scan(ITEM, form.edit)
    keys.scan(ITEM, form.edit)  # 1 s later (0.5 s pause before and after)
    assert scans == [ScanCode("item", ITEM)]
    keys.clock.t += 2.5
    keys.scan(ITEM, form.edit)
    assert len(scans) == 2 and form.edit.text() == ""


def test_mistyped_code_is_refused_in_words_with_a_beep(rig):
    form, keys, flt, scans, rejects, beeps = rig
    bad = ITEM[:-1] + ("0" if ITEM[-1] != "0" else "1")
    keys.scan(bad, form.list)  # the focus is on a list: nothing to type into
    keys.scan("HELLO-WORLD-1", form.list)
    assert scans == []
    assert "check character does not match" in rejects[0][1]
    assert "not an item, location or badge number" in rejects[1][1]
    assert len(beeps) == 2


def test_a_mistyped_code_in_a_text_field_stays_there_and_is_said(rig):
    form, keys, flt, scans, rejects, beeps = rig
    bad = ITEM[:-1] + ("0" if ITEM[-1] != "0" else "1")
    keys.scan(bad, form.edit)
    assert form.edit.text() == bad  # nothing typed is lost
    assert form.returns == 0  # but Enter does not submit a code that does not check
    assert scans == [] and "check character does not match" in rejects[0][1] and beeps == [1]


def test_fast_typing_with_enter_that_is_no_code_is_typing(rig):
    """A fast typist or a password manager: 5 ms per key, then Enter. Nothing is eaten, nothing is said."""
    form, keys, flt, scans, rejects, beeps = rig
    keys.scan("PGR-094 evidence", form.edit)
    assert form.edit.text() == "PGR-094 evidence" and form.returns == 1
    assert scans == [] and rejects == [] and beeps == []


def test_password_fields_are_never_held(rig, caplog):
    form, keys, flt, scans, rejects, _ = rig
    form.password.setFocus()
    secret = "Xk9-vault-Secret!42"
    caplog.set_level("DEBUG")
    for ch in secret:  # 4 ms per key, like a password manager
        QTest.keyClick(form.password, ch)
        assert flt.pending == ""  # every key went straight in
        keys.clock.t += 0.004
    QTest.keyClick(form.password, Qt.Key.Key_Return)
    assert form.password.text() == secret and form.password_returns == 1
    assert scans == [] and rejects == []
    assert secret not in caplog.text


def test_a_badge_scanned_into_a_password_field_is_taken_out_and_handled(rig):
    form, keys, flt, scans, rejects, _ = rig
    form.password.setText("half")
    form.password.setFocus()
    keys.scan(BADGE, form.password)
    assert form.password.text() == "half" and form.password_returns == 0
    assert scans == [ScanCode("officer", BADGE)]


def test_a_scan_into_a_field_that_takes_codes_lands_as_text(rig):
    form, keys, flt, scans, rejects, beeps = rig
    form.seal.setFocus()
    keys.scan("SEAL-0048213", form.seal)
    assert form.seal.text() == "SEAL-0048213"
    form.seal.clear()
    keys.scan(ITEM, form.seal)  # even a valid item id: this field asked for text
    assert form.seal.text() == ITEM
    assert scans == [] and rejects == [] and beeps == []


def test_a_click_releases_held_keys_first(qtbot, rig):
    form, keys, flt, scans, _, _ = rig
    for ch in "PGR-094":  # 30 ms per key: all of it is still held
        QTest.keyClick(form.edit, ch)
        keys.clock.t += 0.03
    assert flt.pending == "PGR-094" and form.edit.text() == ""
    QTest.mouseClick(form.button, Qt.MouseButton.LeftButton)  # at once
    assert form.saved == ["PGR-094"] and flt.pending == ""


def test_a_focus_change_releases_held_keys_in_order(qtbot, rig):
    form, keys, flt, scans, _, _ = rig
    for ch in "abc":
        QTest.keyClick(form.edit, ch)
        keys.clock.t += 0.01
    form.other.setFocus()
    assert form.edit.text() == "abc" and flt.pending == ""


def test_unrecognised_input_is_never_logged(rig, caplog):
    form, keys, flt, scans, rejects, _ = rig
    caplog.set_level("DEBUG")
    keys.scan("ZQ-SECRET-77", form.list)
    keys.scan("ZQ-SECRET-78", form.edit)
    assert len(rejects) == 1
    assert "ZQ-SECRET" not in caplog.text
    assert "12 characters (letters, digits, other characters)" in caplog.text
    assert describe("ab12") == "4 characters (letters, digits)"


def test_with_a_prefix_typing_is_never_held(rig):
    form, keys, flt, scans, _, _ = rig
    flt.apply_settings(ScannerConfig(prefix="]C1"))
    QTest.keyClick(form.edit, "P")
    assert flt.pending == "" and form.edit.text() == "P"  # not the prefix: typed at once
    form.edit.clear()
    keys.scan(f"]C1{ITEM}", form.edit)
    assert scans == [ScanCode("item", ITEM)] and form.edit.text() == ""
    keys.scan(ITEM, form.edit)  # no prefix: typing, even at scanner speed
    assert form.edit.text() == ITEM and len(scans) == 1


def test_tab_and_cr_lf_terminators(rig):
    form, keys, flt, scans, _, _ = rig
    keys.scan(ITEM, form.edit, terminator=Qt.Key.Key_Tab)
    assert scans == [ScanCode("item", ITEM)]
    assert form.edit.text() == ""
    # CR LF: the LF (Ctrl+J) right after the scan is swallowed too.
    w = form.edit
    keys.clock.t += 0.5
    for ch in LOC:
        QTest.keyClick(w, ch)
        keys.clock.t += 0.003
    QTest.keyClick(w, Qt.Key.Key_Return)
    keys.clock.t += 0.003
    QTest.keyClick(w, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert scans[-1] == ScanCode("location", LOC)
    assert form.returns == 0 and w.text() == ""


def test_prefix_and_suffix(rig):
    form, keys, flt, scans, _, _ = rig
    flt.apply_settings(ScannerConfig(prefix="]C1", suffix="#"))
    keys.scan(f"]C1{ITEM}#", form.edit)
    assert scans == [ScanCode("item", ITEM)]
    keys.scan(LOC, form.edit)  # no prefix: not this station's scanner; it is typing
    assert form.edit.text() == LOC


def test_slow_scanner_is_typing_until_the_interval_is_raised(rig):
    form, keys, flt, scans, _, _ = rig
    keys.scan_gap = 0.08
    keys.scan(ITEM, form.edit)
    assert scans == [] and form.edit.text() == ITEM
    form.edit.clear()
    flt.apply_settings(ScannerConfig(max_interval_ms=100))
    keys.scan(ITEM, form.edit)
    assert scans == [ScanCode("item", ITEM)] and form.edit.text() == ""


def test_typing_in_two_fields_goes_to_the_right_one(rig):
    form, keys, flt, scans, _, _ = rig
    # Two keys closer than the interval but in different fields (focus moved by a click): each lands in its own.
    QTest.keyClick(form.edit, "x")
    keys.clock.t += 0.01
    QTest.keyClick(form.other, "y")
    keys.clock.t += 0.5
    flt.poll()
    assert form.edit.text() == "x" and form.other.text() == "y"


def test_burst_rules():
    rules = BurstRules(ScannerConfig(max_interval_ms=50, min_length=6, prefix="*", suffix="*"))
    assert rules.is_fast(0.05) and not rules.is_fast(0.051)
    assert rules.code_of("*ABC123*") == "ABC123"
    assert rules.code_of("ABC123*") is None and rules.code_of("*AB12*") is None
    assert BurstRules.is_terminator(Qt.Key.Key_Tab, "\t")
    assert not BurstRules.is_terminator(Qt.Key.Key_Tab, "\t", Qt.KeyboardModifier.ControlModifier)
    assert BurstRules.is_scan_char("A", Qt.KeyboardModifier.ShiftModifier)
    assert not BurstRules.is_scan_char(" ", Qt.KeyboardModifier.NoModifier)
    assert not BurstRules.is_scan_char("c", Qt.KeyboardModifier.ControlModifier)
