"""Hedged and impersonal attributions (session 8, reader/quotes/hedges.py): `is expected
to`, `seems to`, `it appears that`, `looks like`, `is seen as`, `is known as`,
`reportedly`, `it is unclear whether`. Each is a quote whose speaker is unknown unless the
text names one, its cue the hedge words. Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_with, quotes_in, span_text, speaker_name

from reader.quotes.hedge_words import hedge_words
from reader.quotes.model import Quote


def _hedged(text: str, words: str, cue: str) -> Quote:
    """The quote of `words`, checked whole, with no speaker and cued by the hedge words."""
    quotes = quotes_in(text)
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert speaker_name(quotes, quote) is None
    assert span_text(text, quote.cue) == cue
    return quote


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        (
            "The ferry company is widely expected to raise its fares next spring.",
            "The ferry company is widely expected to raise its fares next spring",
            "is widely expected",
        ),
        (
            "The harbour master isn't expected to attend the opening.",
            "The harbour master isn't expected to attend the opening",
            "isn't expected",
        ),
        (
            "The old mill has long been expected to close.",
            "The old mill has long been expected to close",
            "has long been expected",
        ),
        (
            "The allotment society seems to favour a smaller rent rise.",
            "The allotment society seems to favour a smaller rent rise",
            "seems",
        ),
        (
            "The new goalkeeper appeared nervous during the penalty shootout.",
            "The new goalkeeper appeared nervous",
            "appeared",
        ),
        (
            "The bakery on Mill Lane looks set to close by the summer.",
            "The bakery on Mill Lane looks set to close by the summer",
            "looks set",
        ),
        (
            "The rail deal looks like a win for the drivers' union.",
            "The rail deal looks like a win for the drivers' union",
            "looks like",
        ),
        (
            "The deputy head is seen as the likely successor to the principal.",
            "The deputy head is seen as the likely successor to the principal",
            "is seen as",
        ),
        (
            "The orchard keeper is known to distrust the new pesticide.",
            "The orchard keeper is known to distrust the new pesticide",
            "is known",
        ),
        (
            "The harbour master was known for his long speeches.",
            "The harbour master was known for his long speeches",
            "was known for",
        ),
        (
            "The old pit, known as the Hollow, flooded in 1987.",
            "The old pit, known as the Hollow",
            "known as",
        ),
        (
            "The printing firm reportedly paid the fine in cash.",
            "The printing firm reportedly paid the fine in cash",
            "reportedly",
        ),
        (
            "The club treasurer allegedly moved the prize money abroad.",
            "The club treasurer allegedly moved the prize money abroad",
            "allegedly",
        ),
    ],
)
def test_a_hedge_is_a_quote_of_its_subject_and_what_it_hedges_with_no_speaker(
    text: str, words: str, cue: str
) -> None:
    quote = _hedged(text, words, cue)
    assert span_text(text, quote.speaker_mention) is None


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        ("It appears that the tram extension has stalled.", "the tram extension has stalled",
         "It appears"),
        ("It seems the choir will lose its conductor.", "the choir will lose its conductor",
         "It seems"),
        ("It is unclear whether the footbridge will reopen.",
         "whether the footbridge will reopen", "It is unclear"),
        ("It's not clear whether the warden will stand again.",
         "whether the warden will stand again", "It's not clear"),
        ("It became clear that the ferry would not sail.", "the ferry would not sail",
         "It became clear"),
        ("Whether the appeal won any votes is unknown.", "Whether the appeal won any votes",
         "is unknown"),
        ("It seemed likely that the regatta would be delayed.",
         "the regatta would be delayed", "It seemed likely"),
    ],
)  # fmt: skip
def test_an_impersonal_it_credits_its_clause_to_nobody_named(
    text: str, words: str, cue: str
) -> None:
    _hedged(text, words, cue)


def test_a_named_agent_or_holder_is_the_speaker() -> None:
    text = "The mayor is expected by local analysts to sign the harbour budget."
    quote = quote_with(quotes_in(text), "sign the harbour budget")
    assert span_text(text, quote.speaker_mention) == "local analysts"
    text = "The new timetable was seen by commuters as a step backwards."
    quote = quote_with(quotes_in(text), "a step backwards")
    assert quote.text == "The new timetable was seen by commuters as a step backwards"
    assert span_text(text, quote.speaker_mention) == "commuters"
    text = "To the coach, the young striker seemed to lack confidence."
    quote = quote_with(quotes_in(text), "lack confidence")
    assert span_text(text, quote.speaker_mention) == "the coach"


def test_a_speech_cue_infinitive_under_seems_makes_the_subject_the_speaker() -> None:
    text = "The senator seemed to urge a pause in the harbour talks."
    quote = quote_with(quotes_in(text), "urge a pause")
    assert quote.text == "The senator seemed to urge a pause in the harbour talks"
    assert span_text(text, quote.speaker_mention) == "The senator"
    assert span_text(text, quote.cue) == "seemed"


def test_a_speech_verb_under_the_hedge_reports_with_its_own_speaker() -> None:
    text = "The senator appeared to suggest that the bridge would close in May."
    quotes = quotes_in(text)
    assert [q.text for q in quotes.quotes] == ["the bridge would close in May"]
    assert span_text(text, quotes.quotes[0].speaker_mention) == "The senator"
    text = "It is clear the harbour board thinks that the fees are too low."
    quotes = quotes_in(text)
    assert [q.text for q in quotes.quotes] == ["the fees are too low"]
    assert span_text(text, quotes.quotes[0].speaker_mention) == "the harbour board"
    text = "The councillor reportedly said that the depot was unsafe."
    quotes = quotes_in(text)
    assert [q.text for q in quotes.quotes] == ["the depot was unsafe"]
    assert span_text(text, quotes.quotes[0].speaker_mention) == "The councillor"


def test_a_hedge_never_covers_a_report_that_names_its_source() -> None:
    text = (
        "The donors appear to have ties to a charity, which has been accused by the "
        "regulator of hiding its accounts."
    )
    quotes = quotes_in(text)
    hedge = quote_with(quotes, "ties to a charity")
    assert hedge.text == "The donors appear to have ties to a charity"
    assert all("accounts" not in q.text for q in quotes.quotes if q.speaker_mention is None)
    text = "The mayor's explanations of the closure appear to have angered the traders."
    quotes = quotes_in(text)
    assert all(span_text(text, q.cue) != "appear" for q in quotes.quotes)  # the mayor's, if any
    text = (
        "The club treasurer appeared to relax in October, when he told members that "
        "the debt was paid."
    )
    quotes = quotes_in(text)
    assert quote_with(quotes, "relax").text == "The club treasurer appeared to relax in October"
    assert quote_with(quotes, "the debt was paid").text == "the debt was paid"


def test_an_object_verb_under_a_forecast_makes_one_quote_not_two() -> None:
    text = "The weekly paper is expected to endorse the Green candidate for mayor."
    quotes = quotes_in(text)
    assert [q.text for q in quotes.quotes] == [text.rstrip(".")]
    assert speaker_name(quotes, quotes.quotes[0]) is None


def test_a_relative_subject_leaves_the_hedged_infinitive() -> None:
    text = "The review, which is expected to criticise the council, comes out next week."
    quote = quote_with(quotes_in(text), "criticise the council")
    assert quote.text == "to criticise the council"
    assert span_text(text, quote.cue) == "is expected"


@pytest.mark.parametrize(
    "text",
    [
        "The senator appeared on television on Sunday evening.",
        "The witness appeared in court to face the charges against her.",
        "The mayor looks at the ferry figures every week.",
        "A big crowd is expected at the stadium on Saturday.",
        "The old bridge could be seen as a symbol of the town.",
        "The rules of the raffle are clear and fair.",
        "The allegedly stolen bicycle was found in a canal.",
        "He was seen at the harbour on Friday night.",
    ],
)
def test_no_hedge_without_its_raising_or_impersonal_use(text: str) -> None:
    assert quotes_in(text).quotes == ()


def test_only_sentences_with_a_hedge_word_are_chosen_for_it() -> None:
    words = hedge_words()
    assert words.may_find(["The", "plan", "seems", "fine"])
    assert words.may_find(["It", "is", "unclear", "whether"])
    assert not words.may_find(["The", "rules", "are", "clear"])
    assert not words.may_find(["The", "ferry", "left", "at", "noon"])


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        ("The new ferry timetable may seem confusing to visitors.",
         "The new ferry timetable may seem confusing to visitors", "may seem"),
        ("The bakery can seem crowded on Saturday mornings.",
         "The bakery can seem crowded on Saturday mornings", "can seem"),
        ("The mayor might be expected to sign the budget before May.",
         "The mayor might be expected to sign the budget before May", "might be expected"),
        ("It may seem strange that the council never replied to the letter.",
         "the council never replied to the letter", "It may seem strange"),
    ],
)  # fmt: skip
def test_a_modal_seem_or_expect_is_still_a_hedge(text: str, words: str, cue: str) -> None:
    """How a thing strikes somebody, or what somebody expects, under `may` or `might`;
    unlike `could be seen as` (the writer's own reading, above)."""
    _hedged(text, words, cue)


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        ("The harbour board appeared paralyzed after the storm.",
         "The harbour board appeared paralyzed after the storm", "appeared"),
        ("The contest appears closer in the north of the county.",
         "The contest appears closer in the north of the county", "appears"),
        ("Both plans look increasingly doubtful this winter.",
         "Both plans look increasingly doubtful", "look"),
    ],
)  # fmt: skip
def test_a_predicate_the_parser_misreads_or_an_adjective_after_look_is_hedged(
    text: str, words: str, cue: str
) -> None:
    _hedged(text, words, cue)


