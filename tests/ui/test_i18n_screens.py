"""Each working language, every page and the main dialogs at 1366x768 (issue 16, acceptance 1 and 2).

For each language the app is switched to it and an evidence custodian's main window walks every page of the
navigation, an item's page, the label dialog, the report preview, the sign-in and the first-run wizard. On each:
no caption shown in English when the catalogue has it in the language, no single-line caption cut off
(QFontMetrics against the widget's width), no button outside the window. Arabic: the layout is right to left and
the ids keep Western digits.

With CUSTODY_SHOTS=1 the screens are saved to /tmp/custody-i18n-shots/<lang>-<screen>.png for a person to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from custody.domain.enums import LocationKind
from custody.domain.i18n import LANGUAGES
from custody.services import custody as custody_svc
from custody.services import intake, reports
from custody.services.locations import create_location
from custody.ui.app import Startup
from custody.ui.language import set_language
from custody.ui.login import LoginDialog
from tests.ui.i18n_walk import buttons_off_screen, clipped, english_left, visible_texts
from tests.ui.test_intake_support import PASSWORD, TIMEOUT, idle, team_fixture  # noqa: F401 - fixtures

SHOTS = Path("/tmp/custody-i18n-shots")
SIZE = (1366, 768)
CASE = "DIL/2026/0077"


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    set_language("en", qapp)


@pytest.fixture
def world(sqlite_ctx, team):
    ctx = sqlite_ctx
    shelf = create_location(ctx, team.supervisor, "Shelf A-03", LocationKind.SHELF)
    intake.open_case(ctx, team.custodian, intake.NewCase(CASE, "drug_trafficking", "Operação Maré"))
    seizure = intake.record_seizure(ctx, team.custodian, intake.NewSeizure(
        CASE, ctx.clock().strftime("%Y-%m-%d %H:%M"), "Porto de Díli", "helene"))
    items = intake.register_items(ctx, team.custodian, [
        intake.NewItem(seizure.document_number, "electronic", "Téléphone Samsung, coque bleue", sealed=True,
                       seal_number="S-0042", fields={"device_type": "phone", "make": "Samsung"}),
        intake.NewItem(seizure.document_number, "other", "Carton of 27 cigarette cartons",
                       fields={"estimated_value_minor": 10000, "currency": "USD"}),
    ])
    ids = [it.item_id for it in items]
    custody_svc.check_in(ctx, team.custodian, shelf.code, ids)
    return ctx, ids


def shoot(widget: QWidget, lang: str, name: str) -> None:
    if os.environ.get("CUSTODY_SHOTS"):
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{lang}-{name}.png"))


def settle(qtbot, ops=None) -> None:
    if ops is not None:
        idle(qtbot, ops)
    QApplication.processEvents()
    qtbot.wait(30)


ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def header_overlaps(window: QWidget) -> list[str]:
    """The search box must not cover the agency name or the station (issue 16: it did in Arabic)."""
    search = window.findChild(QWidget, "search_box")
    out = []
    for name in ("header_agency", "header_station"):
        label = window.findChild(QWidget, name)
        if search is None or label is None or not search.isVisible():
            continue
        a = QRect(search.mapTo(window, QPoint(0, 0)), search.size())
        b = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        if a.intersects(b):
            out.append(f"the search box covers {name}")
    return out


def problems(lang: str, window: QWidget, screen: str) -> list[str]:
    found = [f"{screen}: English: {p}" for p in english_left(lang, window)]
    found += [f"{screen}: Arabic-Indic digits: {s.where} {s.text!r}" for s in visible_texts(window)
              if ARABIC_INDIC.search(s.text)]
    found += [f"{screen}: {p}" for p in header_overlaps(window)]
    found += [f"{screen}: cut off: {p}" for p in clipped(window)]
    found += [f"{screen}: off screen: {p}" for p in buttons_off_screen(window)]
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_in_each_language(qtbot, qapp, lang, world, team, make_window, ops):
    ctx, ids = world
    set_language(lang, qapp)
    window = make_window(team.custodian)
    window.resize(*SIZE)
    settle(qtbot, ops)
    found: list[str] = []
    assert window.isRightToLeft() == (lang == "ar")
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
        window.show_page(key)
        settle(qtbot, ops)
        found += problems(lang, window, key)
        shoot(window, lang, f"page-{key}")
    # an item's page
    assert window.open_code("item", ids[0])
    settle(qtbot, ops)
    found += problems(lang, window, "item")
    shoot(window, lang, "item")
    # the label dialog
    from custody.ui.pages.labels_print import LabelPrintDialog

    dialog = LabelPrintDialog(window, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ops)
    found += problems(lang, dialog, "labels")
    shoot(dialog, lang, "labels")
    dialog.close()
    unique = list(dict.fromkeys(p.split(": ", 1)[1] for p in found))  # the header and navigation are on every page
    assert not unique, f"{len(unique)} problems in {lang}:\n" + "\n".join(unique[:60])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_administrator_pages_in_each_language(qtbot, qapp, lang, world, admin, make_window, ops):
    """The administrator's start page, officers, station settings (pages an evidence custodian does not have)."""
    set_language(lang, qapp)
    window = make_window(admin)
    window.resize(*SIZE)
    settle(qtbot, ops)
    found: list[str] = []
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
        window.show_page(key)
        settle(qtbot, ops)
        found += problems(lang, window, key)
        shoot(window, lang, f"admin-{key}")
    unique = list(dict.fromkeys(p.split(": ", 1)[1] for p in found))
    assert not unique, f"{len(unique)} problems in {lang}:\n" + "\n".join(unique[:60])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_report_preview_in_each_language(qtbot, qapp, lang, world, team, make_window, ops):
    from custody.ui.pdfview import PdfPreviewDialog

    ctx, ids = world
    set_language(lang, qapp)
    window = make_window(team.custodian)
    window.resize(*SIZE)
    result = reports.produce_item_report(ctx, team.custodian, ids[0], language=lang)
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("ReportsPage", "Chain of custody report — {item}").format(item=ids[0])
    preview = PdfPreviewDialog(result.pdf, title, "custody-report.pdf", window)
    qtbot.addWidget(preview)
    preview.resize(*SIZE)
    preview.show()
    qtbot.wait(1200 if os.environ.get("CUSTODY_SHOTS") else 50)  # QPdfView renders pages on a thread
    found = problems(lang, preview, "report preview")
    shoot(preview, lang, "report-preview")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sign_in_in_each_language(qtbot, qapp, lang, sqlite_ctx, ops):
    set_language(lang, qapp)
    dialog = LoginDialog(sqlite_ctx, ops, sqlite_ctx.station(), "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    found = problems(lang, dialog, "sign-in")
    shoot(dialog, lang, "sign-in")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_run_wizard_in_each_language(qtbot, qapp, lang, ops, empty_state):
    set_language(lang, qapp)
    startup = Startup(ops)
    with qtbot.waitSignal(startup.wizard_shown, timeout=TIMEOUT) as blocker:
        startup.start(empty_state.context())
    wizard = blocker.args[0]
    qtbot.addWidget(wizard)
    found = []
    for page in range(4):
        settle(qtbot)
        found += problems(lang, wizard, f"wizard page {page}")
        shoot(wizard, lang, f"wizard-{page}")
        wizard.next()
    assert not found, "\n".join(found)



#: what the walk's data puts on screen (names, places, descriptions as typed; codes; the product's name)
DATA = {"UN Police Mission", "Central evidence room", "Hélène Lefèvre", "Amina Diallo", "João Conceição",
        "Ivan Petrov", "Olga Smirnova", "Operação Maré", "Porto de Díli", "Téléphone Samsung, coque bleue",
        "Carton of 27 cigarette cartons", "Shelf A-03", "Samsung", "helene", "admin", "Custody", "DIL", "USD",
        "item"}


def test_no_caption_bypasses_the_catalogue(qtbot, qapp, world, team, admin, make_window, ops, tmp_path):
    """With a pseudo-language that wraps every catalogued message in ⟦…⟧, any other word on screen (beyond the
    data) is English that no translation can reach."""
    from PySide6.QtCore import QTranslator

    from tests.ui.i18n_walk import hard_coded, pseudo_catalogue

    ctx, ids = world
    qm = pseudo_catalogue(tmp_path)
    set_language("en", qapp)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    data = DATA | set(ids) | {re.sub(r"\s+", " ", x) for x in DATA}
    found: list[str] = []
    try:
        for session in (team.custodian, admin):
            window = make_window(session)
            window.resize(*SIZE)
            settle(qtbot, ops)
            for row in range(window.nav.count()):
                key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
                window.show_page(key)
                settle(qtbot, ops)
                found += [f"{key}: {p}" for p in hard_coded(window, data)]
        window = make_window(team.custodian)
        assert window.open_code("item", ids[0])
        settle(qtbot, ops)
        found += [f"item: {p}" for p in hard_coded(window, data)]
        from custody.ui.pages.labels_print import LabelPrintDialog

        dialog = LabelPrintDialog(window, ids)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, ops)
        found += [f"labels: {p}" for p in hard_coded(dialog, data)]
        dialog.close()
        login_dialog = LoginDialog(ctx, ops, ctx.station(), "admin")
        qtbot.addWidget(login_dialog)
        login_dialog.show()
        settle(qtbot)
        found += [f"sign-in: {p}" for p in hard_coded(login_dialog, data)]
    finally:
        qapp.removeTranslator(translator)
    unique = list(dict.fromkeys(p.split(": ", 1)[1] for p in found))
    assert not unique, f"{len(unique)} captions bypass the catalogue:\n" + "\n".join(unique[:80])


