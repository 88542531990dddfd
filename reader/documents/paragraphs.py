"""Find paragraphs in text, and build a Document from a list of paragraph texts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from reader.documents.model import Document, Span

# A line break followed by one or more lines holding nothing but whitespace.
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
_LINE_BREAK = re.compile(r"\n")
_SPACES = re.compile(r"[^\S\n]+")
PARAGRAPH_SEPARATOR = "\n\n"


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Spans of the paragraphs of `text`, each without its surrounding whitespace.

    Paragraphs are separated by blank lines. Text with no blank line at all is
    taken to hold one paragraph per line, as web extractions do.
    """
    content = _content_span(text)
    if content is None:
        return ()
    within = (content.start, content.end)
    one_per_line = _BLANK_LINES.search(text, *within) is None
    separators = (_LINE_BREAK if one_per_line else _BLANK_LINES).finditer(text, *within)
    spans: list[Span | None] = []
    start = content.start
    for separator in separators:
        spans.append(_trimmed(text, start, separator.start()))
        start = separator.end()
    spans.append(_trimmed(text, start, content.end))
    return tuple(span for span in spans if span is not None)


def document_from_blocks(
    blocks: Iterable[str],
    *,
    title: str | None,
    path: Path | None,
    source_format: str,
    encoding: str | None = None,
    notes: tuple[str, ...] = (),
    source_url: str | None = None,
) -> Document:
    """Join paragraph texts with blank lines into one text with exact paragraph spans.

    Blocks are tidied first (runs of spaces collapsed, inner blank lines closed up,
    ends trimmed) and empty ones are skipped, so no span is empty.
    """
    pieces: list[str] = []
    spans: list[Span] = []
    offset = 0
    for block in blocks:
        tidy = tidy_block(block)
        if not tidy:
            continue
        if pieces:
            pieces.append(PARAGRAPH_SEPARATOR)
            offset += len(PARAGRAPH_SEPARATOR)
        pieces.append(tidy)
        spans.append(Span(offset, offset + len(tidy)))
        offset += len(tidy)
    return Document(
        text="".join(pieces),
        paragraphs=tuple(spans),
        title=tidy_title(title),
        path=path,
        source_format=source_format,
        encoding=encoding,
        notes=notes,
        source_url=source_url,
    )


def tidy_block(block: str) -> str:
    """One paragraph's text: single spaces, no blank lines inside, no outer whitespace."""
    lines = (_SPACES.sub(" ", line).strip() for line in block.split("\n"))
    return "\n".join(line for line in lines if line)


def tidy_title(title: str | None) -> str | None:
    if title is None:
        return None
    return " ".join(title.split()) or None


def _content_span(text: str) -> Span | None:
    stripped = text.strip()
    if not stripped:
        return None
    start = len(text) - len(text.lstrip())
    return Span(start, start + len(stripped))


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span [start, end) narrowed to its non-whitespace part; None if it is blank."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    lead = len(piece) - len(piece.lstrip())
    return Span(start + lead, start + lead + len(stripped))