def test_a_stance_adjective_under_seems_is_held_by_its_subject() -> None:
    text = "The coach seemed hopeful that the club could sign a new striker."
    quotes = quotes_in(text)
    quote = quote_with(quotes, "the club could sign a new striker")
    assert quote.text == "the club could sign a new striker"
    assert span_text(text, quote.speaker_mention) == "The coach"
    assert span_text(text, quote.cue) == "seemed hopeful"
    text = "The rain seemed certain to fall before the match."
    assert all(q.speaker_mention is None for q in quotes_in(text).quotes)


def test_an_unclear_question_the_parser_made_a_clause_of_circumstance_is_hedged() -> None:
    text = "It was unclear exactly when and how the council would vote on the plans."
    quote = quote_with(quotes_in(text), "the council would vote")
    assert quote.text == "exactly when and how the council would vote on the plans"
    assert span_text(text, quote.cue) == "It was unclear"
    assert quote.speaker_mention is None


def test_a_trailing_relative_aside_ends_the_hedged_clause() -> None:
    text = "It appeared that the mayor had calmed the chamber, which has not met since May."
    quote = quote_with(quotes_in(text), "the mayor had calmed the chamber")
    assert quote.text == "the mayor had calmed the chamber"
    assert span_text(text, quote.cue) == "It appeared"


@pytest.mark.parametrize(
    ("text", "words", "cue"),
    [
        ("The regatta looked as if it might be cancelled.",
         "The regatta looked as if it might be cancelled", "looked"),
        ("The vote appeared as if it would be a formality.",
         "The vote appeared as if it would be a formality", "appeared"),
        ("It seemed as though the strike would never end.",
         "as though the strike would never end", "It seemed"),
    ],
)  # fmt: skip
def test_seems_as_if_hedges_what_it_compares_with(text: str, words: str, cue: str) -> None:
    _hedged(text, words, cue)


def test_as_if_after_a_plain_verb_or_over_a_named_report_is_no_hedge() -> None:
    assert quotes_in("The captain left the pier as if she was late.").quotes == ()
    text = "The vote appeared as if the mayor said it would be a formality."
    assert all(span_text(text, q.cue) != "appeared" for q in quotes_in(text).quotes)
