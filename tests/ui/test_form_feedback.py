"""A refused form in the main window: the refusal is in the message bar (in view), the focus goes to the first
field in error, and each message goes as soon as its field is edited; the refusal goes with the last one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from custody.ui.pages.intake import PAGE_INTAKE
from tests.ui.test_intake_support import (  # noqa: F401 - fixtures
    TIMEOUT,
    child,
    idle,
    intake_window_fixture,
    team_fixture,
)


def test_seizure_refusal_in_view_focus_on_the_first_field_and_cleared_when_fixed(qtbot, intake_window, team, ops):
    window = intake_window(team.officer)
    window.resize(1366, 768)
    page = window.show_page(PAGE_INTAKE)
    form = page.seizure_form
    form.submit.click()
    bar = window.message_bar
    qtbot.waitUntil(lambda: bar.state == "bad", timeout=TIMEOUT)
    assert "Some details need correcting" in bar.text()
    # The summary is in the bar only: no line appears above the button to push it down under the pointer.
    assert not child(page, QLabel, "seizure_form_error").isVisible()
    case_error = child(page, QLabel, "error_case_number")
    place_error = child(page, QLabel, "error_place")
    assert case_error.isVisible() and place_error.isVisible()
    focused = window.focusWidget()  # the focus in the window (offscreen it may not be the active one)
    assert focused is form.case_number or form.case_number.isAncestorOf(focused)

    form.place.setFocus()
    QTest.keyClicks(form.place, "Port, quay 4")
    assert not place_error.isVisible()  # its message went when the field was edited
    assert bar.state == "bad" and case_error.isVisible()  # the case number is still missing
    form.case_number.setFocus()
    QTest.keyClicks(form.case_number.lineEdit(), "D")
    QTest.keyClick(form.case_number.lineEdit(), Qt.Key.Key_Backspace)
    assert not case_error.isVisible()
    assert bar.state == "" and bar.text() == ""  # no field left in error: the refusal went too
    idle(qtbot, ops)


def test_a_message_belongs_to_its_page_and_the_title_follows_the_page(qtbot, intake_window, team, ops):
    window = intake_window(team.officer)
    page = window.show_page(PAGE_INTAKE)
    assert window.windowTitle().endswith(" — New seizure")
    page.seizure_form.submit.click()
    qtbot.waitUntil(lambda: window.message_bar.state == "bad", timeout=TIMEOUT)
    window.show_page("items")
    assert window.message_bar.state == "" and window.message_bar.text() == ""  # it does not linger
    assert window.windowTitle().endswith(" — Items")
    idle(qtbot, ops)
