"""Aligning the sentences between two exact anchors: paraphrases, splits and merges.

Small gaps get a full dynamic programme over 1:1, 2:1, 1:2, 3:1, 1:3 and 2:2
pairings (merges and splits of two and three sentences); large
gaps are first cut by "soft anchors" (clearly similar sentences found through
rare words), and what stays large is aligned inside a band around its diagonal.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.compare.anchors import Candidate, heaviest_chain
from reader.compare.similarity import (
    TAU,
    TELLING_BONUS,
    RareWordIndex,
    Vocabulary,
    Words,
    dice,
    telling_gain,
)

# Gaps with at most this many sentence pairs get the full programme.
_FULL_CELLS = 4096
# Half-width of the band (in sentences) for large gaps.
_BAND = 24
SOFT_ANCHOR_MIN = 0.5

# Moves in the programme: which cell a step comes from, as (old, new) sentence counts.
_STEPS: tuple[tuple[int, int], ...] = (
    (1, 0),
    (0, 1),
    (1, 1),
    (2, 1),
    (1, 2),
    (3, 1),
    (1, 3),
    (2, 2),
)
_ONE_TO_ONE = 2
# What each sentence beyond a 1:1 pairing costs: a group must clearly beat its parts.
_GROUP_COST = 0.5
# What each merged sentence must add on its own (2 per word explained, a telling word
# more, TAU per word), so a merge cannot swallow a deleted neighbour that shares two
# words with it.
_MERGED_GAIN = 2.0
# Halves of a split sentence are often short and reworded: they need less.
_SPLIT_GAIN = 0.5
# Equal sentences always pair, even when they have no content words.
_EQUAL_GAIN = 1.0


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an alignment: old[o0:o1] faces new[n0:n1] (either may be empty)."""

    old: tuple[int, int]
    new: tuple[int, int]
    score: float

    @property
    def is_match(self) -> bool:
        return self.old[0] < self.old[1] and self.new[0] < self.new[1]


@dataclass(frozen=True, slots=True)
class GapContext:
    old_keys: Sequence[str]
    new_keys: Sequence[str]
    old_words: Sequence[Words]
    new_words: Sequence[Words]
    vocabulary: Vocabulary
    check: Callable[[], None]

    def score(self, old: tuple[int, int], new: tuple[int, int]) -> float:
        """Similarity of two groups of sentences: 1 for equal ones, else Dice on content."""
        old_keys = [self.old_keys[i] for i in range(*old)]
        if old_keys == [self.new_keys[j] for j in range(*new)]:
            return 1.0
        return dice(union_of(self.old_words, old), union_of(self.new_words, new))


def union_of(words: Sequence[Words], span: tuple[int, int]) -> Words:
    if span[1] - span[0] == 1:
        return words[span[0]]
    return frozenset().union(*(words[k] for k in range(*span)))


def align_gap(ctx: GapContext, o0: int, o1: int, n0: int, n1: int) -> list[Step]:
    """Steps covering old[o0:o1] and new[n0:n1] in order on both sides."""
    if o0 == o1 or n0 == n1:
        return _unmatched(o0, o1, n0, n1)
    if o1 - o0 == 1 and n1 - n0 == 1:
        return _one_by_one(ctx, o0, n0)
    if (o1 - o0) * (n1 - n0) <= _FULL_CELLS:
        return _programme(ctx, o0, o1, n0, n1, band=None)
    anchors = soft_anchors(ctx, o0, o1, n0, n1)
    if not anchors:
        return _programme(ctx, o0, o1, n0, n1, band=_BAND)
    steps: list[Step] = []
    previous = (o0 - 1, n0 - 1)
    for i, j in anchors:
        steps.extend(align_gap(ctx, previous[0] + 1, i, previous[1] + 1, j))
        steps.append(Step((i, i + 1), (j, j + 1), ctx.score((i, i + 1), (j, j + 1))))
        previous = (i, j)
    steps.extend(align_gap(ctx, previous[0] + 1, o1, previous[1] + 1, n1))
    return steps


def _one_by_one(ctx: GapContext, i: int, j: int) -> list[Step]:
    """What the programme finds for one old and one new sentence, without a table."""
    old, new = (i, i + 1), (j, j + 1)
    gain = telling_gain(ctx.old_words[i], ctx.new_words[j], ctx.vocabulary.distinctive)
    if gain > 0 or ctx.old_keys[i] == ctx.new_keys[j]:
        return [Step(old, new, ctx.score(old, new))]
    return [Step(old, (j, j), 0.0), Step((i + 1, i + 1), new, 0.0)]


def _unmatched(o0: int, o1: int, n0: int, n1: int) -> list[Step]:
    deleted = [Step((i, i + 1), (n0, n0), 0.0) for i in range(o0, o1)]
    inserted = [Step((o1, o1), (j, j + 1), 0.0) for j in range(n0, n1)]
    return deleted + inserted


def soft_anchors(ctx: GapContext, o0: int, o1: int, n0: int, n1: int) -> list[tuple[int, int]]:
    """Clearly similar sentence pairs on the heaviest in-order chain (weighted by similarity)."""
    index = RareWordIndex(ctx.old_words, ctx.new_words, range(n0, n1), ctx.vocabulary)
    candidates: list[Candidate] = []
    for i in range(o0, o1):
        if (i - o0) % 256 == 0:
            ctx.check()
        candidates.extend(Candidate(i, c.new, c.score) for c in index.best(i, SOFT_ANCHOR_MIN))
    return [(c.old, c.new) for c in heaviest_chain(candidates)]


