"""Plain-Python preparation of what a pane shows: display text and per-block highlight runs.

Runs on a worker thread (no Qt here). The display text has exactly the
length of the document text, so engine offsets stay valid: only the newlines
of hard-wrapped lines become spaces (`reading_paragraphs` in
`reader.documents.segment` decides, the one place that does), so each paragraph
is one text block that wraps to the pane (a very long one several blocks, see
`block_splits.py`), and every other line break stays a break, as in the reports.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reader.analysis import Document, Span, reading_paragraphs
from reader.present.marks import Highlight
from reader.present.tooltips import MarkedRange
from reader.ui.panes.block_splits import split_blocks
from reader.ui.panes.offsets import OffsetMap

LONG_TOKEN_CHARS = 2000
BREAK_EVERY = 256
LONG_TOKEN = re.compile(rf"\S{{{LONG_TOKEN_CHARS + 1},}}")
ZERO_WIDTH_SPACE = "\u200b"


class Run(NamedTuple):
    """One highlight inside one text block, in Qt's UTF-16 units."""

    start: int  # from the start of the block
    length: int
    mark: str  # a Mark value


def display_text(document: Document, paragraphs: Sequence[Span]) -> str:
    """The document's text with the line breaks inside each of `paragraphs` as spaces."""
    text = document.text
    pieces: list[str] = []
    last = 0
    for para in paragraphs:
        chunk = text[para.start : para.end]
        if "\n" in chunk:
            pieces.append(text[last : para.start])
            pieces.append(chunk.replace("\n", " "))
            last = para.end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


@dataclass(frozen=True)
class PreparedText:
    """A document ready for a pane: its display text, offset map and block starts (Qt units)."""

    text: str
    offsets: OffsetMap
    block_starts: tuple[int, ...]
    qt_text: str = ""  # what the pane holds: `text` with break opportunities in long tokens
    continued: frozenset[int] = frozenset()  # blocks that carry on the paragraph above them
    words: int | None = None  # the document's word count, counted off the GUI thread
    paragraphs: tuple[Span, ...] = ()  # the paragraphs as shown (`reading_paragraphs`)

    def block_of(self, qt_position: int) -> int:
        return max(0, bisect_right(self.block_starts, qt_position) - 1)


def long_token_breaks(text: str) -> list[int]:
    """Offsets inside tokens over LONG_TOKEN characters where the pane may break the line.

    Qt's line breaking is quadratic in the length of a word without a break
    opportunity (100,000 characters: about 3 s on the GUI thread); a zero-width
    space every BREAK_EVERY characters makes it linear. Display only: the
    document's text and every offset are unchanged.
    """
    breaks: list[int] = []
    for match in LONG_TOKEN.finditer(text):
        breaks.extend(range(match.start() + BREAK_EVERY, match.end(), BREAK_EVERY))
    return breaks


def with_breaks(text: str, breaks: list[int]) -> str:
    if not breaks:
        return text
    pieces = [text[a:b] for a, b in zip([0, *breaks], [*breaks, len(text)], strict=True)]
    return ZERO_WIDTH_SPACE.join(pieces)


def prepare(document: Document) -> PreparedText:
    paragraphs = tuple(reading_paragraphs(document.text, document.paragraphs))
    text = display_text(document, paragraphs)
    breaks = long_token_breaks(text)
    blocks = split_blocks(with_breaks(text, breaks))
    return PreparedText(
        text,
        OffsetMap(text, breaks),
        blocks.starts,
        blocks.text,
        blocks.continued,
        document.word_count(),
        paragraphs,
    )


def merge_highlights(text: str, highlights: list[Highlight]) -> list[MarkedRange]:
    """Join neighbouring word highlights of one kind across the spaces between them."""
    merged: list[MarkedRange] = []
    for h in highlights:
        start, end, mark = h.span.start, h.span.end, str(h.mark)
        if merged:
            last = merged[-1]
            gap = text[last.end : start]
            if last.mark == mark and start >= last.end and gap.strip() == "" and "\n" not in gap:
                merged[-1] = last._replace(end=max(last.end, end))
                continue
        merged.append(MarkedRange(start, end, mark))
    return merged


def block_runs(prepared: PreparedText, highlights: list[Highlight]) -> dict[int, list[Run]]:
    """Highlights split at paragraph breaks, as runs relative to each text block."""
    runs: dict[int, list[Run]] = {}
    to_qt = prepared.offsets.to_qt
    starts = prepared.block_starts
    for start, end, mark in merge_highlights(prepared.text, highlights):
        q_start, q_end = to_qt(start), to_qt(end)
        block = prepared.block_of(q_start)
        while q_start < q_end:
            block_end = starts[block + 1] - 1 if block + 1 < len(starts) else q_end
            piece_end = min(q_end, block_end)
            if piece_end > q_start:
                runs.setdefault(block, []).append(
                    Run(q_start - starts[block], piece_end - q_start, mark)
                )
            block += 1
            if block >= len(starts):
                break
            q_start = max(q_start, starts[block])
    return runs
