"""Rebuild paragraphs from the lines a PDF gives: PDFs store lines, not paragraphs.

A line break starts a new paragraph when the vertical gap is clearly larger than
the usual line spacing, when the font size changes (a heading), or when a short
line ends a sentence. Otherwise lines are joined, undoing end-of-line hyphenation.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PdfLine:
    """One line of text as laid out on a page; y grows upwards, as in PDF space."""

    text: str
    page: int
    y: float | None = None
    size: float | None = None


# More than this times the usual spacing between lines is a paragraph gap.
_GAP_FACTOR = 1.4
# A font this much larger or smaller than its neighbour's is a different kind of text.
_SIZE_CHANGE = 0.15
# A line shorter than this share of a full line, ending a sentence, ends its paragraph.
_SHORT_LINE_SHARE = 0.7
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’»)\]]*\Z")
_PAGE_NUMBER = re.compile(r"\A(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\Z", re.IGNORECASE)
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]\Z")


def paragraphs_from_lines(lines: Sequence[PdfLine]) -> list[str]:
    """Group lines into paragraph texts, dropping page numbers and running headers."""
    kept = _drop_page_furniture(lines)
    stats = _LayoutStats.of(kept)
    paragraphs: list[str] = []
    current = ""
    previous: PdfLine | None = None
    for line in kept:
        text = line.text.strip()
        if not text:
            previous = None  # an explicit blank line always ends the paragraph
            continue
        if previous is not None and current and not stats.starts_paragraph(previous, line):
            current = join_lines(current, text)
        else:
            if current:
                paragraphs.append(current)
            current = text
        previous = line
    if current:
        paragraphs.append(current)
    return paragraphs


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph, undoing a hyphen that only split a word."""
    if _LINE_END_HYPHEN.search(first) and second[:1].islower():
        return first[:-1] + second
    return f"{first} {second}"


@dataclass(frozen=True, slots=True)
class _LayoutStats:
    line_gap: float | None
    full_line_length: int

    @classmethod
    def of(cls, lines: Sequence[PdfLine]) -> _LayoutStats:
        gaps = [
            above.y - below.y
            for above, below in itertools.pairwise(lines)
            if above.page == below.page
            and above.y is not None
            and below.y is not None
            and above.text.strip()
            and below.text.strip()
            and above.y > below.y
        ]
        lengths = sorted(len(line.text.strip()) for line in lines if line.text.strip())
        full = lengths[int(len(lengths) * 0.8)] if lengths else 0
        return cls(_usual_gap(gaps), full)

    def starts_paragraph(self, previous: PdfLine, line: PdfLine) -> bool:
        ends_sentence = bool(_SENTENCE_END.search(previous.text.strip()))
        if previous.page != line.page or _moved_up(previous, line):
            # A new page or column: no gap to measure, so trust the punctuation.
            return ends_sentence
        if self._wide_gap(previous, line) or _size_changed(previous, line):
            return True
        is_short = len(previous.text.strip()) < _SHORT_LINE_SHARE * self.full_line_length
        return ends_sentence and is_short

    def _wide_gap(self, previous: PdfLine, line: PdfLine) -> bool:
        if self.line_gap is None or previous.y is None or line.y is None:
            return False
        return previous.y - line.y > _GAP_FACTOR * self.line_gap


def _usual_gap(gaps: Sequence[float]) -> float | None:
    """The most common line spacing (to the point; the smaller on a tie).

    Not the median: in short paragraphs the gaps between paragraphs can be
    nearly as many as the gaps between lines.
    """
    if not gaps:
        return None
    counts = Counter(round(gap) for gap in gaps)
    spacing = min(counts, key=lambda gap: (-counts[gap], gap))
    return float(spacing) if spacing > 0 else statistics.median(gaps)


def _moved_up(previous: PdfLine, line: PdfLine) -> bool:
    return previous.y is not None and line.y is not None and line.y > previous.y


def _size_changed(previous: PdfLine, line: PdfLine) -> bool:
    if not previous.size or not line.size:
        return False
    return abs(previous.size - line.size) > _SIZE_CHANGE * max(previous.size, line.size)


def _drop_page_furniture(lines: Sequence[PdfLine]) -> list[PdfLine]:
    """Drop page numbers, and lines repeated on most pages (running heads and feet)."""
    pages = {line.page for line in lines}
    per_page = {(line.page, line.text.strip()) for line in lines if line.text.strip()}
    repeats = Counter(text for _, text in per_page)
    running = {
        text for text, count in repeats.items() if len(pages) >= 3 and count > len(pages) / 2
    }
    return [
        line
        for line in lines
        if not _PAGE_NUMBER.match(line.text.strip()) and line.text.strip() not in running
    ]
