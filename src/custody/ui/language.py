"""The language the app speaks now: Qt's and Custody's translators, the locale and the layout direction.

:func:`set_language` swaps them at run time. Qt then sends ``QEvent.LanguageChange`` to every widget: dialogs
that can retranslate themselves do (the sign-in), the others are built after the switch (the main window is
created after sign-in, in the officer's language; the first-run wizard is rebuilt).

Arabic is shown with the Libyan Arabic locale (``ar_LY``): Arabic month and day names, but Western digits
(0-9) in numbers and dates, as ids, counts and dates on screen must read the same as on labels and reports.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit, QLabel, QLineEdit, QPlainTextEdit

from custody.domain.i18n import LANGUAGE_NAMES, LANGUAGES, SOURCE_LANGUAGE, is_rtl, normalize_language
from custody.paths import translations_dir

log = logging.getLogger("custody.ui")

#: The locale each language is shown in (dates, numbers). All of them write Western digits.
LOCALE_NAMES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "es": "es_ES", "ar": "ar_LY", "ru": "ru_RU"}

_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]

LRI, PDI, LRM = "\u2066", "\u2069", "\u200e"


def qt_locale(language: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(language, language))


def current_language() -> str:
    return _current[0]


def _load(app: QCoreApplication, locale: QLocale, language: str) -> list[QTranslator]:
    loaded: list[QTranslator] = []
    try:
        ours = str(translations_dir())
    except (FileNotFoundError, RuntimeError) as exc:  # an incomplete install still starts, in English
        log.warning("Translations unavailable: %s", exc)
        ours = ""
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt), ("custody", ours)):
        if not folder:
            continue
        if language == SOURCE_LANGUAGE:
            continue
        translator = QTranslator(app)
        ok = translator.load(f"{name}_{language}", folder) or translator.load(locale, name, "_", folder, ".qm")
        if not ok:  # Qt ships Portuguese as qtbase_pt_BR only: a regional catalogue beats English buttons
            regional = sorted(Path(folder).glob(f"{name}_{language}_*.qm"))
            ok = bool(regional) and translator.load(str(regional[0]))
        if ok:
            app.installTranslator(translator)
            loaded.append(translator)
            log.info("Loaded translation %s", translator.filePath())
    return loaded


#: Fields and values that hold ids, codes, numbers, hashes or coordinates (by object name): left to right in every
#: language, so that "-8.5536, 125.5783", "2026-000001" or a seal number never come out reordered in Arabic.
LTR_FIELDS = re.compile(
    r"(^|_)(item_id|case_number|document_number|gps|seal_number|seal|imei|vin|serial(_number)?|badge(_number)?|"
    r"id_number|lab_number|court_reference|report_input|report_id|report_checkpoint|checkpoint|verifier_key|"
    r"scan_box|station_code|item_prefix|origin|username|queue|hash|sha256)(_\d+)?$")


_FORMAT_TOKENS = re.compile(r"([A-Za-z])\1*|'[^']*'|[^A-Za-z']+")


def unmirrored_format(fmt: str) -> str:
    """The display format Qt mirrored for right to left ("mm:HH dd-MM-yyyy" for "yyyy-MM-dd HH:mm"): its sections
    and separators in the opposite order."""
    return "".join(reversed([m.group(0) for m in _FORMAT_TOKENS.finditer(fmt)]))


def _relayout_sections(box: QDateTimeEdit) -> None:
    """Lay a date box out left to right: Qt mirrored its display format (and the order of its sections) for the
    right-to-left application; it takes the original format back once the box itself is left to right."""
    value = box.dateTime()
    box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    box.setDisplayFormat(unmirrored_format(box.displayFormat()))
    box.setDateTime(value)


class LeftToRightFields(QObject):
    """Event filter on the application (installed only for right-to-left languages): id, code and number fields,
    and date/time boxes, are laid out left to right when they are first shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Polish and isinstance(obj, (QLineEdit, QPlainTextEdit, QLabel))
                and LTR_FIELDS.search(obj.objectName() or "")):
            obj.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        elif event.type() == QEvent.Type.Polish and isinstance(obj, QDateTimeEdit) and obj.isRightToLeft():
            # Qt lays a date box's sections out right to left ("48:18 07-12-2026" for 2026-12-07 18:48): keep the
            # date before the time and each number whole, as on labels and reports.
            _relayout_sections(obj)
        return False


_filters: list[LeftToRightFields] = []


def set_language(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Speak ``language`` from now on (unknown codes fall back to English); returns the translators installed."""
    app = app or QCoreApplication.instance()
    assert app is not None
    language = normalize_language(language) if language != "ru" else "ru"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = qt_locale(language)
    QLocale.setDefault(locale)
    _installed.extend(_load(app, locale, language))
    _current[0] = language
    if isinstance(app, QApplication):
        # Only while a right-to-left language is spoken: an application-wide filter sees every event.
        if is_rtl(language) and not _filters:
            _filters.append(LeftToRightFields(app))
            app.installEventFilter(_filters[0])
        elif not is_rtl(language) and _filters:
            app.removeEventFilter(_filters.pop())
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                               else Qt.LayoutDirection.LeftToRight)
    return list(_installed)


def install_for_locale(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install the translations for a Qt locale (the system's when nothing else is chosen)."""
    name = locale.name()
    code = name.split("_")[0]
    return set_language(code if code in (*LANGUAGES, "ru") else SOURCE_LANGUAGE, app)


def language_picker(current: str | None = None) -> QComboBox:
    """A combo box of the working languages, each in its own name; the data of each entry is its code."""
    combo = QComboBox()
    combo.setObjectName("language")
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    index = combo.findData(current or current_language())
    combo.setCurrentIndex(max(index, 0))
    return combo


def ltr(text: str) -> str:
    """``text`` isolated left-to-right (ids, codes, hashes, counts inside right-to-left text)."""
    return f"{LRI}{text}{PDI}" if text else text
