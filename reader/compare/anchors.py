"""Anchors between two sentence sequences: in-order chains of equal (or similar) sentences."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

Pair = tuple[int, int]
# An equal sentence weighs this much in a chain; a similar one weighs its similarity.
EXACT_WEIGHT = 1.0


class Candidate(NamedTuple):
    old: int
    new: int
    weight: float


def heaviest_chain(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The chain of candidates, increasing in both old and new, with the largest total weight.

    A staircase of (new index, best total) pairs, both increasing, answers "the
    best chain ending before new index j" by bisection; candidates of one old
    sentence are scored before any of them is added, so old indices increase.
    """
    ordered = sorted(candidates)
    stair_new: list[int] = []
    stair_total: list[float] = []
    stair_at: list[int] = []  # which candidate ends that chain
    previous = [-1] * len(ordered)
    totals = [0.0] * len(ordered)
    start = 0
    while start < len(ordered):
        stop = start
        while stop < len(ordered) and ordered[stop].old == ordered[start].old:
            stop += 1
        for index in range(start, stop):
            below = bisect_left(stair_new, ordered[index].new) - 1
            totals[index] = ordered[index].weight + (stair_total[below] if below >= 0 else 0.0)
            previous[index] = stair_at[below] if below >= 0 else -1
        for index in range(start, stop):
            _climb(stair_new, stair_total, stair_at, ordered[index].new, totals[index], index)
        start = stop
    index = stair_at[-1] if stair_at else -1
    chain: list[Candidate] = []
    while index >= 0:
        chain.append(ordered[index])
        index = previous[index]
    chain.reverse()
    return chain


def _climb(
    news: list[int], totals: list[float], ats: list[int], new: int, total: float, at: int
) -> None:
    """Add a step to the staircase unless a chain ending no later is as heavy."""
    place = bisect_left(news, new)
    if place > 0 and totals[place - 1] >= total:
        return
    if place < len(news) and news[place] == new and totals[place] >= total:
        return
    end = place
    while end < len(news) and totals[end] <= total:
        end += 1
    news[place:end] = [new]
    totals[place:end] = [total]
    ats[place:end] = [at]


def longest_increasing(pairs: Sequence[Pair]) -> list[Pair]:
    """The longest chain of `pairs` (sorted by first item) whose second items increase."""
    tails: list[int] = []  # second item ending the best chain of each length
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for index, (_, second) in enumerate(pairs):
        length = bisect_left(tails, second)
        if length == len(tails):
            tails.append(second)
            tail_index.append(index)
        else:
            tails[length] = second
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    chain: list[Pair] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    chain.reverse()
    return chain


def unique_pairs(old_keys: Sequence[str], new_keys: Sequence[str]) -> list[Pair]:
    """Pairs of sentences whose key occurs once on each side, in old order."""
    return _unique_pairs(old_keys, new_keys, 0, len(old_keys), 0, len(new_keys))


def exact_anchors(
    old_keys: Sequence[str], new_keys: Sequence[str], similar: Sequence[Candidate] = ()
) -> list[Pair]:
    """Pairs of equal sentences that keep both orders, found without comparing all pairs.

    Sentences unique on both sides anchor first: those on the heaviest in-order
    chain through them and the `similar` (paraphrase) candidates, so that one
    displaced equal sentence cannot pull its reworded neighbours out of order.
    The anchors then grow over equal neighbours, and the gaps between them are
    searched again.
    """
    anchors: list[Pair] = []
    stack = [(0, len(old_keys), 0, len(new_keys))]
    similar = sorted(similar)
    similar_old = [c.old for c in similar]
    while stack:
        old_lo, old_hi, new_lo, new_hi = stack.pop()
        inside = [
            c
            for c in similar[bisect_left(similar_old, old_lo) : bisect_left(similar_old, old_hi)]
            if new_lo <= c.new < new_hi
        ]
        exact = _unique_pairs(old_keys, new_keys, old_lo, old_hi, new_lo, new_hi)
        found = _weighted_anchors(exact, inside)
        found = _grow(old_keys, new_keys, found, old_lo, old_hi, new_lo, new_hi)
        anchors.extend(found)
        bounds = [(old_lo - 1, new_lo - 1), *found, (old_hi, new_hi)]
        for (i0, j0), (i1, j1) in pairwise(bounds):
            sub = (i0 + 1, i1, j0 + 1, j1)
            if not found or sub[0] >= sub[1] or sub[2] >= sub[3]:
                continue
            if sub[1] - sub[0] == 1 and sub[3] - sub[2] == 1:
                # One sentence a side: an anchor exactly when they are equal.
                if old_keys[sub[0]] == new_keys[sub[2]]:
                    anchors.append((sub[0], sub[2]))
                continue
            stack.append(sub)
    anchors.sort()
    return anchors


def _weighted_anchors(exact: list[Pair], similar: Sequence[Candidate]) -> list[Pair]:
    if not similar:
        return longest_increasing(exact)
    candidates = [Candidate(i, j, EXACT_WEIGHT) for i, j in exact]
    chain = heaviest_chain([*candidates, *similar])
    return [(c.old, c.new) for c in chain if c.weight == EXACT_WEIGHT]


def _unique_pairs(
    old_keys: Sequence[str],
    new_keys: Sequence[str],
    old_lo: int,
    old_hi: int,
    new_lo: int,
    new_hi: int,
) -> list[Pair]:
    old_count = Counter(old_keys[old_lo:old_hi])
    new_count = Counter(new_keys[new_lo:new_hi])
    new_where = {key: j for j, key in enumerate(new_keys[new_lo:new_hi], new_lo)}
    return [
        (i, new_where[key])
        for i, key in enumerate(old_keys[old_lo:old_hi], old_lo)
        if old_count[key] == 1 and new_count.get(key) == 1
    ]


def _grow(
    old_keys: Sequence[str],
    new_keys: Sequence[str],
    anchors: list[Pair],
    old_lo: int,
    old_hi: int,
    new_lo: int,
    new_hi: int,
) -> list[Pair]:
    """Extend each anchor forwards and backwards over equal sentences."""
    if not anchors:
        return anchors
    taken_old = {i for i, _ in anchors}
    grown = list(anchors)
    for i, j in anchors:
        a, b = i + 1, j + 1
        while a < old_hi and b < new_hi and a not in taken_old and old_keys[a] == new_keys[b]:
            grown.append((a, b))
            taken_old.add(a)
            a, b = a + 1, b + 1
        a, b = i - 1, j - 1
        while a >= old_lo and b >= new_lo and a not in taken_old and old_keys[a] == new_keys[b]:
            grown.append((a, b))
            taken_old.add(a)
            a, b = a - 1, b - 1
    grown.sort()
    # Growing from two anchors can meet in the middle; keep an increasing chain.
    return longest_increasing(grown)
