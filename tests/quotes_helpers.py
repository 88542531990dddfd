"""Helpers shared by the quote and audit tests: Documents built without the loader."""

from __future__ import annotations

import re

from reader.documents.model import Document, Span
from reader.quotes.model import Quote, QuoteSet


def make_document(text: str) -> Document:
    """One paragraph per non-empty line, as the loader does for extracted web text."""
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    return Document(text, paragraphs)


def quote_with(quotes: QuoteSet, fragment: str) -> Quote:
    found = [q for q in quotes.quotes if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in quotes.quotes]}"
    return min(found, key=lambda q: len(q.text))


def speaker_name(quotes: QuoteSet, quote: Quote) -> str | None:
    names = {s.id: s.name for s in quotes.speakers}
    return names.get(quote.speaker) if quote.speaker else None


def quotes_of(*texts: str) -> list[QuoteSet]:
    """Each text's quotes, extracted as the app does (one batch)."""
    from reader.quotes import extract_many

    return extract_many([make_document(t) for t in texts])


def span_text(text: str, span: Span | None) -> str | None:
    """The words a span covers (a speaker mention, a cue), or None where there is none."""
    return text[span.start : span.end] if span is not None else None


def mention_text(text: str, quotes: QuoteSet, fragment: str) -> str | None:
    """The words naming the speaker of the quote holding `fragment`, or None."""
    return span_text(text, quote_with(quotes, fragment).speaker_mention)


def only_quote(quotes: QuoteSet, sentence: str, words: str) -> Quote:
    """The one quote whose text is exactly `words` (failing with all found otherwise)."""
    hits = [q for q in quotes.quotes if q.text == words]
    assert len(hits) == 1, f"{sentence!r}: {[q.text for q in quotes.quotes]}"
    return hits[0]


def quotes_in(text: str) -> QuoteSet:
    """One text's quotes."""
    return quotes_of(text)[0]
