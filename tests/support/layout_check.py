"""Geometry checks run inside the real app (imported through the control socket of :mod:`tests.support.app_child`).

:func:`problems` lists, for one top-level window or dialog, what a person at a 1366x768 screen would see
as broken:

- the window does not fit the screen (any edge outside the available screen area);
- a button that is not inside a scrolled area is not wholly on screen (cut by its window or the screen), or
  its text does not fit it;
- two visible widgets laid out side by side in the same layout overlap (the header's names and buttons, a
  form's captions and fields...);
- a label that does not wrap is narrower than its text and is not an elided label (text cut without "…").

Each problem is a short string naming the widget (object name, else class and text).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLayout,
    QWidget,
)


def _name(w: QWidget) -> str:
    text = ""
    if isinstance(w, QAbstractButton | QLabel):
        text = w.text()[:40]
    return w.objectName() or f"{type(w).__name__}({text!r})"


def _global(w: QWidget) -> QRect:
    p = w.mapToGlobal(w.rect().topLeft())
    return QRect(p.x(), p.y(), w.width(), w.height())


def _visible_part(w: QWidget) -> QRect:
    r = _global(w)
    parent = w.parentWidget()
    while parent is not None:
        r = r.intersected(_global(parent))
        parent = parent.parentWidget()
    return r.intersected(QApplication.primaryScreen().geometry())


def _in_scroll_area(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out.extend(_layout_widgets(item.layout()))
    return out


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def problems(top: QWidget) -> list[str]:
    out: list[str] = []
    screen = QApplication.primaryScreen().availableGeometry()
    frame = top.frameGeometry()
    if not screen.contains(frame):
        out.append(f"window {_name(top)} at {frame.getRect()} does not fit the screen {screen.getRect()}")
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not _shown(w) or w.window() is not top:
            continue
        if isinstance(w, QAbstractButton) and not _in_scroll_area(w, top):
            if _visible_part(w) != _global(w):
                out.append(f"button {_name(w)} is not wholly on screen")
        if isinstance(w, QAbstractButton) and w.text() and w.objectName() != "message_close":
            if w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) > w.width():
                out.append(f"button {_name(w)}: its text does not fit ({w.width()} px)")
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull():
            if "<" not in w.text() and w.fontMetrics().horizontalAdvance(w.text()) > w.contentsRect().width() + 2:
                out.append(f"label {_name(w)}: its text is cut ({w.width()} px)")
        layout = w.layout()
        if layout is None:
            continue
        kids = [k for k in _layout_widgets(layout) if _shown(k) and k.parentWidget() is w]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                inter = a.geometry().intersected(b.geometry())
                if inter.width() > 1 and inter.height() > 1:
                    out.append(f"{_name(a)} and {_name(b)} overlap in {_name(w)}")
    return out


def fits(top: QWidget, height: int = 768) -> bool:
    """The window, frame included, is at most ``height`` pixels tall."""
    return top.frameGeometry().height() <= height
