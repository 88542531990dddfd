"""Verb frames and layouts of reported speech (session 6): what completes an object the
parser hung on the verb, and the other reach rules of this session. Sentences written here."""

from __future__ import annotations

from quotes_helpers import make_document, quote_with

from reader.quotes import QuoteSet, extract_many


def _quotes(*texts: str) -> list[QuoteSet]:
    return extract_many([make_document(t) for t in texts])


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def test_an_object_keeps_the_infinitive_that_says_what_it_is_for() -> None:
    text = (
        "The senator defended her call to raise the bridge toll to ten dollars, "
        "saying the repairs could not wait."
    )
    quotes = _quotes(text)[0]
    quote = quote_with(quotes, "her call")
    assert quote.text == "her call to raise the bridge toll to ten dollars"


def test_an_object_keeps_its_complements_the_parser_hung_on_the_verb() -> None:
    text = (
        "Ms. Rossi, the harbour chief, praised the efforts of a volunteer from Genoa "
        "to clean the beaches by hand on Friday."
    )
    quote = quote_with(_quotes(text)[0], "the efforts of a volunteer")
    assert quote.text.endswith("to clean the beaches by hand on Friday")


def test_a_relative_clause_closing_the_sentence_is_the_writers_aside() -> None:
    quotes = _quotes("Polls suggest it would be Bianchi, who has a large lead over Rossi.")[0]
    assert quote_with(quotes, "it would be Bianchi").text == "it would be Bianchi"


def test_a_relative_clause_inside_the_report_stays_in_it() -> None:
    quotes = _quotes("Rossi said the plan, which cost a fortune, had failed.")[0]
    assert quote_with(quotes, "the plan").text == "the plan, which cost a fortune, had failed"


def test_a_second_act_after_a_comma_ends_the_first_report() -> None:
    text = "Rossi said he saw no need to change his plans, telling reporters the team was strong."
    quotes = _quotes(text)[0]
    assert quote_with(quotes, "he saw no need").text == "he saw no need to change his plans"
    assert quote_with(quotes, "the team was strong").text == "the team was strong"


def test_a_closing_relative_clause_that_reports_in_turn_stays_in_the_report() -> None:
    text = "Rossi said the budget was checked by the audit office, which called it sound."
    quotes = _quotes(text)[0]
    assert quote_with(quotes, "the budget was checked").text.endswith("which called it sound")
