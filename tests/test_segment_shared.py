"""One segmentation for every part: the quote finder works on the comparison's sentences."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.compare import compare_documents
from reader.documents import document_from_text
from reader.documents.model import Span
from reader.documents.segment import document_sentences

# Pieces that trip sentence splitters: abbreviations, initials, decimals, domains,
# quotes with the full stop inside, hard wraps and blank lines.
PIECES = [
    "The council voted at 5 p.m.",
    "The council then voted.",
    "Alfred P. Murrah spoke first.",
    "Shares rose 24.12%.",
    "Read more at ESPN.com.",
    '"We will not back down," the mayor said.',
    "He called it 'a first step.'",
    "Dr. Lee said the U.S. plan was late.",
    "Officials said the\nplan would cost more.",
    "Why? Nobody knows.",
]
articles = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "\n", "\n\n"])),
    min_size=1,
    max_size=12,
).map(lambda parts: "".join(piece + gap for piece, gap in parts).strip())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, articles)
def test_the_comparison_aligns_the_documents_own_sentences(old_text: str, new_text: str) -> None:
    old, new = document_from_text(old_text), document_from_text(new_text)
    comparison = compare_documents(old, new)
    assert comparison.old_sentences == document_sentences(old)
    assert comparison.new_sentences == document_sentences(new)


def _inside(sentences: tuple[Span, ...], offset: int, end: bool) -> bool:
    if end:
        return any(s.start < offset <= s.end for s in sentences)
    return any(s.start <= offset < s.end for s in sentences)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_every_quote_starts_and_ends_inside_the_comparisons_sentences(text: str) -> None:
    from reader.quotes import extract_quotes

    document = document_from_text(text)
    sentences = compare_documents(document, document).old_sentences
    for quote in extract_quotes(document).quotes:
        for piece in quote.pieces:
            assert _inside(sentences, piece.start, end=False), (quote.text, text)
            assert _inside(sentences, piece.end, end=True), (quote.text, text)
