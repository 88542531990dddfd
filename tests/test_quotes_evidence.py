"""Findings of polls, studies and records (session 7): told by an evidence verb's object
(`A poll shows the mayor with a lead`), by `records show` misread as a noun, by `according
to` beside another report, and by an `in a poll` phrase on an average or on the subject.
Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes import QuoteSet
from reader.quotes.evidence import evidence_words
from reader.quotes.sentences import may_attribute


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def _assert_finding(quotes: QuoteSet, content: str, source: str) -> None:
    quote = quote_with(quotes, content)
    assert speaker_name(quotes, quote) == source, (quote.text, speaker_name(quotes, quote))


def test_a_poll_shows_someone_with_a_standing() -> None:
    quotes = quotes_of(
        "A new survey of coastal voters showed the mayor with a six-point lead over her rival.",
        "Several polls show the senator within three points of the governor.",
        "An earlier study by the institute found the mayor ahead by nine points.",
    )
    _assert_finding(quotes[0], "the mayor with a six-point lead over her rival", "new survey")
    _assert_finding(quotes[1], "the senator within three points of the governor", "Several polls")
    _assert_finding(quotes[2], "the mayor ahead by nine points", "earlier study")
    assert not any(q.text.startswith(("A new survey", "Several")) for q in quotes[0].quotes)


def test_a_study_finds_a_noun_phrase() -> None:
    quotes = quotes_of(
        "A recent county survey found 80 percent support for the new bridge.",
        "One influential 2010 study found gains in reading scores but no change in math.",
    )
    _assert_finding(quotes[0], "80 percent support for the new bridge", "recent county survey")
    quote = quote_with(quotes[1], "gains in reading scores but no change in math")
    assert speaker_name(quotes[1], quote) is not None
    assert "study" in (speaker_name(quotes[1], quote) or "")


def test_estimates_put_a_figure_at_a_value() -> None:
    quotes = quotes_of(
        "Initial estimates put the cost of the bridge at about $40 million.",
        "The council estimates the cost of the bridge at about $40 million.",
    )
    _assert_finding(quotes[0], "the cost of the bridge at about $40 million", "Initial estimates")
    _assert_finding(quotes[1], "the cost of the bridge at about $40 million", "council")


def test_a_poll_has_someone_leading_or_gives_them_a_lead() -> None:
    quotes = quotes_of(
        "The latest county poll has the mayor leading her rival by six points.",
        "A county survey giving the mayor a 30-point advantage was published on Monday.",
    )
    _assert_finding(quotes[0], "the mayor leading her rival by six points", "latest county poll")
    _assert_finding(quotes[1], "the mayor a 30-point advantage", "county survey")


def test_polls_see_someone_winning_but_voters_and_a_plain_object_are_no_finding() -> None:
    quotes = quotes_of(
        "Opinion polls see the mayor making it to a runoff in June.",
        "The survey saw a drop in support for the levy.",
        "Voters see the mayor winning easily.",
    )
    _assert_finding(quotes[0], "the mayor making it to a runoff in June", "Opinion polls")
    assert not quotes[1].quotes, _texts(quotes[1])
    assert not quotes[2].quotes, _texts(quotes[2])


def test_what_a_poll_has_or_a_person_finds_is_no_finding() -> None:
    texts = [
        "The poll has a margin of error of three percentage points.",
        "Police found the car in a ditch.",
        "The study found its way into the council's files.",
        "The mayor's chief of staff has the keys to the office.",
        "The firm put new windows in the office.",
    ]
    for quotes in quotes_of(*texts):
        assert not quotes.quotes, _texts(quotes)


def test_records_show_misread_as_a_noun_still_credit_the_clause() -> None:
    quotes = quotes_of(
        "During the same period, port authority records show, the ferry carried 300 people a day.",
        "The ferry was insured for $3 million in 2012, records show, and experts say it is now "
        "worth less.",
        "Audit files from the council show that three staff accounts opened the budget files.",
    )
    _assert_finding(quotes[0], "the ferry carried 300 people a day", "port authority records")
    _assert_finding(quotes[1], "The ferry was insured for $3 million in 2012", "records")
    assert "experts say" not in quote_with(quotes[1], "insured").text
    _assert_finding(quotes[2], "three staff accounts opened the budget files", "Audit files")


def test_according_to_beside_another_report_keeps_its_own_clause() -> None:
    quotes = quotes_of(
        "The mayor leads the count by 20 pledged seats according to a tally by the Herald, but "
        "her rival has vowed to fight on.",
        "Ferry fares rose by 8 percent in May, but fell by 2 percent in June, according to the "
        "port office.",
    )
    _assert_finding(quotes[0], "The mayor leads the count by 20 pledged seats", "tally")
    _assert_finding(quotes[1], "Ferry fares rose by 8 percent in May, but fell", "port office")


def test_according_to_around_a_report_still_yields_to_the_verb() -> None:
    quotes = quotes_of("The mayor said the bridge would open in May, according to two aides.")[0]
    quote = quote_with(quotes, "the bridge would open in May")
    assert speaker_name(quotes, quote) == "mayor"


def test_an_average_of_polls_and_a_poll_on_the_subject() -> None:
    quotes = quotes_of(
        "The mayor leads her rival by nine points in the Herald average of county polls.",
        "The mayor's approval rating in the latest county poll stands at 53 percent.",
        "The mayor leads in an average of the harbour towns.",
    )
    quote = quote_with(quotes[0], "The mayor leads her rival by nine points")
    assert "Herald" in (speaker_name(quotes[0], quote) or "")
    quote = quote_with(quotes[1], "approval rating")
    assert "stands at 53 percent" in quote.text
    assert not quotes[2].quotes, _texts(quotes[2])


def test_sentences_with_evidence_and_its_verb_are_parsed() -> None:
    assert may_attribute("Initial estimates put the cost of the bridge at about $40 million.")
    assert may_attribute("The latest county poll has the mayor leading by six points.")
    assert not may_attribute("The firm has new windows in the office.")
    words = evidence_words()
    assert words.may_find("Tallies gave her a lead", ["Tallies", "gave", "her", "a", "lead"])
    assert not words.may_find("She gave a talk", ["She", "gave", "a", "talk"])
    assert may_attribute("The bureau puts the cost of the bridge at about $40 million.")
    assert not may_attribute("The storm put the harbour at risk of flooding.")


def test_a_projection_that_reports_a_clause_but_a_passive_forecast_does_not() -> None:
    quotes = quotes_of(
        "A 2014 estimate by the harbour board projected that the new tolls will cost drivers "
        "$30 million over a decade.",
        "The deficit for this year is projected to be $544 billion.",
        "The mayor projected confidence at the rally on Monday.",
    )
    _assert_finding(quotes[0], "the new tolls will cost drivers $30 million", "2014 estimate")
    assert not quotes[1].quotes, _texts(quotes[1])
    assert not quotes[2].quotes, _texts(quotes[2])


def test_any_source_may_put_a_figure_at_a_value_but_not_a_place_at_risk() -> None:
    quotes = quotes_of(
        "The Valley Ledger puts the mayor's fortune at about $9 billion.",
        "The storm put the harbour at risk of flooding.",
        "The new rules put the council at odds with the port.",
    )
    _assert_finding(quotes[0], "the mayor's fortune at about $9 billion", "Valley Ledger")
    assert not quotes[1].quotes, _texts(quotes[1])
    assert not quotes[2].quotes, _texts(quotes[2])


def test_records_compiled_by_someone_closing_the_sentence() -> None:
    text = (
        "The mayor gave nothing to any other campaign, port and county records compiled by "
        "the Harbour Institute show."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "The mayor gave nothing to any other campaign")
    assert "records" in (speaker_name(quotes, quote) or "")
    assert "compiled" not in quote.text


def test_a_share_of_people_backs_or_opposes_but_a_place_does_not_speak() -> None:
    quotes = quotes_of(
        "About two-thirds of the voters in all three towns support a ban on new ferries.",
        "Nearly 60 percent of farmers oppose the new water rules for the valley.",
        "Texas opposed the new water rules for the valley.",
    )
    quote = quote_with(quotes[0], "a ban on new ferries")
    assert speaker_name(quotes[0], quote) is not None
    quote = quote_with(quotes[1], "the new water rules for the valley")
    assert speaker_name(quotes[1], quote) is not None
    assert not quotes[2].quotes, _texts(quotes[2])


def test_according_to_inside_a_sentence_credits_the_clause_after_it() -> None:
    text = (
        "The mayor went to the first debate, and she will go to the next one in May, because, "
        "according to her aides, the harbour board would fine her if she stayed away."
    )
    quotes = quotes_of(text)[0]
    assert not any(q.text.startswith("The mayor went") for q in quotes.quotes), _texts(quotes)
    _assert_finding(quotes, "the harbour board would fine her if she stayed away", "aides")


def test_an_estimate_in_brackets_and_an_estimate_read_as_a_noun() -> None:
    quotes = quotes_of(
        "(The Valley Ledger estimates the port's yearly traffic at 9 million tonnes.)",
        "Rossi estimates that she spent between $4 million and $5 million on the campaign.",
    )
    quote = quote_with(quotes[0], "the port's yearly traffic at 9 million tonnes")
    assert quote.text.endswith("tonnes"), quote.text
    assert speaker_name(quotes[0], quote) == "Valley Ledger"
    _assert_finding(quotes[1], "she spent between $4 million and $5 million", "Rossi")


def test_according_to_a_source_with_its_own_clauses_credits_what_comes_before() -> None:
    text = (
        "Now the council is looking into whether the mayor broke the port rules, according to "
        "two harbour officials who spoke to the Herald but were not allowed to speak publicly."
    )
    quotes = quotes_of(text)[0]
    _assert_finding(
        quotes, "the council is looking into whether the mayor broke", "two harbour officials"
    )


def test_according_to_between_dashes_credits_the_words_after_it() -> None:
    text = (
        "The mayor blamed the flood on the storm while — according to letters found by the "
        "inquiry — keeping the barrier report from the council."
    )
    quotes = quotes_of(text)[0]
    _assert_finding(quotes, "keeping the barrier report from the council", "letters")
