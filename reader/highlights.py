"""Which character ranges of each version to colour, and how: one answer for window and report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reader.compare.model import BlockKind, Comparison, Edit, EditOp
from reader.documents.model import Span


class Mark(StrEnum):
    DELETED = "deleted"  # only in the old version
    INSERTED = "inserted"  # only in the new version
    REPLACED = "replaced"  # a deletion facing an insertion: the word was changed
    MOVED = "moved"  # a sentence that sits elsewhere in the other version


@dataclass(frozen=True, slots=True)
class Highlight:
    span: Span
    mark: Mark


def _is_replacement(edits: tuple[Edit, ...], index: int) -> bool:
    """A delete next to an insert (either order) is one replaced run of words."""
    op = edits[index].op
    other = EditOp.INSERT if op is EditOp.DELETE else EditOp.DELETE
    neighbours = (index - 1, index + 1)
    return any(0 <= i < len(edits) and edits[i].op is other for i in neighbours)


def _changed_mark(edits: tuple[Edit, ...], index: int, solo: Mark) -> Mark:
    return Mark.REPLACED if _is_replacement(edits, index) else solo


def _has_words(text: str, span: Span) -> bool:
    return bool(text[span.start : span.end].strip())


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
    solo = Mark.DELETED if old_side else Mark.INSERTED
    edits = comparison.edits
    for index, edit in enumerate(edits):
        span = edit.old if old_side else edit.new
        if edit.op is own_op and span is not None and _has_words(text, span):
            found.append(Highlight(span, _changed_mark(edits, index, solo)))
    return sorted(found, key=lambda h: (h.span.start, h.mark is not Mark.MOVED))
