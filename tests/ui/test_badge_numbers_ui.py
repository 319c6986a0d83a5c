"""The badge number printed on an officer's card (B-11) works wherever the card's OFF- code does: the scan box
of a page, an officer field, and the username of a signer dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_custody_support import *  # noqa: F403 - fixtures
from tests.ui.test_custody_support import TIMEOUT, password, signer_dialog


def test_typed_badge_numbers_name_the_officer(qtbot, world, open_window):
    olga = world.user("olga")  # badge B-10
    world.user("oscar")  # badge B-11
    window, keys = open_window(olga)
    page = window.show_page("handover")

    # Typed into the page's scan box, as the code under a barcode would be.
    keys.type(page.scan_box, "b-11")
    keys.key(page.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.receiver.officer is not None, timeout=TIMEOUT)
    assert page.receiver.username() == "oscar"
    page.receiver.clear()

    # Typed into the receiver field.
    keys.type(page.receiver.edit, "B-11")
    keys.key(page.receiver.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.receiver.officer is not None, timeout=TIMEOUT)
    assert page.receiver.username() == "oscar" and "(B-11)" in page.receiver.name.text()
    # An unknown number is said beside the field; nothing is selected.
    page.receiver.clear()
    keys.type(page.receiver.edit, "B-99")
    keys.key(page.receiver.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "B-99" in page.receiver.name.text(), timeout=TIMEOUT)
    assert page.receiver.officer is None

    # The username of a signer dialog.
    signed = []
    page.ask_signer("Witness signs", "Type your password.", "", signed.append, fixed=False, name="witness")
    dlg = signer_dialog(qtbot, page, "witness")
    keys.type(dlg.username, "B-11")
    dlg.password.setFocus()
    keys.type(dlg.password, password("oscar"))
    keys.key(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(signed), timeout=TIMEOUT)
    assert signed[0].username == "oscar"
