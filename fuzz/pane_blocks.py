"""Fuzz target `pane`: random long text through the pane's display preparation.

Each input is a text built from repeated pieces (words, sentence ends, spaces of
several kinds, long runs without spaces, emoji, and characters Qt itself takes
as block breaks: U+2029, CR, U+FDD0), so lines run far past the pane's block
limit. The oracle, on `prepare` (what the window shows) and a QTextDocument
holding its text, offscreen:

* the pane's text has the display text's length, plus one per break mark;
* it differs from the marked text only where a space, a break mark or one of
  Qt's block breaks became a paragraph separator;
* Qt's blocks start exactly where `block_starts` says, and the continuation
  blocks are exactly those after such a separator;
* no block is longer than MAX_BLOCK_CHARS;
* every character keeps its offset: the pane's character at `to_qt(i)` is the
  text's character i (or the separator that stands for it).
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import strategies as st

from reader.documents import Document, paragraph_spans

PIECES = (
    "word ",
    "Said. ",
    "end.\u00a0",
    "x",
    "\u200b",
    "😀",
    "\n",
    "\n\n",
    "\u2029",
    "\r",
    "\r\n",
    "\ufdd0",
    "\t",
    "中",
)
MAX_REPEAT = 4000
PARAGRAPH_SEPARATOR_UNIT = "\u2029".encode("utf-16-le")
_QT: dict[str, Any] = {}


def pane_inputs() -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(PIECES), st.integers(min_value=1, max_value=MAX_REPEAT))
    return st.lists(piece, min_size=1, max_size=10).map(
        lambda parts: "".join(text * count for text, count in parts)
    )


def check_pane(text: str, _folder: Any) -> None:
    from reader.ui.panes.article import ZERO_WIDTH_SPACE, long_token_breaks, prepare, with_breaks
    from reader.ui.panes.block_splits import MAX_BLOCK_CHARS, PARAGRAPH_SEPARATOR

    document = Document(text, tuple(paragraph_spans(text)))
    prepared = prepare(document)
    marked = with_breaks(prepared.text, long_token_breaks(prepared.text))
    shown = prepared.qt_text
    assert len(shown) == len(marked), "the pane's text changed length"
    for before, after in zip(marked, shown, strict=True):
        if before != after:
            assert after == PARAGRAPH_SEPARATOR, f"{before!r} became {after!r}"
            assert before.isspace() or before in (ZERO_WIDTH_SPACE, "\ufdd0"), repr(before)
    starts, continued = _qt_blocks(shown)
    assert tuple(starts) == prepared.block_starts, "Qt's blocks are not the listed ones"
    assert frozenset(continued) == prepared.continued
    longest = max(len(line) for line in shown.replace("\n", PARAGRAPH_SEPARATOR).split("\u2029"))
    assert longest <= MAX_BLOCK_CHARS, f"a block of {longest} characters"
    units = shown.encode("utf-16-le")
    step = max(1, len(prepared.text) // 500)
    for i in range(0, len(prepared.text), step):
        qt = prepared.offsets.to_qt(i)
        unit = units[2 * qt : 2 * qt + 2].decode("utf-16-le", errors="surrogatepass")
        expected = prepared.text[i].encode("utf-16-le")[:2].decode("utf-16-le", "surrogatepass")
        assert unit in (expected, PARAGRAPH_SEPARATOR), f"offset {i} moved"


def _qt_blocks(shown: str) -> tuple[list[int], list[int]]:
    """Block starts (UTF-16 positions) as Qt makes them, and the blocks after a U+2029."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    _app()
    doc = QTextDocument()
    QTextCursor(doc).insertText(shown)
    starts = []
    block = doc.begin()
    while block.isValid():
        starts.append(block.position())
        block = block.next()
    units = shown.encode("utf-16-le")
    continued = [
        n
        for n in range(1, len(starts))
        if units[2 * starts[n] - 2 : 2 * starts[n]] == PARAGRAPH_SEPARATOR_UNIT
    ]
    return starts, continued


def _app() -> None:
    if "app" not in _QT:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication  # the `titles` target needs widgets

        _QT["app"] = QApplication.instance() or QApplication([])
