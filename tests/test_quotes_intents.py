"""Intentions, plans and attitudes with a holder (session 9): `would like to`, `is
considering`, `is mulling`, `was intended to`, `is looking forward to`, `is
nervous about`, `was delighted by`, `firms willing to ...`. The cue verbs of cues.json
`_intents`, the adjectives of objects.json `adjectives`, intents.json and the passives of
hedges.json. Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes.hedge_words import hedge_words
from reader.quotes.intents import (
    after_noun_words,
    expecting_words,
    intent_forms,
    weighing_objects,
    weighing_words,
)
from reader.quotes.lexicon import cues
from reader.quotes.object_lexicon import object_words

# sentence, the reported words, the holder's mention
HELD = [
    # what somebody would like, is considering, mulling or contemplating
    (
        "The harbour master would like to see the old pier rebuilt by spring.",
        "to see the old pier rebuilt by spring",
        "The harbour master",
    ),
    (
        "Most of the shop owners would like the council to close the street to cars.",
        "the council to close the street to cars",
        "the shop owners",
    ),
    (
        "The retired teacher is considering running for the county council next year.",
        "running for the county council next year",
        "The retired teacher",
    ),
    (
        "The ferry workers are mulling whether to strike over the new night rota.",
        "whether to strike over the new night rota",
        "The ferry workers",
    ),
    (
        "The city is weighing how to pay for the second bridge over the river.",
        "how to pay for the second bridge over the river",
        "The city",
    ),
    (
        "The dockers' union is mulling a strike over the new night rota.",
        "a strike over the new night rota",
        "The dockers' union",
    ),
    (
        "The rowing club is contemplating a move to the north bank of the river.",
        "a move to the north bank of the river",
        "The rowing club",
    ),
    # hoping for, looking forward to
    (
        "The ferry company was hoping for calmer weather over the holiday weekend.",
        "calmer weather over the holiday weekend",
        "The ferry company",
    ),
    (
        "The new head teacher is looking forward to a busy first term at the school.",
        "a busy first term at the school",
        "The new head teacher",
    ),
    # attitudes to a noun phrase
    (
        "The bakery owner was delighted by the response from her new neighbours.",
        "the response from her new neighbours",
        "The bakery owner",
    ),
    (
        "The sheep farmers are nervous about the price of winter feed.",
        "the price of winter feed",
        "The sheep farmers",
    ),
    (
        "The new governor is bent on closing the old county prison.",
        "closing the old county prison",
        "The new governor",
    ),
    (
        "The nurses are still upset by the decision to close the night ward.",
        "the decision to close the night ward",
        "The nurses",
    ),
    (
        "The mayor is interested in building a second bridge over the river.",
        "building a second bridge over the river",
        "The mayor",
    ),
    (
        "The club captain was not hopeful about the final match of the season.",
        "the final match of the season",
        "The club captain",
    ),
    (
        "The two rival clubs would love to sign the young keeper from the village side.",
        "to sign the young keeper from the village side",
        "The two rival clubs",
    ),
    # what somebody expects to do, or is considering (a plain object in the progressive)
    (
        "The ferry company expects to carry more cars across the bay this summer.",
        "to carry more cars across the bay this summer",
        "The ferry company",
    ),
    (
        "It is a long fight the tenants expect to last into the winter.",
        "to last into the winter",
        "the tenants",
    ),
    (
        "The parish council is considering a ban on lorries in the high street.",
        "a ban on lorries in the high street",
        "The parish council",
    ),
    # an adjective of will after the noun it describes
    (
        "Firms willing to open offices in the old docks will pay less tax.",
        "to open offices in the old docks",
        "Firms",
    ),
    (
        "The mayor met tenants reluctant to leave their flats near the river.",
        "to leave their flats near the river",
        "tenants",
    ),
    (
        "The board is unwilling to raise the fees for the new swimming pool.",
        "to raise the fees for the new swimming pool",
        "The board",
    ),
]


@pytest.mark.parametrize(("text", "words", "holder"), HELD)
def test_an_intention_or_attitude_reports_its_content_with_its_holder(
    text: str, words: str, holder: str
) -> None:
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == holder


# sentence, the words credited to somebody the text does not name
UNNAMED = [
    (
        "The levy was intended to curb imports of cheap steel from abroad.",
        "The levy was intended to curb imports of cheap steel from abroad",
    ),
    (
        "The council approved new powers meant to stop landlords from raising rents.",
        "new powers meant to stop landlords from raising rents",
    ),
    (
        "The early vote was intended as a warning to the big landlords.",
        "The early vote was intended as a warning to the big landlords",
    ),
    (  # the passive of a verb of expecting: a hedge, not the bridge's expectation
        "The bridge is expected to open to cyclists in the spring.",
        "The bridge is expected to open to cyclists in the spring",
    ),
]


@pytest.mark.parametrize(("text", "words"), UNNAMED)
def test_a_purpose_nobody_is_named_for_is_a_quote_without_a_speaker(text: str, words: str) -> None:
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert quote.speaker is None
    assert quote.speaker_mention is None


@pytest.mark.parametrize(
    "text",
    [
        "He weighed the apples on the old kitchen scale.",  # no act weighed
        "This meant that the council had to raise the parking fees.",  # no passive
        "The old mill was considered by the council last year.",  # a passive, no act weighed
        "Several owners are weighing their options for the harbour land.",  # no act named
        "The committee considered the new bus timetable on Tuesday.",  # not progressive
        "The team had a striker sure to score in the final.",  # a likelihood, no will
        "She swims like a fish in the cold lake every morning.",  # `like`, no cue
        "Fans like the new kit that the club unveiled.",  # `like` with no infinitive
        "The children love the new playground by the river.",  # `love` with no infinitive
    ],
)
def test_an_intention_word_that_holds_no_intention_reports_nothing(text: str) -> None:
    assert quotes_of(text)[0].quotes == ()


def test_the_intent_words_are_read_from_the_data_files() -> None:
    vocabulary = cues()
    assert vocabulary.verbs["like"].frames == frozenset({"xcomp"})
    assert vocabulary.verbs["like"].person_subject
    assert vocabulary.verbs["love"].frames == frozenset({"xcomp"})
    assert "consider" not in vocabulary.verbs  # `consider X a Y` stays objects.json's
    assert {"consider", "mull", "contemplate", "weigh"} <= weighing_words()
    assert {"considering", "mulled", "weighs"} <= intent_forms()
    assert {"mull", "contemplate"} <= set(object_words().verbs)
    assert {"like", "likes"} <= vocabulary.noun_like  # `like` the preposition starts nothing
    assert "for" in vocabulary.verbs["hope"].preps
    assert "unwilling" in vocabulary.stance_adjectives
    adjectives = object_words().adjectives
    assert adjectives["delighted"] >= {"by", "with"}
    assert adjectives["bent"] == frozenset({"on"})
    assert "by" in adjectives["upset"]
    assert object_words().phrasal_for("look", "forward") is not None
    assert hedge_words().passives["intend"] >= {"to", "as"}
    assert "meant" in hedge_words().forms
    assert "expect" in expecting_words()
    assert weighing_objects() == frozenset({"consider"})  # `weighing their options` is not
    assert {"expects", "expected"} <= intent_forms()
    assert {"willing", "reluctant"} <= after_noun_words()
    assert "sure" not in after_noun_words()


def test_a_weighed_act_inside_an_according_to_report_leaves_it_whole() -> None:
    text = (
        "The rowing club, which is considering moving to the north bank, may get a grant "
        "from the council, according to people familiar with the plans."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "may get a grant from the council")
    assert quote.text.startswith("The rowing club, which is considering moving")
    assert mention_text(text, quotes, "may get a grant") == "people familiar"
