"""Stated positions, decisions and intentions (session 7): the verbs and shapes added for
them (cues.json `_positions`, `passive_objects`; reader/quotes/positions.py; the gerund
object in frames.py). Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes.lexicon import cues

# sentence, the reported words, the speaker's mention (None: no source named)
EXAMPLES = [
    # a gerund object the parser makes a clause
    (
        "The council member opposes raising the ferry fares for pensioners.",
        "raising the ferry fares for pensioners",
        "The council member",
    ),
    (
        "Ms. Okafor has long supported at least lowering the bridge tolls.",
        "at least lowering the bridge tolls",
        "Ms. Okafor",
    ),
    # to-infinitives of proposing and preferring
    (
        "The governor proposed to merge the two transit agencies next year.",
        "to merge the two transit agencies next year",
        "The governor",
    ),
    (
        "Most commuters prefer to take the early train into the city.",
        "to take the early train into the city",
        "Most commuters",
    ),
    # agreeing to, ordering, aiming
    (
        "The union agreed to a three-year wage deal with the port authority.",
        "a three-year wage deal with the port authority",
        "The union",
    ),
    (
        "A county judge ordered the water board to publish its test results.",
        "the water board to publish its test results",
        "A county judge",
    ),
    (
        "The judge ordered the release of the inspection reports.",
        "the release of the inspection reports",
        "The judge",
    ),
    (
        "The coalition is aiming to double the number of rural clinics.",
        "to double the number of rural clinics",
        "The coalition",
    ),
    # signing a law, disagreeing
    ("The governor signed the water bill on Friday.", "the water bill", "The governor"),
    (
        "Many residents disagree with the council's plan for the harbour.",
        "the council's plan for the harbour",
        "Many residents",
    ),
    # a passive object verb with its agent: the agent's position on the noun
    (
        "The ferry levy, opposed by the fishermen's union, was dropped in March.",
        "The ferry levy",
        "the fishermen's union",
    ),
    (
        "The school closures were opposed by parents in every district.",
        "The school closures",
        "parents",
    ),
    # made public, no source named
    ("The port merger, announced on Tuesday, will close two depots.", "The port merger", None),
    ("On Friday, the closure of the depot was announced.", "the closure of the depot", None),
    # "plan" tagged as a noun, and a plan held by the subject of a `with` phrase
    (
        "Members of the Select Committee on Transport plan to publish the letters in full.",
        "to publish the letters in full",
        "Members of the Select Committee on Transport",
    ),
    (
        "Ms. Okafor's plan to expand the night bus service is a particularly good idea.",
        "to expand the night bus service",
        "Ms. Okafor",
    ),
    (
        "The campaign opened an office in Leeds, with plans to hire forty staff.",
        "to hire forty staff",
        "The campaign",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), EXAMPLES)
def test_a_position_reports_its_content_with_its_holder(
    text: str, words: str, speaker: str | None
) -> None:
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == speaker


def test_the_examples_run_through_the_verbs_added_for_positions() -> None:
    vocabulary = cues()
    for lemma in ("order", "aim", "disagree", "sign"):
        assert lemma in vocabulary.verbs
    assert "xcomp" in vocabulary.verbs["propose"].frames
    assert "xcomp" in vocabulary.verbs["prefer"].frames
    assert vocabulary.verbs["agree"].preps == frozenset({"to", "on", "with"})
    assert vocabulary.passive_objects == frozenset({"announce", "reveal", "disclose"})
    assert {"expect", "seem", "appear"} <= vocabulary.forecasts
    assert "bill" in vocabulary.verbs["sign"].objects
    assert "letter" not in vocabulary.verbs["sign"].objects


def test_an_infinitive_after_the_cue_outranks_a_clause_hung_before_it() -> None:
    text = "Now Lee, who helped run the food bank for a decade, has agreed to serve as its chair."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "to serve as its chair").text == "to serve as its chair"
    assert not any("food bank" in q.text for q in quotes.quotes), [q.text for q in quotes.quotes]


def test_according_to_keeps_its_source_over_a_position_verb_in_its_clause() -> None:
    text = "The mayor will propose spending $2 million a year on the parks, according to an aide."
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "spending $2 million")
    assert quote.text.startswith("The mayor will propose")
    assert mention_text(text, quotes, "spending $2 million") == "an aide"


def test_a_passive_content_stops_before_the_nouns_own_clause() -> None:
    text = "The posts he wrote in May attacking the levy were welcomed by the whole council."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "The posts").text == "The posts"
    assert mention_text(text, quotes, "The posts") == "the whole council"
    assert quote_with(quotes, "the levy").text == "the levy"  # still its own report


@pytest.mark.parametrize(
    "text",
    [
        "The previously announced closure of the rail depot drew protests.",  # an adjective
        "The dam, opposed by Texas, was finished in 1990.",  # a place holds no position
        "The new school, opposed for years, opened in 1990.",  # no agent, not made public
        "The town's archive, which was opened by the mayor in 1990, holds the old maps.",
    ],
)
def test_a_passive_that_holds_no_position_reports_nothing(text: str) -> None:
    assert quotes_of(text)[0].quotes == ()


def test_an_active_verb_read_as_a_participle_still_reports_its_clause() -> None:
    text = "Close to forty interviews with county officials revealed that turnout would fall."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "turnout would fall").text == "turnout would fall"


def test_an_object_verb_under_another_verbs_infinitive_is_a_position() -> None:
    text = "House member Tom Dale used to support his fellow Kentuckian Ann Lee."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "Ann Lee").text == "his fellow Kentuckian Ann Lee"
    assert mention_text(text, quotes, "Ann Lee") == "House member Tom Dale"


@pytest.mark.parametrize(
    "text",
    [
        "The council met to discuss the budget for the new library.",
        "The scandal led the chairwoman to announce her resignation from the board.",
        "The striker signed the ball for a young fan.",
        "Forty local doctors signed the letter to the health minister.",
    ],
)
def test_a_forecast_a_purpose_another_doer_or_a_signed_thing_reports_no_position(text: str) -> None:
    """(`is expected to endorse X` is one hedge with no speaker: tests/test_quotes_hedges.py)"""
    assert quotes_of(text)[0].quotes == ()
