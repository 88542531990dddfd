"""Words in a sentence the alignment left unpaired are looked for in the other version's
unpaired text between the same neighbours (a sentence rewritten past recognition)."""

from __future__ import annotations

from dataclasses import replace

from quotes_helpers import make_document

from reader.audit import audit_quotes
from reader.audit.alignment import GAP_LIMIT, Alignment
from reader.compare import CompareOptions, compare_documents
from reader.compare.model import Block, BlockKind, Comparison
from reader.documents.model import Span
from reader.quotes import AttributionChange, AuditStatus, extract_many

BEFORE = "The harbour reopened on Monday after two years of repairs.\n\n"
AFTER = "\n\nThe first ferry left at noon with forty passengers.\n"
OLD = BEFORE + "Mayor Ana Ruiz told the crowd at the quay that “this town wins together.”" + AFTER
NEW = BEFORE + "This town wins together." + AFTER


def unpaired(comparison: Comparison) -> Comparison:
    """The comparison with its one changed block told as a deletion and an insertion."""
    blocks: list[Block] = []
    for block in comparison.blocks:
        if block.kind is BlockKind.CHANGED:
            blocks.append(Block(BlockKind.DELETED, block.old, None, 0.0))
            blocks.append(Block(BlockKind.INSERTED, None, block.new, 0.0))
        else:
            blocks.append(block)
    assert len(blocks) == len(comparison.blocks) + 1
    return replace(comparison, blocks=tuple(blocks))


def compared(old_text: str, new_text: str) -> Comparison:
    old, new = make_document(old_text), make_document(new_text)
    return unpaired(compare_documents(old, new, CompareOptions()))


def test_unpaired_sentence_faces_the_unpaired_text_between_its_neighbours() -> None:
    aligned = Alignment.of(compared(OLD, NEW))
    at = OLD.index("this town")
    assert aligned.blocks(Span(at, at + 9), True) == []
    (region,) = aligned.facing(Span(at, at + 9), True)
    assert NEW[region.start : region.end].strip() == "This town wins together."
    back = NEW.index("This town")
    (region,) = aligned.facing(Span(back, back + 9), False)
    assert "Mayor Ana Ruiz" in OLD[region.start : region.end]


def test_quote_told_as_narration_in_an_unpaired_sentence_loses_its_credit() -> None:
    comparison = compared(OLD, NEW)
    old_quotes, new_quotes = extract_many([comparison.old, comparison.new])
    result = audit_quotes(comparison, old_quotes, new_quotes)
    entry = next(
        e for e in result.entries if e.old is not None and e.status is not AuditStatus.DROPPED
    )
    assert entry.status is AuditStatus.VERBATIM
    assert entry.attribution is AttributionChange.REMOVED


def test_long_unpaired_stretch_is_no_counterpart_region() -> None:
    filler = " ".join(["The council also discussed the budget for the coming year."] * 40)
    new_text = BEFORE + filler + AFTER
    assert len(filler) > GAP_LIMIT
    aligned = Alignment.of(compared(OLD, BEFORE + "This town wins together." + AFTER))
    assert aligned.facing(Span(OLD.index("this town"), OLD.index("this town") + 9), True)
    long_gap = Alignment.of(unpaired_all(OLD, new_text))
    assert long_gap.facing(Span(OLD.index("this town"), OLD.index("this town") + 9), True) == []


def unpaired_all(old_text: str, new_text: str) -> Comparison:
    """Every block but the first and last told as deletions and insertions."""
    comparison = compare_documents(
        make_document(old_text), make_document(new_text), CompareOptions()
    )
    first, *middle, last = comparison.blocks
    blocks = [first]
    for block in middle:
        if block.old is not None:
            blocks.append(Block(BlockKind.DELETED, block.old, None, 0.0))
        if block.new is not None:
            blocks.append(Block(BlockKind.INSERTED, None, block.new, 0.0))
    return replace(comparison, blocks=(*blocks, last))


def test_deleted_sentence_with_nothing_in_its_place_faces_nothing() -> None:
    old = BEFORE + "Mayor Ana Ruiz said “the first ferry left at noon.”" + AFTER
    comparison = compare_documents(
        make_document(old), make_document(BEFORE.rstrip() + AFTER), CompareOptions()
    )
    aligned = Alignment.of(comparison)
    at = old.index("the first ferry")
    assert aligned.blocks(Span(at, at + 15), True) == []
    assert aligned.facing(Span(at, at + 15), True) == []
    old_quotes, new_quotes = extract_many([comparison.old, comparison.new])
    result = audit_quotes(comparison, old_quotes, new_quotes)
    lost = next(e for e in result.entries if e.old_span is not None and e.old_span.start >= at - 1)
    assert lost.status is AuditStatus.DROPPED
