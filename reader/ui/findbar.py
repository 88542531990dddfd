"""Find in either pane: all matches tinted, the current one selected.

Signals:
    closed(): the bar was dismissed (Escape or ✕).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.analysis import Span
from reader.ui.article_view import ArticleView
from reader.ui.theme import LIGHT, Theme

MAX_MATCHES = 2000


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, views: dict[str, ArticleView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.views = views
        self.theme: Theme = LIGHT
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find")
        self.edit.setClearButtonEnabled(True)
        self.side = QComboBox(self)
        self.side.addItem("in the revised version", "new")
        self.side.addItem("in the original", "old")
        self.count = QLabel(self)
        prev_b, next_b, close_b = QToolButton(self), QToolButton(self), QToolButton(self)
        prev_b.setText("↑  Previous")
        next_b.setText("↓  Next")
        close_b.setText("✕")
        close_b.setToolTip("Close (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.side)
        layout.addWidget(prev_b)
        layout.addWidget(next_b)
        layout.addWidget(self.count, 1)
        layout.addWidget(close_b)
        self.edit.textChanged.connect(lambda _t: self.search(forward=True, restart=True))
        self.edit.returnPressed.connect(lambda: self.search(forward=True))
        self.side.currentIndexChanged.connect(lambda _i: self.search(forward=True, restart=True))
        prev_b.clicked.connect(lambda: self.search(forward=False))
        next_b.clicked.connect(lambda: self.search(forward=True))
        close_b.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, lambda: self.search(forward=False))
        self.hide()

    def open_for(self, side: str) -> None:
        self.side.setCurrentIndex(0 if side == "new" else 1)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        for view in self.views.values():
            view.set_marked_spans("find", [], QTextCharFormat())
        self.hide()
        self.closed.emit()

    def view(self) -> ArticleView:
        return self.views[self.side.currentData()]

    def search(self, forward: bool = True, restart: bool = False) -> bool:
        """Select the next match in the chosen pane; tint all matches. True if found."""
        view = self.view()
        other = self.views["old" if self.side.currentData() == "new" else "new"]
        other.set_marked_spans("find", [], QTextCharFormat())
        needle = self.edit.text()
        if not needle:
            view.set_marked_spans("find", [], QTextCharFormat())
            self.count.setText("")
            return False
        matches = find_all(view, needle)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.theme.flash_bg))
        view.set_marked_spans("find", matches, fmt)
        doc = view.document()
        cursor = view.textCursor()
        if restart:
            cursor.setPosition(cursor.selectionStart())
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = doc.find(needle, cursor, flags)
        if found.isNull():  # wrap around
            start = QTextCursor(doc)
            if not forward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, start, flags)
        if found.isNull():
            self.count.setText("No matches")
            return False
        view.setTextCursor(found)
        view.center_on(view.offsets.from_qt(found.selectionStart()))
        self.count.setText(f"{len(matches)} match{'es' if len(matches) != 1 else ''}")
        return True


def find_all(view: ArticleView, needle: str) -> list[Span]:
    doc = view.document()
    spans: list[Span] = []
    cursor = doc.find(needle, 0)
    while not cursor.isNull() and len(spans) < MAX_MATCHES:
        spans.append(
            Span(
                view.offsets.from_qt(cursor.selectionStart()),
                view.offsets.from_qt(cursor.selectionEnd()),
            )
        )
        cursor = doc.find(needle, cursor)
    return spans
