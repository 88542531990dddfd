"""A poll's finding told by a closing phrase (`X leads by five points in a new poll`), and
the sentences where such a phrase credits nothing (session 6). Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes import QuoteSet
from reader.quotes.sentences import may_attribute


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def test_a_closing_in_a_poll_credits_the_clause_to_the_poll() -> None:
    quotes = quotes_of("Rossi leads Shawe by five points in a new poll by the Harbour Herald.")[0]
    quote = quote_with(quotes, "Rossi leads Shawe by five points")
    assert speaker_name(quotes, quote) == "new poll"
    assert "in a new poll" not in quote.text


def test_the_phrase_may_hang_on_the_verbs_object() -> None:
    text = "The mayor is ahead of her rival among young voters in a Harbour College survey."
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "The mayor is ahead of her rival among young voters")
    assert speaker_name(quotes, quote) == "Harbour College survey"


def test_named_polls_credit_the_clause_to_the_polls() -> None:
    quotes = quotes_of("The senator is still ahead of the mayor in national polls.")[0]
    quote = quote_with(quotes, "The senator is still ahead of the mayor")
    assert speaker_name(quotes, quote) == "national polls"


def test_a_sentence_with_a_closing_poll_phrase_is_parsed() -> None:
    assert may_attribute("The senator has a clear lead among farmers in the latest survey.")
    assert not may_attribute("The senator has a clear lead among farmers in the county.")


def test_the_standing_in_the_polls_credits_no_poll() -> None:
    texts = [
        "The senator has a clear lead in the polls.",
        "The former governor has slid in the polls since the summer.",
    ]
    for quotes in quotes_of(*texts):
        assert not quotes.quotes, _texts(quotes)


def test_a_clause_about_the_poll_itself_is_no_finding() -> None:
    texts = [
        "The poll appeared on Monday in a survey of the harbour towns.",
        "The poll was published on Monday in a regional survey.",
    ]
    for quotes in quotes_of(*texts):
        assert not quotes.quotes, _texts(quotes)


def test_a_relative_clause_or_a_report_of_its_own_is_read_elsewhere() -> None:
    relative, report = quotes_of(
        "The mayor, who is ahead in a new poll, said the bridge would open soon.",
        "The mayor said in a survey that the bridge would open in the spring.",
    )
    assert [speaker_name(relative, q) for q in relative.quotes] == ["mayor"], _texts(relative)
    quote = quote_with(report, "the bridge would open")
    assert speaker_name(report, quote) == "mayor"
    assert len(report.quotes) == 1, _texts(report)
