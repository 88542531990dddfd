"""The aligned blocks of a comparison in side-by-side reading order."""

from __future__ import annotations

from reader.compare.model import Block, BlockKind, Comparison

BLOCK_LABELS = {
    BlockKind.EQUAL: "Unchanged",
    BlockKind.CHANGED: "Changed",
    BlockKind.MOVED: "Moved",
    BlockKind.DELETED: "Removed",
    BlockKind.INSERTED: "Added",
}


def side_by_side(comparison: Comparison) -> list[Block]:
    """Blocks ordered as the revised version reads; a removed block comes where it was cut.

    A moved block stands at its place in the revised version.
    """

    def key(block: Block) -> tuple[int, int, int]:
        return (block.new_sentences[0], 0 if block.new is None else 1, block.old_sentences[0])

    return sorted(comparison.blocks, key=key)
