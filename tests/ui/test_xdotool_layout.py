"""Layout at 1366x768, in English and in Arabic (right to left), in the real app under Xvfb.

An officer with every role (so every page and dialog exists for them) signs in; the English one has a very
long name (the header must elide it), the Arabic one works in Arabic. Then:

- every page of the navigation is opened by clicking it;
- every dialog is opened the way the app opens it, then its main button is clicked with nothing filled in
  (error messages make a dialog grow: the New officer dialog grew to 859 px);

and each time :func:`tests.support.layout_check.problems` checks the geometry: the window fits the screen,
no button outside a scrolled area is cut, no text is cut without an ellipsis, nothing laid out side by side
overlaps. Screenshots of each state are written (to ``CUSTODY_SHOTS`` if set) to be looked at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.realapp import RealApp
from tests.support.station import CHIEF_PW, go_to, prepare_station
from tests.support.xvfb import needs_x

pytestmark = needs_x

IN_APP = """
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from tests.support.layout_check import problems, fits
def dialogs():
    return [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()]
def accept_button(d):
    for box in d.findChildren(QDialogButtonBox):
        for b in box.buttons():
            if box.buttonRole(b) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
                                     QDialogButtonBox.ButtonRole.ApplyRole) and b.isVisible() and b.isEnabled():
                return b
    from PySide6.QtWidgets import QPushButton
    for b in d.findChildren(QPushButton):
        if b.isVisible() and b.isEnabled() and (b.property('role') == 'primary' or b.isDefault()):
            return b
    return None
def button_name(d):
    b = accept_button(d)
    if b is None:
        return None
    if not b.objectName():
        b.setObjectName('layout_accept')
    return b.objectName()
def top():
    return QApplication.activeModalWidget() or dialogs()[-1]
def error_shown(d):
    from PySide6.QtWidgets import QLabel
    return (not d.isVisible()) or any(l.isVisible() and l.text() and l.property('role') == 'error'
                                      for l in d.findChildren(QLabel))
def item_view():
    w = main_window()
    return w.page('items').findChild(QWidget, 'item_view')
