"""Build a Document from a list of paragraph texts (finding paragraphs is `segment`'s)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from reader.documents.model import Document, Span

_SPACES = re.compile(r"[^\S\n]+")
PARAGRAPH_SEPARATOR = "\n\n"


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
