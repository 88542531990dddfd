"""Where a quote's words are in the other version: through the alignment, else anywhere.

The sentence alignment gives a small region to search first. When that finds no
exact copy, a token index of the whole other text proposes places where the
quote's rarer words occur, and the best window around each is scored by the
words it shares, in order, with the quote.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.audit.words import Word, dice, same_words, straightened, word_at, word_matches
from reader.documents.model import Span
from reader.documents.stopwords import COMMON_WORDS as _COMMON

MIN_COVERAGE = 0.5  # at least half the quote's words must be there, in order
# Searched for in the whole text only with this many words, this many of them uncommon.
DISTINCTIVE_WORDS = 6
DISTINCTIVE_CONTENT = 3
_CANDIDATE_PLACES = 4
_REPLACED_EDGE = 2


@dataclass(frozen=True, slots=True)
class Counterpart:
    """Where a quote's words were found. Its words are `words_in(text, span)`, not kept:
    a 300k-word pair has tens of thousands of counterparts alive until the audit ends."""

    span: Span
    similarity: float  # Dice over words, 0..1
    coverage: float  # share of the quote's words found
    verbatim: bool


class TextIndex:
    """The words of one version, with where each word occurs.

    Kept as flat arrays and shared key strings rather than Word objects: a 300k-word
    version made 180 MB of Words, and only the few inside a chosen window are needed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("q")
        self.ends = array("q")
        self.keys: list[str] = []
        self.places: dict[str, array[int]] = {}
        shared: dict[str, str] = {}
        for index, match in enumerate(word_matches(text)):
            key = straightened(match.group()).lower()
            key = shared.setdefault(key, key)
            self.starts.append(match.start())
            self.ends.append(match.end())
            self.keys.append(key)
            places = self.places.get(key)
            if places is None:
                places = self.places[key] = array("q")
            places.append(index)

    def __len__(self) -> int:
        return len(self.keys)

    def word(self, index: int) -> Word:
        return word_at(self.text, self.starts[index], self.ends[index])

    def word_range(self, span: Span) -> tuple[int, int]:
        return bisect_left(self.starts, span.start), bisect_right(self.starts, span.end - 1)

    def find(
        self, quote: list[Word], regions: list[Span], anywhere: bool = True
    ) -> Counterpart | None:
        """The best counterpart of `quote`: in `regions` (where the alignment puts its
        sentences), and in the whole text (unless not `anywhere`) only when the quote is
        long enough to be told apart from chance matches (a scare-quoted word also occurs
        in the headline)."""
        if not quote:
            return None
        best = None
        for region in regions:
            low, high = self.word_range(region)
            inside = self._window(quote, low, high)
            if inside is None or not inside.verbatim:
                # Words a quote shares with the sentences around its own (a sentence split
                # differently): a copy inside the region still wins over one beside it.
                inside = _better(inside, self._window(quote, low - len(quote), high + len(quote)))
            best = _better(best, inside)
        if anywhere and (best is None or not best.verbatim) and _distinctive(quote):
            for start in self._likely_starts(quote):
                window = self._window(quote, start - len(quote) // 2 - 2, start + len(quote) * 2)
                best = _better(best, window)
        if best is None or not (best.verbatim or self._close_enough(best, quote)):
            return None
        return best

    def exact(self, quote: list[Word], span: Span) -> Counterpart | None:
        """The quote's words in the words of `span` (or a word either side of it), when
        they are there word for word; else None."""
        low, high = self.word_range(span)
        found = self._window(quote, low - 1, high + 1) if high > low else None
        return found if found is not None and found.verbatim else None

    def _close_enough(self, found: Counterpart, quote: list[Word]) -> bool:
        low, high = self.word_range(found.span)
        content = {w.key for w in quote if w.key not in _COMMON}
        shared = content.intersection(self.keys[low:high])
        enough_content = len(shared) >= max(1, math.ceil(len(content) * 0.5))
        return found.coverage >= MIN_COVERAGE and enough_content and len(quote) > 1

    def _likely_starts(self, quote: list[Word]) -> list[int]:
        votes: Counter[int] = Counter()
        rare = [(i, w) for i, w in enumerate(quote) if w.key not in _COMMON] or list(
            enumerate(quote)
        )
        for offset, word in rare:
            for place in self.places.get(word.key, ()):
                votes[place - offset] += 1
        return [start for start, _ in votes.most_common(_CANDIDATE_PLACES)]

    def _window(self, quote: list[Word], low: int, high: int) -> Counterpart | None:
        low, high = max(0, low), min(len(self), high)
        if high <= low:
            return None
        matcher = SequenceMatcher(None, [w.key for w in quote], self.keys[low:high], False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            return None
        first, last, matched = _best_block_run(blocks, len(quote))
        first, last = _with_replaced_edges(blocks, first, last, len(quote), high - low)
        chosen = [self.word(i) for i in range(low + first, low + last)]
        return Counterpart(
            span=Span(chosen[0].span.start, chosen[-1].span.end),
            similarity=dice(matched, len(quote), len(chosen)),
            coverage=matched / len(quote),
            verbatim=same_words(quote, chosen),
        )


def _distinctive(quote: list[Word]) -> bool:
    content = {w.key for w in quote if w.key not in _COMMON}
    return len(quote) >= DISTINCTIVE_WORDS and len(content) >= DISTINCTIVE_CONTENT


def _best_block_run(
    blocks: Sequence[tuple[int, int, int]], quote_length: int
) -> tuple[int, int, int]:
    """The run of consecutive matching blocks whose window scores best against the quote.

    Recall counts more than precision: a paraphrase keeps the quote's words with new
    ones between them, and the window should still hold all of them.
    """
    best = (0.0, 0, 0, 0)
    for i in range(len(blocks)):
        matched = 0
        for j in range(i, len(blocks)):
            matched += blocks[j][2]
            first, last = blocks[i][1], blocks[j][1] + blocks[j][2]
            score = (matched / quote_length) * math.sqrt(matched / (last - first))
            if score > best[0]:
                best = (score, first, last, matched)
    return best[1], best[2], best[3]


def _with_replaced_edges(
    blocks: Sequence[tuple[int, int, int]], first: int, last: int, quote_length: int, size: int
) -> tuple[int, int]:
    """Widen the window over words that replace the quote's unmatched first or last words."""
    head = next(b for b in blocks if b[1] == first)
    tail = next(b for b in reversed(blocks) if b[1] + b[2] == last)
    before = head[0]  # quote words before the first match
    after = quote_length - (tail[0] + tail[2])  # quote words after the last match
    # Only a word or two: a longer unmatched edge was cut, not replaced.
    before = before if before <= _REPLACED_EDGE else 0
    after = after if after <= _REPLACED_EDGE else 0
    return max(0, first - before), min(size, last + after)


def _better(current: Counterpart | None, candidate: Counterpart | None) -> Counterpart | None:
    if candidate is None:
        return current
    if current is None:
        return candidate
    key = (candidate.verbatim, candidate.similarity)
    return candidate if key > (current.verbatim, current.similarity) else current
