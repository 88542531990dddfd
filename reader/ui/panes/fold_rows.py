"""The thin 'n unchanged paragraphs' rows a pane draws where 'Changes only' hid paragraphs.

A row takes its room from the bottom margin of the last shown paragraph above
it (the hidden blocks themselves have no height), and a click on it asks the
window to expand that fold on both sides.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from reader.ui.panes.folding import Fold, fold_label
from reader.ui.theme import Theme

FOLD_PX = 34


@dataclass(frozen=True)
class _Bump:
    """A margin a fold row widened, and its value before."""

    top: bool  # the top margin of the next shown block (else the anchor's bottom margin)
    before: float


class FoldRows:
    def __init__(self, view: QTextEdit) -> None:
        self.view = view
        self.folds: list[Fold] = []
        self._bumped: dict[int, _Bump] = {}  # block number -> the margin made wider

    def set_folds(self, folds: list[Fold]) -> None:
        self.restore_margins()
        self.folds = folds
        self.apply_margins()

    def restore_margins(self) -> None:
        doc = self.view.document()
        for number, bump in self._bumped.items():
            block = doc.findBlockByNumber(number)
            if block.isValid():
                fmt = block.blockFormat()
                if bump.top:
                    fmt.setTopMargin(bump.before)
                else:
                    fmt.setBottomMargin(bump.before)
                QTextCursor(block).setBlockFormat(fmt)
        self._bumped = {}

    def apply_margins(self) -> None:
        """Make room under each fold's anchor block (again after a font change reset them).

        The room is the top margin of the next shown block: Qt takes the larger of a
        block's top margin and the bottom margin of the block before it, and the block
        before may be a hidden one, so a wider bottom margin on the anchor can be lost.
        Only a fold at the very end widens the anchor's own bottom margin.
        """
        doc = self.view.document()
        self._bumped = {}
        for fold in self.folds:
            anchor = doc.findBlockByNumber(fold.anchor_block)
            if not anchor.isValid():
                continue
            gap = anchor.blockFormat().bottomMargin()
            after = _next_shown(anchor)
            target = after if after is not None else anchor
            number = target.blockNumber()
            if number in self._bumped:
                continue
            fmt = target.blockFormat()
            if after is not None:
                self._bumped[number] = _Bump(True, fmt.topMargin())
                fmt.setTopMargin(fmt.topMargin() + gap + FOLD_PX)
            else:
                self._bumped[number] = _Bump(False, fmt.bottomMargin())
                fmt.setBottomMargin(gap + FOLD_PX)
            QTextCursor(target).setBlockFormat(fmt)

    def rects(self, margin: int, scroll_y: int) -> list[tuple[Fold, QRectF]]:
        doc = self.view.document()
        layout = doc.documentLayout()
        width = self.view.viewport().width() - 2 * margin
        height = FOLD_PX - 12
        out = []
        for fold in self.folds:
            block = doc.findBlockByNumber(fold.anchor_block)
            if not block.isValid():
                continue
            # Qt's block rectangle ends at the block's last line, not below its bottom
            # margin: the row goes in the gap between that line and the next shown text.
            top = layout.blockBoundingRect(block).bottom()
            bottom = _next_text_top(block, top + block.blockFormat().bottomMargin())
            y = top + max(0.0, (bottom - top - height) / 2) - scroll_y
            out.append((fold, QRectF(margin, y, width, height)))
        return out

    def fold_at(self, pos: QPointF, margin: int, scroll_y: int) -> Fold | None:
        for fold, rect in self.rects(margin, scroll_y):
            if rect.contains(pos):
                return fold
        return None

    def paint(self, painter: QPainter, theme: Theme, margin: int, scroll_y: int) -> None:
        font = QFont(self.view.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.75))
        painter.setFont(font)
        for fold, rect in self.rects(margin, scroll_y):
            if rect.bottom() < 0 or rect.top() > self.view.viewport().height():
                continue
            fill = QColor(theme.border)
            fill.setAlphaF(0.45)
            painter.setPen(QPen(QColor(theme.border), 1, Qt.PenStyle.DashLine))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(theme.muted))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, fold_label(fold))


def _next_shown(block: QTextBlock) -> QTextBlock | None:
    after = block.next()
    while after.isValid() and not after.isVisible():
        after = after.next()
    return after if after.isValid() else None


def _next_text_top(block: QTextBlock, fallback: float) -> float:
    """The top of the next shown block with text after `block` (`fallback` if none)."""
    layout = block.document().documentLayout()
    after = block.next()
    while after.isValid():
        if after.isVisible() and after.length() > 1:
            return layout.blockBoundingRect(after).top()
        after = after.next()
    return fallback


def show_blocks(doc: QTextDocument, visible: Set[int] | None, continued: Set[int]) -> None:
    """Show only the `visible` blocks (None: all), with what belongs to each shown paragraph:
    its continuation blocks (see `block_splits.py`) and a blank line after it."""
    block = doc.begin()
    after_shown = False  # a blank line after a shown paragraph keeps the paragraph gap
    previous = False
    while block.isValid():
        blank = block.length() == 1
        number = block.blockNumber()
        shown = (
            visible is None
            or number in visible
            or (number in continued and previous)
            or (blank and after_shown)
        )
        block.setVisible(shown)
        after_shown = shown and not blank
        previous = shown
        block = block.next()


def below_paragraph(fold: Fold, continued: Set[int]) -> Fold:
    """The fold with its row under the last block of its anchor paragraph."""
    anchor = fold.anchor_block
    while anchor + 1 in continued:
        anchor += 1
    return replace(fold, anchor_block=anchor)
