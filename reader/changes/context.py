"""One aligned pair as the detectors see it: both texts, its hunks and its parsed facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from reader.changes.dates import DateMention, find_dates
from reader.changes.facts import SideFacts
from reader.changes.hunks import Hunk, Pair
from reader.changes.numbers import NumberMention, find_numbers
from reader.documents.model import Span

OLD, NEW = "old", "new"


@dataclass(frozen=True)
class DocumentIndex:
    """Whole-document lookups: is this number, date or name anywhere in this version?"""

    text: str

    @cached_property
    def number_keys(self) -> frozenset[tuple[float, str, bool]]:
        dates = [d.span for d in find_dates(self.text)]
        return frozenset(m.key for m in find_numbers(self.text, 0, dates))

    @cached_property
    def date_keys(self) -> frozenset[str]:
        return frozenset(d.key for d in find_dates(self.text))

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(_WORDS.findall(self.text))

    def has_name(self, name: str) -> bool:
        # Most names looked up in a long text are absent: rule those out from its word set
        # before scanning the whole text for them.
        words = _WORDS.findall(name)
        if words and words[-1] not in self._words:
            return False
        return name_in(name, self.text)


_WORDS = re.compile(r"\w+")


def name_in(name: str, text: str) -> bool:
    """Whether a name (or, for a person's full name, its last word) occurs in `text`."""
    words = name.split()
    # A full name's last word is found wherever the full name is: look for it first.
    candidates = [name] if len(words) < 2 else [words[-1], name]
    for candidate in candidates:
        if len(candidate) > 1 and re.search(r"(?<!\w)" + re.escape(candidate) + r"(?!\w)", text):
            return True
    return False


@dataclass(frozen=True)
class PairView:
    pair: Pair
    old_text: str
    new_text: str
    old_facts: SideFacts
    new_facts: SideFacts
    old_doc: DocumentIndex
    new_doc: DocumentIndex
    _dates: dict[str, list[DateMention]] = field(default_factory=dict, compare=False)
    _numbers: dict[str, list[NumberMention]] = field(default_factory=dict, compare=False)

    def dates(self, side: str) -> list[DateMention]:
        """Date mentions of one side of the pair (found once)."""
        if side not in self._dates:
            self._dates[side] = find_dates(self.segment(side), self.base(side))
        return self._dates[side]

    def numbers(self, side: str) -> list[NumberMention]:
        """Number mentions of one side of the pair, dates left out (found once)."""
        if side not in self._numbers:
            dates = [d.span for d in self.dates(side)]
            self._numbers[side] = find_numbers(self.segment(side), self.base(side), dates)
        return self._numbers[side]

    def text(self, side: str, span: Span | None) -> str:
        if span is None:
            return ""
        source = self.old_text if side == OLD else self.new_text
        return source[span.start : span.end]

    def segment(self, side: str) -> str:
        return self.text(side, self.pair.old if side == OLD else self.pair.new)

    def base(self, side: str) -> int:
        span = self.pair.old if side == OLD else self.pair.new
        return span.start if span is not None else 0

    def facts(self, side: str) -> SideFacts:
        return self.old_facts if side == OLD else self.new_facts

    def hunk_index(self, side: str, span: Span) -> int | None:
        """The hunk whose text on `side` overlaps `span`, or None if `span` is unchanged."""
        for index, hunk in enumerate(self.pair.hunks):
            hunk_span = hunk.old if side == OLD else hunk.new
            if hunk_span is not None and hunk_span.overlaps(span):
                return index
        return None

    def hunk_side(self, hunk: Hunk, side: str) -> Span | None:
        return hunk.old if side == OLD else hunk.new

    @property
    def aligned(self) -> bool:
        return self.pair.old is not None and self.pair.new is not None
