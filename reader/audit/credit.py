"""Who the two versions credit with a quote's words, and whether that credit changed.

A speaker change is claimed only from the text: both versions name a speaker, the
two are surely different people, and the words that name them were edited. A
pronoun (“he said”) or an unedited name resolving differently is the extractor
reading the same words two ways (a sentence inserted nearby moves what “he”
points at), not the rewrite changing who spoke.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.audit.linking import may_be_same
from reader.audit.spans import SpanLookup
from reader.compare.model import Comparison, EditOp
from reader.documents.model import Span
from reader.quotes.model import AttributionChange, Quote, Speaker

PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "they",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "your",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
    ]
)


@dataclass(frozen=True)
class Edited:
    """The words each version does not share with the other (deleted, inserted)."""

    old: SpanLookup[bool]
    new: SpanLookup[bool]

    @classmethod
    def of(cls, comparison: Comparison) -> Edited:
        old = [(e.old, True) for e in comparison.edits if e.op is EditOp.DELETE and e.old]
        new = [(e.new, True) for e in comparison.edits if e.op is EditOp.INSERT and e.new]
        return cls(SpanLookup(old), SpanLookup(new))

    def touches(self, span: Span | None, in_old: bool) -> bool:
        if span is None:
            return False
        return bool((self.old if in_old else self.new).overlapping(span))


@dataclass(frozen=True)
class Credit:
    """One version's credit for some words: the quote holding them there (if any)."""

    quote: Quote | None
    text: str  # that version's text
    in_old: bool

    @property
    def speaker(self) -> str | None:
        return self.quote.speaker if self.quote else None

    @property
    def mention(self) -> Span | None:
        return self.quote.speaker_mention if self.quote else None

    @property
    def credited(self) -> bool:
        """Somebody is credited: a known speaker or words that name one."""
        return self.quote is not None and (self.speaker is not None or self.mention is not None)

    def pronoun(self) -> bool:
        """Named only by a pronoun (or a relative word) whose reading may shift."""
        if self.mention is None:
            return False
        words = self.text[self.mention.start : self.mention.end].lower().split()
        return bool(words) and all(w.strip(".,;:’'") in PRONOUNS for w in words)


def holder(quotes: tuple[Quote, ...], span: Span) -> Quote | None:
    """The quote of the other version whose words these are: the one holding most of them,
    when it holds at least half (a one-word quote matched inside someone else's sentence
    says nothing of who speaks)."""
    holding = [q for q in quotes if q.span.overlaps(span)]
    if not holding:
        return None
    best = max(holding, key=lambda q: (_shared(q.span, span), q.speaker is not None))
    return best if 2 * _shared(best.span, span) >= len(span) else None


def speaker_changed(people: dict[str, Speaker], old: Credit, new: Credit, edited: Edited) -> bool:
    """Both speakers known, surely different people, and the rewrite names the new one.

    The new version must credit the words by name, in words the rewrite wrote (a
    pronoun's antecedent is a guess that moves with nearby insertions). The old
    credit must be gone from the text: its name deleted, or only a pronoun or an
    inherited speaker (a continuation quote) to begin with. A name both versions
    keep, read against other words, is the extractor's doing, not the rewrite's.
    """
    a, b = old.speaker, new.speaker
    if a is None or b is None or a == b:
        return False
    first, second = people.get(a), people.get(b)
    if first is not None and second is not None and may_be_same(first, second):
        return False
    if new.mention is None or new.pronoun() or not edited.touches(new.mention, False):
        return False
    return old.mention is None or old.pronoun() or edited.touches(old.mention, True)


def credit_change(old: Credit, new: Credit) -> AttributionChange | None:
    """Attribution removed (credited before, nobody now) or added; None when unchanged."""
    if old.credited == new.credited:
        return None
    return AttributionChange.REMOVED if old.credited else AttributionChange.ADDED


def _shared(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
