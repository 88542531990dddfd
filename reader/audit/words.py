"""Word tokens with their offsets, and the comparisons the audit makes between them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.documents.model import Span

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class Word:
    span: Span
    text: str  # apostrophes straightened, case kept
    key: str  # lower-cased, for matching


def words_in(text: str, span: Span | None = None) -> list[Word]:
    start, end = (span.start, span.end) if span is not None else (0, len(text))
    return [word_at(text, m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def words_of(text: str, spans: tuple[Span, ...]) -> list[Word]:
    """The words of several spans (a quote's parts), in order."""
    return [word for span in spans for word in words_in(text, span)]


def word_at(text: str, start: int, end: int) -> Word:
    word = straightened(text[start:end])
    return Word(Span(start, end), word, word.lower())


def word_matches(text: str) -> Iterator[re.Match[str]]:
    """Every word of `text`, as regex matches: cheaper than Words when most are not kept."""
    return _WORD.finditer(text)


def straightened(word: str) -> str:
    return word.replace("’", "'")


def same_words(a: list[Word], b: list[Word]) -> bool:
    """Equal word for word; quote marks, edge punctuation and the first letter's case aside."""
    if len(a) != len(b):
        return False
    if not a:
        return True
    return a[0].key == b[0].key and all(x.text == y.text for x, y in zip(a[1:], b[1:], strict=True))


def dice(matched: int, length_a: int, length_b: int) -> float:
    return 2 * matched / (length_a + length_b) if length_a + length_b else 0.0
