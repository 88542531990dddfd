"""How the sidebar paints its rows: quote cards with status badges, and speakers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.present.quote_text import ELLIPSIS, quote_display
from reader.present.quotes import STATUS_LABELS
from reader.ui.panes.typography import reading_font
from reader.ui.sidebar.models import ROW_ROLE, QuoteRow, SpeakerRow
from reader.ui.theme import LIGHT, Theme

QUOTE_LINES = 3
SIZE_CACHE_MAX = 50_000
PAD = 12
BADGE_GAP = 6
# Badges without a colour of their own: a credit added or removed is coloured as a new speaker.
BADGE_COLOURS = {"attribution_removed": "speaker_changed", "attribution_added": "speaker_changed"}


def ui_font(size_delta: float = 0, bold: bool = False) -> QFont:
    font = QFont()
    if size_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + size_delta))
    font.setBold(bold)
    return font


def quote_font() -> QFont:
    return reading_font(QFont().pointSizeF() + 0.5)


def badge_font() -> QFont:
    font = ui_font(-1.5, bold=True)
    font.setCapitalization(QFont.Capitalization.AllUppercase)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    return font


def badge_width(label: str) -> float:
    return QFontMetricsF(badge_font()).horizontalAdvance(label.upper()) + 14


def badge_height() -> float:
    return QFontMetricsF(badge_font()).height() + 4


def paint_badge(
    painter: QPainter, x: float, y: float, status: str, theme: Theme, label: str = ""
) -> float:
    """A small pill with the status name (or `label`) in its colour; returns its width."""
    label = label or STATUS_LABELS[status]
    width, height = badge_width(label), badge_height()
    color = QColor(getattr(theme, BADGE_COLOURS.get(status, status)))
    fill = QColor(color)
    fill.setAlphaF(0.16 if theme.name == "light" else 0.28)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
    painter.setPen(color)
    painter.setFont(badge_font())
    painter.drawText(QRectF(x, y, width, height), Qt.AlignmentFlag.AlignCenter, label.upper())
    return width


def badge_lines(row: QuoteRow, width: float) -> list[list[str]]:
    """The row's badges, in lines that fit `width` ('Altered · words added' and 'Speaker
    changed' share one line in a wide sidebar, not in a narrow one)."""
    lines: list[list[str]] = [[]]
    x = 0.0
    for badge in row.badges():
        step = badge_width(row.badge_label(badge)) + BADGE_GAP
        if lines[-1] and x + step - BADGE_GAP > width:
            lines.append([])
            x = 0.0
        lines[-1].append(badge)
        x += step
    return lines


def paint_badges(painter: QPainter, row: QuoteRow, at: QRectF, theme: Theme) -> float:
    """Paint the row's badges from the top left of `at`, wrapped to its width; returns the y
    where the speaker's line begins."""
    y = at.top()
    for badges in badge_lines(row, at.width()):
        x = at.left()
        for badge in badges:
            x += paint_badge(painter, x, y, badge, theme, row.badge_label(badge)) + BADGE_GAP
        y += badge_height() + 4
    return y + 2


