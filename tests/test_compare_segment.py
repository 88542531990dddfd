"""Segmentation: paragraphs, hard-wrapped lines and the rule-based sentence splitter."""

from __future__ import annotations

import textwrap

import pytest

from reader.documents.model import Span
from reader.documents.segment import paragraph_spans, reading_paragraphs, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One here. Two there.", ["One here.", "Two there."]),
        (
            "Mr. Smith met Dr. Jones today. They spoke.",
            ["Mr. Smith met Dr. Jones today.", "They spoke."],
        ),
        (
            "Gen. Haddad and Sir Keir Starmer spoke. Then they left.",
            ["Gen. Haddad and Sir Keir Starmer spoke.", "Then they left."],
        ),
        (
            "It opened in the U.S. on Jan. 5 and closed. Few came.",
            ["It opened in the U.S. on Jan. 5 and closed.", "Few came."],
        ),
        (
            "He lives in the U.S. The rest is history.",
            ["He lives in the U.S.", "The rest is history."],
        ),
        (
            "Prices rose 3.5 per cent. Wages did not.",
            ["Prices rose 3.5 per cent.", "Wages did not."],
        ),
        ("Talks at No. 10 ended. Nothing changed.", ["Talks at No. 10 ended.", "Nothing changed."]),
        (
            "J. K. Rowling wrote it. Donald J. Trump read it.",
            ["J. K. Rowling wrote it.", "Donald J. Trump read it."],
        ),
        (
            "Wait... The lights went out. And then… Silence.",
            ["Wait...", "The lights went out.", "And then…", "Silence."],
        ),
        ("I do not see much point.' Then he left.", ["I do not see much point.'", "Then he left."]),
        ('She said "enough." Nobody moved.', ['She said "enough."', "Nobody moved."]),
        (
            "He called it “a first step.” Others did not.",
            ["He called it “a first step.”", "Others did not."],
        ),
        ("Why? Because it is hard! Really.", ["Why?", "Because it is hard!", "Really."]),
        ("'Why now?' he asked. Silence.", ["'Why now?' he asked.", "Silence."]),
        (
            "Versions e.g. drafts vs. final copies exist.",
            ["Versions e.g. drafts vs. final copies exist."],
        ),
        ("No final stop here", ["No final stop here"]),
        (
            "Shares rose 24.12%. Bonds fell. It was on ESPN.com. The league agreed.",
            ["Shares rose 24.12%.", "Bonds fell.", "It was on ESPN.com.", "The league agreed."],
        ),
        (
            "The Alfred P. Murrah building was hit. See p. 4 for more.",
            ["The Alfred P. Murrah building was hit.", "See p. 4 for more."],
        ),
        ("It rose in 2003. Then it fell.", ["It rose in 2003.", "Then it fell."]),
        (
            "He left at 5 p.m. The council then voted.",
            ["He left at 5 p.m.", "The council then voted."],
        ),
    ],
)
def test_splits_news_prose(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_never_cross_paragraphs_and_exclude_whitespace() -> None:
    text = "  First paragraph ends without a stop\n\nSecond one. It has two.  \n"
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "First paragraph ends without a stop",
        "Second one.",
        "It has two.",
    ]
    for span in spans:
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()


def test_uses_the_given_paragraphs() -> None:
    text = "Line one has no stop\nLine two neither"
    one_per_line = (Span(0, 20), Span(21, len(text)))
    assert split_sentences(text, one_per_line) == one_per_line
    # Text without blank lines holds one paragraph per line, as the loaders say.
    assert split_sentences(text) == one_per_line
    assert paragraph_spans(text) == one_per_line


def test_reflowed_lines_stay_in_one_sentence() -> None:
    text = "The mayor said the\nharbour plan would\ncost more. Others\nagreed."
    assert sentences(text) == [
        "The mayor said the\nharbour plan would\ncost more.",
        "Others\nagreed.",
    ]


def test_paragraph_spans_split_on_blank_lines() -> None:
    text = "\nA one.\nstill A.\n \n\nB two.\n"
    assert [text[p.start : p.end] for p in paragraph_spans(text)] == ["A one.\nstill A.", "B two."]
    assert paragraph_spans("   \n\n ") == ()


