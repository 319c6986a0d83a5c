"""One feedback pattern for the whole app.

- A message about a field goes next to the field (:class:`custody.ui.forms.FieldErrors`); the focus goes to
  the first field in error and the page scrolls it into view (:func:`focus_field`).
- Every other message (a refusal, a scan problem, "saved") goes to the window's :class:`MessageBar`: a
  band of fixed height under the page, always in view whatever the page's scroll position, that never
  moves the form (its space is always reserved). A refusal stays until it is fixed, replaced, dismissed or
  the officer goes to another page; a confirmation fades after :data:`OK_TIMEOUT_MS`.
- A scan problem also sounds (:func:`beep`: the scanner's beep, which tests silence).

:class:`ElidedLabel` is a label that never grows its layout: text that does not fit is cut with "…" (on the
correct side in right-to-left languages) and shown whole in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from custody.ui.style import set_invalid

OK_TIMEOUT_MS = 20_000
STATE_BAD, STATE_OK, STATE_INFO = "bad", "ok", "info"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Feedback", text)


def beep() -> None:
    """The station's "problem" sound (the scanner filter's, so tests can silence it)."""
    from custody.ui.scanner import active_filter

    f = active_filter()
    try:
        (f.beep if f is not None else QApplication.beep)()
    except Exception:  # noqa: BLE001 - no sound is no reason to fail
        pass


# ------------------------------------------------------------------------------------------- elided label


class ElidedLabel(QWidget):
    """Text on up to ``lines`` lines, cut with an ellipsis when it does not fit; never widens its layout."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, lines: int = 1,
                 min_chars: int = 4) -> None:
        super().__init__(parent)
        self._text = text
        self._lines = max(1, lines)
        self._min_chars = min_chars
        self._alignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel-like
        self._text = text or ""
        self.setToolTip(self._text)
        self.updateGeometry()
        self.update()

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802 - QLabel-like
        self._alignment = alignment
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self._text) + 2, fm.lineSpacing() * self._lines)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * self._min_chars, fm.lineSpacing())

    def is_elided(self) -> bool:
        return self._layout_lines()[1]

    def _layout_lines(self) -> tuple[list[tuple[str, int]], bool]:
        """The text cut into at most ``lines`` lines that fit the width: [(line text, y)], elided?"""
        fm = QFontMetrics(self.font())
        width = max(1, self.width())
        max_lines = max(1, min(self._lines, self.height() // max(1, fm.lineSpacing())))
        layout = QTextLayout(self._text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(self.layoutDirection())
        layout.setTextOption(option)
        out: list[tuple[str, int]] = []
        elided = False
        layout.beginLayout()
        y = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(out) == max_lines - 1:
                rest = self._text[start:]
                cut = fm.elidedText(rest.replace("\n", " "), Qt.TextElideMode.ElideRight, width)
                elided = cut != rest
                out.append((cut, y))
                break
            out.append((self._text[start:start + length].rstrip("\n"), y))
            y += fm.lineSpacing()
        layout.endLayout()
        return out, elided

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        lines, _ = self._layout_lines()
        fm = self.fontMetrics()
        total = len(lines) * fm.lineSpacing()
        top = 0
        if self._alignment & Qt.AlignmentFlag.AlignVCenter:
            top = max(0, (self.height() - total) // 2)
        for text, y in lines:
            rect = self.rect().adjusted(0, top + y, 0, 0)
            rect.setHeight(fm.lineSpacing())
            flags = int(self._alignment & Qt.AlignmentFlag.AlignHorizontal_Mask) | int(Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(rect, flags, text)
        painter.end()


# ------------------------------------------------------------------------------------------- message bar


class MessageBar(QFrame):
    """The window's feedback band (module docstring). Its height is fixed: showing or clearing a message
    never moves anything."""

    HEIGHT = 46

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setFixedHeight(self.HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.state = ""
        self.source: Any = None
        self._on_clear: list[Callable[[], None]] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 2, 10, 2)
        row.setSpacing(10)
        self.icon = QLabel()
        self.icon.setObjectName("message_icon")
        self.icon.setFixedWidth(22)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = ElidedLabel(lines=2)
        self.label.setObjectName("message_text")
        self.close_button = QToolButton()
        self.close_button.setObjectName("message_close")
        self.close_button.setText("×")
        self.close_button.setToolTip(_tr("Dismiss this message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(lambda: self.clear())
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.clear())
        self._set_state("")

    def text(self) -> str:
        return self.label.text()

    def show_message(self, message: str, state: str = STATE_BAD, *, source: Any = None,
                     sound: bool = False, timeout_ms: int | None = None) -> None:
        """Show ``message`` (``state``: "bad", "ok" or "info"). ``source``: who said it (see :meth:`clear`).
        A confirmation clears itself after :data:`OK_TIMEOUT_MS`; a refusal stays."""
        self._run_on_clear()
        self.source = source
        self.label.setText(message)
        self._set_state(state)
        self._timer.stop()
        if timeout_ms is None and state != STATE_BAD:
            timeout_ms = OK_TIMEOUT_MS
        if timeout_ms:
            self._timer.start(timeout_ms)
        if sound:
            beep()

    def clear(self, source: Any = None) -> None:
        """Clear the message (only if ``source`` said it, when given)."""
        if source is not None and source is not self.source:
            return
        self._timer.stop()
        self._run_on_clear()
        self.source = None
        self.label.setText("")
        self._set_state("")

    def on_clear(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once when the current message goes away."""
        self._on_clear.append(callback)

    def _run_on_clear(self) -> None:
        callbacks, self._on_clear = self._on_clear, []
        for cb in callbacks:
            cb()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.setProperty("state", state or "empty")
        self.icon.setText({STATE_BAD: "✖", STATE_OK: "✔", STATE_INFO: "ℹ"}.get(state, ""))
        self.close_button.setVisible(bool(state))
        self.style().unpolish(self)
        self.style().polish(self)
        for w in (self.icon, self.label):
            w.style().unpolish(w)
            w.style().polish(w)
        self.label.update()


def message_bar(widget: QWidget | None) -> MessageBar | None:
    """The message bar of the window ``widget`` is in (None outside the main window)."""
    w = widget
    while w is not None:
        bar = getattr(w, "message_bar", None)
        if isinstance(bar, MessageBar) and shiboken6.isValid(bar):
            return bar
        w = w.parentWidget()
    return None


def notify(widget: QWidget | None, message: str, state: str = STATE_BAD, *, sound: bool = False,
           source: Any = None) -> bool:
    """Show ``message`` in the message bar of ``widget``'s window. False if there is none."""
    bar = message_bar(widget)
    if bar is None:
        if sound:
            beep()
        return False
    bar.show_message(message, state, source=source if source is not None else widget, sound=sound)
    return True


def clear(widget: QWidget | None, source: Any = None) -> None:
    bar = message_bar(widget)
    if bar is not None:
        bar.clear(source if source is not None else widget)


# ------------------------------------------------------------------------------------------- fields


def ensure_visible(widget: QWidget, margin: int = 24) -> None:
    """Scroll every scroll area around ``widget`` so that it is in view."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            inner = parent.widget()
            if inner.isAncestorOf(child):
                parent.ensureWidgetVisible(child, margin, margin)
        parent = parent.parentWidget()


def focus_field(widget: QWidget | None) -> None:
    """Put the focus in ``widget`` (the first field in error) and scroll it into view."""
    if widget is None or not shiboken6.isValid(widget):
        return
    target = widget
    if not target.focusPolicy() & Qt.FocusPolicy.TabFocus:
        for child in widget.findChildren(QWidget):
            if child.isVisible() and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                target = child
                break
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(target, QLineEdit):
        target.selectAll()
    ensure_visible(widget)


def when_edited(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` (once per edit) when the officer changes ``widget``: errors clear when fixed."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLineEdit):
            w.textEdited.connect(lambda *_: callback())
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(callback)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(lambda *_: callback())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            w.toggled.connect(lambda *_: callback())


def mark_field(widget: QWidget, invalid: bool) -> None:
    """Red border on a field in error (and off again)."""
    set_invalid(widget, invalid)


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    p = widget.parentWidget()
    while p is not None:
        if isinstance(p, QScrollArea):
            return p
        p = p.parentWidget()
    return None
