"""Officer administration through the GUI, on real services: add (with a long Arabic password), refuse a
common password without writing, reset a password, disable, unlock after a lockout, edit roles, print a badge
card (decoded back from the PDF), change one's own password. Every action re-asks the admin's password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from custody.domain.enums import Role
from custody.domain.errors import AuthError
from custody.services import ledger_admin, user_admin
from custody.services.auth import login
from custody.services.settings import get_settings
from custody.services.users import NewUser
from custody.ui import users_admin
from custody.ui.mainwindow import PAGE_ADMIN
from custody.ui.users_admin import ChangePasswordDialog, NewOfficerDialog, OfficersPanel
from tests.conftest import ADMIN_PASSWORD
from tests.ui.test_reauth import answer_reauth

TIMEOUT = 30_000
OFFICER_PASSWORD = "a long enough officer passphrase"
# 64 characters of Arabic script (spaces included): "the secret word of the evidence room is long".
ARABIC_PASSWORD = ("كلمة سر غرفة الأدلة طويلة جدا ولا ينساها الضابط أبدا " * 2)[:64]


def panel_of(qtbot, make_window, admin, rows: int) -> OfficersPanel:
    window = make_window(admin)
    page = window.show_page(PAGE_ADMIN)
    panel = page.officers
    qtbot.waitUntil(lambda: panel.model.rowCount() == rows, timeout=TIMEOUT)
    return panel


def add_officer(ctx, admin, username="kofi", roles=(Role.OFFICER,)):
    return user_admin.add_user(ctx, admin, NewUser(username, "Kofi Mensah", "B-0042", OFFICER_PASSWORD, roles,
                                                   rank="Sergeant", unit="Traffic"))


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def error_text(dialog: QWidget, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None, field
    return label.text() if label.isVisibleTo(dialog) else ""


def fill_new_officer(dlg: NewOfficerDialog, password: str, repeat: str | None = None) -> None:
    dlg.username.setText("kofi")
    dlg.full_name.setText("Kofi Mensah")
    dlg.badge_number.setText("b-0042")
    dlg.rank.setText("Sergeant")
    dlg.unit.setText("Traffic")
    dlg.roles.boxes[Role.CUSTODIAN].setChecked(True)
    dlg.password.setText(password)
    dlg.password_repeat.setText(password if repeat is None else repeat)


def open_new_officer(qtbot, panel: OfficersPanel) -> NewOfficerDialog:
    with answer_reauth(ADMIN_PASSWORD) as answers:
        click(qtbot, panel.new_button)
    assert answers.typed == [ADMIN_PASSWORD]
    dlg = panel.dialog
    assert isinstance(dlg, NewOfficerDialog)
    qtbot.waitExposed(dlg)
    return dlg


def test_create_officer_with_arabic_password_then_sign_in(qtbot, make_window, admin, sqlite_ctx, shown):
    assert len(ARABIC_PASSWORD) == 64
    panel = panel_of(qtbot, make_window, admin, 1)
    dlg = open_new_officer(qtbot, panel)
    assert dlg.findChild(QLabel, "hint_password").text() == (
        "8 to 128 characters, any script; common passwords are refused")
    assert [b.text() for b in dlg.roles.boxes.values()] == [
        "Officer", "Evidence custodian", "Supervisor", "Auditor", "Prosecutor (read only)", "Administrator"]
    fill_new_officer(dlg, ARABIC_PASSWORD)
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=TIMEOUT)
    assert panel.selected_user().username == "kofi"  # the new officer is selected
    assert panel.status.text().startswith("Officer Kofi Mensah (kofi) added. Badge number B-0042")
    assert not shown.errors

    session = login(sqlite_ctx, "kofi", ARABIC_PASSWORD)
    assert session.full_name == "Kofi Mensah"
    assert session.roles == {Role.OFFICER, Role.CUSTODIAN}
    assert ledger_admin.verify(sqlite_ctx).ok


def test_common_password_is_refused_beside_the_field_and_nothing_is_written(qtbot, make_window, admin,
                                                                             sqlite_ctx):
    panel = panel_of(qtbot, make_window, admin, 1)
    dlg = open_new_officer(qtbot, panel)
    size = ledger_admin.total_entries(sqlite_ctx)
    fill_new_officer(dlg, "password1")
    dlg.badge_number.setText("OFF-12")  # a second problem, shown at the same time
    click(qtbot, dlg.save_button)
    assert error_text(dlg, "password") == (
        "This password is on a list of commonly used passwords that attackers try first. Choose another one.")
    assert error_text(dlg, "badge_number").startswith("A badge number cannot start with OFF- or LOC-")
    assert error_text(dlg, "username") == ""
    assert dlg.password.property("invalid") == "true"
    assert dlg.isVisible() and dlg.save_button.isEnabled()

    # The repeat must match too; then it goes through.
    dlg.badge_number.setText("B-0042")
    dlg.password.setText(OFFICER_PASSWORD)
    dlg.password_repeat.setText(OFFICER_PASSWORD + "!")
    click(qtbot, dlg.save_button)
    assert error_text(dlg, "password") == ""
    assert error_text(dlg, "password_repeat").startswith("The two passwords are not the same")
    qtbot.wait(100)
    assert ledger_admin.total_entries(sqlite_ctx) == size
    assert [u.username for u in user_admin.list_users(sqlite_ctx)] == ["admin"]
    dlg.reject()


def test_username_taken_is_shown_under_the_username(qtbot, make_window, admin, sqlite_ctx, shown):
    add_officer(sqlite_ctx, admin)
    panel = panel_of(qtbot, make_window, admin, 2)
    dlg = open_new_officer(qtbot, panel)
    fill_new_officer(dlg, OFFICER_PASSWORD)
    dlg.badge_number.setText("B-0099")
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: error_text(dlg, "username") != "", timeout=TIMEOUT)
    assert error_text(dlg, "username") == "The username kofi is already taken."
    assert dlg.isVisible() and not shown.errors
    dlg.reject()


def test_cancelled_password_opens_nothing(qtbot, make_window, admin):
    panel = panel_of(qtbot, make_window, admin, 1)
    with answer_reauth() as answers:
        click(qtbot, panel.new_button)
    assert answers.cancelled == 1 and panel.dialog is None


def test_reset_password_then_the_officer_signs_in_with_it(qtbot, make_window, admin, sqlite_ctx):
    old = add_officer(sqlite_ctx, admin)
    panel = panel_of(qtbot, make_window, admin, 2)
    assert panel.select_user("kofi")
    with answer_reauth("not it", ADMIN_PASSWORD) as answers:  # a typo first: the dialog asks again
        click(qtbot, panel.reset_button)
    assert answers.typed == ["not it", ADMIN_PASSWORD]
    dlg = panel.dialog
    qtbot.waitExposed(dlg)
    warning = dlg.findChild(QLabel, "reset_warning").text()
    assert "NEW signing key" in warning and "REVOKES the old one" in warning
    dlg.password.setText("kofi")  # the policy speaks first
    dlg.password_repeat.setText("kofi")
    click(qtbot, dlg.save_button)
    assert error_text(dlg, "password").startswith("The password is too short")
    dlg.password.setText("a brand new passphrase 2026")
    dlg.password_repeat.setText("a brand new passphrase 2026")
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "new signing key" in panel.status.text(), timeout=TIMEOUT)

    session = login(sqlite_ctx, "kofi", "a brand new passphrase 2026")
    assert session.signer.key_id != old.key_id
    with pytest.raises(AuthError):
        login(sqlite_ctx, "kofi", OFFICER_PASSWORD)
    assert ledger_admin.verify(sqlite_ctx).ok


def test_disable_refuses_sign_in_and_enable_allows_it_again(qtbot, make_window, admin, sqlite_ctx):
    add_officer(sqlite_ctx, admin)
    panel = panel_of(qtbot, make_window, admin, 2)
    panel.select_user("admin")
    assert not panel.active_button.isEnabled()  # not one's own account
    assert not panel.reset_button.isEnabled()
    panel.select_user("kofi")
    assert panel.active_button.text() == "Disable"
    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.active_button)
    qtbot.waitUntil(lambda: panel.active_button.text() == "Enable", timeout=TIMEOUT)
    assert panel.selected_user().username == "kofi" and not panel.selected_user().active
    with pytest.raises(AuthError, match="disabled"):
        login(sqlite_ctx, "kofi", OFFICER_PASSWORD)

    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.active_button)
    qtbot.waitUntil(lambda: panel.active_button.text() == "Disable", timeout=TIMEOUT)
    assert login(sqlite_ctx, "kofi", OFFICER_PASSWORD).username == "kofi"


def test_unlock_after_lockout(qtbot, make_window, admin, sqlite_ctx):
    add_officer(sqlite_ctx, admin)
    for _ in range(get_settings(sqlite_ctx).lockout_failures):
        with pytest.raises(AuthError):
            login(sqlite_ctx, "kofi", "guessing wrong")
    with pytest.raises(AuthError, match="locked"):
        login(sqlite_ctx, "kofi", OFFICER_PASSWORD)
    panel = panel_of(qtbot, make_window, admin, 2)
    panel.select_user("kofi")
    assert panel.unlock_button.isEnabled()
    status = panel.model.data(panel.model.index(panel.view.currentIndex().row(), panel.model.COL_STATUS))
    assert status.startswith("Locked until ")
    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.unlock_button)
    qtbot.waitUntil(lambda: not panel.unlock_button.isEnabled(), timeout=TIMEOUT)
    assert panel.status.text() == "Kofi Mensah (kofi) is unlocked and can sign in again."
    assert login(sqlite_ctx, "kofi", OFFICER_PASSWORD).username == "kofi"


def test_edit_roles(qtbot, make_window, admin, sqlite_ctx):
    add_officer(sqlite_ctx, admin)
    panel = panel_of(qtbot, make_window, admin, 2)
    panel.select_user("kofi")
    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.roles_button)
    dlg = panel.dialog
    qtbot.waitExposed(dlg)
    for box in dlg.roles.boxes.values():
        box.setChecked(False)
    click(qtbot, dlg.save_button)
    assert error_text(dlg, "roles") == "Choose at least one role."
    dlg.roles.boxes[Role.SUPERVISOR].setChecked(True)
    dlg.roles.boxes[Role.AUDITOR].setChecked(True)
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: set(panel.selected_user().roles) == {Role.SUPERVISOR, Role.AUDITOR},
                    timeout=TIMEOUT)
    assert login(sqlite_ctx, "kofi", OFFICER_PASSWORD).roles == {Role.SUPERVISOR, Role.AUDITOR}


def test_admin_cannot_drop_own_admin_role(qtbot, make_window, admin, sqlite_ctx):
    panel = panel_of(qtbot, make_window, admin, 1)
    panel.select_user("admin")
    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.roles_button)
    dlg = panel.dialog
    dlg.roles.boxes[Role.ADMIN].setChecked(False)
    dlg.roles.boxes[Role.AUDITOR].setChecked(True)
    size = ledger_admin.total_entries(sqlite_ctx)
    click(qtbot, dlg.save_button)
    assert "own account" in error_text(dlg, "roles")
    assert ledger_admin.total_entries(sqlite_ctx) == size
    dlg.reject()


def test_badge_card_pdf_decodes_to_the_badge_code(qtbot, make_window, admin, sqlite_ctx, tmp_path,
                                                  monkeypatch):
    pdfium = pytest.importorskip("pypdfium2")
    zxingcpp = pytest.importorskip("zxingcpp")
    officer = add_officer(sqlite_ctx, admin)
    assert officer.badge_code.startswith("OFF-")
    target = tmp_path / "cards" / "kofi-card"
    target.parent.mkdir()
    asked: list[str] = []

    def ask(parent, title, suggested):
        asked.append(suggested)
        return str(target) + ".pdf"

    monkeypatch.setattr(users_admin, "ask_save_path", ask)
    monkeypatch.setattr(users_admin, "_pdf_preview", lambda: None)
    panel = panel_of(qtbot, make_window, admin, 2)
    panel.select_user("kofi")
    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.badge_button)
    pdf_path = tmp_path / "cards" / "kofi-card.pdf"
    qtbot.waitUntil(pdf_path.exists, timeout=TIMEOUT)
    assert asked == ["badge-kofi.pdf"]
    assert panel.status.text().startswith("Badge card of Kofi Mensah (kofi) saved to ")

    pdf = pdfium.PdfDocument(pdf_path.read_bytes())
    image = pdf[0].render(scale=600 / 72).to_pil()
    codes = {r.text for r in zxingcpp.read_barcodes(image)}
    assert officer.badge_code in codes


def test_badge_card_opens_in_the_preview_and_saves(qtbot, make_window, admin, sqlite_ctx, tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    zxingcpp = pytest.importorskip("zxingcpp")
    pdfview = pytest.importorskip("custody.ui.pdfview")
    officer = add_officer(sqlite_ctx, admin)
    panel = panel_of(qtbot, make_window, admin, 2)
    panel.select_user("kofi")
    with answer_reauth(ADMIN_PASSWORD):
        click(qtbot, panel.badge_button)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=TIMEOUT)
    preview = panel.preview
    assert isinstance(preview, pdfview.PdfPreviewDialog)
    assert preview.suggested_filename == "badge-kofi.pdf" and preview.page_count() == 1
    assert officer.badge_code in preview.findChild(QLabel, "pdf_note").text()
    saved = preview.save_to(str(tmp_path / "card.pdf"))
    assert panel.status.text() == f"Badge card of Kofi Mensah (kofi) saved to {saved}."
    image = pdfium.PdfDocument((tmp_path / "card.pdf").read_bytes())[0].render(scale=600 / 72).to_pil()
    assert officer.badge_code in {r.text for r in zxingcpp.read_barcodes(image)}
    preview.reject()
    qtbot.waitUntil(lambda: panel.preview is None, timeout=TIMEOUT)


def test_auditor_sees_officers_without_actions(qtbot, make_window, admin, sqlite_ctx):
    add_officer(sqlite_ctx, admin, "audrey", (Role.AUDITOR,))
    auditor = login(sqlite_ctx, "audrey", OFFICER_PASSWORD)
    window = make_window(auditor)
    panel = window.show_page(PAGE_ADMIN).officers
    assert not panel.buttons_box.isVisibleTo(panel) and not panel.view.isEnabled()


def test_change_my_password_from_the_header(qtbot, make_window, admin, sqlite_ctx):
    add_officer(sqlite_ctx, admin)
    officer = login(sqlite_ctx, "kofi", OFFICER_PASSWORD)
    window = make_window(officer)
    button = window.findChild(QPushButton, "change_password_button")
    assert button.text() == "Change my password…"
    click(qtbot, button)
    dlg = window.findChild(ChangePasswordDialog)
    qtbot.waitExposed(dlg)

    dlg.old_password.setText(OFFICER_PASSWORD)
    dlg.password.setText("iloveyou")
    dlg.password_repeat.setText("iloveyou")
    click(qtbot, dlg.save_button)
    assert error_text(dlg, "password").startswith("This password is on a list of commonly used passwords")

    dlg.old_password.setText("not my password")
    dlg.password.setText("مرحبا بالعالم الجديد")
    dlg.password_repeat.setText("مرحبا بالعالم الجديد")
    click(qtbot, dlg.save_button)
    qtbot.waitUntil(lambda: error_text(dlg, "old_password") != "", timeout=TIMEOUT)
    assert error_text(dlg, "old_password") == "The password is not correct."
    assert error_text(dlg, "password") == ""

    dlg.old_password.setText(OFFICER_PASSWORD)
    with qtbot.waitSignal(dlg.finished, timeout=TIMEOUT) as blocker:
        click(qtbot, dlg.save_button)
    assert blocker.args == [ChangePasswordDialog.DialogCode.Accepted]
    assert window.statusBar().currentMessage() == "Your password has been changed."
    session = login(sqlite_ctx, "kofi", "مرحبا بالعالم الجديد")
    assert session.signer.key_id == officer.signer.key_id  # same key, new password
    with pytest.raises(AuthError):
        login(sqlite_ctx, "kofi", OFFICER_PASSWORD)
    assert ledger_admin.verify(sqlite_ctx).ok
