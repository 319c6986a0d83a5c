"""Help -> Verifier for prosecutors…: saves the shipped verify.html and says what to do with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu, QMessageBox

from custody.paths import resource
from custody.ui import verifier_page as ui_page

TIMEOUT = 10_000


def _help_action(window):
    menu = window.findChild(QMenu, "help_menu")
    assert menu is not None and menu.title().replace("&", "") == "Help"
    [action] = [a for a in menu.actions() if a.objectName() == "verifier_page_action"]
    assert action.text() == "Verifier for prosecutors…"
    return action


def test_help_menu_saves_the_verifier_page(qtbot, make_window, admin, tmp_path: Path, monkeypatch):
    window = make_window(admin)
    target = tmp_path / "for the prosecutor"
    monkeypatch.setattr(ui_page, "ask_save_path", lambda parent: str(target) + ".html")
    _help_action(window).trigger()
    saved = tmp_path / "for the prosecutor.html"
    assert saved.read_bytes() == resource("verifier", "verify.html").read_bytes()
    box = window.findChild(QMessageBox, "verifier_page_saved")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=TIMEOUT)
    assert str(saved) in box.text() and "any web browser" in box.text()
    box.close()


def test_a_folder_that_does_not_exist_is_said_in_words(qtbot, make_window, admin, tmp_path: Path, monkeypatch,
                                                       shown):
    window = make_window(admin)
    target = tmp_path / "missing" / "custody-verify.html"
    monkeypatch.setattr(ui_page, "ask_save_path", lambda parent: str(target))
    _help_action(window).trigger()
    assert shown.error_texts() == [f"The folder {target.parent} does not exist any more (was a USB drive removed?), "
                                   "so custody-verify.html was not saved."]
    assert not target.parent.exists()
    assert window.findChild(QMessageBox, "verifier_page_saved") is None


def test_cancelling_saves_nothing(qtbot, make_window, admin, tmp_path: Path, monkeypatch, shown):
    window = make_window(admin)
    monkeypatch.setattr(ui_page, "ask_save_path", lambda parent: None)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    assert ui_page.save_verifier_page(window) is None
    assert list(cwd.iterdir()) == [] and shown.errors == []
    assert window.findChild(QMessageBox, "verifier_page_saved") is None
