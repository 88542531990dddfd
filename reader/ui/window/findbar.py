"""Find across both panes (or one): all matches tinted, the current one selected, "2 of 5".

Signals:
    closed(): the bar was dismissed (Escape or ✕).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.analysis import Span
from reader.ui.panes.article_view import ArticleView
from reader.ui.theme import LIGHT, Theme

MAX_MATCHES = 2000


SCOPES = (("both", "in both versions"), ("old", "in the original"), ("new", "in the revised"))
SIDE_NAMES = {"old": "original", "new": "revised"}


@dataclass(frozen=True)
class Match:
    side: str
    span: Span


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, views: dict[str, ArticleView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.views = views
        self.theme: Theme = LIGHT
        self.matches: list[Match] = []
        self.current = -1
        self._needle = ""
        self._start_side = "new"
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find")
        self.edit.setClearButtonEnabled(True)
        self.side = QComboBox(self)
        for key, label in SCOPES:
            self.side.addItem(label, key)
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
        """Show the bar; the search starts in the pane that had the focus."""
        self._start_side = side
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        for view in self.views.values():
            view.set_marked_spans("find", [], QTextCharFormat())
        self.matches, self.current = [], -1
        self.hide()
        self.closed.emit()

    def scope(self) -> tuple[str, ...]:
        key = self.side.currentData()
        return ("old", "new") if key == "both" else (str(key),)

    def search(self, forward: bool = True, restart: bool = False) -> bool:
        """Go to the next (or previous) match across the panes in scope. True if found."""
        needle = self.edit.text()
        if restart or needle != self._needle:
            self._collect(needle)
        if not self.matches:
            self.count.setText("No matches" if needle else "")
            return False
        if restart or self.current < 0:
            self.current = self._first_index(forward)
        else:
            self.current = (self.current + (1 if forward else -1)) % len(self.matches)
        match = self.matches[self.current]
        self.views[match.side].select_span(match.span)
        self.count.setText(self.count_text())
        return True

    def count_text(self) -> str:
        total = len(self.matches)
        here = f"{self.current + 1} of {total}" if self.current >= 0 else f"{total} matches"
        if len(self.scope()) == 1:
            return here
        per_side = [sum(1 for m in self.matches if m.side == s) for s in ("old", "new")]
        return f"{here}  ({per_side[0]} in the original, {per_side[1]} in the revised)"

    def _collect(self, needle: str) -> None:
        self._needle = needle
        self.matches, self.current = [], -1
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.theme.flash_bg))
        for side, view in self.views.items():
            spans = find_all(view, needle) if needle and side in self.scope() else []
            view.set_marked_spans("find", spans, fmt)
            self.matches.extend(Match(side, span) for span in spans)

    def _first_index(self, forward: bool) -> int:
        """The first match at or after the selection of the pane the search started in."""
        side = self._start_side
        if side not in self.scope():
            side = self.scope()[0]
        here = self.views[side].selected_span()
        start = here.start if here is not None else 0
        for i, match in enumerate(self.matches):
            if match.side == side and match.span.start >= start:
                return i
        return 0 if forward else len(self.matches) - 1


def find_all(view: ArticleView, needle: str) -> list[Span]:
    """Case-insensitive matches in the pane's own text, as code-point spans.

    Searched in Python rather than with QTextDocument.find, which stops at the
    pane's display-only cuts of long paragraphs and break marks in long tokens.
    """
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    found = islice(pattern.finditer(view.prepared.text), MAX_MATCHES)
    return [Span(match.start(), match.end()) for match in found]
