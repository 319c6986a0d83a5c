"""Station settings, Backups: the automatic-backup settings are saved for this workstation, "Back up now" writes a
verified backup once a passphrase is set, and the page says when none is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from custody.security import sealed
from custody.services import backup as backup_svc
from custody.ui import pages, settings_page
from custody.ui.settings_page import PAGE_SETTINGS

TIMEOUT = 30_000


@pytest.fixture(autouse=True)
def _only_settings(monkeypatch):
    monkeypatch.setattr(pages, "REGISTRARS", [settings_page.register])
    monkeypatch.setattr(sealed, "SCRYPT_N", 1 << 12)


def test_backup_card(qtbot, make_window, admin, sqlite_ctx, tmp_path):
    window = make_window(admin)
    window.resize(1366, 768)
    page = window.show_page(PAGE_SETTINGS)
    from custody.ui.backup_card import BackupCard

    card = page.findChild(BackupCard, "backup_card")
    assert "No backup passphrase is set" in card.status.text()
    assert not card.now_button.isEnabled()
    card.keep.setValue(3)
    card.folder.setText("relative/folder")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert "full path" in card.status.text()
    card.folder.setText(str(tmp_path / "usb"))
    card.daily.setChecked(False)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    saved = backup_svc.auto_settings(sqlite_ctx)
    assert (saved.keep, saved.daily, saved.at_exit, saved.folder) == (3, False, True, str(tmp_path / "usb"))
    backup_svc.set_passphrase(sqlite_ctx, "a passphrase long enough")
    card.show_settings()
    assert card.now_button.isEnabled() and "No backup yet" in card.status.text()
    qtbot.mouseClick(card.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "written and verified" in card.status.text(), timeout=TIMEOUT)
    assert len(list((tmp_path / "usb").glob("*.custody-backup"))) == 1
    page.grab().save(str(tmp_path.parent / "backup_card.png"))