def elided_lines(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """Wrap `text` to at most `lines` lines of `width`, eliding the last."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    out: list[str] = []
    while len(out) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        out.append(text[line.textStart() : line.textStart() + line.textLength()])
    consumed = sum(len(s) for s in out)
    layout.endLayout()
    if out and consumed < len(text):
        out[-1] = _cut_after_a_word(out[-1] + text[consumed : consumed + 80], font, width)
    return out


def _cut_after_a_word(text: str, font: QFont, width: float) -> str:
    """As many whole words of `text` as fit in `width` with "…" after them (a first word too
    long for the line is cut by Qt, still ending in "…")."""
    fm = QFontMetricsF(font)
    words = text.split()
    shown = ""
    for word in words:
        longer = f"{shown} {word}" if shown else word
        if fm.horizontalAdvance(longer + ELLIPSIS) > width:
            break
        shown = longer
    if not shown:
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return shown.rstrip(" ,;:") + ELLIPSIS


def card_lines(row: QuoteRow, font: QFont, width: float) -> list[str]:
    """The quote's words as its card shows them: on one line of text (the file's own line
    breaks are spaces), wrapped to at most QUOTE_LINES lines, the last ending in "…" when
    words are left out."""
    return elided_lines(quote_display(row.text), font, width, QUOTE_LINES)


class QuoteDelegate(QStyledItemDelegate):
    """Paints a quote as a small card: badges, speaker, then the words in the reading face."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self._sizes: dict[tuple[QuoteRow | None, int], QSize] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Wrapping a quote is the costly part of laying out the list: remember each answer."""
        row: QuoteRow | None = index.data(ROW_ROLE)
        key = (row, option.rect.width())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > SIZE_CACHE_MAX:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(row, option.rect.width())
        return size

    def _measure(self, row: QuoteRow | None, rect_width: int) -> QSize:
        width = max(160, rect_width or 300) - 2 * PAD
        qf = quote_font()
        lines = len(card_lines(row, qf, width)) if row else 1
        badges = len(badge_lines(row, width)) if row else 1
        head = badges * badge_height() + (badges - 1) * 4
        speaker = QFontMetricsF(ui_font(-0.5)).height()
        body = QFontMetricsF(qf).lineSpacing() * max(1, lines)
        return QSize(int(width + 2 * PAD), int(PAD + head + 6 + speaker + 4 + body + PAD))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: QuoteRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        t = self.theme
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        if paint_row_background(painter, rect, option, QColor(t.selection), t):
            painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), QColor(t.accent))
        painter.setPen(QPen(QColor(t.border), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        width = rect.width() - 2 * PAD
        y = paint_badges(painter, row, QRectF(rect.left() + PAD, rect.top() + PAD, width, 0), t)
        sfont = ui_font(-0.5)
        painter.setFont(sfont)
        painter.setPen(QColor(t.muted))
        fm = QFontMetricsF(sfont)
        painter.drawText(
            QRectF(rect.left() + PAD, y, width, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(row.credit, Qt.TextElideMode.ElideRight, width),
        )
        y += fm.height() + 4
        qf = quote_font()
        painter.setFont(qf)
        color = QColor(t.text)
        if row.status == "dropped":
            color = QColor(t.muted)
        painter.setPen(color)
        qfm = QFontMetricsF(qf)
        for line in card_lines(row, qf, width):
            painter.drawText(
                QRectF(rect.left() + PAD, y, width, qfm.height()), Qt.AlignmentFlag.AlignLeft, line
            )
            y += qfm.lineSpacing()
        painter.restore()


def paint_row_background(
    painter: QPainter, rect: QRectF, option: QStyleOptionViewItem, selected: QColor, theme: Theme
) -> bool:
    """Fill a list row for its selected or hovered state; True when it is selected."""
    if option.state & QStyle.StateFlag.State_Selected:
        painter.fillRect(rect, selected)
        return True
    if option.state & QStyle.StateFlag.State_MouseOver:
        hover = QColor(theme.selection)
        hover.setAlphaF(0.35)
        painter.fillRect(rect, hover)
    return False


class SpeakerDelegate(QStyledItemDelegate):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.row_height())

    @staticmethod
    def row_height() -> int:
        return int(QFontMetricsF(ui_font()).height() * 2 + 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: SpeakerRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        t = self.theme
        painter.save()
        rect = QRectF(option.rect)
        paint_row_background(painter, rect, option, QColor(t.mention_bg), t)
        name_font = ui_font(0, bold=True)
        fm = QFontMetricsF(name_font)
        counts = f"{row.old_quotes} → {row.new_quotes}"
        cfont = ui_font(-0.5)
        cfm = QFontMetricsF(cfont)
        cw = cfm.horizontalAdvance(counts) + 4
        width = rect.width() - 2 * PAD - cw - 8
        y = rect.top() + 7
        painter.setFont(name_font)
        painter.setPen(QColor(t.text))
        painter.drawText(
            QRectF(rect.left() + PAD, y, width, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(row.name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(cfont)
        painter.setPen(QColor(t.muted))
        painter.drawText(
            QRectF(rect.right() - PAD - cw, y, cw, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            counts,
        )
        role = row.role or ""
        painter.drawText(
            QRectF(rect.left() + PAD, y + fm.height(), width, cfm.height()),
            Qt.AlignmentFlag.AlignLeft,
            cfm.elidedText(role, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()
