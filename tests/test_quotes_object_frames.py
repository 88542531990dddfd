"""Object verbs whose frame the parse hides (reader/quotes/object_clauses.py, objects.py):
a clause or a gerund in place of a noun object, an object parsed as an attribute, a
description after an adverb, an apposition after a comma, a participle on an issued
document. Every sentence is written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes import QuoteKind
from reader.quotes.object_lexicon import object_words

# sentence, the reported words, the words naming the speaker
FOUND = [
    # a that-clause after an object verb cues.json gives no clause frame
    (
        "The union lamented that the talks over pay had stalled again.",
        "the talks over pay had stalled again",
        "The union",
    ),
    # the same without "that"
    (
        "The spokesman repeated the company had broken no rules at the plant.",
        "the company had broken no rules at the plant",
        "The spokesman",
    ),
    # a question clause is what is described
    (
        "The critic then describes what happens in the last scene of the film.",
        "what happens in the last scene of the film",
        "The critic",
    ),
    # a gerund after a verb of cues.json is its object
    (
        "The senator suggested raising the fuel duty to pay for the new roads.",
        "raising the fuel duty to pay for the new roads",
        "The senator",
    ),
    (
        "The coach suggests cutting the squad to twenty players.",
        "cutting the squad to twenty players",
        "The coach",
    ),
    # an apposition after a comma is the object's own, not a description of it
    (
        "Green described the grim situation the governor is facing in next week's vote "
        "against his rival, Senator Ray Holt.",
        "the grim situation the governor is facing in next week's vote against his rival",
        "Green",
    ),
    # an adverb between the object and what it is seen as
    (
        "Mr. Dale sees the new schedule farther ahead as increasingly favorable.",
        "the new schedule farther ahead as increasingly favorable",
        "Mr. Dale",
    ),
    # "advocate" takes a plain object too (objects.json frames: prep, object)
    (
        "Senator Cole, a Democrat on the budget panel, advocates a national tax on sugary drinks.",
        "a national tax on sugary drinks",
        "Senator Cole",
    ),
    # a participle on an issued document speaks for who issued it
    (
        "Three years ago, the party published a report detailing the sharp changes in the "
        "electorate.",
        "the sharp changes in the electorate",
        "the party",
    ),
    (
        "On Monday, his campaign sent out an email stressing the impact of his bid on the race.",
        "the impact of his bid on the race",
        "his campaign",
    ),
]


@pytest.mark.parametrize(("sentence", "words", "speaker"), FOUND)
def test_the_object_verb_reports_what_the_parse_hides(
    sentence: str, words: str, speaker: str
) -> None:
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert quote.kind is QuoteKind.INDIRECT
    assert mention_text(sentence, quotes, words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The children saw that the fireworks had started.",  # a sight, not a view
        "The crowd watched a video detailing the history of the old pier.",  # nobody issued it
        "The family remembers when the floods reached the church.",  # a memory of a time
    ],
)
def test_no_claim_from_a_clause_of_a_verb_of_seeing_or_an_unissued_document(
    sentence: str,
) -> None:
    assert quotes_of(sentence)[0].quotes == ()


def test_an_object_parsed_as_an_attribute_is_still_the_object() -> None:
    sentence = "Fans of all ages bemoaned the demise of the village team."
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, "demise")
    assert quote.text == "the demise of the village team"
    assert mention_text(sentence, quotes, "demise") == "Fans"


CALLED_FOR = [
    # the infinitive after the object of `for`, hung on the verb by the parser
    (
        "The mayor renewed her call for the river towns to raise their flood walls.",
        "the river towns to raise their flood walls",
        "The mayor",
    ),
    # ... or on the noun
    (
        "The mayor's call for the river towns to raise their flood walls was ignored.",
        "the river towns to raise their flood walls",
        "The mayor",
    ),
    # `for` read as opening a clause after a noun
    (
        "Ms. Ruiz renewed her calls for the council to close the old landfill.",
        "the council to close the old landfill",
        "Ms. Ruiz",
    ),
    # ... and after a verb
    (
        "The governor pushed for the state board to cut the fees for night schools.",
        "the state board to cut the fees for night schools",
        "The governor",
    ),
]


@pytest.mark.parametrize(("sentence", "words", "speaker"), CALLED_FOR)
def test_what_is_called_for_runs_to_the_infinitive(sentence: str, words: str, speaker: str) -> None:
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert mention_text(sentence, quotes, words) == speaker


def test_a_question_put_to_someone_is_about_what_follows_them() -> None:
    sentence = "There were questions for the mayor's team about the order of speakers at the gala."
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, "order")
    assert quote.text == "the order of speakers at the gala"
    assert quote.speaker is None  # nobody is named as asking


# objects.json carried_out: each word with an example; what is done through the infinitive
CARRIED_OUT = {
    "use": "[The governor] used her keynote speech to offer {warm praise for the relief crews}.",
    "manage": "[The chief] managed to underscore {her strength among voters in the big cities}.",
    "quick": "[Rival candidates] were quick to cast {the floods as the result of poor planning}.",
    "continue": "[The union] continued to blast {the board for its secrecy over the merger}.",
    "proceed": "[The judge] then proceeded to berate {the lawyers for their late filings}.",
    "rush": "[Party leaders] rushed to hail {the deal as a turning point for the region}.",
    "hasten": "[The minister] hastened to praise {the rescue teams for their quick work}.",
}


@pytest.mark.parametrize(("word", "marked"), sorted(CARRIED_OUT.items()))
def test_what_is_done_through_an_infinitive_is_a_claim(word: str, marked: str) -> None:
    speaker = marked[marked.index("[") + 1 : marked.index("]")]
    words = marked[marked.index("{") + 1 : marked.index("}")]
    sentence = marked.translate(str.maketrans("", "", "[]{}"))
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, words)
    assert quote.text == words, word
    assert mention_text(sentence, quotes, words) == speaker


def test_every_carried_out_word_has_an_example() -> None:
    assert object_words().carried_out == frozenset(CARRIED_OUT)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The council plans to outline a budget for the harbour.", "outline"),  # only meant
        ("The coach is going to thank the volunteers for their hours.", "thank"),  # not yet
    ],
)
def test_an_intended_act_is_no_claim_of_its_own(sentence: str, verb: str) -> None:
    cues = [sentence[q.cue.start : q.cue.end] for q in quotes_of(sentence)[0].quotes if q.cue]
    assert verb not in cues


def test_how_long_something_was_pushed_for_is_not_what_for() -> None:
    sentence = "The governor pushed for nearly a decade to pass the new water rules."
    for quote in quotes_of(sentence)[0].quotes:
        assert not quote.text.startswith("nearly a decade")


# The tagger takes some names before a past-tense verb for part of a noun phrase
# (`Trump accused Lee` like `the accused man`): the verb is an adjective, a noun the root.
MISREAD = [
    (
        "In radio interviews Friday, Trump dismissed critics who called the new budget cruel.",
        "critics who called the new budget cruel",
    ),
    (
        "Opening the day at a town hall in Leeds, Trump accused Hart, the mayor of York and "
        "winner of the spring vote, of being soft on crime.",
        "Hart, the mayor of York and winner of the spring vote, of being soft on crime",
    ),
]


@pytest.mark.parametrize(("sentence", "words"), MISREAD)
def test_a_verb_read_as_an_adjective_still_reports_its_object(sentence: str, words: str) -> None:
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert mention_text(sentence, quotes, words) == "Trump"


def test_a_verb_hung_on_its_subject_as_a_participle_still_reports_its_object() -> None:
    sentence = (
        "Governor Lane, for example, named “Gardeners' World” as her guilty-pleasure TV show."
    )
    quotes = quotes_of(sentence)[0]
    quote = quote_with(quotes, "as her guilty-pleasure TV show")
    assert quote.text.endswith("World” as her guilty-pleasure TV show")
    assert mention_text(sentence, quotes, "as her guilty-pleasure") == "Governor Lane"


def test_an_adjective_participle_is_no_verb() -> None:
    sentence = "The accused driver and the injured cyclist waited for the court's verdict."
    assert quotes_of(sentence)[0].quotes == ()


TALKED_OF = [
    (
        "Ms. Ruiz spoke at length about her plans for the old harbour.",
        "her plans for the old harbour",
        "Ms. Ruiz",
    ),
    (
        "The mayor talked frankly at a town hall about the drug crisis.",
        "the drug crisis",
        "The mayor",
    ),
]


@pytest.mark.parametrize(("sentence", "words", "speaker"), TALKED_OF)
def test_a_topic_after_a_phrase_of_how_or_where_is_what_was_said(
    sentence: str, words: str, speaker: str
) -> None:
    quotes = quotes_of(sentence)[0]
    assert quote_with(quotes, words).text == words
    assert mention_text(sentence, quotes, words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The aide spoke on condition of anonymity about the talks with the union.",
        "The mayor spoke to a group of retired nurses at the town hall.",
    ],
)
def test_a_condition_or_a_group_spoken_to_is_no_topic(sentence: str) -> None:
    texts = [q.text for q in quotes_of(sentence)[0].quotes]
    assert "anonymity" not in texts
    assert "retired nurses" not in texts
