"""The strip between the panes joining each changed block to its counterpart (Meld's link map).

A deleted block narrows to a line at the place it would have been in the
other version, an inserted one widens from such a line; moved sentences are
drawn as a ribbon to where they went. Clicking a ribbon selects that change.

Signals:
    block_clicked(int): index into the link list of the ribbon clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from reader.present.links import Link, build_links
from reader.ui.panes.article_view import ArticleView
from reader.ui.theme import LIGHT, Theme


class LinkMap(QWidget):
    block_clicked = Signal(int)

    def __init__(self, old: ArticleView, new: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old, self.new = old, new
        self.links: list[Link] = []
        self.theme: Theme = LIGHT
        self._shapes: list[tuple[int, QPainterPath]] = []
        self.setFixedWidth(44)
        self.setToolTip("How the changed passages of the two versions line up")
        for view in (old, new):
            view.verticalScrollBar().valueChanged.connect(self.update)

    def set_links(self, links: list[Link]) -> None:
        self.links = links
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def _top_of(self, view: ArticleView) -> int:
        return self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, 0))).y()

    def _y_range(self, view: ArticleView, start: int, end: int, top: int) -> tuple[float, float]:
        scroll = view.scroll_y()
        y0 = view.y_of_offset(start) - scroll + top
        if end <= start:
            return y0, y0
        y1 = view.y_of_offset(max(start, end - 1), bottom=True) - scroll + top
        return y0, y1

    def _visible(self) -> list[int]:
        o0, o1 = self.old.visible_offsets()
        n0, n1 = self.new.visible_offsets()
        return [
            i
            for i, (_m, os_, oe, ns, ne) in enumerate(self.links)
            if (os_ <= o1 and oe >= o0) or (ns <= n1 and ne >= n0)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.theme.window))
        header = min(self._top_of(self.old), self._top_of(self.new))
        painter.fillRect(0, 0, self.width(), header, QColor(self.theme.page))
        painter.setPen(QColor(self.theme.border))
        painter.drawLine(0, header - 1, self.width(), header - 1)
        self._shapes = []
        if not self.links:
            painter.end()
            return
        top_old, top_new = self._top_of(self.old), self._top_of(self.new)
        width = float(self.width())
        painter.setClipRect(0, min(top_old, top_new), self.width(), self.height())
        for index in self._visible():
            mark, os_, oe, ns, ne = self.links[index]
            a0, a1 = self._y_range(self.old, os_, oe, top_old)
            b0, b1 = self._y_range(self.new, ns, ne, top_new)
            path = ribbon(width, a0, a1, b0, b1)
            fill = QColor(getattr(self.theme, f"{mark}_bg"))
            edge = QColor(
                getattr(self.theme, f"{mark}_fg") if mark != "moved" else self.theme.ghost
            )
            edge.setAlphaF(0.45)
            if mark == "moved":  # moves cross other ribbons: a light outline only
                fill.setAlphaF(0.25)
            painter.setPen(QPen(edge, 0.8))
            painter.setBrush(fill)
            painter.drawPath(path)
            self._shapes.append((index, path))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        for index, path in reversed(self._shapes):
            if path.contains(point):
                self.block_clicked.emit(index)
                return


def ribbon(width: float, a0: float, a1: float, b0: float, b1: float) -> QPainterPath:
    """A band from [a0, a1] on the left edge to [b0, b1] on the right, with smooth sides."""
    a1, b1 = max(a1, a0 + 1.5), max(b1, b0 + 1.5)
    mid = width / 2
    path = QPainterPath(QPointF(0, a0))
    path.cubicTo(QPointF(mid, a0), QPointF(mid, b0), QPointF(width, b0))
    path.lineTo(QPointF(width, b1))
    path.cubicTo(QPointF(mid, b1), QPointF(mid, a1), QPointF(0, a1))
    path.closeSubpath()
    return path


__all__ = ["Link", "LinkMap", "Qt", "build_links", "ribbon"]