def test_hard_wrapped_lines_are_joined_with_offsets_into_the_file() -> None:
    text = (
        "Harbour plan approved\n"
        "The city council voted on Tuesday to expand the harbour, ending\n"
        "a dispute that had lasted six years and cost the port its biggest\n"
        "client. Work starts in May.\n"
        "Residents were not asked"
    )
    assert len(paragraph_spans(text)) == 5
    assert sentences(text) == [
        "Harbour plan approved",
        "The city council voted on Tuesday to expand the harbour, ending\n"
        "a dispute that had lasted six years and cost the port its biggest\nclient.",
        "Work starts in May.",
        "Residents were not asked",
    ]


def test_short_lines_and_sentence_ends_stay_apart() -> None:
    text = "Line one has no stop\nLine two neither\nA whole sentence ending with a stop.\nNext."
    assert len(sentences(text)) == 4


def reading(text: str) -> list[str]:
    return [text[s.start : s.end] for s in reading_paragraphs(text, paragraph_spans(text))]


def test_a_line_ending_in_an_abbreviation_runs_on_when_wrapped() -> None:
    text = (
        "The ferry company asked the judges to hear the case, which the U.S.\n"
        "Supreme Court has put on hold until the council answers in spring.\n"
    )
    assert len(reading(text)) == 1


def test_a_wrapped_block_runs_on_over_a_sentence_end() -> None:
    # Blank lines part the paragraphs; inside one, every line was too full for the
    # next word, so a break after a full stop is the wrap's, not a paragraph's.
    body = (
        "The council voted on Tuesday to expand the harbour after six years of "
        "dispute over the cost of dredging. Building starts in May, and the port "
        "expects its first ships in the autumn of next year. Residents were not asked."
    )
    for width in range(50, 81):
        wrapped = textwrap.fill(body, width)
        text = f"Harbour plan approved\n\n{wrapped}\n\nThe mayor was away.\n"
        assert [" ".join(p.split()) for p in reading(text)] == [
            "Harbour plan approved",
            body,
            "The mayor was away.",
        ], width


def test_one_wrapped_paragraph_keeps_its_width_among_long_lines() -> None:
    long_line = ("The council met on Tuesday. " * 12).strip()
    body = (
        "The mayor, who has led the city since the floods, said the plan of the "
        "Harbour Board would cost more than the last one and take two years to finish."
    )
    wrapped = textwrap.fill(body, 72)  # its second line starts with "Harbour"
    assert wrapped.split("\n")[1].startswith("Harbour")
    text = f"{long_line}\n\n{wrapped}\n\n{long_line}\n"
    assert [" ".join(p.split()) for p in reading(text)] == [long_line, body, long_line]


def test_lines_of_varied_length_stay_paragraphs() -> None:
    # One paragraph per line: "Bridge shut." would have fitted on the line before it.
    text = (
        "The bridge over the river closed on Tuesday for repairs to its deck.\n"
        "Engineers expect the work to take a month or a little more.\n"
        "Bridge shut.\n"
        "Drivers were told to use the ring road until it opens again.\n"
    )
    assert len(reading(text)) == 4


QUOTED = (
    "“The ferry will stop at the old pier on weekdays from the spring. The new pier "
    "opens in the autumn, and the old one will close for good,” the harbour master said."
)
NOTE = "Tickets will cost the same as now, the company said in a note to its passengers."


def test_without_blank_lines_a_sentence_end_runs_on_only_inside_a_quote() -> None:
    # At 66 columns the first line ends with "spring." inside the open quote.
    text = f"{textwrap.fill(QUOTED, 66)}\n{textwrap.fill(NOTE, 66)}\n"
    assert text.split("\n")[0].endswith("spring.")
    assert [" ".join(p.split()) for p in reading(text)] == [QUOTED, NOTE]
    # The same lines with no quote marks: each may be a paragraph of its own.
    plain = text.replace("“", "").replace(",”", ",")
    assert len(reading(plain)) == 3
