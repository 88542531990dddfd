"""Where a quote's words stand in the other version, read through the sentence alignment.

The alignment says which sentences of the other version face the quote's own; the
words are looked for there first. Found anywhere else (only a quote long enough to
be distinctive is looked for anywhere else), the place must not be one that already
held the same words in the quote's own version: a dropped headline quote repeated
in the body, or a sentence that merely shares a phrase, is another occurrence of
the words, not this quote surviving.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from reader.audit.counterpart import Counterpart, TextIndex
from reader.audit.spans import SpanLookup
from reader.audit.words import Word
from reader.compare.model import BlockKind, Comparison
from reader.documents.model import Span

# A counterpart outside the aligned sentences holds this share of the quote's words, in order:
# a quote moved elsewhere is rarely also reworded, a chance match elsewhere often half-fits.
ELSEWHERE_COVERAGE = 0.8
# The other version's unaligned stretch facing an unaligned sentence is searched only when
# at most this long (characters): a rewritten section is no one sentence's counterpart.
GAP_LIMIT = 2000


@dataclass(frozen=True)
class Alignment:
    """The comparison's two-sided blocks, looked up by their span on either side."""

    comparison: Comparison
    old_blocks: SpanLookup[int]
    new_blocks: SpanLookup[int]
    anchors: tuple[tuple[Span, Span], ...]  # in-place two-sided blocks (old, new), in order
    anchor_starts: tuple[tuple[int, ...], tuple[int, ...]]  # their starts, old and new

    @classmethod
    def of(cls, comparison: Comparison) -> Alignment:
        anchors = tuple(
            (block.old, block.new)
            for block in comparison.blocks
            if block.old is not None and block.new is not None and block.kind is not BlockKind.MOVED
        )
        in_order = all(
            a[0].end <= b[0].start and a[1].end <= b[1].start for a, b in pairwise(anchors)
        )
        anchors = anchors if in_order else ()
        return cls(
            comparison,
            _block_lookup(comparison, True),
            _block_lookup(comparison, False),
            anchors,
            (tuple(a[0].start for a in anchors), tuple(a[1].start for a in anchors)),
        )

    def blocks(self, span: Span, in_old: bool) -> list[int]:
        """Indices of the two-sided blocks holding `span` on its own side."""
        return (self.old_blocks if in_old else self.new_blocks).overlapping(span)

    def facing(self, span: Span, in_old: bool) -> list[Span]:
        """The other version's spans of the blocks that hold `span`."""
        regions = []
        for index in self.blocks(span, in_old):
            block = self.comparison.blocks[index]
            there = block.new if in_old else block.old
            assert there is not None
            regions.append(there)
        return regions or self._gap(span, in_old)

    def _gap(self, span: Span, in_old: bool) -> list[Span]:
        """For words the alignment left unpaired (a sentence deleted here, another inserted
        there, as a rewrite of it): the other version's text between the paired sentences
        around them, when it is short and not empty."""
        here, there = (0, 1) if in_old else (1, 0)
        after = bisect_left(self.anchor_starts[here], span.start)
        low = self.anchors[after - 1][there].end if after > 0 else 0
        text = self.comparison.new.text if in_old else self.comparison.old.text
        high = self.anchors[after][there].start if after < len(self.anchors) else len(text)
        if high - low > GAP_LIMIT or not any(c.isalnum() for c in text[low:high]):
            return []  # a long rewritten stretch, or nothing where the words were deleted
        return [Span(low, high)]

    def counterpart(
        self, words: list[Word], span: Span, in_old: bool, here: TextIndex, there: TextIndex
    ) -> Counterpart | None:
        """Where the words of the quote at `span` (in the old version if `in_old`) are in
        the other version, or None. `here` indexes the quote's version, `there` the other."""
        regions = self.facing(span, in_old)
        found = there.find(words, regions)
        if found is None or any(found.span.overlaps(r) for r in regions):
            return found
        # Found away from the quote's aligned sentences: nearly all its words must be there,
        # and be new there (not a copy both versions hold).
        back = self.facing(found.span, not in_old)
        echo = here.find(words, back, anywhere=False) if back else None
        if found.coverage < ELSEWHERE_COVERAGE or (
            echo is not None and not echo.span.overlaps(span)
        ):
            return there.find(words, regions, anywhere=False)
        return found


def _block_lookup(comparison: Comparison, from_old: bool) -> SpanLookup[int]:
    return SpanLookup(
        (block.old if from_old else block.new, index)
        for index, block in enumerate(comparison.blocks)
        if block.old is not None and block.new is not None
    )
