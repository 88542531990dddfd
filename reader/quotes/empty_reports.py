"""Drafts with nothing a reader could audit as anybody's words, dropped before they become
quotes: reported words that are only a pronoun or a bare infinitive ("declined to
comment", "endorsed him"), words inside the mention that names their own speaker, and
short scare quotes nobody is credited with. In the sidebar each would read like a quote."""

from __future__ import annotations

import re

from reader.quotes.drafts import Draft
from reader.quotes.model import QuoteKind

_EMPTY = re.compile(
    r"(?:it|him|her|them|one|me|us|you|so|this|that|these|those"
    r"|something|anything|nothing|everything|someone|anyone|everyone"
    r"|to\s+[a-z]+(?:\s+(?:in|out|up|on|off|back|down|over|through))?)",
    re.IGNORECASE,
)
_SCARE_WORDS = 4  # an uncredited fragment this short is a term, title or scare quote


def nothing_to_audit(text: str, draft: Draft) -> bool:
    words = text[draft.span.start : draft.span.end]
    if draft.kind is QuoteKind.INDIRECT:
        return empty_report(words)  # (its source may sit inside it: "in a poll" clauses)
    short = len(words.split()) <= _SCARE_WORDS
    if draft.kind is QuoteKind.PARTIAL and short and _names_itself(draft):
        return True  # the scare-quoted "old hands" of `''old hands'' have endorsed her`
    return _scare_quote(words, draft)


def _names_itself(draft: Draft) -> bool:
    return draft.mention is not None and draft.mention.span.overlaps(draft.span)


def empty_report(words: str) -> bool:
    """Whether reported words are only a pronoun or a bare infinitive (edge marks ignored)."""
    return _EMPTY.fullmatch(words.strip(" \t\n.,;:!?\"'“”‘’")) is not None


def _scare_quote(words: str, draft: Draft) -> bool:
    """A few words in marks inside the narrator's sentence with no cue and nobody credited
    ("the 'promoted trend'", a show called "So, That Happened"): not reported speech."""
    if draft.kind is not QuoteKind.PARTIAL or draft.cue is not None or draft.mention is not None:
        return False
    return draft.speaker is None and len(words.split()) <= _SCARE_WORDS
