"""A pad to sign on with the mouse, a touch screen or a graphics tablet; the signature is exported as PNG.

The strokes are kept as point lists in widget coordinates; :meth:`SignaturePad.to_png` draws them black on
white at a fixed size, so the stored image does not depend on the window size. The PNG is stored as an
attachment (``custody.services.attachments``) and the ledger entry names its SHA-256.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from custody.ui.qtcompat import emit

EXPORT_SIZE = QSize(600, 200)


class SignaturePad(QWidget):
    """Draw with the left mouse button or a pen. ``changed`` after every stroke and after ``clear()``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(150)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Sign here with the mouse or a pen"))
        self.strokes: list[list[QPointF]] = []
        self._drawing = False

    # -- content -----------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.update()
        emit(self.changed)

    def add_stroke(self, points: list[tuple[float, float]]) -> None:
        """Add a stroke programmatically (tests, pasted signatures)."""
        self.strokes.append([QPointF(x, y) for x, y in points])
        self.update()
        emit(self.changed)

    def to_image(self, size: QSize = EXPORT_SIZE) -> QImage:
        img = QImage(size, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        w, h = max(1, self.width()), max(1, self.height())
        scale = min(size.width() / w, size.height() / h)
        painter.translate((size.width() - w * scale) / 2, (size.height() - h * scale) / 2)
        painter.scale(scale, scale)
        self._draw_strokes(painter, 2.2)
        painter.end()
        return img

    def to_png(self, size: QSize = EXPORT_SIZE) -> bytes:
        """The signature as PNG bytes (white background)."""
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image(size).save(buf, "PNG")
        buf.close()
        return bytes(data.data())

    # -- drawing -----------------------------------------------------------------------------

    def _draw_strokes(self, painter: QPainter, width: float) -> None:
        pen = QPen(QColor("#111111"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
            for a, b in zip(stroke, stroke[1:], strict=False):
                painter.drawLine(a, b)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#d5dbe3"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        base = self.height() - 30
        painter.setPen(QPen(QColor("#9aa5b4"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(16, base, self.width() - 16, base)
        if self.is_empty() and not self._drawing:
            painter.setPen(QColor("#9aa5b4"))
            painter.drawText(QRectF(16, base + 4, self.width() - 32, 24), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Sign above the line"))
        self._draw_strokes(painter, 2.0)
        painter.end()

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self.strokes.append([pos])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(pos)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.update()
            emit(self.changed)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        t = event.type()
        if t == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif t == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif t == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()  # no synthesised mouse events on top

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 150)