from PySide6.QtWidgets import QWidget
"""

# name, code that opens the dialog (w: the main window), click its main button with nothing filled in?
DIALOGS = [
    ("change_password", "w.change_password()", True),
    ("new_case", "w.show_page('intake').new_case()", True),
    ("signer", "w.show_page('handover').ask_signer(w.tr('Receiving officer signs'), 'ivan: check the 1 item(s) "
               "and their seals, then type your password to receive them.', 'ivan', lambda s: None, "
               "name='receiver_dialog')", True),
    ("new_officer", "from custody.ui.users_admin import NewOfficerDialog\nNewOfficerDialog(w, parent=w).open()",
     True),
    ("edit_roles", "from custody.ui.users_admin import EditRolesDialog\n"
                   "from custody.services import user_admin\n"
                   "u = [x for x in user_admin.list_users(w.ctx, w.session) if x.username == 'ivan'][0]\n"
                   "EditRolesDialog(w, u, parent=w).open()", False),
    ("reset_password", "from custody.ui.users_admin import ResetPasswordDialog\n"
                       "from custody.services import user_admin\n"
                       "u = [x for x in user_admin.list_users(w.ctx, w.session) if x.username == 'ivan'][0]\n"
                       "ResetPasswordDialog(w, u, parent=w).open()", True),
    ("reauth", "from custody.ui.reauth import ask_password\n"
               "ask_password(w, w.tr('Add a new officer.'), lambda: None)", True),
    ("clock", "w.show_page('admin')._correct_clock()", True),
    ("progress", "from custody.ui.operations import ProgressDialog\n"
                 "_pd = ProgressDialog('Verifying 12,345 ledger entries…', 12345, w)\n_pd.show()", False),
    ("correction", "item_view().request_correction()", True),
    ("split", "item_view().split(sample=False)", True),
    ("sample", "item_view().split(sample=True)", True),
    ("labels", "from custody.ui.pages.reports import print_item_labels\nprint_item_labels(w, [ITEM])", False),
    ("report_preview", "from custody.ui.pages.reports import open_item_report\nopen_item_report(w, ITEM)", False),
    ("person", "from custody.ui.pages.people_field import PersonDialog\n"
               "from custody.services import people as _pp\n"
               "PersonDialog(w, w, next(iter(_pp.PERSON_ROLES))).open()", True),
    ("resolve_finding", "from custody.ui.pages.two_signatures import ResolveFindingDialog\n"
                        "ResolveFindingDialog(w, w, ITEM, 'missing').open()", True),
    ("recover", "from custody.ui.pages.two_signatures import RecoverDialog\n"
                "RecoverDialog(w, w, [(ITEM, 'Carton of cigarettes')]).open()", True),
    ("attach_refused", "from custody.ui.pages.intake_attach import show_refusal\n"
                       "from custody.domain.errors import ValidationError\n"
                       "from custody.services import attachments as _a\n"
                       "show_refusal(item_view(), 'IMG_2041.jpg', ValidationError('data', _a.MSG_TOO_BIG, "
                       "size='29.0', max=25))", False),
]


def shots_dir(tmp_path: Path, language: str) -> Path:
    d = Path(os.environ.get("CUSTODY_SHOTS", str(tmp_path / "shots"))) / language
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return prepare_station(tmp_path_factory.mktemp("station"))


@pytest.mark.parametrize(("username", "language"), [("chief", "en"), ("amal", "ar")])
def test_pages_and_dialogs_fit_1366x768(station: dict[str, str], tmp_path: Path, username: str, language: str):
    shots = shots_dir(tmp_path, language)
    found: dict[str, list[str]] = {}
    with RealApp(Path(station["data"]), tmp_path) as app:
        app.focus_window("Custody — sign in")
        app.exec(IN_APP)
        app.wait("find('username').isVisible()")
        found["sign-in"] = app.eval("problems(dialogs()[0])")
        app.shot(shots / "sign-in.png")
        app.sign_in(username, CHIEF_PW)
        app.exec(IN_APP)
        rtl = app.eval("main_window().layoutDirection() == Qt.LayoutDirection.RightToLeft")
        assert rtl == (language == "ar")
        assert app.eval("main_window().isMaximized() or rect(main_window())[2] >= 1300")
        assert app.eval("find('header_user').is_elided()")  # both names are too long: cut with "…"
        # Every page of the navigation is on screen without scrolling the list.
        pages = app.eval("main_window().nav.count()")
        assert app.eval("main_window().nav.verticalScrollBar().maximum()") == 0, (
            f"{pages} navigation entries no longer fit 768 px: shorten them (style.py QListWidget#nav::item)")

        for i, key in enumerate(app.eval("list(main_window()._pages)")):
            go_to(app, key)
            app.wait("not app.activePopupWidget()")
            found[f"page {key}"] = app.eval("problems(main_window())")
            app.shot(shots / f"page-{i:02d}-{key}.png")

        app.click("lock_button")
        app.wait("main_window().locked and find('lock_password').isVisible()")
        found["lock screen"] = app.eval("problems(main_window())")
        app.shot(shots / "lock-screen.png")
        app.type(CHIEF_PW, 5)
        app.key("Return")
        app.wait("not main_window().locked", timeout=40)

        app.exec(f"w = main_window()\nITEM = {station['item']!r}\nw.open_code('item', ITEM)")
        app.wait("item_view() is not None and item_view().detail is not None")
        for name, code, submit in DIALOGS:
            before = app.eval("len(dialogs())")
            app.exec(f"w = main_window()\nITEM = {station['item']!r}\n{code}")
            app.wait(f"len(dialogs()) > {before}", timeout=40)
            if name == "report_preview":  # produced first (a progress dialog), then previewed
                app.wait("type(top()).__name__ == 'PdfPreviewDialog'", timeout=60)
            app.wait("not any(d.size().isEmpty() for d in dialogs())")
            found[f"dialog {name}"] = app.eval("problems(top())")
            app.shot(shots / f"dialog-{name}.png")
            if submit:
                button = app.eval("button_name(top())")  # None: disabled until filled in (nothing to refuse)
                if button:
                    app.click(button)
                    app.wait("error_shown(top())", timeout=20)
                    found[f"dialog {name} after errors"] = app.eval(
                        "problems(top()) + ([] if fits(top()) else ['taller than 768 px'])")
                    app.shot(shots / f"dialog-{name}-errors.png")
            app.exec("for _d in dialogs():\n    _d.reject()\n    _d.hide()")
            app.wait(f"len(dialogs()) <= {before}")
    bad = {k: v for k, v in found.items() if v}
    assert not bad, "\n".join(f"{k}: {'; '.join(v)}" for k, v in bad.items())
    assert len(found) >= 15 + 15 + 2
