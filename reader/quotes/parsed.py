"""Parsed chunks of a document and token helpers in document offsets."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from reader.documents.model import Span

T = TypeVar("T")


@dataclass(frozen=True)
class ParsedChunk:
    """A parsed stretch of the document; `base` turns chunk offsets into document offsets."""

    base: int
    doc: Doc

    @cached_property
    def text(self) -> str:
        """The chunk's text: spaCy's `Doc.text` joins every token's text anew on each read."""
        return self.doc.text

    def text_of(self, span: Span) -> str:
        """The words of a document span that lies in this chunk."""
        return self.text[span.start - self.base : span.end - self.base]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [token.idx for token in self.doc]

    def tokens_from(self, span: Span) -> SpacySpan:
        """The tokens that start inside a document span (a slice, not a walk of the doc)."""
        starts = self._token_starts
        first = bisect_left(starts, span.start - self.base)
        return self.doc[first : max(first, bisect_left(starts, span.end - self.base))]

    def token_span(self, token: Token) -> Span:
        start = self.base + token.idx
        return Span(start, start + len(token.text))

    def tokens_span(self, first: Token, last: Token) -> Span:
        return Span(self.base + first.idx, self.base + last.idx + len(last.text))

    def quoted(self, token: Token, marked: SpanIndex) -> bool:
        """Whether the token lies inside one of the marked quotes: a cue or a speaker there
        belongs to the quoted speaker's own words."""
        return marked.contains(self.token_span(token))

    def sentences(self) -> Iterator[SpacySpan]:
        return iter(self.doc.sents)

    @property
    def is_headline(self) -> bool:
        """A short line with no closing punctuation: a title, where "Board backs plan" is
        news, not somebody's stance. (A chunk never runs past its paragraph.)"""
        text = self.text.rstrip()
        if text.endswith(_SENTENCE_ENDS):
            return False
        return len(text.split(maxsplit=_HEADLINE_WORDS)) <= _HEADLINE_WORDS


_SENTENCE_ENDS = (".", "!", "?", ":", '"', "'", "”", "’", ")")
_HEADLINE_WORDS = 16


FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)


def is_first_person(token: Token) -> bool:
    # "US" is the country; "I" only counts as a pronoun.
    return token.lower_ in FIRST_PERSON and token.text != "US" and token.pos_ == "PRON"


class SpanIndex:
    """Non-overlapping spans (the outermost quotes) with fast containment and overlap queries."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in self.spans]

    def __iter__(self) -> Iterator[Span]:
        return iter(self.spans)

    def overlapping(self, span: Span) -> list[Span]:
        """Spans that share at least one offset with `span` (or touch an empty one)."""
        found = []
        index = bisect_left(self._starts, span.end) - 1
        while index >= 0 and self.spans[index].end > span.start:
            found.append(self.spans[index])
            index -= 1
        return found[::-1]

    def contains(self, span: Span) -> bool:
        index = bisect_right(self._starts, span.start) - 1
        return index >= 0 and self.spans[index].end >= span.end


def inside_any(span: Span, spans: SpanIndex) -> bool:
    return spans.contains(span)


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def in_each_sentence(
    chunks: Sequence[ParsedChunk],
    marked: SpanIndex,
    finder: Callable[[ParsedChunk, SpacySpan, SpanIndex], Iterable[T]],
) -> list[T]:
    """What a finder finds in every sentence of every chunk, in document order."""
    return [
        found
        for chunk in chunks
        for sentence in chunk.sentences()
        for found in finder(chunk, sentence, marked)
    ]
