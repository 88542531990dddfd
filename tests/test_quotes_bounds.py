"""Quote extraction stays bounded on freak input (issue 16, item 6); inputs made here."""

from __future__ import annotations

from itertools import pairwise

import pytest
from quotes_helpers import make_document

from reader.documents.model import Document, Span
from reader.documents.segment import document_sentences
from reader.quotes import bounds, extract_quotes
from reader.quotes.bounds import blank_freak_runs, capped_chunks
from reader.quotes.marks import find_marked_quotes
from reader.quotes.sentences import chunks_to_parse

SPACY_LIMIT = 1_000_000


def _one_paragraph(text: str) -> Document:
    return Document(text, (Span(0, len(text)),))


def test_chunks_of_a_megabyte_line_stay_below_spacys_limit() -> None:
    text = "He said the plan would work. " * 40_000  # 1.16 MB, one paragraph
    document = _one_paragraph(text)
    sentences = list(document_sentences(document))
    chunks = capped_chunks(text, chunks_to_parse(text, sentences, document.paragraphs))
    assert max(len(c) for c in chunks) <= bounds.MAX_CHUNK_CHARS < SPACY_LIMIT
    assert chunks[0].start == 0 and chunks[-1].end == len(text.rstrip())
    assert all(a.end == b.start for a, b in pairwise(chunks))


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    text = "x" * 25
    assert capped_chunks(text, [Span(0, 25)], limit=10) == [Span(0, 10), Span(10, 20), Span(20, 25)]


@pytest.mark.parametrize(
    "freak",
    ["!" * 20_000, '"a' * 50_000, '"' * 50_000, "?!" * 300],
    ids=["bangs", "quote-a", "quotes", "mixed"],
)
def test_punctuation_runs_are_blanked_with_offsets_kept(freak: str) -> None:
    text = f"The mayor said the bridge would open in May. {freak} Work starts soon."
    cleaned = blank_freak_runs(_one_paragraph(text))
    assert len(cleaned.document.text) == len(text)
    assert cleaned.blanked == len(freak)
    assert cleaned.document.text.strip().startswith("The mayor said")
    assert cleaned.document.text.endswith("Work starts soon.")
    quotes = extract_quotes(_one_paragraph(text))
    assert [q.text for q in quotes.quotes] == ["the bridge would open in May"]


def test_urls_and_ordinary_words_are_not_blanked() -> None:
    url = "https://example.org/" + "/".join(["section"] * 20) + "/story.html"
    text = f"The report is at {url} and nowhere else."
    assert blank_freak_runs(_one_paragraph(text)).blanked == 0


def test_quote_text_comes_from_the_document_as_given() -> None:
    code = "x" * 1500  # blanked for the parser: no word is this long
    text = f'The clerk said: "Type {code} twice."'
    quotes = extract_quotes(make_document(text))
    assert any(code in q.text for q in quotes.quotes)
    assert all(q.text == text[q.span.start : q.span.end] for q in quotes.quotes)


def test_marks_pairing_is_linear_in_the_number_of_marks() -> None:
    text = "s' " * 30_000  # possessive-or-close marks: each used to scan all later ones
    quotes = find_marked_quotes(text, (Span(0, len(text)),))
    assert len(quotes) < 30_000


def test_a_text_over_the_parse_size_budget_is_skipped_with_a_notice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bounds, "MAX_PARSE_CHARS", 100)
    quotes = extract_quotes(make_document('The mayor said "we will finish the bridge" today.' * 4))
    assert quotes.quotes == ()
    assert len(quotes.notices) == 1 and "too long" in quotes.notices[0]


def test_a_text_over_the_parse_time_budget_is_skipped_with_a_notice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bounds, "PARSE_SECONDS", 0.0)
    quotes = extract_quotes(make_document("The mayor said the bridge would open in May."))
    assert quotes.quotes == ()
    assert len(quotes.notices) == 1 and "longer than" in quotes.notices[0]
