"""Attitudes, feelings and sides a holder takes, said with an adjective, a participle or a
prepositional phrase after `be` (reader/quotes/attitudes.py, attitude_holders.py,
sides.py): the stance adjectives added to cues.json with a clause, the sides (`is in
favor of`, `are against`), the holders found through a relative clause, a pair of
adjectives, a noun the adjective phrase follows or a clause it is set off from, and the
shapes that hold no attitude. Every sentence is written for these tests."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from attitude_examples import ATTITUDE_EXAMPLES, STANCE_EXAMPLES
from marked_examples import objects_section, reported_cues
from quotes_helpers import quotes_of

from reader.quotes.sentences import may_attribute


def _stance_adjectives() -> list[str]:
    data = resources.files("reader.quotes").joinpath("cues.json").read_text(encoding="utf-8")
    words: list[str] = json.loads(data)["stance_adjectives"]
    return words


def _check(examples: dict[str, str]) -> None:
    for part, cue in reported_cues(examples):
        assert part.cue in cue, (part.sentence, cue)


def test_the_new_attitude_words_are_entries_of_their_sections() -> None:
    assert set(ATTITUDE_EXAMPLES) <= set(objects_section("adjectives"))
    assert set(STANCE_EXAMPLES) <= set(_stance_adjectives())
    assert len(set(_stance_adjectives())) == len(_stance_adjectives())  # each word once


def test_every_added_stance_adjective_reports_its_clause() -> None:
    _check(STANCE_EXAMPLES)


SIDE_EXAMPLES = {
    "in favor of": "[The union] is <in favor of> {a shorter working week}.",
    "in favour of": "[Most members] were <in favour of> {the new club rules}.",
    "in support of": "[The nurses] are <in support of> {the new safety rules}.",
    "in opposition to": "[Two councillors] were <in opposition to> {the new car park}.",
    "on board with": "[The council] is <on board with> {the new tram plan}.",
    "against": "[The governors] are <against> {expanding the health program}.",
    "remained": "[The bishop] remained <against> {the sale of the old church}.",
}


def test_a_side_taken_after_be_is_held_by_the_subject() -> None:
    _check(SIDE_EXAMPLES)


HOLDER_EXAMPLES = {
    # the noun a relative clause describes
    "which": "[The board, which] has been <lukewarm about> {the hospital merger plan}, met.",
    "who": "[The farmers, who] are <opposed to> {the new water rules}, marched on Monday.",
    "those": "[Those] in the union are <critical of> {the new pay offer}.",  # told who
    # the first of two adjectives, or of two verbs
    "pair": "[They] are tired, hungry and <unhappy with> {the new canteen menu}.",
    "two verbs": "[The coach] spoke briefly and was <critical of> {the referee's late decision}.",
    # a noun the adjective phrase follows
    "after a noun": "[Voters] <angry at> {the new tax rules} turned out in force.",
    "after a role": "[The only senator] <interested in> {the farm subsidy bill} is from Iowa.",
    # set off by a comma: the clause's subject
    "set off after": "[The aides] cut two stops, <wary of> {tiring the candidate}.",
    "set off before": "<Unhappy with> {the new pay offer}, [the nurses] walked out on Monday.",
    # a participle of feeling with a clause, and the verb's preposition after an adjective
    "participle": "[The senators] were <shocked> that {the bill had passed so quickly}.",
    "verb's preposition": "[Many investors] are <bearish on> {the new bond issue}.",
}


def test_the_holder_is_found_through_the_parse() -> None:
    _check(HOLDER_EXAMPLES)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules left the contests open to independent voters.",  # a small clause
        "A lively new book critical of the pension system came out.",  # a book holds nothing
        "He devoted his whole career to the rights of miners.",  # the verb, with an object
        "The speaker stunned the members by reading the whole bill aloud.",  # active verb
        "The party was split by a row on the floor of the hall.",  # not the first preposition
        "It is against the rules of the game to pick up the ball.",  # an expletive holder
        "He is up against the best players in the whole league.",  # `up against`: no side
        "Those are critical of the new pay offer.",  # `those` alone tells no one
        "The exhibition is open to the general public until June.",  # of a thing: no attitude
        "The new fabric is resistant to heat and water damage.",  # nor here
    ],
)
def test_no_attitude_without_a_holder_or_its_shape(sentence: str) -> None:
    assert quotes_of(sentence)[0].quotes == ()


def test_a_sentence_is_parsed_for_an_attitude_only_with_its_preposition() -> None:
    assert may_attribute("The minister was quite clear about the new tax plan.")
    assert may_attribute("The governors are firmly against expanding the program.")
    assert may_attribute("Most members were in favour of the new club rules.")
    assert not may_attribute("The water of the lake was clear and cold in the morning.")
    assert not may_attribute("The boat drifted against the old harbour wall.")
