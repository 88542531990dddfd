"""Limits that keep quote extraction bounded on hostile or freak input.

spaCy refuses texts over 1,000,000 characters (E088) and its tokenizer is quadratic
in a long run without spaces that holds punctuation (20 KB of "!" took 46 s). So
long chunks are split, such runs are blanked before anything reads the text (same
length: every offset holds), and a document gets a parse budget after which its
quotes are skipped with a notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.documents.model import Document, Span

MAX_CHUNK_CHARS = 100_000  # well below spaCy's 1,000,000-character limit
MAX_PARSE_CHARS = 3_000_000  # per document; beyond it the parses alone take gigabytes
PARSE_SECONDS = 60.0  # per document
_LONG_RUN = re.compile(r"\S{101,}")
_ANY_RUN_LIMIT = 1000  # no word, URL or number is this long
_PUNCTUATION_SHARE = 0.5  # a shorter run blanked when this much of it is not letters

TOO_LONG_NOTICE = (
    "Quotes were not extracted: the text is too long ({} characters to parse; the limit is {})."
)
TOO_SLOW_NOTICE = "Quotes were not extracted: parsing this text took longer than {:.0f} seconds."


@dataclass(frozen=True, slots=True)
class Cleaned:
    document: Document  # the text with freak runs blanked, same length
    blanked: int  # characters blanked


def blank_freak_runs(document: Document) -> Cleaned:
    """The document with runs no tokenizer should see (thousands of characters without a
    space, or long runs that are mostly punctuation) replaced by spaces."""
    text = document.text
    pieces: list[str] = []
    position = 0
    blanked = 0
    for match in _LONG_RUN.finditer(text):
        if not _is_freak(match.group()):
            continue
        pieces.append(text[position : match.start()])
        pieces.append(" " * len(match.group()))
        blanked += len(match.group())
        position = match.end()
    if not blanked:
        return Cleaned(document, 0)
    pieces.append(text[position:])
    return Cleaned(replace(document, text="".join(pieces)), blanked)


def _is_freak(run: str) -> bool:
    if len(run) > _ANY_RUN_LIMIT:
        return True
    letters = sum(char.isalnum() for char in run)
    return letters < len(run) * (1 - _PUNCTUATION_SHARE)


def capped_chunks(text: str, chunks: list[Span], limit: int = MAX_CHUNK_CHARS) -> list[Span]:
    """The chunks, each longer than `limit` cut at a space near the limit (or at it)."""
    capped: list[Span] = []
    for chunk in chunks:
        start = chunk.start
        while chunk.end - start > limit:
            cut = text.rfind(" ", start + limit // 2, start + limit)
            cut = cut + 1 if cut > start else start + limit
            capped.append(Span(start, cut))
            start = cut
        capped.append(Span(start, chunk.end))
    return capped
