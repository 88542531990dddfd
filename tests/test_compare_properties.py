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
from reader.compare.normalize import WORD
from reader.documents.model import Document, Span

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


def _words_in(text: str, span: Span | None) -> int:
    return 0 if span is None else len(WORD.findall(text, span.start, span.end))


def _odd_paragraphs(text: str, cuts: list[int]) -> Document:
    """Paragraphs as a loader might give them: abutting, or leaving text out."""
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    spans = tuple(Span(a, b) for a, b in pairwise(bounds) if b > a and (a + b) % 3)
    return Document(text=text, paragraphs=spans)


@settings(max_examples=150, deadline=None)
@given(
    old=texts,
    new=texts,
    options=options,
    cuts=st.one_of(st.none(), st.lists(st.integers(0, 200), max_size=6)),
)
def test_word_counts_are_the_words_of_the_edits(
    old: str, new: str, options: CompareOptions, cuts: list[int] | None
) -> None:
    # Equal words are counted as old minus deleted when sentences are whitespace-apart;
    # either way every count must be what the edits themselves hold.
    documents = (doc(old), doc(new)) if cuts is None else (_odd_paragraphs(old, cuts), doc(new))
    result = compare_documents(*documents, options)
    old_text, new_text = result.old.text, result.new.text
    stats = result.stats
    equal = sum(_words_in(old_text, e.old) for e in result.edits if e.op is EditOp.EQUAL)
    deleted = sum(_words_in(old_text, e.old) for e in result.edits if e.op is EditOp.DELETE)
    inserted = sum(_words_in(new_text, e.new) for e in result.edits if e.op is EditOp.INSERT)
    moved = sum(_words_in(old_text, e.old) for e in result.edits if e.moved)
    assert (stats.words_equal, stats.words_deleted) == (equal, deleted)
    assert (stats.words_inserted, stats.words_moved) == (inserted, moved)
    assert stats.words_old == len(WORD.findall(old_text))
    assert stats.words_new == len(WORD.findall(new_text))
