"""The sidebar's labels: small upper-case section headings (Quotes, Speakers, What changed),
word-wrapped summaries a layout cannot squeeze, and a placeholder that takes the list's place.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


def section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setProperty("role", "sectionLabel")
    return label


class WrappedLabel(QLabel):
    """A word-wrapped label whose minimum height is the lines its text needs at its width.

    A plain word-wrapped QLabel may be given a single line when its column is
    short of height, and its other lines are cut off under the heading above it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the lines needed at the new width are the new minimum


class ListOrPlaceholder(QStackedWidget):
    """A list, or in its place a message (still working, nothing found): never both, so
    showing the message does not take height from the labels above."""

    def __init__(self, view: QWidget, placeholder: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.placeholder = view, placeholder
        self.addWidget(view)
        self.addWidget(placeholder)

    def show_placeholder(self, shown: bool) -> None:
        self.setCurrentWidget(self.placeholder if shown else self.view)
