"""Noun cues and light verbs (session 8): speech-act nouns nobody owns (objects.json
`open_nouns`, `open_clause_nouns`: reader/quotes/open_nouns.py), light verbs with an
adjective (`light_adjectives`: reader/quotes/light_verbs.py), the stance nouns' clauses past
a listener or a time and with `not to` (reader/quotes/stances.py). Sentences written here."""

from __future__ import annotations

import pytest
from marked_examples import marked, objects_section
from quotes_helpers import only_quote, quotes_of, span_text
from test_quotes_preps import SECTIONS as PREPS

from reader.quotes import QuoteKind
from reader.quotes.sentences import may_attribute

# the example of each entry: [the speaker's mention, if any] <the cue> {the reported words}
OPEN_EXAMPLES = {
    "question": "<Questions about> {the cost of the new bridge} have grown.",
    "debate": "The flood renewed the <debate over> {building new homes near the river}.",
    "criticism": "After weeks of <criticism over> {the late trains to the coast}, he quit.",
    "concern": "There is growing <concern about> {the state of the old pier}.",
    "doubt": "<Doubts about> {the safety of the old pier} remain.",
    "worry": "<Worries about> {the price of winter fuel} are rising.",
    "speculation": "<Speculation about> {the coach's future at the club} grew.",
    "dispute": "A long <dispute over> {the new fishing quotas} dragged on.",
    "complaint": "<Complaints about> {the noise from the new bar} kept coming.",
    "outcry": "The <outcry over> {the closure of the library} surprised the council.",
    "opposition": "<Opposition to> {the new wind farm} has united the valley.",
    "fear": "<Fears about> {the safety of the old dam} kept the valley awake.",
    "allegation": "<Allegations of> {bribery at the planning office} shook the town.",
}

OPEN_CLAUSE_EXAMPLES = {
    "question": "The fire raised the <question of> {whether the alarms ever worked}.",
}

LIGHT_EXAMPLES = {
    "make": "[The mayor] <made clear> that {she would not resign before the vote}.",
}

LIGHT_ADJECTIVE_EXAMPLES = {
    "clear": "[The mayor] <made clear> that {she would not resign before the vote}.",
    "plain": "[The coach] <made it plain> that {the young striker would start}.",
    "known": "[The minister] <made known> {her dislike of the new tower}.",
}


def _check(examples: dict[str, str]) -> None:
    parts = [marked(e) for e in examples.values()]
    found = quotes_of(*(p.sentence for p in parts))
    for part, quotes in zip(parts, found, strict=True):
        sentence, speaker, cue = part.sentence, part.speaker, part.cue
        quote = only_quote(quotes, sentence, part.words)
        assert quote.kind is QuoteKind.INDIRECT, sentence
        assert span_text(sentence, quote.speaker_mention) == speaker, sentence
        assert cue.split()[0] in span_text(sentence, quote.cue), sentence


@pytest.mark.parametrize(
    ("section", "examples"),
    [("open_nouns", OPEN_EXAMPLES), ("open_clause_nouns", OPEN_CLAUSE_EXAMPLES)],
)
def test_every_open_noun_has_an_example_reported_with_no_speaker(
    section: str, examples: dict[str, str]
) -> None:
    assert set(objects_section(section)) == set(examples) | set(PREPS.get(section, {}))
    _check(examples)


