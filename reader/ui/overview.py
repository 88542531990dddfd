"""A thin strip beside a pane showing where the changes are along the whole article.

Marks are placed by character position (cheap, no full layout needed); the
lighter band shows the part of the article on screen. Click or drag to go there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from reader.ui.article_view import ArticleView
from reader.ui.theme import LIGHT, Theme

STRIP_WIDTH = 12


class OverviewBar(QWidget):
    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.theme: Theme = LIGHT
        self.marks: list[tuple[float, float, str]] = []
        self.setFixedWidth(STRIP_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Where the changes are — click to go there")
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().rangeChanged.connect(self.update)

    def set_marks(self, spans: list[tuple[int, int, str]], length: int) -> None:
        """Changed ranges in code points; `length` is the text length."""
        total = max(1, length)
        self.marks = [(s / total, e / total, mark) for s, e, mark in spans]
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def _visible_band(self) -> tuple[float, float]:
        bar = self.view.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        if total <= 0:
            return 0.0, 1.0
        return bar.value() / total, (bar.value() + bar.pageStep()) / total

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        height = self.height()
        painter.fillRect(self.rect(), QColor(self.theme.window))
        top, bottom = self._visible_band()
        band = QColor(self.theme.border)
        painter.fillRect(
            QRectF(0, top * height, self.width(), max(4.0, (bottom - top) * height)), band
        )
        for start, end, mark in self.marks:
            color = overview_color(self.theme, mark)
            y = start * height
            h = max(2.0, (end - start) * height)
            painter.fillRect(QRectF(3, y, self.width() - 6, h), color)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position().y())

    def _go(self, y: float) -> None:
        fraction = max(0.0, min(1.0, y / max(1, self.height())))
        offset = round(fraction * self.view.offsets.length)
        self.view.center_on(offset)


def overview_color(theme: Theme, mark: str) -> QColor:
    """Between the highlight background and its text tint: visible on the strip, not loud."""
    bg, fg = QColor(getattr(theme, f"{mark}_bg")), QColor(getattr(theme, f"{mark}_fg"))
    if mark == "moved":
        fg = QColor(theme.ghost)
    k = 0.35
    return QColor.fromRgbF(
        bg.redF() * (1 - k) + fg.redF() * k,
        bg.greenF() * (1 - k) + fg.greenF() * k,
        bg.blueF() * (1 - k) + fg.blueF() * k,
    )
