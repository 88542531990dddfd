"""Scare-quote rows told what the quote audit knows: words it credits to a speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.audit.model import QuoteAudit
from reader.changes.model import Change, ChangeKind
from reader.documents.model import Span
from reader.quotes.model import QuoteSet

_MARKS = "\"'“”‘’«»„"


def credit_quotes(changes: Sequence[Change], audit: QuoteAudit) -> list[Change]:
    """Each scare-quote row whose marked words the audit credits to a speaker, with a note
    naming that speaker instead of leaving the reader to check the quotes list."""
    names = {speaker.id: speaker.name for speaker in audit.speakers}
    return [_credited(c, audit, names) if c.kind is ChangeKind.SCARE_QUOTE else c for c in changes]


def _credited(change: Change, audit: QuoteAudit, names: dict[str, str]) -> Change:
    added = _quote_count(change.new_text) > _quote_count(change.old_text)
    marked = change.new if added else change.old
    who = _speaker_of(audit.new_quotes if added else audit.old_quotes, marked, names)
    if who is None:
        return change
    words = (change.new_text if added else change.old_text).strip(_MARKS + " ")
    what = "added around" if added else "removed from"
    note = f"Quote marks {what} “{words}”; the quotes list credits these words to {who}."
    return replace(change, note=note)


def _quote_count(text: str) -> int:
    return sum(char in _MARKS for char in text)


def _speaker_of(quotes: QuoteSet, span: Span | None, names: dict[str, str]) -> str | None:
    if span is None:
        return None
    for quote in quotes.quotes:
        if quote.speaker is not None and any(p.overlaps(span) for p in quote.pieces):
            return names.get(quote.speaker)
    return None