def test_every_light_verb_and_adjective_has_an_example_said_by_the_subject() -> None:
    light = objects_section("light_adjectives")
    assert set(light) == set(LIGHT_EXAMPLES)
    assert {a for adjectives in light.values() for a in adjectives} == set(LIGHT_ADJECTIVE_EXAMPLES)
    _check(LIGHT_EXAMPLES)
    _check(LIGHT_ADJECTIVE_EXAMPLES)


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "The mayor, making it clear that she would stay, thanked the crews and described"
            " the flood as the worst in years.",
            "The mayor",
            "she would stay",
        ),
        (
            "The mayor made the case to the board that the pier is unsafe, and then she left"
            " the meeting early.",
            "The mayor",
            "the pier is unsafe",
        ),
        (
            "Questions from reporters about the cost of the bridge went unanswered.",
            "reporters",
            "the cost of the bridge",
        ),
        (
            "The question is whether the council will pay for the new road.",
            None,
            "whether the council will pay for the new road",
        ),
        (
            "The coach made it clear to the players on Monday that the young striker would start.",
            "The coach",
            "the young striker would start",
        ),
        (
            "Officials made clear Monday they have no plans to close the school.",
            "Officials",
            "they have no plans to close the school",
        ),
        (
            "The mayor made the case to a room of angry farmers that the bridge is unsafe.",
            "The mayor",
            "the bridge is unsafe",
        ),
        (
            "The mayor has made the case for weeks that the bridge is unsafe.",
            "The mayor",
            "the bridge is unsafe",
        ),
        (
            "The senator's decision not to run again surprised the party.",
            "The senator",
            "not to run again",
        ),
        (
            "Reporters raised questions about the cost of the new bridge.",
            "Reporters",
            "the cost of the new bridge",
        ),
    ],
)
def test_who_is_named_and_what_is_reported(sentence: str, speaker: str | None, words: str) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert span_text(sentence, quote.speaker_mention) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "There were no questions about the new budget for the harbour.",  # nothing asked
        "It is only a question of time before the old pier falls.",  # no question clause
        "The debate over the weekend was dull and long.",  # when, not what about
        "She made the soup clear and hot for the long night.",  # no light verb
        "It was made clear that the mill would close.",  # a passive names nobody
        "The crews made the road clear of snow by noon.",  # an object between: no report
        "It got to the point that nobody would answer the phone.",  # how far, not a stance
        "Mayor Ana Ruiz faced tough questions about the cost of the new bridge.",  # hers?
        "She spent the day taking questions about the cost of the new bridge.",  # hers?
        "The case that she would make to the board was weak.",  # a relative clause
        "The idea that the moon is hollow is old.",  # whose idea? the context says
    ],
)
def test_no_claim_without_content_or_a_light_verb(sentence: str) -> None:
    assert quotes_of(sentence)[0].quotes == ()


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "He stayed quiet in hopes that the storm would pass over the town.",
            "He",
            "the storm would pass over the town",
        ),
        (
            "The governor has signaled his desire to cut the tax on fuel.",
            "his",
            "to cut the tax on fuel",
        ),
        ("His main goal is to win back the rural voters.", "His", "to win back the rural voters"),
        (
            "The union's strategy to win the strike depends on the drivers.",
            "The union",
            "to win the strike",
        ),
        (
            "Despite advice from his aides that the trip was risky, he flew to the coast.",
            "his aides",
            "the trip was risky",
        ),
        (
            "The mayor's aim to fix every road by May looks hard.",
            "The mayor",
            "to fix every road by May",
        ),
        (
            "The village granted her wish to keep the old mill open.",
            "her",
            "to keep the old mill open",
        ),
    ],
)
def test_the_new_stance_nouns_report_their_clause_for_their_owner(
    sentence: str, speaker: str, words: str
) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert span_text(sentence, quote.speaker_mention) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "The other candidates heaped criticism on the mayor and her housing plan.",
            "The other candidates",
            "the mayor and her housing plan",
        ),
        (
            "The mayor also had strong views on how the council handled the flood.",
            "The mayor",
            "how the council handled the flood",
        ),
        (
            "The council raised the rents but also made the decision to close the pool.",
            "The council",
            "to close the pool",
        ),
        (
            "The senator roused the crowd with criticism of the new farm bill.",
            "The senator",
            "the new farm bill",
        ),
        (
            "The coach has faced criticism from fans that the team plays too slowly.",
            "fans",
            "the team plays too slowly",
        ),
    ],
)
def test_the_holder_of_a_noun_is_who_has_made_or_voiced_it(
    sentence: str, speaker: str, words: str
) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert span_text(sentence, quote.speaker_mention) == speaker


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Complaints that the new rules hurt small farms have grown.",
            "the new rules hurt small farms",
        ),
        (
            "The tax is unpopular because of fears that firms will cut jobs in the town.",
            "firms will cut jobs in the town",
        ),
    ],
)
def test_a_stance_nobody_holds_reports_its_that_clause_with_no_speaker(
    sentence: str, words: str
) -> None:
    quote = only_quote(quotes_of(sentence)[0], sentence, words)
    assert quote.speaker_mention is None


def test_a_sentence_is_parsed_for_a_light_verb_only_with_its_verb() -> None:
    assert may_attribute("The coach made it very clear the young striker would start.")
    assert not may_attribute("The lake was clear and cold after the long winter.")
