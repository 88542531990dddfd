"""Aligned pairs of a comparison and the changed stretches (hunks) inside each.

A pair is one alignment block that is not equal: both sides of a changed or
moved block, or one side of a deleted or inserted one. Its hunks come from the
comparison's own word edits, clipped to the block, so the ledger points at the
same words the panes highlight.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reader.compare.model import Block, BlockKind, Comparison, Edit, EditOp
from reader.documents.model import Span


@dataclass(frozen=True, slots=True)
class Hunk:
    """Words deleted from the old side and inserted in the new side at one place."""

    old: Span | None
    new: Span | None
    # Where the hunk sits on the side it is missing from (an insertion's old position).
    old_at: int
    new_at: int


@dataclass(frozen=True, slots=True)
class Pair:
    kind: BlockKind
    old: Span | None
    new: Span | None
    hunks: tuple[Hunk, ...]


def changed_pairs(comparison: Comparison) -> list[Pair]:
    index = _EditIndex(comparison.edits)
    pairs = []
    for block in comparison.blocks:
        if block.kind is BlockKind.EQUAL:
            continue
        if block.kind in (BlockKind.DELETED, BlockKind.INSERTED):
            whole = Hunk(block.old, block.new, _start(block.old), _start(block.new))
            pairs.append(Pair(block.kind, block.old, block.new, (whole,)))
            continue
        hunks = _hunks(comparison, block, index.within(block))
        if hunks:
            pairs.append(Pair(block.kind, block.old, block.new, tuple(hunks)))
    return pairs


def _start(span: Span | None) -> int:
    return span.start if span is not None else 0


class _EditIndex:
    def __init__(self, edits: tuple[Edit, ...]) -> None:
        self.edits = edits
        self.by_old = sorted((e.old.start, i) for i, e in enumerate(edits) if e.old is not None)
        self.by_new = sorted((e.new.start, i) for i, e in enumerate(edits) if e.new is not None)

    def within(self, block: Block) -> list[Edit]:
        found: set[int] = set()
        for spans, side, attr in ((self.by_old, block.old, "old"), (self.by_new, block.new, "new")):
            if side is None:
                continue
            i = max(0, bisect_left(spans, (side.start, -1)) - 1)
            while i < len(spans) and spans[i][0] < side.end:
                edit_span = getattr(self.edits[spans[i][1]], attr)
                if edit_span.end > side.start:
                    found.add(spans[i][1])
                i += 1
        return [self.edits[i] for i in sorted(found)]


def _clip(span: Span | None, bounds: Span | None) -> Span | None:
    if span is None or bounds is None:
        return None
    start, end = max(span.start, bounds.start), min(span.end, bounds.end)
    return Span(start, end) if start < end else None


def _hunks(comparison: Comparison, block: Block, edits: list[Edit]) -> list[Hunk]:
    """Runs of non-equal edits; runs split only by whitespace are one hunk."""
    old_text, new_text = comparison.old.text, comparison.new.text
    hunks: list[Hunk] = []
    old_parts: list[Span] = []
    new_parts: list[Span] = []
    old_at = block.old.start if block.old else 0
    new_at = block.new.start if block.new else 0

    def flush() -> None:
        if old_parts or new_parts:
            old = _trim(old_text, _union(old_parts))
            new = _trim(new_text, _union(new_parts))
            if old is not None or new is not None:
                hunks.append(
                    Hunk(old, new, old.start if old else old_at, new.start if new else new_at)
                )
        old_parts.clear()
        new_parts.clear()

    for edit in edits:
        old = _clip(edit.old, block.old)
        new = _clip(edit.new, block.new)
        if edit.op is EditOp.EQUAL:
            if old is not None and old_text[old.start : old.end].isspace():
                continue
            flush()
            if old is not None:
                old_at = old.end
            if new is not None:
                new_at = new.end
        elif edit.op is EditOp.DELETE and old is not None:
            old_parts.append(old)
        elif edit.op is EditOp.INSERT and new is not None:
            new_parts.append(new)
    flush()
    return hunks


def _union(parts: list[Span]) -> Span | None:
    if not parts:
        return None
    return Span(min(p.start for p in parts), max(p.end for p in parts))


def _trim(text: str, span: Span | None) -> Span | None:
    if span is None:
        return None
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
