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


def test_quote_over_paragraphs_reopened_at_each_paragraph() -> None:
    text = (
        "“The bridge will open in spring,” the engineer said. “We checked every bolt.\n"
        "“The old span had rusted through,” she added.\n"
        "The council meets on Monday."
    )
    found = [c for c, depth in contents(text) if depth == 0]
    # An opening mark mid-paragraph never runs on, even when the next line reopens.
    assert found == [
        "The bridge will open in spring",
        "We checked every bolt.",
        "The old span had rusted through",
    ]
    text = "“We checked every bolt.\n“The old span had rusted through,” she added.\nLater."
    assert [c for c, _ in contents(text)] == [
        "We checked every bolt.\n“The old span had rusted through"
    ]


def test_unclosed_quote_stops_before_narration_line() -> None:
    text = (
        "“We checked every bolt, and the span is sound.\n"
        "The council voted on Monday to reopen the bridge. “It is safe,” the mayor said."
    )
    found = find_marked_quotes(text, make_document(text).paragraphs)
    assert [text[q.content.start : q.content.end] for q in found] == [
        "We checked every bolt, and the span is sound.",
        "It is safe",
    ]
    assert found[0].close_offset is None


def test_unclosed_quote_stops_before_another_speakers_quote() -> None:
    text = (
        "The engineer said on Friday. “We checked every bolt, and the span is sound.\n"
        "“I never trusted it,” added Tomas Reyes, a ferry captain. “Nobody did.”\n"
        "“It is safe,” the mayor said."
    )
    found = [c for c, depth in contents(text) if depth == 0]
    assert found == [
        "We checked every bolt, and the span is sound.",
        "I never trusted it",
        "Nobody did.",
        "It is safe",
    ]


def test_lines_of_one_block_are_paragraphs_for_marks() -> None:
    # Web text: one news paragraph per line, blank lines only between some blocks.
    text = "Intro line.\n\nShe said. “Open quote never closed.\nNarration here.\n“Closed,” he said."
    assert [c for c, _ in contents(text)] == ["Open quote never closed.", "Closed"]


def test_hard_wrapped_quote_still_pairs() -> None:
    text = (
        "“The bridge will open in spring and the ferry will stop running once\n"
        "the last inspection is done,” the engineer said on Friday at the hall.\n"
    )
    assert [c for c, _ in contents(text)] == [
        "The bridge will open in spring and the ferry will stop running once\n"
        "the last inspection is done"
    ]


def test_transcript_turns_are_separate_quotes_without_labels() -> None:
    text = (
        'Partial transcript:\n\n"HOST: Will the bridge open?\n\n"REYES: It will. We checked.\n\n'
        '"The span is sound.\n\n"(CROSSTALK.)\n\n"HOST: Thank you."'
    )
    assert [c for c, _ in contents(text)] == [
        "Will the bridge open?",
        'It will. We checked.\n\n"The span is sound.',
        "Thank you.",
    ]


def test_sentence_cut_by_a_stray_paragraph_break_runs_on() -> None:
    text = "“The ferry has run since the summer of.\n\n1988. It will run again,” she said."
    assert [c for c, _ in contents(text)] == [
        "The ferry has run since the summer of.\n\n1988. It will run again"
    ]
    # An upper-case start is a new paragraph of narration: the unclosed quote ends before it.
    text = "“The ferry has run since 1988.\n\nThe council said it “will run again” soon."
    assert [c for c, _ in contents(text)] == ["The ferry has run since 1988.", "will run again"]


def test_a_mark_that_can_only_close_carries_the_quote_over_a_line_break() -> None:
    # A line break after a full stop inside the quote (wrapped by hand, or pasted from a
    # PDF): the next line opens with narration-like capitals but closes the quote.
    text = (
        "The council met on Monday.\n\n"
        "“Some people doubt it at the moment.\nBut the plan is clear,” said Jane Roe."
    )
    assert [c for c, _ in contents(text)] == [
        "Some people doubt it at the moment.\nBut the plan is clear"
    ]
    straight = text.replace("“", '"').replace("”", '"')
    assert [c for c, _ in contents(straight)] == [
        "Some people doubt it at the moment.\nBut the plan is clear"
    ]
