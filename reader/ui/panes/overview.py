"""A thin strip beside a pane showing where the changes are along the whole article.

Marks are placed by character position (cheap, no full layout needed); the
lighter band shows the part of the article on screen. Click or drag to go there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from reader.present.tooltips import MarkedRange
from reader.ui.panes.article_view import ArticleView
from reader.ui.theme import LIGHT, Theme

STRIP_WIDTH = 12
KINDS = ("moved", "deleted", "inserted", "replaced")  # painting order


class StripMark(NamedTuple):
    """A marked range as fractions of the article's length."""

    top: float
    bottom: float
    mark: str


class Bar(NamedTuple):
    """A mark as painted: whole pixels down the strip."""

    y: int
    height: int
    mark: str


class OverviewBar(QWidget):
    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.theme: Theme = LIGHT
        self.marks: list[StripMark] = []
        self._rows: tuple[int, list[Bar]] = (-1, [])  # (for this height, the bars)
        self.setFixedWidth(STRIP_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Where the changes are — click to go there")
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().rangeChanged.connect(self.update)

    def set_marks(self, spans: Sequence[MarkedRange], length: int) -> None:
        """Changed ranges in code points; `length` is the text length."""
        total = max(1, length)
        self.marks = [StripMark(s.start / total, s.end / total, s.mark) for s in spans]
        self._rows = (-1, [])
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
        colors = {mark: overview_color(self.theme, mark) for mark in KINDS}
        for y, h, mark in self._pixel_rows(height):
            painter.fillRect(QRectF(3, y, self.width() - 6, h), colors[mark])
        painter.end()

    def _pixel_rows(self, height: int) -> list[Bar]:
        """The marks as whole-pixel bars, neighbours of a kind joined (thousands become dozens)."""
        if self._rows[0] != height:
            self._rows = (height, pixel_rows(self.marks, height))
        return self._rows[1]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position().y())

    def _go(self, y: float) -> None:
        fraction = max(0.0, min(1.0, y / max(1, self.height())))
        offset = round(fraction * self.view.offsets.length)
        self.view.center_on(offset)


def pixel_rows(marks: Sequence[StripMark], height: int) -> list[Bar]:
    """Bars for a strip `height` pixels tall, moved sentences first."""
    rows: list[Bar] = []
    for kind in KINDS:
        bars: list[Bar] = []
        for mark in marks:
            if mark.mark != kind:
                continue
            y = int(mark.top * height)
            bottom = max(y + 2, round(mark.bottom * height))
            if bars and y <= bars[-1].y + bars[-1].height:
                last = bars[-1]
                bars[-1] = last._replace(height=max(last.height, bottom - last.y))
            else:
                bars.append(Bar(y, bottom - y, kind))
        rows += bars
    return rows


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
