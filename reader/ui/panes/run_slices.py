"""Colours a pane's changed words in time slices, so a long article never stalls the window.

Visible blocks go first; blocks coloured before and not now are cleared in the
same slices, so a recompute is as smooth as the first comparison.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QTextEdit

from reader.ui.panes.article import Run
from reader.ui.panes.typography import make_range, mark_formats
from reader.ui.theme import Theme

CHUNK_BUDGET_S = 0.01  # a slice of highlighting, its relayout and a repaint stay well under 100 ms
STRETCH_CHARS = 20_000  # laid out again after each slice: about 4 ms of Qt's layout


class RunSlices:
    def __init__(self, view: QTextEdit) -> None:
        self.view = view
        self.runs: dict[int, list[Run]] = {}
        self._formatted_blocks: set[int] = set()
        self._pending: list[int] = []
        self._timer = QTimer(view, singleShot=True, interval=0)
        self._timer.timeout.connect(self._apply_next_chunk)

    def clear(self) -> None:
        self.runs, self._formatted_blocks, self._pending = {}, set(), []

    def start(self, runs: dict[int, list[Run]], first_visible: int) -> None:
        self.runs = runs
        todo = set(runs) | self._formatted_blocks
        ordered = sorted(todo, key=lambda b: (b < first_visible, b))
        self._pending = ordered[::-1]  # pop() from the end: visible blocks first
        self._timer.start()

    def done(self) -> bool:
        return not self._pending

    def finish(self) -> None:
        while self._pending:
            self._apply_next_chunk()

    def _theme(self) -> Theme:
        theme: Theme = getattr(self.view, "theme")  # noqa: B009  (ArticleView's, no import cycle)
        return theme

    def _apply_next_chunk(self) -> None:
        """Format a stretch of neighbouring blocks, then have Qt lay out that stretch once.

        Each relayout request walks every block of the document (about 7 ms at 300k
        words), so one request per block made highlighting a long article take
        minutes of slices; one per stretch keeps it to a second or two.
        """
        doc = self.view.document()
        formats = mark_formats(self._theme())
        clock = time.perf_counter()
        first: QTextBlock | None = None
        last: QTextBlock | None = None
        while self._pending and time.perf_counter() - clock < CHUNK_BUDGET_S:
            block = doc.findBlockByNumber(self._pending[-1])
            if first is not None and last is not None and not _extends(first, last, block):
                break
            number = self._pending.pop()
            if not block.isValid():
                continue
            runs = self.runs.get(number, [])
            block.layout().setFormats([make_range(run, formats) for run in runs])
            if runs:
                self._formatted_blocks.add(number)
            else:
                self._formatted_blocks.discard(number)
            first = block if first is None else first
            last = block
        if first is not None and last is not None:
            end = last.position() + last.length()
            doc.markContentsDirty(first.position(), end - first.position())
        if self._pending:
            self._timer.start()


def _extends(first: QTextBlock, last: QTextBlock, block: QTextBlock) -> bool:
    """True if `block` belongs to the stretch first..last: below it and not too far."""
    if not block.isValid():
        return True  # dropped without formatting
    if block.blockNumber() < last.blockNumber():
        return False  # wrapped round to the blocks above the view
    return block.position() + block.length() - first.position() <= STRETCH_CHARS
