"""The result of auditing quotes across two versions."""

from __future__ import annotations

from dataclasses import dataclass

from reader.quotes.model import AuditEntry, QuoteSet, Speaker


@dataclass(frozen=True)
class QuoteAudit:
    """Quotes of both versions, their speakers linked across versions, and one entry per link.

    Speaker ids in `speakers` are shared by both versions; the quotes in
    `old_quotes`/`new_quotes` refer to these ids.
    """

    old_quotes: QuoteSet
    new_quotes: QuoteSet
    speakers: tuple[Speaker, ...]
    entries: tuple[AuditEntry, ...]
