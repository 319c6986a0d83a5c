"""Dialogs that fit a 1366x768 screen: as tall as their content, never taller than the screen, on screen.

- :func:`keep_on_screen` makes a dialog follow its content: when error messages or wrapped hints appear, it
  grows to show them instead of squeezing its fields over one another, up to the screen's height, and it is
  moved up if it would run off the bottom of the screen.
- :class:`FitScrollArea` holds a dialog's form: it asks for the whole height of its content (a plain
  QScrollArea caps its size hint at about 24 lines), so the dialog shows everything when the screen allows
  and scrolls inside when not, while the buttons under it always stay visible.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget


class FitScrollArea(QScrollArea):
    """A scroll area whose size hint is its content's full size (module docstring)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_body")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        w = self.widget()
        if w is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        width = max(self.viewport().width(), w.minimumSizeHint().width(), 1)
        layout = w.layout()
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = w.sizeHint().height()
        return QSize(w.sizeHint().width() + frame + self.verticalScrollBar().sizeHint().width(), height + frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        w = self.widget()
        width = w.minimumSizeHint().width() if w is not None else 0
        return QSize(width + 2 * self.frameWidth(), 80)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content changed (a message appeared): the dialog may grow
        return super().eventFilter(obj, event)


def available_height(widget: QWidget) -> int:
    """The screen height a window may use, less its window-manager frame."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    decoration = max(0, widget.frameGeometry().height() - widget.height())
    return screen.availableGeometry().height() - decoration


def fit_to_screen(dialog: QWidget) -> None:
    """Resize ``dialog`` to the height its content needs, at most the screen's, and keep it on screen."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    limit = available_height(dialog)
    dialog.setMaximumHeight(limit)
    need = dialog.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        need = max(need, layout.totalHeightForWidth(dialog.width()))
    want = max(min(need, limit), min(dialog.minimumSizeHint().height(), limit))
    if want != dialog.height():
        dialog.resize(dialog.width(), want)
    if dialog.isVisible():
        screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        frame = dialog.frameGeometry()
        top = min(frame.top(), screen.bottom() + 1 - frame.height())
        top = max(top, screen.top())
        if top != frame.top():
            dialog.move(frame.left(), top)


class _Refit(QObject):
    """Refits its dialog (once per burst of layout changes) when it is shown or its content changes."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.pending = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self._fit)  # cancelled if the dialog goes first
        return False

    def _fit(self) -> None:
        self.pending = False
        if shiboken6.isValid(self.dialog):
            fit_to_screen(self.dialog)


def keep_on_screen(dialog: QDialog, *watched: QWidget) -> QDialog:
    """Make ``dialog`` follow its content up to the screen's height (module docstring). ``watched``: inner
    widgets whose layout changes should also refit it."""
    refit = _Refit(dialog)
    dialog.installEventFilter(refit)
    for w in watched:
        w.installEventFilter(refit)
    dialog._refit = refit  # type: ignore[attr-defined] - kept alive with the dialog
    return dialog