def _programme(ctx: GapContext, o0: int, o1: int, n0: int, n1: int, band: int | None) -> list[Step]:
    """Best-scoring monotone alignment of the gap; cells outside the band are not visited."""
    old_count, new_count = o1 - o0, n1 - n0
    old = [ctx.old_words[i] for i in range(o0, o1)]
    new = [ctx.new_words[j] for j in range(n0, n1)]
    old_keys, new_keys = ctx.old_keys[o0:o1], ctx.new_keys[n0:n1]
    telling = ctx.vocabulary.distinctive
    old_groups = _groups(old)
    new_groups = _groups(new)
    lows, highs = _band_rows(old_count, new_count, band)
    scores = [[-math.inf] * (highs[i] - lows[i] + 1) for i in range(old_count + 1)]
    moves = [[-1] * (highs[i] - lows[i] + 1) for i in range(old_count + 1)]
    scores[0][0] = 0.0

    def score_at(i: int, j: int) -> float:
        if j < lows[i] or j > highs[i]:
            return -math.inf
        return scores[i][j - lows[i]]

    for i in range(old_count + 1):
        if i % 64 == 0:
            ctx.check()
        low = lows[i]
        for j in range(max(low, 1 if i == 0 else 0), highs[i] + 1):
            best, best_move = -math.inf, -1
            for move, (di, dj) in enumerate(_STEPS):
                if i < di or j < dj:
                    continue
                base = score_at(i - di, j - dj)
                if base == -math.inf:
                    continue
                if di and dj:
                    gain = telling_gain(old_groups[di][i - di], new_groups[dj][j - dj], telling)
                    if move == _ONE_TO_ONE:
                        if old_keys[i - 1] == new_keys[j - 1]:
                            gain = max(gain, _EQUAL_GAIN)  # even "Why?" or "It was."
                    else:
                        gain -= _GROUP_COST * (di + dj - 2)
                    # A step that cannot beat the best so far needs no closer look.
                    if gain <= 0 or base + gain <= best:
                        continue
                    if move != _ONE_TO_ONE and not _members_explain(
                        old[i - di : i], new[j - dj : j], telling
                    ):
                        continue
                    base += gain
                if base > best:
                    best, best_move = base, move
            scores[i][j - low] = best
            moves[i][j - low] = best_move
    return _trace_back(ctx, moves, lows, o0, n0, old_count, new_count)


def _groups(words: list[Words]) -> dict[int, list[Words]]:
    """Unions of 1, 2 and 3 consecutive sentences' words, by group size then first index."""
    pairs = [words[k] | words[k + 1] for k in range(len(words) - 1)]
    triples = [pairs[k] | words[k + 2] for k in range(len(words) - 2)]
    return {1: words, 2: pairs, 3: triples}


def _members_explain(old: list[Words], new: list[Words], telling: Words) -> bool:
    """Whether every sentence of a group matches words the rest of its group leaves
    unexplained, so a merge cannot swallow a neighbour that merely shares a few words."""
    return _each_explains(old, new, _MERGED_GAIN, frozenset()) and _each_explains(
        new, old, _SPLIT_GAIN, telling
    )


def _each_explains(group: list[Words], other: list[Words], least: float, telling: Words) -> bool:
    if len(group) == 1:
        return True
    target = frozenset().union(*other)
    for k, member in enumerate(group):
        rest = frozenset().union(*(g for m, g in enumerate(group) if m != k))
        found = member & (target - rest)
        worth = 2 * len(found) + TELLING_BONUS * len(found & telling)
        if worth - TAU * len(member) <= least:
            return False
    return True


def _band_rows(old_count: int, new_count: int, band: int | None) -> tuple[list[int], list[int]]:
    if band is None:
        return [0] * (old_count + 1), [new_count] * (old_count + 1)
    # Row i reaches to where row i + 1 starts, so every row connects to the next.
    lows, highs = [], []
    slope = new_count / old_count
    for i in range(old_count + 1):
        lows.append(max(0, math.floor(i * slope) - band))
        highs.append(min(new_count, math.ceil((i + 1) * slope) + band))
    return lows, highs


def _trace_back(
    ctx: GapContext,
    moves: list[list[int]],
    lows: list[int],
    o0: int,
    n0: int,
    i: int,
    j: int,
) -> list[Step]:
    steps: list[Step] = []
    while i or j:
        di, dj = _STEPS[moves[i][j - lows[i]]]
        old, new = (o0 + i - di, o0 + i), (n0 + j - dj, n0 + j)
        steps.append(Step(old, new, ctx.score(old, new) if di and dj else 0.0))
        i, j = i - di, j - dj
    steps.reverse()
    return _deletions_first(steps)


def _deletions_first(steps: list[Step]) -> list[Step]:
    """Within each run of unmatched sentences, list deletions before insertions."""
    ordered: list[Step] = []
    run: list[Step] = []
    for step in [*steps, None]:
        if step is not None and not step.is_match:
            run.append(step)
            continue
        if run:
            end_old = max(s.old[1] for s in run)
            start_new = min(s.new[0] for s in run)
            deleted = [s for s in run if s.old[0] < s.old[1]]
            inserted = [s for s in run if s.new[0] < s.new[1]]
            ordered.extend(Step(s.old, (start_new, start_new), 0.0) for s in deleted)
            ordered.extend(Step((end_old, end_old), s.new, 0.0) for s in inserted)
            run = []
        if step is not None:
            ordered.append(step)
    return ordered
