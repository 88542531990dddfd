"""The colour key of `reader.present.legend`, drawn with the live theme colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from reader.present.legend import LEGEND, legend_help_text
from reader.ui.theme import LIGHT, Theme

PAD_PX, GAP_PX = 14, 8  # a chip's padding around its word, and the space between chips
COMPACT_PAD_PX, COMPACT_GAP_PX = 8, 4  # in a narrow window


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.setToolTip(legend_help_text())
        self._pad, self._gap = PAD_PX, GAP_PX

    def set_compact(self, compact: bool) -> None:
        """Tighter chips, so the key fits beside every tool in a narrow window."""
        self._pad, self._gap = (COMPACT_PAD_PX, COMPACT_GAP_PX) if compact else (PAD_PX, GAP_PX)
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 0.5))
        return font

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self._font())
        width = sum(fm.horizontalAdvance(entry.label) + self._pad + self._gap for entry in LEGEND)
        width += 8
        return QSize(int(width), int(fm.height() + 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font()
        painter.setFont(font)
        fm = QFontMetricsF(font)
        x = 4.0
        h = fm.height() + 4
        y = (self.height() - h) / 2
        for entry in LEGEND:
            w = fm.horizontalAdvance(entry.label) + self._pad
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(getattr(self.theme, f"{entry.mark.value}_bg")))
            painter.drawRoundedRect(QRectF(x, y, w, h), 4, 4)
            painter.setPen(QColor(getattr(self.theme, f"{entry.mark.value}_fg")))
            painter.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, entry.label)
            x += w + self._gap
        painter.end()
