"""Cues read across a dash (reader/quotes/dashed.py): `X, officials believe — Y` reports X,
a clause whose subject the parser took for the cue's object starts at that object, and
`said no to X` (misread_clauses.answer_bounds) reports the answer.
Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_in

# sentence, the reported words, the speaker's mention
EXAMPLES = [
    (
        "Such a tax could hurt the small farms, county officials believe — farms the county "
        "will need next year.",
        "Such a tax could hurt the small farms",
        "county officials",
    ),
    (
        "The main worry is not the cost — that will not change, the owners believe — but "
        "the delay.",
        "that will not change",
        "the owners",
    ),
    (
        "Still, union leaders believe their work as organisers for ten years, building trust "
        "in towns such as Leeds, will win the vote.",
        "their work as organisers for ten years, building trust in towns such as Leeds, will "
        "win the vote",
        "union leaders",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), EXAMPLES)
def test_a_report_read_across_a_dash(text: str, words: str, speaker: str) -> None:
    quotes = quotes_in(text)
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == speaker


def test_a_dash_after_the_report_keeps_the_report() -> None:
    text = "The mayor said the plan is dead — and she meant it."
    assert quote_with(quotes_in(text), "the plan is dead").text == "the plan is dead"


def test_what_follows_the_closing_dash_is_no_report() -> None:
    text = "Such a tax could hurt the small farms, county officials believe — farms the county "
    text += "will need next year."
    assert all("next year" not in q.text for q in quotes_in(text).quotes)


def test_saying_no_to_a_proposal_reports_the_answer() -> None:
    text = "The council has said yes to a second bridge over the river."
    quotes = quotes_in(text)
    words = "yes to a second bridge over the river"
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == "The council"


def test_saying_no_to_a_person_is_no_report() -> None:
    assert quotes_in("He said no to me.").quotes == ()
