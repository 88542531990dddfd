"""Quote marks: pairing, apostrophes, nesting and quotes over paragraphs (no model needed)."""

from __future__ import annotations

from quotes_helpers import make_document

from reader.documents.model import Span
from reader.quotes.marks import find_marked_quotes


def contents(text: str) -> list[tuple[str, int]]:
    document = make_document(text)
    quotes = find_marked_quotes(document.text, document.paragraphs)
    return [(text[q.content.start : q.content.end], q.depth) for q in quotes]


def test_straight_and_curly_double_quotes() -> None:
    assert contents('He said "we are ready" and left.') == [("we are ready", 0)]
    assert contents("“We will win,” she said.") == [("We will win", 0)]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Ukraine's army played rock 'n' roll in the '90s, the students' union said."
    assert contents(text) == []


def test_single_quote_closing_after_plural_word() -> None:
    text = "Troops would be 'legitimate targets', he warned, and the allies' plan failed."
    assert contents(text) == [("legitimate targets", 0)]


def test_plural_possessive_inside_single_quote() -> None:
    text = "He called it 'the allies' worst idea' yesterday."
    assert contents(text) == [("the allies' worst idea", 0)]


def test_quote_closed_before_a_function_word() -> None:
    text = "She praised the 'very good efforts' but described the countries' actions as weak."
    assert contents(text) == [("very good efforts", 0)]


def test_nested_quotes_keep_their_depth() -> None:
    found = contents("“He told me ‘no’ twice,” she said.")
    assert found == [("He told me ‘no’ twice", 0), ("no", 1)]


def test_split_quote_gives_two_quotes() -> None:
    found = contents('"We will not give up," she said, "because this is our home."')
    assert [c for c, _ in found] == ["We will not give up", "because this is our home."]


def test_quote_running_over_two_paragraphs() -> None:
    text = '"The first part goes on.\n"And the second part ends here," he said.\nNext.'
    found = contents(text)
    assert len(found) == 1
    assert found[0][0].startswith("The first part") and found[0][0].endswith("ends here")


def test_unclosed_mark_mid_paragraph_stops_at_paragraph_end() -> None:
    document = make_document('He said "we are ready.\nAnother paragraph.')
    quotes = find_marked_quotes(document.text, document.paragraphs)
    assert [document.text[q.content.start : q.content.end] for q in quotes] == ["we are ready."]
    assert quotes[0].close_offset is None


def test_offsets_without_paragraphs() -> None:
    quotes = find_marked_quotes("'Yes,' he said.", ())
    assert quotes[0].content == Span(1, 4)
