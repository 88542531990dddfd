"""What a pane paints over its text: the current change, a fading outline, a quote's ghost.

None of these fill the text's background, so the word colours inside a change
(removed, added, reworded) stay visible under them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor

from reader.analysis import Span

if TYPE_CHECKING:
    from reader.ui.panes.article_view import ArticleView

BAR_WIDTH = 4
BAR_GAP = 12  # from the text column to the bar
OUTLINE_PAD = 5


def paint_all(view: ArticleView, painter: QPainter) -> None:
    view.fold_rows.paint(painter, view.theme, view.column_margin(), view.scroll_y())
    current = view.current_span()
    if current is not None:
        paint_current(view, painter, current)
    flash = view.flash_span()
    if flash is not None and flash != current:
        paint_outline(view, painter, flash, view.flash_strength)
    if view.ghost() is not None:
        paint_ghost(view, painter, view.ghost() or 0)


def span_rect(view: ArticleView, span: Span) -> QRectF:
    """The lines of `span` across the reading column, in viewport coordinates."""
    last = max(span.start, span.end - 1)
    top = view.y_of_offset(span.start) - view.scroll_y()
    bottom = view.y_of_offset(last, bottom=True) - view.scroll_y()
    margin = view.column_margin()
    width = view.viewport().width() - 2 * margin
    return QRectF(
        margin - OUTLINE_PAD, top - 2, width + 2 * OUTLINE_PAD, max(4.0, bottom - top + 4)
    )


def paint_current(view: ArticleView, painter: QPainter, span: Span) -> None:
    rect = span_rect(view, span)
    color = QColor(view.theme.accent)
    bar = QRectF(rect.left() - BAR_GAP, rect.top(), BAR_WIDTH, rect.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(bar, 2, 2)
    paint_outline(view, painter, span, 0.55)


def paint_outline(view: ArticleView, painter: QPainter, span: Span, strength: float) -> None:
    color = QColor(view.theme.accent)
    color.setAlphaF(max(0.0, min(1.0, strength)))
    painter.setPen(QPen(color, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(span_rect(view, span), 4, 4)


def paint_ghost(view: ArticleView, painter: QPainter, offset: int) -> None:
    """Where a quote missing from this version would have been: a caret and a dashed rule."""
    doc = view.document()
    cursor = QTextCursor(doc)
    cursor.setPosition(min(view.offsets.to_qt(offset), doc.characterCount() - 1))
    rect = view.cursorRect(cursor)
    color = QColor(view.theme.ghost)
    painter.setPen(QPen(color, 2.5))
    x = rect.left() + 1
    painter.drawLine(x, rect.top() - 2, x, rect.bottom() + 2)
    painter.setBrush(color)
    painter.drawEllipse(QPoint(x, rect.top() - 4), 3, 3)
    painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
    margin = view.column_margin()
    painter.drawLine(margin, rect.bottom() + 3, view.viewport().width() - margin, rect.bottom() + 3)
