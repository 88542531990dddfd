"""Swap Sides mirrors the comparison instead of comparing again (issue 11)."""

from __future__ import annotations

from reader.compare import compare_documents
from reader.compare.engine import Comparison
from reader.compare.mirror import mirrored
from reader.compare.model import BlockKind, EditOp
from reader.documents import document_from_text

OLD = (
    "The council met on Tuesday. It approved the harbour lease by five votes to two.\n\n"
    "Residents were divided. Some praised the jobs. Others feared the noise.\n\n"
    "The mayor thanked the board for its work."
)
NEW = (
    "The mayor thanked the board for its work.\n\n"
    "The council met on Tuesday and approved the lease by five votes to two.\n\n"
    "Residents were divided. A new survey is due next month."
)


def _pair() -> Comparison:
    return compare_documents(document_from_text(OLD), document_from_text(NEW))


def test_counts_and_kinds_swap_exactly() -> None:
    forward = _pair()
    back = mirrored(forward)
    assert back.old.text == NEW and back.new.text == OLD
    assert (back.stats.words_deleted, back.stats.words_inserted) == (
        forward.stats.words_inserted,
        forward.stats.words_deleted,
    )
    assert back.stats.similarity == forward.stats.similarity
    kinds = [b.kind for b in forward.blocks]
    assert BlockKind.DELETED in kinds and BlockKind.INSERTED in kinds
    swapped = {BlockKind.DELETED: BlockKind.INSERTED, BlockKind.INSERTED: BlockKind.DELETED}
    assert [b.kind for b in back.blocks] == [swapped.get(k, k) for k in kinds]


def test_every_edit_keeps_its_words_on_the_other_side() -> None:
    forward = _pair()
    back = mirrored(forward)
    for edit, twin in zip(forward.edits, back.edits, strict=True):
        assert twin.old == edit.new and twin.new == edit.old
        if edit.op is EditOp.DELETE:
            assert twin.op is EditOp.INSERT
            assert twin.new is not None
            assert (
                back.new.text[twin.new.start : twin.new.end]
                == OLD[
                    edit.old.start : edit.old.end  # type: ignore[union-attr]
                ]
            )


def test_moved_words_are_counted_on_the_new_old_side() -> None:
    forward = _pair()
    assert forward.stats.words_moved > 0
    back = mirrored(forward)
    moved_new_words = sum(
        len(NEW[b.new.start : b.new.end].split())
        for b in forward.blocks
        if b.kind is BlockKind.MOVED and b.new is not None
    )
    assert back.stats.words_moved == moved_new_words


def test_offsets_map_back_the_same_way() -> None:
    forward = _pair()
    back = mirrored(forward)
    for offset in range(0, len(NEW), 7):
        assert back.old_to_new(offset) == forward.new_to_old(offset)
    for offset in range(0, len(OLD), 7):
        assert back.new_to_old(offset) == forward.old_to_new(offset)


def test_mirroring_twice_gives_the_comparison_back() -> None:
    forward = _pair()
    twice = mirrored(mirrored(forward))
    assert twice.blocks == forward.blocks and twice.edits == forward.edits
    assert twice.stats == forward.stats
