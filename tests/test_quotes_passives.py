"""Reports with no named source (`is expected to`, `It was revealed that`) and headlines
opening with an outlet, a poll or a camp and a colon (session 5). Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes import QuoteSet

_BODY = "\n\nThe council met on Monday to discuss the harbour budget and the ferry timetable."


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def test_an_agentless_raising_passive_is_a_report_with_no_speaker() -> None:
    quotes = quotes_of("The harbour board is said to favour the new ferry timetable for Friday.")
    quote = quote_with(quotes[0], "favour the new ferry timetable")
    assert quote.text.startswith("The harbour board")
    assert speaker_name(quotes[0], quote) is None


def test_said_to_and_believed_to_report_their_subject_and_infinitive() -> None:
    text = "The mayor is said to favour the plan, and her aides are believed to dislike it."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "favour the plan").text == "The mayor is said to favour the plan"
    assert quote_with(quotes, "dislike it").text.startswith("her aides")


def test_a_forecast_is_a_hedge_with_no_speaker() -> None:
    """Session 8 reversed the old decision (a forecast is no report): `is expected to` is
    a hedge credited to nobody named (hedges.py; more in tests/test_quotes_hedges.py)."""
    quotes = quotes_of("The trial is expected to last three weeks at the county court.")[0]
    quote = quote_with(quotes, "last three weeks")
    assert quote.text.startswith("The trial is expected to")
    assert speaker_name(quotes, quote) is None


def test_a_relative_pronoun_subject_makes_no_report() -> None:
    quotes = quotes_of("The delegates who are said to back Rossi met on Monday evening.")[0]
    assert not any("back Rossi" in t for t in _texts(quotes)), _texts(quotes)


def test_a_passive_of_a_verb_outside_the_raising_list_makes_no_report() -> None:
    quotes = quotes_of("The ferry was asked to leave the harbour before the storm arrived.")[0]
    assert not any("leave the harbour" in t for t in _texts(quotes)), _texts(quotes)


def test_it_was_revealed_that_reports_the_clause_with_no_speaker() -> None:
    text = "It was revealed in March that the mayor had used a private email account."
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "had used a private email account")
    assert quote.text.startswith("the mayor")
    assert speaker_name(quotes, quote) is None


def test_a_passive_naming_the_listener_still_makes_no_report() -> None:
    quotes = quotes_of("Ukraine was told that the promised aid would come within a month.")[0]
    assert not any("promised aid" in t for t in _texts(quotes)), _texts(quotes)


def test_a_poll_headline_credits_the_poll() -> None:
    quotes = quotes_of("Poll: Rossi Leads Bianchi by Ten Points in the Harbour Race" + _BODY)[0]
    quote = quote_with(quotes, "Rossi Leads Bianchi")
    assert speaker_name(quotes, quote) == "Poll"


def test_an_outlet_headline_credits_the_outlet() -> None:
    text = "Harbour Courier: New Ferry Plan Will Cost Twice the Estimate" + _BODY
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "New Ferry Plan Will Cost")
    assert speaker_name(quotes, quote) == "Harbour Courier"


def test_a_label_before_a_colon_credits_nobody() -> None:
    texts = [
        "Exclusive: Rossi Plans a Run for Mayor of the Harbour Town" + _BODY,
        "Update: Ferry Service Resumes After the Storm on the Coast" + _BODY,
    ]
    for quotes in quotes_of(*texts):
        assert not quotes.quotes, _texts(quotes)


def test_an_outlet_word_inside_running_text_is_no_headline_source() -> None:
    text = (
        "The council met on Monday to discuss the budget for the harbour and its ferries. "
        "Daily News: a column the mayor writes every week, ran again on Tuesday morning."
    )
    quotes = quotes_of(text)[0]
    assert not any("column the mayor" in t for t in _texts(quotes)), _texts(quotes)


def test_a_name_and_its_listener_before_a_colon_credit_the_named_person() -> None:
    text = "Mary Rossi to Harbour Workers: The Yard Will Stay Open All Year" + _BODY
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "The Yard Will Stay Open")
    assert speaker_name(quotes, quote) == "Mary Rossi"


def test_an_opening_for_a_person_gives_that_persons_view() -> None:
    quotes = quotes_of("For the mayor, the new quota is a disaster for the whole coast.")[0]
    quote = quote_with(quotes, "the new quota is a disaster")
    assert speaker_name(quotes, quote) == "mayor"
    assert not quote.text.startswith("For")


def test_an_opening_for_a_time_or_an_example_gives_no_view() -> None:
    texts = [
        "For years, the harbour has lost money on the ferries it runs.",
        "For example, the port closed twice last winter during the storms.",
        "For Christmas, the ferries run on a short timetable along the coast.",
    ]
    for quotes in quotes_of(*texts):
        assert not quotes.quotes, _texts(quotes)


def test_an_opening_in_a_survey_gives_the_surveys_finding() -> None:
    text = "In a survey released Monday, half of the residents chose the harbour plan."
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "half of the residents chose the harbour plan")
    assert speaker_name(quotes, quote) == "survey"


def test_an_opening_phrase_before_a_clause_with_its_own_cue_adds_nothing() -> None:
    quotes = quotes_of("In a statement, the council said the harbour plan was sound.")[0]
    quote = quote_with(quotes, "the harbour plan was sound")
    assert speaker_name(quotes, quote) == "council"
    assert len(quotes.quotes) == 1, _texts(quotes)


def test_a_report_with_no_source_does_not_take_the_previous_speaker() -> None:
    text = (
        "Mary Rossi said the harbour would reopen in the spring after the repairs. "
        "The mayor is said to favour a later date for the reopening of the harbour."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "favour a later date")
    assert speaker_name(quotes, quote) is None