def open_dialogs(qtbot, window, ids, ctx, session, ops) -> list[tuple[str, QWidget]]:
    """The dialogs an officer opens from the pages (built as the pages build them)."""
    from PySide6.QtCore import QCoreApplication

    from custody.ui.clock_dialog import ClockCorrectionDialog
    from custody.ui.pages.intake import NewCaseDialog
    from custody.ui.pages.intake_item import CorrectionDialog, SplitDialog
    from custody.ui.pages.labels_print import LabelPrintDialog
    from custody.ui.reauth import ReauthDialog

    assert window.open_code("item", ids[0])
    view = window.findChild(QWidget, "item_view")
    qtbot.waitUntil(lambda: view.detail is not None, timeout=TIMEOUT)
    return [
        ("labels", LabelPrintDialog(window, ids)),
        ("reauth", ReauthDialog(ctx, session, ops, QCoreApplication.translate(
            "SettingsPage", "Change the station settings."), window)),
        ("clock", ClockCorrectionDialog(ctx, session, ops, window)),
        ("new case", NewCaseDialog(window)),
        ("correction", CorrectionDialog(window, view.detail)),
        ("split", SplitDialog(window, view.detail, sample=False)),
        ("sample", SplitDialog(window, view.detail, sample=True)),
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dialogs_in_each_language(qtbot, qapp, lang, world, team, make_window, ops):
    ctx, ids = world
    set_language(lang, qapp)
    window = make_window(team.custodian)
    window.resize(*SIZE)
    settle(qtbot, ops)
    found: list[str] = []
    for name, dialog in open_dialogs(qtbot, window, ids, ctx, team.custodian, ops):
        settle(qtbot, ops)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, ops)
        found += problems(lang, dialog, name)
        shoot(dialog, lang, f"dialog-{name}")
        dialog.close()
    assert not found, f"{len(found)} problems in {lang}:\n" + "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_administrator_dialogs_in_each_language(qtbot, qapp, lang, world, admin, make_window, ops):
    """New officer, roles and password reset (the officers' administration)."""
    from custody.services import user_admin
    from custody.ui.users_admin import EditRolesDialog, NewOfficerDialog, ResetPasswordDialog

    ctx, _ids = world
    set_language(lang, qapp)
    window = make_window(admin)
    window.resize(*SIZE)
    settle(qtbot, ops)
    officer = next(u for u in user_admin.list_users(ctx) if u.username == "helene")
    found: list[str] = []
    for name, dialog in (("new officer", NewOfficerDialog(window)), ("roles", EditRolesDialog(window, officer)),
                         ("reset password", ResetPasswordDialog(window, officer))):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, ops)
        found += problems(lang, dialog, name)
        shoot(dialog, lang, f"dialog-{name}")
        dialog.close()
    assert not found, f"{len(found)} problems in {lang}:\n" + "\n".join(found)
