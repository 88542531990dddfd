"""The comparison read from the other side, for Swap Sides.

Comparing B with A is not the exact mirror of comparing A with B (the word diff
and the alignment break ties by position), so swapping by comparing again would
show other counts: 470 removed / 113 added would become 119 / 476. Mirroring the
result keeps every figure, colour and link the reader has already seen.
"""

from __future__ import annotations

from dataclasses import replace

from reader.compare.model import Block, BlockKind, Comparison, Edit, EditOp, Stats
from reader.compare.normalize import count_words

_KIND = {BlockKind.DELETED: BlockKind.INSERTED, BlockKind.INSERTED: BlockKind.DELETED}
_OP = {EditOp.DELETE: EditOp.INSERT, EditOp.INSERT: EditOp.DELETE}


def mirrored(comparison: Comparison) -> Comparison:
    """The same comparison with old and new exchanged everywhere."""
    return replace(
        comparison,
        old=comparison.new,
        new=comparison.old,
        old_sentences=comparison.new_sentences,
        new_sentences=comparison.old_sentences,
        blocks=tuple(_block(block) for block in comparison.blocks),
        edits=tuple(_edit(edit) for edit in comparison.edits),
        stats=_stats(comparison),
        offset_map=comparison.offset_map.swapped(),
    )


def _block(block: Block) -> Block:
    return Block(
        kind=_KIND.get(block.kind, block.kind),
        old=block.new,
        new=block.old,
        score=block.score,
        old_sentences=block.new_sentences,
        new_sentences=block.old_sentences,
    )


def _edit(edit: Edit) -> Edit:
    return Edit(op=_OP.get(edit.op, edit.op), old=edit.new, new=edit.old, moved=edit.moved)


def _stats(comparison: Comparison) -> Stats:
    """Counts swapped; moved words are counted on the side that is now the old one."""
    stats, text = comparison.stats, comparison.new.text
    moved = sum(
        count_words(text, block.new.start, block.new.end)
        for block in comparison.blocks
        if block.kind is BlockKind.MOVED and block.new is not None
    )
    return replace(
        stats,
        words_moved=moved,
        words_old=stats.words_new,
        words_new=stats.words_old,
        words_deleted=stats.words_inserted,
        words_inserted=stats.words_deleted,
    )
