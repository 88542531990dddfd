"""The reading typography of a pane: font, paragraph spacing, headline, highlight formats."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from reader.ui.panes.article import Run
from reader.ui.theme import Theme

READING_FONTS = [
    "Source Serif 4",
    "Charter",
    "Iowan Old Style",
    "Georgia",
    "Noto Serif",
    "Liberation Serif",
    "DejaVu Serif",
    "serif",
]
LINE_HEIGHT_PERCENT = 150


def reading_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(READING_FONTS)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif)
    return font


def paragraph_format(point_size: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    fmt.setBottomMargin(point_size * 0.9)
    return fmt


def blank_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    return fmt


def format_blank_blocks(doc: QTextDocument, point_size: float) -> None:
    """Blank separator lines take no room: paragraph spacing comes from the block margin."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    fmt = blank_format()
    while block.isValid():
        if block.length() == 1:
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


def format_continued_blocks(doc: QTextDocument, continued: Iterable[int]) -> None:
    """No paragraph gap above a block that carries on a long paragraph."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for number in sorted(continued):
        block = doc.findBlockByNumber(number - 1)
        if block.isValid():
            fmt = block.blockFormat()
            fmt.setBottomMargin(0)
            QTextCursor(block).setBlockFormat(fmt)
    cursor.endEditBlock()


def format_headline(doc: QTextDocument) -> None:
    """The first paragraph of an article is its headline: set it larger and bold."""
    block = doc.begin()
    if not block.isValid() or block.length() <= 1 or len(block.text().split()) > 30:
        return
    cursor = QTextCursor(block)
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.DemiBold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
    cursor.mergeCharFormat(fmt)
    bfmt = QTextBlockFormat()
    bfmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    bfmt.setBottomMargin(14)
    cursor.mergeBlockFormat(bfmt)


def mark_formats(theme: Theme) -> dict[str, QTextCharFormat]:
    formats = {}
    for mark in ("deleted", "inserted", "replaced", "moved"):
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(getattr(theme, f"{mark}_bg")))
        fmt.setForeground(QColor(getattr(theme, f"{mark}_fg")))
        formats[mark] = fmt
    formats["deleted"].setFontStrikeOut(False)
    return formats


def make_range(run: Run, formats: dict[str, QTextCharFormat]) -> QTextLayout.FormatRange:
    rng = QTextLayout.FormatRange()
    rng.start, rng.length = run.start, run.length
    rng.format = formats[run.mark]
    return rng
