"""Exact-match anchors between two sentence sequences (patience-diff style)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

Pair = tuple[int, int]


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


def exact_anchors(old_keys: Sequence[str], new_keys: Sequence[str]) -> list[Pair]:
    """Pairs of equal sentences that keep both orders, found without comparing all pairs.

    Sentences unique on both sides anchor first; the anchors then grow over
    equal neighbours, and the gaps between them are searched again.
    """
    anchors: list[Pair] = []
    stack = [(0, len(old_keys), 0, len(new_keys))]
    while stack:
        old_lo, old_hi, new_lo, new_hi = stack.pop()
        found = _unique_anchors(old_keys, new_keys, old_lo, old_hi, new_lo, new_hi)
        found = _grow(old_keys, new_keys, found, old_lo, old_hi, new_lo, new_hi)
        anchors.extend(found)
        bounds = [(old_lo - 1, new_lo - 1), *found, (old_hi, new_hi)]
        for (i0, j0), (i1, j1) in pairwise(bounds):
            sub = (i0 + 1, i1, j0 + 1, j1)
            if found and sub[0] < sub[1] and sub[2] < sub[3]:
                stack.append(sub)
    anchors.sort()
    return anchors


def _unique_anchors(
    old_keys: Sequence[str],
    new_keys: Sequence[str],
    old_lo: int,
    old_hi: int,
    new_lo: int,
    new_hi: int,
) -> list[Pair]:
    old_count = Counter(old_keys[old_lo:old_hi])
    new_where: dict[str, int] = {}
    new_count: Counter[str] = Counter()
    for j in range(new_lo, new_hi):
        key = new_keys[j]
        new_count[key] += 1
        new_where[key] = j
    pairs = [
        (i, new_where[key])
        for i in range(old_lo, old_hi)
        if old_count[key := old_keys[i]] == 1 and new_count[key] == 1
    ]
    return longest_increasing(pairs)


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
