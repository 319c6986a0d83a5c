"""Helpers of the language walk (tests/ui/test_i18n_screens.py): what a person sees on a window, and what is wrong
with it in a given language: English left untranslated, text cut off, buttons off the screen."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from custody import translations
from custody.domain.i18n import SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]


@cache
def english_sources() -> dict[str, set[str]]:
    """English source text -> the contexts it is catalogued in."""
    sys.path.insert(0, str(ROOT / "installer"))
    from i18n_extract import extract

    out: dict[str, set[str]] = {}
    for ctx, texts in extract().messages.items():
        for text, _numerus in texts:
            out.setdefault(text, set()).add(ctx)
    return out


def untranslated(lang: str, text: str) -> bool:
    """``text`` is an English source message that the catalogue of ``lang`` translates differently."""
    if lang == SOURCE_LANGUAGE or not text:
        return False
    contexts = english_sources().get(text)
    if not contexts:
        return False
    return any(translations.translate(lang, ctx, text) != text for ctx in contexts)


@dataclass(frozen=True)
class Seen:
    widget: QWidget
    text: str
    where: str  # object name / class, for the failure message


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName() or '?'}"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_texts(root: QWidget) -> list[Seen]:
    """Every caption a person sees: labels, buttons, group boxes, tabs, placeholders, headers, list items."""
    out: list[Seen] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText and not w.text().startswith("<"):
            out.append(Seen(w, w.text(), _name(w)))
        elif isinstance(w, QAbstractButton):
            out.append(Seen(w, _plain(w.text()), _name(w)))
            if w.toolTip():
                out.append(Seen(w, w.toolTip(), _name(w) + ".toolTip"))
        elif isinstance(w, QGroupBox):
            out.append(Seen(w, w.title(), _name(w)))
        elif isinstance(w, QLineEdit) and not w.text():
            out.append(Seen(w, w.placeholderText(), _name(w) + ".placeholder"))
        elif isinstance(w, QTabWidget):
            out += [Seen(w, _plain(w.tabText(i)), _name(w) + f".tab{i}") for i in range(w.count())]
        elif isinstance(w, QComboBox) and not w.objectName().endswith("language"):  # names in their own language
            out += [Seen(w, w.itemText(i), _name(w) + f".item{i}") for i in range(min(w.count(), 30))]
        elif isinstance(w, QListWidget):
            out += [Seen(w, w.item(i).text(), _name(w) + f".item{i}") for i in range(w.count())]
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            m = w.model()
            out += [Seen(w, str(m.headerData(c, Qt.Orientation.Horizontal) or ""), _name(w) + f".col{c}")
                    for c in range(m.columnCount())]
    if root.windowTitle():
        out.append(Seen(root, root.windowTitle(), _name(root) + ".title"))
    return [s for s in out if s.text.strip()]


#: what officers typed, shown as typed (the unit is free text, "item" by default)
DATA_WIDGETS = {"value_unit", "item_description", "report_input"}


def english_left(lang: str, root: QWidget) -> list[str]:
    """Captions shown in English although the catalogue of ``lang`` has them in ``lang``."""
    return [f"{s.where}: {s.text!r}" for s in visible_texts(root)
            if s.widget.objectName() not in DATA_WIDGETS and untranslated(lang, s.text)]


def clipped(root: QWidget) -> list[str]:
    """Single-line captions wider than the room their widget has (cut off or elided at this size)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        fm = QFontMetrics(w.font())
        if isinstance(w, QLabel):
            text = w.text()
            if (not text or w.wordWrap() or w.textFormat() == Qt.TextFormat.RichText or text.startswith("<")
                    or not w.pixmap().isNull()):
                continue
            widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            room = w.contentsRect().width() - 2 * w.margin() - (2 * w.indent() if w.indent() > 0 else 0)
            if widest > room + 1:
                out.append(f"{_name(w)} {text!r}: {widest} px of text in {room} px")
        elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
            needed = fm.horizontalAdvance(w.placeholderText())
            room = w.contentsRect().width() - 8  # the text margins of the frame
            if needed > room:
                out.append(f"{_name(w)} placeholder {w.placeholderText()!r}: {needed} px of text in {room} px")
        elif isinstance(w, QScrollArea) and w.horizontalScrollBar().isVisible():
            out.append(f"{_name(w)}: the page is wider than the window (a horizontal scroll bar)")
        elif isinstance(w, QListWidget) and not w.wordWrap():
            for i in range(w.count()):
                item = w.item(i)
                rect = w.visualItemRect(item)
                needed = fm.horizontalAdvance(item.text())
                # the item's padding from the style sheet: the navigation's is 18 px each side and a 4 px bar
                room = min(rect.width(), w.viewport().width()) - (40 if w.objectName() == "nav" else 12)
                if item.text() and needed > room:
                    out.append(f"{_name(w)} item {item.text()!r}: {needed} px of text in {room} px")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)):
            text = _plain(w.text())
            if len(text) <= 2:  # a symbol ("+", "−", "…"): the style draws it over its padding
                continue
            opt = QStyleOptionButton()
            opt.initFrom(w)
            element = (QStyle.SubElement.SE_PushButtonContents if isinstance(w, QPushButton)
                       else QStyle.SubElement.SE_CheckBoxContents if isinstance(w, QCheckBox)
                       else QStyle.SubElement.SE_RadioButtonContents)
            room = w.style().subElementRect(element, opt, w).width()
            icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
            needed = fm.horizontalAdvance(text) + icon
            if needed > room + 1:
                out.append(f"{_name(w)} {text!r}: {needed} px of text in {room} px")
    return out


