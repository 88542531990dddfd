"""Properties of any comparison: edits tile both texts, offset maps stay sane."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.compare import (
    BlockKind,
    CompareOptions,
    Comparison,
    EditOp,
    compare_documents,
    paragraph_spans,
)
from reader.documents.model import Document

WORDS = ["the", "mayor", "said", "harbour", "plan", "costs", "Putin", "troops", "U.S.", "Mr."]
SEPARATORS = [" ", " ", " ", ", ", ". ", "? ", ".' ", "\n", "\n\n", "  ", " - ", "“", "”"]

prose = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)
any_text = st.text(max_size=80)
texts = st.one_of(prose, any_text)
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(
    lambda words: " ".join(words).capitalize() + "."
)


@st.composite
def edited_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """An old text and a new one made from it: reordered, cut, added to, reflowed."""
    old = draw(st.lists(sentence, max_size=12))
    new = draw(st.permutations(old))
    new = [s for s in new if draw(st.booleans()) or draw(st.booleans())]
    new += draw(st.lists(sentence, max_size=3))
    glue = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return " ".join(old), glue.join(new)


options = st.builds(
    CompareOptions,
    ignore_case=st.booleans(),
    ignore_punctuation=st.booleans(),
    ignore_quote_style=st.booleans(),
    ignore_whitespace=st.booleans(),
)


def doc(text: str) -> Document:
    return Document(text=text, paragraphs=paragraph_spans(text))


def rebuilds(result: Comparison) -> None:
    old, new = result.old.text, result.new.text
    old_spans = [e.old for e in result.edits if e.op is not EditOp.INSERT]
    new_spans = [e.new for e in result.edits if e.op is not EditOp.DELETE]
    assert all(e.new is None for e in result.edits if e.op is EditOp.DELETE)
    assert all(e.old is None for e in result.edits if e.op is EditOp.INSERT)
    # Old spans come in order; new spans are in order once moved text is put back in place.
    assert "".join(old[s.start : s.end] for s in old_spans if s) == old
    ordered_new = sorted((s for s in new_spans if s), key=lambda s: (s.start, s.end))
    assert "".join(new[s.start : s.end] for s in ordered_new) == new
    not_moved = [e.new for e in result.edits if not e.moved and e.new is not None]
    assert all(a.end <= b.start for a, b in pairwise(not_moved))


@settings(max_examples=300, deadline=None)
@given(old=texts, new=texts, options=options)
def test_edits_rebuild_both_texts_exactly(old: str, new: str, options: CompareOptions) -> None:
    rebuilds(compare_documents(doc(old), doc(new), options))


@settings(max_examples=200, deadline=None)
@given(pair=edited_pairs(), options=options)
def test_edited_pairs_rebuild(pair: tuple[str, str], options: CompareOptions) -> None:
    rebuilds(compare_documents(doc(pair[0]), doc(pair[1]), options))


@settings(max_examples=150, deadline=None)
@given(pair=st.one_of(edited_pairs(), st.tuples(prose, prose)))
def test_offset_maps_are_in_range_and_monotone_in_aligned_blocks(pair: tuple[str, str]) -> None:
    old, new = pair
    result = compare_documents(doc(old), doc(new))
    for offset in range(-2, len(old) + 3):
        assert 0 <= result.old_to_new(offset) <= len(new)
    for offset in range(-2, len(new) + 3):
        assert 0 <= result.new_to_old(offset) <= len(old)
    for block in result.blocks:
        if block.kind is BlockKind.DELETED or block.kind is BlockKind.INSERTED:
            continue
        assert block.old is not None and block.new is not None
        forward = [result.old_to_new(o) for o in range(block.old.start, block.old.end + 1)]
        backward = [result.new_to_old(n) for n in range(block.new.start, block.new.end + 1)]
        assert forward == sorted(forward) and backward == sorted(backward)
        # Offsets land in the counterpart sentences or the whitespace after them.
        slot_end = len(new) - len(new[block.new.end :].lstrip())
        assert all(block.new.start <= n <= slot_end for n in forward)


@settings(max_examples=100, deadline=None)
@given(old=texts, new=texts, options=options)
def test_word_counts_add_up(old: str, new: str, options: CompareOptions) -> None:
    stats = compare_documents(doc(old), doc(new), options).stats
    assert stats.words_equal + stats.words_deleted == stats.words_old
    assert stats.words_equal + stats.words_inserted == stats.words_new
    assert 0.0 <= stats.similarity <= 1.0
    assert stats.words_moved <= stats.words_old
