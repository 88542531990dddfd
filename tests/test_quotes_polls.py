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


def test_a_poll_phrase_between_the_subject_and_its_verb_credits_the_clause() -> None:
    text = (
        "Ms. Lee's four-point lead over her rival, John Doe, in a Herald poll last month "
        "has vanished."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "four-point lead over her rival")
    assert quote.text.startswith("Ms. Lee's four-point lead") and quote.text.endswith("vanished")
    assert mention_text(text, quotes, "four-point lead") == "a Herald poll"


def test_a_poll_phrase_a_few_words_below_the_verb_credits_the_clause() -> None:
    text = "Five candidates have all been clustered near 10 percent of the vote in Iowa surveys."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "Five candidates")
    assert quote.text == "Five candidates have all been clustered near 10 percent of the vote"
    assert mention_text(text, quotes, "Five candidates") == "Iowa surveys"


def test_a_poll_phrase_before_a_report_of_its_own_credits_no_poll() -> None:
    text = "The mayor, in a poll released Monday, said she would run again."
    (quotes,) = quotes_of(text)
    assert mention_text(text, quotes, "she would run again") == "The mayor"


def test_an_aside_about_the_opening_poll_is_not_its_finding() -> None:
    text = (
        "In the new Gallup poll, conducted May 1-3, 40 percent of likely voters back Lee, "
        "up four points from a survey a week earlier."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "back Lee")
    assert quote.text.startswith("40 percent of likely voters")
    assert mention_text(text, quotes, "back Lee") == "the new Gallup poll"


def test_a_second_share_joined_by_and_makes_a_report_of_its_own() -> None:
    text = (
        "Six in 10 voters said the mayor is honest, and three-quarters said the same of her rival."
    )
    (quotes,) = quotes_of(text)
    assert quote_with(quotes, "the mayor is honest").text == "the mayor is honest"
    assert mention_text(text, quotes, "the mayor is honest") == "Six in 10 voters"
    assert mention_text(text, quotes, "the same of her rival") == "three-quarters"


def test_a_share_the_parser_hung_elsewhere_still_ends_the_first_report() -> None:
    text = (
        "One in three said the council does not care about renters and one in four said "
        "the council was hostile to renters."
    )
    (quotes,) = quotes_of(text)
    first = quote_with(quotes, "does not care")
    assert first.text == "the council does not care about renters"
    assert mention_text(text, quotes, "does not care") == "One in three"


def test_a_comparison_with_a_share_that_reports_ends_the_report() -> None:
    text = (
        "Almost half said they wanted a mayor from outside the council, compared with four "
        "in 10 who said they preferred someone with experience."
    )
    (quotes,) = quotes_of(text)
    assert quote_with(quotes, "wanted a mayor").text == (
        "they wanted a mayor from outside the council"
    )
    assert quote_with(quotes, "preferred someone").text == "they preferred someone with experience"


def test_a_comparison_that_reports_nothing_stays_in_the_report() -> None:
    text = "She said the levy raised 40 million dollars, compared with 30 million last year."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "the levy raised")
    assert quote.text.endswith("compared with 30 million last year")


def test_a_joined_report_of_someone_not_a_share_is_left_to_the_parse() -> None:
    text = "The mayor said the levy was fair and the union said it was too high."
    (quotes,) = quotes_of(text)
    assert mention_text(text, quotes, "it was too high") == "the union"


def test_a_comparison_of_a_shares_answer_with_another_share_ends_the_report() -> None:
    text = (
        "Some 26 percent of renters say they have not been following the race, compared "
        "with 11 percent of owners."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "following the race")
    assert quote.text == "they have not been following the race"


def test_a_share_after_while_makes_a_report_of_its_own() -> None:
    text = (
        "About 79 percent of renters say they would be satisfied with Lee, while only 49 "
        "percent of owners say the same of Ruiz."
    )
    (quotes,) = quotes_of(text)
    assert quote_with(quotes, "satisfied with Lee").text == "they would be satisfied with Lee"
    assert mention_text(text, quotes, "the same of Ruiz") == "owners"


def test_a_ratio_after_while_ends_the_first_report() -> None:
    text = (
        "In each ward, about half of voters say they prefer a mayor who is an outsider, "
        "while about 4 in 10 want one with experience."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "prefer a mayor")
    assert quote.text == "they prefer a mayor who is an outsider"


def test_a_share_inside_the_reported_clause_stays_in_it() -> None:
    text = "She said that while 40 percent support the levy, most oppose the fee."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "most oppose the fee")
    assert "40 percent support the levy" in quote.text


def test_a_polls_finding_keeps_its_whole_run_of_shares() -> None:
    text = (
        "In the latest Herald poll, 28 percent of likely voters favored Lee, while 23 percent "
        "favored Ruiz and 15 percent backed Moss."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "28 percent of likely voters favored Lee")
    assert quote.text.endswith("and 15 percent backed Moss")
    assert mention_text(text, quotes, "favored Lee") == "the latest Herald poll"