def buttons_off_screen(window: QWidget) -> list[str]:
    """Enabled, visible buttons that lie (even partly) outside the window, left or right."""
    frame = QRect(QPoint(0, 0), window.size())
    out = []
    for b in window.findChildren(QPushButton):
        if not b.isVisible():
            continue
        top_left = b.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, b.size())
        if rect.left() < frame.left() - 1 or rect.right() > frame.right() + 1:
            out.append(f"{_name(b)} {b.text()!r} at x {rect.left()}..{rect.right()} of 0..{frame.right()}")
    return out


# --- a pseudo-language: every catalogued message wrapped in ⟦…⟧ ------------------------------------------------

OPEN, CLOSE = "⟦", "⟧"


def pseudo_catalogue(folder: Path) -> Path:
    """Compile ``custody_xx.qm``: each message of the code (as extracted) translated as ⟦message⟧, so that a
    caption on screen without ⟦ was never looked up in the catalogue (hard-coded English)."""
    import xml.etree.ElementTree as ET

    english_sources()  # puts installer/ on sys.path
    from i18n_extract import extract

    root = ET.Element("TS", version="2.1", language="xx")
    for ctx, texts in extract().messages.items():
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for text, numerus in texts:
            m = ET.SubElement(c, "message", numerus="yes") if numerus else ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = text
            tr = ET.SubElement(m, "translation")
            if numerus:
                for _ in range(2):
                    ET.SubElement(tr, "numerusform").text = OPEN + text + CLOSE
            else:
                tr.text = OPEN + text + CLOSE
    ts = folder / "custody_xx.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode"),
                  encoding="utf-8")
    return translations.compile_all(folder, folder)[0]


def hard_coded(root: QWidget, data: set[str]) -> list[str]:
    """Captions with words in them that did not come through the catalogue (no ⟦) and are not data."""
    import re

    out = []
    for s in visible_texts(root):
        text = s.text
        if OPEN in text or not re.search(r"[A-Za-z]{3,}", text) or text.startswith(("/", "\\")):  # paths
            continue
        rest = re.sub(r"\b[A-Z]{2,}(-[A-Z0-9]+)+\b", " ", text)  # ids and codes: LOC-000001-G, UN-DIL-26-…
        rest = re.sub(r"\b[A-Z][a-z]+/[A-Za-z_]+\b", " ", rest)  # time zones: Africa/Kinshasa
        for d in sorted(data, key=len, reverse=True):
            rest = rest.replace(d, " ")
        if re.search(r"[A-Za-z]{3,}", rest):
            out.append(f"{s.where}: {text!r}")
    return out
