"""Where a quote's words stand in the other version, read through the sentence alignment.

The alignment says which sentences of the other version face the quote's own; the
words are looked for there first, and before all at the very place the comparison's
offset map gives (a phrase those sentences hold twice faces its own occurrence).
Sentences left unpaired face the other version's unpaired text between the same
neighbours. Found anywhere else (only a quote long enough to
be distinctive is looked for anywhere else), the place must not be one that already
held the same words in the quote's own version: a dropped headline quote repeated
in the body, or a sentence that merely shares a phrase, is another occurrence of
the words, not this quote surviving.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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
    orders: tuple[_Order, _Order]  # every block with text on that side, old and new

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
            (_Order.of(comparison, True), _Order.of(comparison, False)),
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
        return regions or self._gap(span, in_old) or self._beside_moved(span, in_old)

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

    def _beside_moved(self, span: Span, in_old: bool) -> list[Span]:
        """For words the alignment left unpaired next to a moved passage (a paragraph moved
        and its last sentence rewritten): the other version's unpaired text on the same
        side of that passage's counterpart, when short."""
        here, there = self.orders if in_old else self.orders[::-1]
        at = bisect_right(here.starts, span.start) - 1
        if at < 0 or self._two_sided(here.indices[at]):
            return []
        regions = []
        for step in (-1, 1):  # the block before the words, then the one after them
            if not 0 <= at + step < len(here.indices):
                continue
            neighbour = self.comparison.blocks[here.indices[at + step]]
            facing = neighbour.new if in_old else neighbour.old
            if neighbour.old is None or neighbour.new is None or facing is None:
                continue
            # On the other side, the block next to the neighbour's counterpart, on the side
            # where the words stand.
            beside = bisect_left(there.starts, facing.start) - step
            if not 0 <= beside < len(there.indices) or self._two_sided(there.indices[beside]):
                continue
            block = self.comparison.blocks[there.indices[beside]]
            region = block.new if in_old else block.old
            if region is not None and len(region) <= GAP_LIMIT:
                regions.append(region)
        return regions

    def _two_sided(self, index: int) -> bool:
        block = self.comparison.blocks[index]
        return block.old is not None and block.new is not None

    def counterpart(
        self, words: list[Word], span: Span, in_old: bool, here: TextIndex, there: TextIndex
    ) -> Counterpart | None:
        """Where the words of the quote at `span` (in the old version if `in_old`) are in
        the other version, or None. `here` indexes the quote's version, `there` the other."""
        home = self._at_home(words, span, in_old, there)
        if home is not None:
            return home
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

    def _at_home(
        self, words: list[Word], span: Span, in_old: bool, there: TextIndex
    ) -> Counterpart | None:
        """The words where the comparison's offset map puts the quote, when it lies in
        sentences the alignment pairs and they are there word for word: a phrase both
        versions hold twice in the same sentences (a headline's scare quote and the
        body's) faces its own occurrence, not the first one."""
        if not self.blocks(span, in_old):
            return None
        to_other = self.comparison.old_to_new if in_old else self.comparison.new_to_old
        start, end = to_other(span.start), to_other(span.end)
        # Across a moved block's edge the map may run backwards: no place to look then.
        return there.exact(words, Span(start, end)) if end > start else None


@dataclass(frozen=True)
class _Order:
    """The blocks with text on one side, in that side's reading order."""

    starts: tuple[int, ...]
    indices: tuple[int, ...]  # into comparison.blocks

    @classmethod
    def of(cls, comparison: Comparison, old: bool) -> _Order:
        spans = sorted(
            (span.start, index)
            for index, block in enumerate(comparison.blocks)
            if (span := block.old if old else block.new) is not None
        )
        return cls(tuple(start for start, _ in spans), tuple(index for _, index in spans))


def _block_lookup(comparison: Comparison, from_old: bool) -> SpanLookup[int]:
    return SpanLookup(
        (block.old if from_old else block.new, index)
        for index, block in enumerate(comparison.blocks)
        if block.old is not None and block.new is not None
    )
