"""Which character ranges of each version to colour, and how: one answer for window and reports.

Colours follow the alignment. Words of a sentence the other version does not
have are Removed (old side) or Added (new side), whatever sits next to them.
Reworded is only said inside an aligned pair of sentences (changed or moved),
and there only for a deleted run that faces an inserted run of the same pair.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

from reader.compare.model import Block, BlockKind, Comparison, Edit, EditOp
from reader.documents.model import Span


class Mark(StrEnum):
    """How a range is drawn; the values are the style names the themes use."""

    DELETED = "deleted"  # only in the old version: legend "Removed"
    INSERTED = "inserted"  # only in the new version: legend "Added"
    REPLACED = "replaced"  # words that replace others in an aligned pair: "Reworded"
    MOVED = "moved"  # a sentence that sits elsewhere in the other version


@dataclass(frozen=True, slots=True)
class Highlight:
    span: Span
    mark: Mark


_ALIGNED = frozenset({BlockKind.CHANGED, BlockKind.MOVED, BlockKind.EQUAL})


class _BlockIndex:
    """The aligned block that holds an offset, on one side."""

    def __init__(self, blocks: tuple[Block, ...], old_side: bool) -> None:
        found = [
            (span.start, span.end, block)
            for block in blocks
            if (span := block.old if old_side else block.new) is not None
        ]
        found.sort(key=lambda item: item[0])
        self._starts = [start for start, _end, _block in found]
        self._found = found

    def at(self, offset: int) -> Block | None:
        """Blocks of one side do not overlap, so only the last one starting here can hold it."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        start, end, block = self._found[i]
        return block if start <= offset < end else None


def old_highlights(comparison: Comparison) -> list[Highlight]:
    """Ranges to colour in the old pane, in text order."""
    return _side_highlights(comparison, old_side=True)


def new_highlights(comparison: Comparison) -> list[Highlight]:
    """Ranges to colour in the new pane, in text order."""
    return _side_highlights(comparison, old_side=False)


def _side_highlights(comparison: Comparison, old_side: bool) -> list[Highlight]:
    """Moved sentences as whole blocks, then changed words; consumers layer words on top."""
    found = [
        Highlight(span, Mark.MOVED)
        for block in comparison.blocks
        if block.kind is BlockKind.MOVED
        and (span := block.old if old_side else block.new) is not None
    ]
    text = comparison.old.text if old_side else comparison.new.text
    own_op = EditOp.DELETE if old_side else EditOp.INSERT
    here = _BlockIndex(comparison.blocks, old_side)
    edits = comparison.edits
    for index, edit in enumerate(edits):
        span = edit.old if old_side else edit.new
        if edit.op is own_op and span is not None and text[span.start : span.end].strip():
            found.append(Highlight(span, _word_mark(edits, index, here.at(span.start), old_side)))
    return sorted(found, key=lambda h: (h.span.start, h.mark is not Mark.MOVED))


def _word_mark(edits: tuple[Edit, ...], index: int, block: Block | None, old_side: bool) -> Mark:
    solo = Mark.DELETED if old_side else Mark.INSERTED
    if block is None or block.kind not in _ALIGNED:
        return solo
    facing = block.new if old_side else block.old
    if facing is None:
        return solo
    other = EditOp.INSERT if old_side else EditOp.DELETE
    for i in (index - 1, index + 1):
        if 0 <= i < len(edits) and edits[i].op is other:
            span = edits[i].new if old_side else edits[i].old
            if span is not None and facing.start <= span.start < facing.end:
                return Mark.REPLACED
    return solo


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text and the marks that cover all of it (moved first, then a word mark)."""

    text: str
    marks: tuple[Mark, ...]


def runs_between(text: str, start: int, end: int, highlights: list[Highlight]) -> list[Run]:
    """text[start:end] cut wherever the set of covering highlights changes."""
    inside = [h for h in highlights if h.span.start < end and h.span.end > start]
    cuts = {start, end}
    for h in inside:
        cuts.update(x for x in (h.span.start, h.span.end) if start < x < end)
    ordered = sorted(cuts)
    runs = []
    for a, b in itertools.pairwise(ordered):
        marks = {h.mark for h in inside if h.span.contains(a)}
        runs.append(Run(text[a:b], tuple(sorted(marks, key=_MARK_ORDER.index))))
    return runs


_MARK_ORDER = [Mark.MOVED, Mark.DELETED, Mark.INSERTED, Mark.REPLACED]
