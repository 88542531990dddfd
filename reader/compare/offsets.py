"""Translating character offsets between the old and the new text.

The map is a list of segments, each pairing an old range with a new range:
one per equal edit and one per run of changes between equal edits (whose
deletions and insertions are interpolated across each other). A deleted
region collapses to the point where it was cut; an insertion, likewise, maps
back to a point. Queries are a bisect plus a linear interpolation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from reader.compare.worddiff import DELETE, EQUAL, INSERT, FlatEdit

Segment = tuple[int, int, int, int]  # old start, old end, new start, new end


class OffsetMap:
    def __init__(self, segments: Iterable[Segment], old_length: int, new_length: int) -> None:
        ordered = list(segments)
        self._old_length = old_length
        self._new_length = new_length
        forward = sorted((s for s in ordered if s[1] > s[0]), key=lambda s: s[0])
        backward = sorted(
            ((s[2], s[3], s[0], s[1]) for s in ordered if s[3] > s[2]), key=lambda s: s[0]
        )
        self._forward = forward
        self._forward_starts = [s[0] for s in forward]
        self._backward = backward
        self._backward_starts = [s[0] for s in backward]

    def old_to_new(self, offset: int) -> int:
        return _lookup(
            self._forward, self._forward_starts, offset, self._old_length, self._new_length
        )

    def new_to_old(self, offset: int) -> int:
        return _lookup(
            self._backward, self._backward_starts, offset, self._new_length, self._old_length
        )

    def __len__(self) -> int:
        return len(self._forward)

    def swapped(self) -> OffsetMap:
        """The same map read from the new side (for a mirrored comparison)."""
        twin = OffsetMap((), self._new_length, self._old_length)
        twin._forward, twin._backward = self._backward, self._forward
        twin._forward_starts, twin._backward_starts = self._backward_starts, self._forward_starts
        return twin


def _lookup(
    segments: list[Segment], starts: list[int], offset: int, length: int, target_length: int
) -> int:
    if not segments:
        return 0
    offset = min(max(offset, 0), length)
    index = max(bisect_right(starts, offset) - 1, 0)
    start, end, target_start, target_end = segments[index]
    offset = min(offset, end)
    span = end - start
    mapped = target_start + (offset - start) * (target_end - target_start) // span
    return min(max(mapped, 0), target_length)


class OffsetMapBuilder:
    """Collects segments region by region while the edits are produced."""

    def __init__(self, old_text: str, new_text: str) -> None:
        self.old_text = old_text
        self.new_text = new_text
        self.segments: list[Segment] = []

    def _add_equal(self, old_start: int, old_end: int, new_start: int, new_end: int) -> None:
        """An equal edit; when ignored differences change its length, its common
        start and end map one to one and only the middle is interpolated."""
        if old_end - old_start == new_end - new_start:
            self.segments.append((old_start, old_end, new_start, new_end))
            return
        old, new = self.old_text[old_start:old_end], self.new_text[new_start:new_end]
        head = _common_prefix(old, new)
        tail = _common_prefix(old[head:][::-1], new[head:][::-1])
        pieces = (
            (old_start, old_start + head, new_start, new_start + head),
            (old_start + head, old_end - tail, new_start + head, new_end - tail),
            (old_end - tail, old_end, new_end - tail, new_end),
        )
        self.segments.extend(p for p in pieces if p[1] > p[0] or p[3] > p[2])

    def add_region(self, edits: Iterable[FlatEdit], old_at: int, new_at: int) -> None:
        """Segments for one region's flat edits, which start at old_at / new_at."""
        change: list[int] | None = None  # [old start, old end, new start, new end]
        for op, old_start, old_end, new_start, new_end in edits:
            if op == EQUAL:
                if change is not None:
                    self.segments.append((change[0], change[1], change[2], change[3]))
                    change = None
                self._add_equal(old_start, old_end, new_start, new_end)
                old_at, new_at = old_end, new_end
                continue
            if change is None:
                change = [old_at, old_at, new_at, new_at]
            if op != INSERT:
                change[1] = old_at = old_end
            if op != DELETE:
                change[3] = new_at = new_end
        if change is not None:
            self.segments.append((change[0], change[1], change[2], change[3]))

    def build(self) -> OffsetMap:
        return OffsetMap(self.segments, len(self.old_text), len(self.new_text))


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of two strings, by bisection on C-level comparisons."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low
