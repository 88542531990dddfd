"""Lays out a long text document in small time slices, so the window never waits on Qt's layout.

QTextDocumentLayout lays out a big document lazily on a timer, but it doubles
the size of each step (1,000 characters up to 200,000), so on a 100k-word
article a single step blocked the event loop for 100 ms and more, after every
new text and every change of width. The pacer walks the blocks itself under a
time budget and, after each slice, marks one laid-out character dirty: that
tiny change resets Qt's own step back to 1,000 characters.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTextEdit

SLICE_BUDGET_S = 0.012
SMALL_DOCUMENT = 20_000  # characters: Qt lays these out in a step or two anyway


class LayoutPacer(QObject):
    """Call `restart()` whenever the view's document needs a fresh layout (new text, width)."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self._next_block = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    def restart(self) -> None:
        self._next_block = 0
        if self.view.document().characterCount() > SMALL_DOCUMENT:
            self._timer.start()

    def is_done(self) -> bool:
        return not self._timer.isActive()

    def _step(self) -> None:
        doc = self.view.document()
        layout = doc.documentLayout()
        block = doc.findBlockByNumber(self._next_block)
        clock = time.perf_counter()
        last = block
        while block.isValid() and time.perf_counter() - clock < SLICE_BUDGET_S:
            layout.blockBoundingRect(block)  # lays out up to the end of this block
            last, block = block, block.next()
        if not block.isValid():
            return
        self._next_block = block.blockNumber()
        doc.markContentsDirty(last.position(), 1)  # resets Qt's lazy step size
        self._timer.start()
