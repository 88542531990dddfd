"""Word-level edits, the comparison options, and the guards around diff-match-patch."""

from __future__ import annotations

import pytest

from reader.compare import (
    CompareOptions,
    Comparison,
    EditOp,
    compare_documents,
    paragraph_spans,
    worddiff,
)
from reader.compare.normalize import Normalizer
from reader.documents.model import Document, Span


def doc(text: str) -> Document:
    return Document(text=text, paragraphs=paragraph_spans(text))


def compare(old: str, new: str, **options: bool) -> Comparison:
    return compare_documents(doc(old), doc(new), CompareOptions(**options))


def changes(result: Comparison) -> list[tuple[str, str]]:
    """The non-equal edits as (op, text) pairs."""
    out = []
    for edit in result.edits:
        if edit.op is EditOp.DELETE and edit.old is not None:
            out.append(("-", result.old.text[edit.old.start : edit.old.end]))
        elif edit.op is EditOp.INSERT and edit.new is not None:
            out.append(("+", result.new.text[edit.new.start : edit.new.end]))
    return out


def test_changed_spelling_is_one_replaced_word() -> None:
    result = compare(
        "A summit aimed at finalising plans for guarantees.",
        "A summit aimed at finalizing plans for guarantees.",
    )
    assert changes(result) == [("-", "finalising"), ("+", "finalizing")]
    assert result.stats.words_deleted == 1 and result.stats.words_inserted == 1


def test_added_quote_marks_are_punctuation_edits() -> None:
    result = compare(
        "proposals for a reassurance force in", "proposals for a 'reassurance force' in"
    )
    assert changes(result) == [("+", "'"), ("+", "'")]
    assert result.stats.words_equal == 6


def test_semantic_cleanup_groups_a_rewritten_phrase() -> None:
    result = compare(
        "He attacked the outrageous efforts of European countries to provoke the war.",
        "He described the European countries' actions as provocations.",
    )
    # One deletion and one insertion per run, not a scatter of single shared words.
    assert len(changes(result)) <= 4


def test_ignore_case() -> None:
    old, new = "The Harbour Plan was approved.", "the harbour plan was approved."
    assert changes(compare(old, new)) == [("-", "The Harbour Plan"), ("+", "the harbour plan")]
    assert changes(compare(old, new, ignore_case=True)) == []


def test_ignore_punctuation() -> None:
    old, new = "Yes, the plan - as drafted - works.", "Yes the plan, as drafted, works!"
    assert changes(compare(old, new)) != []
    result = compare(old, new, ignore_punctuation=True)
    assert changes(result) == []
    assert all(e.op is EditOp.EQUAL for e in result.edits)


def test_ignore_quote_style() -> None:
    old, new = (
        "He called it “a first step” and ‘historic’.",
        "He called it \"a first step\" and 'historic'.",
    )
    assert ("-", "“") in changes(compare(old, new))
    assert changes(compare(old, new, ignore_quote_style=True)) == []
    apostrophes = compare("Ukraine’s allies", "Ukraine's allies", ignore_quote_style=True)
    assert changes(apostrophes) == []


def test_whitespace_and_reflow_never_produce_edits_by_default() -> None:
    old = "The mayor said the harbour plan would cost more.  Others agreed."
    new = "The mayor said the\nharbour plan would cost\nmore. Others   agreed.\n"
    assert changes(compare(old, new)) == []
    assert changes(compare(old, new, ignore_whitespace=False)) != []


def test_code_points_skip_surrogates_and_cover_many_tokens() -> None:
    codes = [ord(worddiff._code_point(i)) for i in range(0, 200_000, 7)]
    assert all(not 0xD800 <= code < 0xE000 for code in codes)
    assert len(set(codes)) == len(codes)
    with pytest.raises(worddiff.TokenTooManyError):
        worddiff._code_point(0x110000)


def test_more_than_65k_distinct_words_diff_exactly() -> None:
    words = [f"w{n}" for n in range(70_000)]
    old = " ".join(words)
    new = " ".join([*words[:35_000], "changed", *words[35_001:]])
    differ = worddiff.WordDiffer(old, new, Normalizer(CompareOptions()))
    edits = differ.diff(Span(0, len(old)), Span(0, len(new)))
    assert [
        (e.op, old[e.old.start : e.old.end] if e.old else None)
        for e in edits
        if e.op is not EditOp.EQUAL
    ] == [
        (EditOp.DELETE, "w35000"),
        (EditOp.INSERT, None),
    ]
    assert not differ.degraded


def test_timeout_is_reported_as_degraded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worddiff, "DIFF_TIMEOUT", 1e-9)
    old = " ".join(f"a{n} b{n % 7}" for n in range(3000))
    new = " ".join(f"a{n * 3} b{n % 5}" for n in range(3000))
    differ = worddiff.WordDiffer(old, new, Normalizer(CompareOptions()))
    differ.diff(Span(0, len(old)), Span(0, len(new)))
    assert differ.degraded


def test_token_overflow_falls_back_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worddiff, "_LAST_CODE_POINT", 0x100 + 5)
    old, new = "one two three four", "one two six seven"
    differ = worddiff.WordDiffer(old, new, Normalizer(CompareOptions()))
    edits = differ.diff(Span(0, len(old)), Span(0, len(new)))
    assert differ.degraded
    assert [e.op for e in edits] == [EditOp.DELETE, EditOp.INSERT]
