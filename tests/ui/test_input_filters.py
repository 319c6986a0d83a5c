"""The application-wide input filters paused while a page is built (issue 18): off during the build, back after it
in the same order, the scanner's held keys released first; the scanner still reads scans after a page is built."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from custody.ui import input_filters
from custody.ui.scanner import ScannerFilter
from tests.ui.test_custody_support import Clock, Keyboard
from tests.ui.test_scanner import ITEM, form  # noqa: F401 - fixture


class Recorder(QObject):
    def __init__(self, name: str, seen: list[str]) -> None:
        super().__init__()
        self.name, self.seen = name, seen

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.User:
            self.seen.append(self.name)
        return False


def test_paused_filters_see_nothing_and_come_back_in_the_same_order(qapp):
    seen: list[str] = []
    first, second = Recorder("first", seen), Recorder("second", seen)
    target = QObject()
    input_filters.install(first)
    input_filters.install(second)
    try:
        QApplication.sendEvent(target, QEvent(QEvent.Type.User))
        assert seen == ["second", "first"]  # the last installed sees events first (Qt's order)
        seen.clear()
        with input_filters.paused():
            assert input_filters.is_paused()
            QApplication.sendEvent(target, QEvent(QEvent.Type.User))
            assert seen == []
        assert not input_filters.is_paused()
        QApplication.sendEvent(target, QEvent(QEvent.Type.User))
        assert seen == ["second", "first"]
        seen.clear()
        input_filters.remove(first)  # removed while paused: stays removed
        with input_filters.paused():
            pass
        QApplication.sendEvent(target, QEvent(QEvent.Type.User))
        assert seen == ["second"]
    finally:
        input_filters.remove(first)
        input_filters.remove(second)
    assert first not in input_filters.installed() and second not in input_filters.installed()


def test_an_error_while_paused_still_puts_the_filters_back(qapp):
    seen: list[str] = []
    rec = Recorder("rec", seen)
    input_filters.install(rec)
    try:
        try:
            with input_filters.paused():
                raise RuntimeError("the page could not be built")
        except RuntimeError:
            pass
        QApplication.sendEvent(QObject(), QEvent(QEvent.Type.User))
        assert seen == ["rec"]
    finally:
        input_filters.remove(rec)


def test_the_scanner_releases_held_keys_before_a_pause_and_reads_scans_after_it(qtbot, form):  # noqa: F811
    clock = Clock()
    scans: list = []
    flt = ScannerFilter(None, scans.append, clock=clock, beep=lambda: None).install()
    try:
        keys = Keyboard(clock, flt)
        QTest.keyClick(form.edit, "a")
        assert flt.pending == "a" and form.edit.text() == ""  # held: it might be the start of a scan
        with input_filters.paused():
            assert form.edit.text() == "a" and flt.pending == ""  # released to its field first
        keys.scan(ITEM, form.edit)
        assert [s.value for s in scans] == [ITEM] and form.edit.text() == "a"
    finally:
        flt.uninstall()
