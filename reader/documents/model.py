"""The document model every other layer reads: plain text plus where its parts are."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range [start, end) of Python code-point offsets into a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """An article as loaded: its text (line endings normalised) and its paragraphs.

    `text` is what all offsets point into. Paragraphs are spans of `text`
    separated by blank lines (or by single newlines in sources that have one
    paragraph per line, such as extracted web text).
    """

    text: str
    paragraphs: tuple[Span, ...]
    title: str | None = None
    path: Path | None = None
    source_format: str = "txt"
    encoding: str | None = None
    notes: tuple[str, ...] = field(default=())
    # Set for a page opened from the web, which has no path.
    source_url: str | None = None

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.title or self.source_url or "untitled"

    def word_count(self) -> int:
        return len(self.text.split())
