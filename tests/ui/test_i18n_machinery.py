"""Languages: the .qm files are built from the .ts (never committed), and the app switches language at run time."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from custody import translations
from custody.domain.i18n import LANGUAGES, normalize_language
from custody.paths import resources_dir, translations_dir
from custody.ui.language import current_language, set_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english_after(qapp):
    yield
    set_language("en", qapp)


def test_no_compiled_catalogue_is_committed():
    tracked = subprocess.run(["git", "ls-files", "resources/translations"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    assert not [p for p in tracked if p.endswith(".qm")]
    for lang in ("fr", "pt", "es", "ar"):
        assert f"resources/translations/custody_{lang}.ts" in tracked


def test_checkout_compiles_every_catalogue_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CUSTODY_CACHE_DIR", str(tmp_path / "cache"))
    folder = translations_dir()
    assert folder.is_relative_to(tmp_path / "cache")  # a checkout ships no .qm of its own
    names = sorted(p.name for p in folder.glob("*.qm"))
    assert {f"custody_{lang}.qm" for lang in LANGUAGES if lang != "en"} <= set(names)
    stamp = (folder / "custody_fr.qm").stat().st_mtime_ns
    assert translations_dir() == folder and (folder / "custody_fr.qm").stat().st_mtime_ns == stamp


def test_an_edited_catalogue_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("CUSTODY_CACHE_DIR", str(tmp_path / "cache"))
    ts_dir = tmp_path / "ts"
    ts_dir.mkdir()
    shutil.copy(resources_dir() / "translations" / "custody_fr.ts", ts_dir)
    first = translations.compiled_in_cache(ts_dir)
    ts = ts_dir / "custody_fr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Custody — connexion", "Custody — se connecter"),
                  encoding="utf-8")
    second = translations.compiled_in_cache(ts_dir)
    assert second != first and (second / "custody_fr.qm").is_file()


def test_switching_language_at_run_time(qapp, english_after):
    set_language("fr", qapp)
    assert current_language() == "fr"
    assert QCoreApplication.translate("LoginDialog", "Custody — sign in") == "Custody — connexion"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    set_language("ar", qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Arabic on screen keeps Western digits (ids, counts and dates read as on labels and reports)
    assert QLocale().toString(1234567).replace(".", "").replace(",", "") == "1234567"
    assert QCoreApplication.translate("LoginDialog", "Custody — sign in") != "Custody — connexion"
    set_language("en", qapp)
    assert QCoreApplication.translate("LoginDialog", "Custody — sign in") == "Custody — sign in"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_language_codes_are_normalised():
    assert normalize_language("pt-BR") == "pt"
    assert normalize_language("fr_FR") == "fr"
    assert normalize_language("de") == "en"
    assert normalize_language(None) == "en"


def test_qt_free_lookup_reads_the_same_catalogue():
    assert translations.translate("fr", "LoginDialog", "Custody — sign in") == "Custody — connexion"
    assert translations.translate("en", "LoginDialog", "Custody — sign in") == "Custody — sign in"
    assert translations.translate("fr", "LoginDialog", "no such text") == "no such text"


def test_dates_on_screen_as_each_language_writes_them(qapp, english_after):
    from custody.ui.formatting import format_local_text, format_minute

    at = "2026-11-28T20:03:00.000Z"  # ledger time, UTC
    assert format_minute(at, "Africa/Kinshasa") == "2026-11-28 21:03"  # English: ISO 8601, date first
    set_language("fr", qapp)
    assert format_minute(at, "Africa/Kinshasa") == "28/11/2026 21:03"
    assert format_local_text("2026-11-28 21:03") == "28/11/2026 21:03"
    set_language("pt", qapp)
    assert format_minute(at, "Africa/Kinshasa") == "28/11/2026 21:03"
    set_language("ar", qapp)
    shown = format_minute(at, "Africa/Kinshasa")
    # Western digits; in logical order the date comes first (right-to-left marks keep d/M/y in order on screen)
    assert shown.replace("\u200f", "") == "28/11/2026 21:03"
    assert not any("\u0660" <= ch <= "\u0669" for ch in shown)
    assert format_local_text("not a date") == "not a date"


def test_code_fields_stay_left_to_right_in_arabic(qtbot, qapp, english_after):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    set_language("ar", qapp)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    gps, seal, name = QLineEdit("-8.5536, 125.5783"), QLineEdit("S-0042"), QLineEdit("أمينة")
    for w, object_name in ((gps, "input_gps"), (seal, "part_seal_2"), (name, "input_name")):
        w.setObjectName(object_name)
        layout.addWidget(w)
    box.show()
    qtbot.waitExposed(box)
    assert box.isRightToLeft() and name.isRightToLeft()
    assert gps.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert seal.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qt_standard_buttons_are_translated_too(qapp, english_after):
    """Qt's own texts (OK/Cancel buttons, file dialogs) come from Qt's catalogues; Portuguese has only pt_BR."""
    from PySide6.QtWidgets import QDialogButtonBox

    for lang, cancel in (("fr", "Annuler"), ("pt", "Cancelar"), ("es", "Cancelar"), ("en", "Cancel")):
        translators = set_language(lang, qapp)
        assert any("qtbase_" in t.filePath() for t in translators) == (lang != "en"), lang
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel, lang


def test_date_boxes_keep_the_date_before_the_time_in_arabic(qtbot, qapp, english_after):
    """Qt mirrors a date box for right to left ("48:18 07-12-2026" for 2026-12-07 18:48); Custody keeps it as
    the ledger, labels and reports write it, and the value is untouched."""
    from PySide6.QtCore import QDate, QDateTime, QTime
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

    from custody.ui.language import unmirrored_format

    assert unmirrored_format("mm:HH dd-MM-yyyy") == "yyyy-MM-dd HH:mm"
    assert unmirrored_format("yyyy") == "yyyy"
    set_language("ar", qapp)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    when = QDateTime(QDate(2026, 12, 7), QTime(18, 48))
    seized = QDateTimeEdit(when)
    seized.setDisplayFormat("yyyy-MM-dd HH:mm")
    day = QDateEdit(QDate(2026, 12, 7))
    day.setDisplayFormat("yyyy-MM-dd")
    layout.addWidget(seized)
    layout.addWidget(day)
    box.show()
    qtbot.waitExposed(box)
    assert box.isRightToLeft()
    assert seized.findChild(QLineEdit).text() == "2026-12-07 18:48"
    assert seized.dateTime() == when and seized.displayFormat() == "yyyy-MM-dd HH:mm"
    assert day.findChild(QLineEdit).text() == "2026-12-07"
