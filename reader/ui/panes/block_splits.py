"""Very long paragraphs shown as several text blocks, so Qt never lays out one for long.

Qt lays out a text block in one piece on the GUI thread, in time that grows
with its length (a paragraph of a million characters held the window 1.5 s of
CPU as it opened), and the layout pacer can only yield between blocks. So a paragraph longer than
MAX_BLOCK_CHARS is shown as several blocks: at a chosen whitespace character
(after a sentence's end where there is one) or at one of the zero-width break
marks of a long token, the pane holds a paragraph separator instead of that
character. One character for one, so every Qt position and every offset stays
what it was; the document's text, copy and Find (which searches that text)
are untouched.

The blocks after such a separator are *continuations*: they belong to the
paragraph before them (shown and hidden with it, no paragraph gap between
them). Characters that Qt itself would take as a block break (a paragraph
separator, a carriage return, Qt's frame marks) become continuations too, so
the pane's blocks are always the ones `block_starts` lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BLOCK_CHARS = 3_000  # the window takes in 1M characters in ~40 ms CPU (8,000: ~90 ms)
MIN_BLOCK_CHARS = MAX_BLOCK_CHARS // 2
PARAGRAPH_SEPARATOR = "\u2029"
# What QTextCursor.insertText turns into a new block besides "\n": a separator, a
# carriage return (which would also swallow a following "\n"), frame start and end.
_QT_BLOCK_BREAKS = re.compile("[\u2029\r\ufdd0\ufdd1]")
_BLOCK_END = re.compile("[\n\u2029]")
_SENTENCE_END = re.compile("[.!?…][\"'”’)\\]]*[^\\S\n]")
_BREAK_POINT = re.compile("[^\\S\n]|\u200b")  # whitespace within a line, or a token's break


@dataclass(frozen=True)
class Blocks:
    """The pane's text with its block separators, and where each block starts (Qt units)."""

    text: str
    starts: tuple[int, ...]
    continued: frozenset[int]  # block numbers that carry on the paragraph above them


def split_blocks(shown: str) -> Blocks:
    """Cut every line of `shown` longer than MAX_BLOCK_CHARS into continuation blocks."""
    shown = _QT_BLOCK_BREAKS.sub(PARAGRAPH_SEPARATOR, shown)
    if len(shown) > MAX_BLOCK_CHARS:
        cuts = _cuts(shown)
        if cuts:
            shown = _replace_at(shown, cuts)
    return _blocks(shown)


def _cuts(shown: str) -> list[int]:
    """Indices of the characters that become block separators (none in short lines)."""
    cuts: list[int] = []
    line_start = 0
    for end in [m.start() for m in _BLOCK_END.finditer(shown)] + [len(shown)]:
        start = line_start
        while end - start > MAX_BLOCK_CHARS:
            cut = _cut_after(shown, start, end)
            if cut < 0:
                break
            cuts.append(cut)
            start = cut + 1
        line_start = end + 1
    return cuts


def _cut_after(shown: str, start: int, end: int) -> int:
    """Where to end a block that starts at `start`: the last sentence end between
    MIN_BLOCK_CHARS and MAX_BLOCK_CHARS on, else the last break point there, else the
    last one before (a word of up to 2,000 characters has no break marks and can fill
    the whole stretch); -1 if the line has none (it then stays whole)."""
    low, high = start + MIN_BLOCK_CHARS, start + MAX_BLOCK_CHARS
    last = -1
    for match in _SENTENCE_END.finditer(shown, low, high):
        last = match.end() - 1
    if last >= 0:
        return last
    for lo, hi in ((low, high), (start + 1, low)):
        for match in _BREAK_POINT.finditer(shown, lo, hi):
            last = match.start()
        if last >= 0:
            return last
    # Not reached with today's marks (a word over 2,000 characters has one every 256);
    # a character is never cut, as that would hide it.
    later = _BREAK_POINT.search(shown, high, end)
    return later.start() if later else -1


def _replace_at(shown: str, cuts: list[int]) -> str:
    pieces: list[str] = []
    previous = 0
    for cut in cuts:
        pieces.append(shown[previous:cut])
        previous = cut + 1
    pieces.append(shown[previous:])
    return PARAGRAPH_SEPARATOR.join(pieces)


def _blocks(shown: str) -> Blocks:
    starts = [0]
    continued: set[int] = set()
    position, last = 0, 0
    ascii_only = shown.isascii()
    for match in _BLOCK_END.finditer(shown):
        index = match.start()
        piece = shown[last:index]
        position += len(piece) if ascii_only else _utf16_length(piece)
        position += 1
        last = index + 1
        if match.group() == PARAGRAPH_SEPARATOR:
            continued.add(len(starts))
        starts.append(position)
    return Blocks(shown, tuple(starts), frozenset(continued))


def _utf16_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2
