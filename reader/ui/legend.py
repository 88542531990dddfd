"""The colour key: what each highlight means, drawn with the live theme colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from reader.ui.theme import LIGHT, Theme

ENTRIES = (
    ("deleted", "Removed", "Words only in the original"),
    ("inserted", "Added", "Words only in the revised version"),
    ("replaced", "Reworded", "Words changed between the versions"),
    ("moved", "Moved", "Sentences that sit elsewhere in the other version — click one to jump"),
)


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: Theme = LIGHT
        self.setToolTip("\n".join(f"{label}: {help_}" for _m, label, help_ in ENTRIES))

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 0.5))
        return font

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self._font())
        width = sum(fm.horizontalAdvance(label) + 22 for _m, label, _h in ENTRIES) + 8
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
        for mark, label, _help in ENTRIES:
            w = fm.horizontalAdvance(label) + 14
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(getattr(self.theme, f"{mark}_bg")))
            painter.drawRoundedRect(QRectF(x, y, w, h), 4, 4)
            painter.setPen(QColor(getattr(self.theme, f"{mark}_fg")))
            painter.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, label)
            x += w + 8
        painter.end()
