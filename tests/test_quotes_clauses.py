"""Reported speech with a clausal content (session 5): where the clause lies in the parse,
where it ends, and the belief, intention and feeling frames. Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes import QuoteSet
from reader.quotes.lexicon import cues


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def test_the_clause_after_the_cue_is_the_report_when_one_lies_on_each_side() -> None:
    text = (
        "The ferry strike entered its third day on the coast road "
        "Rossi, in Turin, said Monday that the deal was close."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "the deal was close")
    assert "ferry strike" not in quote.text


def test_a_cue_with_its_own_complement_does_not_report_the_clause_it_hangs_on() -> None:
    text = (
        "While candidates like Rossi and Bianchi are vowing to bring back the lost jobs, "
        "public opinion reflects deep doubts."
    )
    quotes = quotes_of(text)[0]
    assert not any("deep doubts" in t for t in _texts(quotes)), _texts(quotes)
    assert quote_with(quotes, "the lost jobs").text.startswith("to bring back")


def test_an_interrupting_cue_reports_the_clause_around_it() -> None:
    quotes = quotes_of("Still, the agency said, the harbour can reopen by spring.")[0]
    quote = quote_with(quotes, "the harbour can reopen")
    assert not quote.text.startswith(",")


def test_a_trailing_evidence_cue_reports_the_clause_before_its_subject() -> None:
    quotes = quotes_of("Rents rose by a third last year, housing records show.")[0]
    quote = quote_with(quotes, "Rents rose by a third last year")
    assert "records" not in quote.text


def test_a_phrase_before_an_introducing_cue_is_not_reported() -> None:
    text = 'In a briefing for reporters, she added:\n"We will publish the data next week."'
    quotes = quotes_of(text)[0]
    assert not any("briefing" in t for t in _texts(quotes)), _texts(quotes)


def test_a_question_before_the_cue_does_not_leave_the_speaker_as_content() -> None:
    text = 'Asked when the talks might resume, the steward said: "They know where I am."'
    quotes = quotes_of(text)[0]
    assert "the steward" not in _texts(quotes)
    assert "the" not in _texts(quotes)


def test_a_gerund_subject_the_parser_hangs_on_the_cue_still_opens_the_clause() -> None:
    quotes = quotes_of("He said legalizing it could put thousands of people to work.")[0]
    quote = quote_with(quotes, "thousands of people")
    assert quote.text.startswith("legalizing it")
    assert quote.speaker_mention is not None


# lemma -> (sentence, words the reported content holds), for the verbs added this session
CLAUSE_VERBS = {
    "encourage": ("The coach encouraged the players to rest over the winter.", "to rest"),
    "invite": ("The mayor invited residents to comment on the new bus routes.", "to comment"),
    "press": ("The tenants pressed the landlord to repair the lifts.", "to repair the lifts"),
    "push": ("The nurses pushed the board to hire more staff.", "to hire more staff"),
    "persuade": ("The farmers persuaded the council to delay the vote.", "to delay the vote"),
    "convince": ("She convinced the panel that the bridge was unsafe.", "the bridge was unsafe"),
    "advise": ("The doctors advised the school to close for a week.", "to close for a week"),
    "instruct": ("The judge instructed the jury to ignore the remark.", "to ignore the remark"),
    "challenge": ("The senator challenged her rival to publish his tax returns.", "tax returns"),
    "implore": ("The bishop implored the strikers to return to work.", "to return to work"),
    "offer": ("The chairman offered to resign after the vote.", "to resign"),
    "remind": ("The auditor reminded the board that the fund was nearly empty.", "nearly empty"),
    "reaffirm": ("The minister reaffirmed that the tax would not rise.", "would not rise"),
    "assure": ("The chief assured voters that the polls would open on time.", "on time"),
    "reassure": ("The airline reassured passengers that refunds would be paid.", "be paid"),
    "joke": ("He joked that the band was older than the hall.", "older than the hall"),
    "assume": ("The planners assumed that the river would stay low.", "stay low"),
    "reckon": ("The brewer reckons that sales will double by spring.", "will double"),
    "wish": ("The captain wished that the season had lasted longer.", "lasted longer"),
    "anticipate": ("The treasurer anticipates that costs will fall next year.", "costs will fall"),
    "forecast": ("The bank forecasts that prices will ease in the summer.", "prices will ease"),
    "demonstrate": ("The study demonstrates that the drug cuts relapses.", "the drug cuts"),
    "swear": ("The witness swore that she had never met the accused.", "never met"),
}


def test_each_clause_verb_added_this_session_finds_its_example() -> None:
    found = quotes_of(*(sentence for sentence, _ in CLAUSE_VERBS.values()))
    for (lemma, (sentence, words)), quotes in zip(CLAUSE_VERBS.items(), found, strict=True):
        hits = [q for q in quotes.quotes if words in q.text and q.cue is not None]
        assert hits, f"{lemma}: nothing reported in {sentence!r}: {_texts(quotes)}"


def test_an_adjective_of_belief_reports_its_clause_with_the_subject_as_source() -> None:
    quotes = quotes_of("The nurses are confident that the ward will stay open.")[0]
    quote = quote_with(quotes, "the ward will stay open")
    assert speaker_name(quotes, quote) is not None
    assert "confident" not in quote.text


def test_an_adjective_of_intention_reports_its_to_clause() -> None:
    quotes = quotes_of("The mayor is determined to finish the tram line by May.")[0]
    assert quote_with(quotes, "finish the tram line").text.startswith("to finish")


def test_an_expletive_it_is_no_source_for_a_belief_adjective() -> None:
    quotes = quotes_of("It is certain that the old pier will be rebuilt.")[0]
    assert _texts(quotes) == []


def test_a_stance_noun_reports_its_clause_when_someone_owns_it() -> None:
    quotes = quotes_of(
        "The union's view that the shifts are too long has not changed.",
        "The growers made the case that the frost had ruined the harvest.",
        "The chairman's plan to sell the stadium angered the fans.",
        "Her argument is that the library should open on Sundays.",
        "In the council's view, the ferry must run all winter.",
    )
    expected = (
        "the shifts are too long",
        "the frost had ruined the harvest",
        "to sell the stadium",
        "the library should open on Sundays",
        "the ferry must run all winter",
    )
    for quotes_of_one, words in zip(quotes, expected, strict=True):
        quote = quote_with(quotes_of_one, words)
        assert quote.speaker_mention is not None, words


def test_a_stance_noun_without_a_source_or_with_no_reports_nothing() -> None:
    # Session 8: a stance of what is said in public that nobody holds reports its complement
    # clause with no speaker ("Complaints that ...": tests/test_quotes_noun_cues.py); a
    # belief or an idea has a holder, named in the context if anywhere.
    quotes = quotes_of(
        "The idea that the moon is hollow is old.",
        "She has no plans to retire from the orchestra.",
    )
    assert [_texts(q) for q in quotes] == [[], []]


def test_a_second_speech_act_joined_to_the_reported_clause_ends_it() -> None:
    text = (
        "She says she has released ten years of tax returns and calls on her rivals to do the same."
    )
    quotes = quotes_of(text)[0]
    first = quote_with(quotes, "ten years of tax returns")
    assert "rivals" not in first.text
    assert "her rivals to do the same" in quote_with(quotes, "to do the same").text


def test_a_wish_joined_to_the_reported_clause_stays_in_it() -> None:
    text = "The manager said she would not appeal but wanted an apology from the league."
    quote = quote_with(quotes_of(text)[0], "would not appeal")
    assert "an apology from the league" in quote.text


def test_called_for_someone_to_act_reports_who_and_what() -> None:
    quotes = quotes_of(
        "The mayor is calling for the county to pay half the cost.",
        "The senator called on the regulator to block the merger.",
    )
    assert quote_with(quotes[0], "half the cost").text.startswith("the county to pay")
    assert quote_with(quotes[1], "block the merger").text.startswith("the regulator to block")


def test_according_to_after_a_clause_reports_that_clause_not_the_next_one() -> None:
    text = "Prices rose by a tenth according to a survey by the bank, but wages stayed flat."
    quote = quote_with(quotes_of(text)[0], "Prices rose by a tenth")
    assert "wages" not in quote.text


def test_a_headline_opening_with_a_surname_named_in_full_below_is_that_persons_words() -> None:
    text = (
        "Brandt: Harbour deal is dead\n"
        "The mayor, Anna Brandt, told the council on Monday that talks had failed."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "Harbour deal is dead")
    assert speaker_name(quotes, quote) == "Anna Brandt"


def test_a_headline_label_before_a_colon_is_no_speaker() -> None:
    quotes = quotes_of("Exclusive: Harbour deal is dead\nTalks failed on Monday.")[0]
    assert _texts(quotes) == []


def test_a_fronted_adverbial_with_a_cue_verb_stays_in_the_reported_clause() -> None:
    text = (
        "The club has argued that as fans learned more about the deal, "
        "the ticket price would seem fair."
    )
    quote = quote_with(quotes_of(text)[0], "the ticket price would seem fair")
    assert quote.text.startswith("as fans learned more")


def test_a_name_and_colon_the_parser_splits_from_its_words_still_credits_them() -> None:
    quotes = quotes_of("Mary Quint: And Then There Were Two\nThe race narrowed on Monday.")[0]
    quote = quote_with(quotes, "Then There Were Two")
    assert speaker_name(quotes, quote) == "Mary Quint"


def test_told_someone_to_act_and_wanting_someone_to_act_report_the_infinitive() -> None:
    quotes = quotes_of(
        "The coach told the players not to worry about the table.",
        "Most residents want the mayor to resign before the summer.",
    )
    assert "not to worry" in quote_with(quotes[0], "about the table").text
    assert quote_with(quotes[1], "to resign").text.startswith("the mayor to resign")


def test_a_belief_joined_to_the_reported_clause_stays_in_it() -> None:
    text = "The skipper says he is proud of the crew and expects to win the next race."
    quote = quote_with(quotes_of(text)[0], "proud of the crew")
    assert "expects to win the next race" in quote.text


def test_cue_forms_that_double_their_last_letter_select_the_sentence() -> None:
    forms = cues().forms
    assert forms.get("admitted") == "admit"
    assert forms.get("planned") == "plan"
    quotes = quotes_of("The chairman openly admitted that the club had overspent.")[0]
    assert quote_with(quotes, "the club had overspent").cue is not None


def test_as_the_source_reported_attributes_the_main_clause() -> None:
    text = (
        "As the county's own auditors reported just last week, the council spent "
        "its reserve on the new depot."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "spent its reserve on the new depot")
    assert "auditors" not in quote.text
    assert quote.speaker_mention is not None


def test_figure_and_a_case_made_to_listeners_report_their_clauses() -> None:
    quotes = quotes_of(
        "The coach figures that a draw will be enough to stay up.",
        "The senator made the case to a room of farmers that the tariff would hurt them.",
    )
    assert quote_with(quotes[0], "a draw will be enough").cue is not None
    quote = quote_with(quotes[1], "the tariff would hurt them")
    assert "farmers" not in quote.text


def test_a_report_in_a_relative_clause_of_the_speaker_is_found_too() -> None:
    text = "Rossi, who said she usually votes for the left, said one candidate stood out."
    quotes = quotes_of(text)[0]
    first = quote_with(quotes, "she usually votes for the left")
    assert "stood out" not in first.text
    assert quote_with(quotes, "one candidate stood out").text.startswith("one candidate")


def test_a_fronted_question_ends_before_the_main_clause() -> None:
    quotes = quotes_of("Asked if she was ever afraid, the captain laughed.")[0]
    quote = quote_with(quotes, "she was ever afraid")
    assert "laughed" not in quote.text
