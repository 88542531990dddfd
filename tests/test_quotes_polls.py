"""Polls and surveys as sources, and the shares of people they speak for (session 9).
Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes import QuoteSet


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


@pytest.mark.parametrize(
    ("text", "words", "holder"),
    [
        # the parser takes "support" / "favor" for a noun, "back" for a preposition
        (
            "Two-thirds support raising the tax on cigarettes.",
            "raising the tax on cigarettes",
            "Two-thirds",
        ),
        ("Forty percent back the harbour plan.", "the harbour plan", "Forty percent"),
        ("Six in 10 favor the new ferry route.", "the new ferry route", "Six in 10"),
        (
            "Men under 35 support the senator by 4 percentage points.",
            "the senator by 4 percentage points",
            "Men under 35",
        ),
    ],
)
def test_a_share_before_a_misread_stance_verb_holds_the_position(
    text: str, words: str, holder: str
) -> None:
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert mention_text(text, quotes, words) == holder


def test_a_share_after_a_comma_or_conjunction_opens_its_own_clause() -> None:
    text = "About two-thirds support a ban on plastic bags, while fewer than half back a new fee."
    (quotes,) = quotes_of(text)
    assert mention_text(text, quotes, "a new fee") == "fewer than half"


def test_a_share_of_support_inside_a_phrase_holds_nothing() -> None:
    texts = [
        "The mayor won the county with 38 percent support in the north.",
        "His 32 percent support gives him a lead over the field.",
        "Among renters, 55 percent support in the north is lower than last year.",
        "The plan drew 60 percent support; the levy drew less.",
    ]
    for quotes in quotes_of(*texts):
        assert not quotes.quotes, _texts(quotes)
