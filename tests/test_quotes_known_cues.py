"""Cue verbs already in cues.json whose frames missed real reports (session 8): a judgment
made as an adverbial purpose (`in_purpose`), a gerund under a preposition of the subject's
object, attitudes with a preposition (`believe in`, `worry about`, `think about`), `fear`
with a noun phrase, a contracted "has" read as a passive (contractions.py), a relative
clause's report ending with the clause, `spoke out against`, `report` with an object or
`about` (and its passive naming what was reported), a trailing `as X reported`
(as_clauses.py) and a listener's passive (`listener_passives`). Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes.lexicon import cues

# sentence, the reported words, the speaker's mention
EXAMPLES = [
    # a judgment made as the purpose of another act
    (
        "Several actors went on the radio to applaud the mayor's new housing plan.",
        "the mayor's new housing plan",
        "Several actors",
    ),
    # a gerund under a preposition of the subject's object or complement
    (
        "Ana Ruiz has a long history of blaming the unions for her own failures.",
        "the unions for her own failures",
        "Ana Ruiz",
    ),
    (
        "The tenants' group took the unusual step of criticizing the police chief.",
        "the police chief",
        "The tenants' group",
    ),
    # attitudes with their preposition
    (
        "The new mayor believes in building more homes near the river.",
        "building more homes near the river",
        "The new mayor",
    ),
    (
        "Many farmers worry about the rising cost of water in the valley.",
        "the rising cost of water in the valley",
        "Many farmers",
    ),
    # fear with a noun phrase
    (
        "The fishermen fear the return of the trawlers to the bay.",
        "the return of the trawlers to the bay",
        "The fishermen",
    ),
    # a contracted "has" the parser reads as a passive
    (
        "Officials at the port say Lee has left, and he's warned that the bridge could close.",
        "the bridge could close",
        "he",
    ),
    (
        "Tom Park, who's called for a tax on sugary drinks, spoke first at the hearing.",
        "a tax on sugary drinks",
        "Tom Park, who",
    ),
    # speaking out against something
    (
        "The mayor also spoke out sharply against the new tax on fuel.",
        "the new tax on fuel",
        "The mayor",
    ),
    # what was reported: an object, `reported about`, a passive with its reporter
    (
        "The Courier first reported the mayor's plan to sell the harbour.",
        "the mayor's plan to sell the harbour",
        "The Courier",
    ),
    (
        "The closure of the glass plant was first reported by the local paper.",
        "The closure of the glass plant",
        "the local paper",
    ),
    (
        "The weekly reported recently about a student who was turned away from the rally.",
        "a student who was turned away from the rally",
        "The weekly",
    ),
    # a trailing `as`-clause credits the clause it hangs on
    (
        "The county has cut bus routes in three towns, as the Courier has reported.",
        "The county has cut bus routes in three towns",
        "the Courier",
    ),
    (
        "The main union started buying ad time this week, as first reported by the Courier.",
        "The main union started buying ad time this week",
        "the Courier",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), EXAMPLES)
def test_a_known_cue_reports_its_content_with_its_speaker(
    text: str, words: str, speaker: str
) -> None:
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == speaker


def test_the_lexicon_holds_the_frames_added_for_known_cues() -> None:
    verbs = cues().verbs
    assert verbs["believe"].preps == frozenset({"in"})
    assert verbs["worry"].preps == frozenset({"about"})
    assert "dobj" in verbs["fear"].frames
    assert verbs["praise"].in_purpose and verbs["criticize"].in_purpose
    assert not verbs["discuss"].in_purpose  # "met to discuss the budget" is a plan


def test_a_meeting_to_discuss_something_is_still_no_report() -> None:
    assert quotes_of("The council met on Monday to discuss the harbour budget.")[0].quotes == ()


def test_a_relative_clauses_report_ends_with_the_clause() -> None:
    text = "Ruiz, who's argued for years that the port should be sold, won the seat."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "the port should be sold").text == "the port should be sold"


def test_a_real_passive_behind_a_contracted_is_names_no_speaker() -> None:
    text = "She's told to wait outside the court."  # "is told": she is the listener
    quotes = quotes_of(text)[0]
    assert all(q.speaker_mention is None for q in quotes.quotes), quotes.quotes


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell sharply as the bank reported weak profits for the year.",  # its own object
        "The crowd cheered as the results came in from the northern towns.",  # no cue
    ],
)
def test_an_as_clause_with_its_own_report_credits_nothing_before_it(text: str) -> None:
    quotes = quotes_of(text)[0]
    assert not any(q.text.startswith(("Prices fell", "The crowd")) for q in quotes.quotes)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lee had been told just before the vote that he would lose narrowly.", "he would lose"),
        ("Ana Ruiz has been asked to release the minutes of the meetings.", "to release the"),
        ("Residents were warned that the harbour could close.", "the harbour could close"),
    ],
)
def test_a_listener_passive_reports_what_was_told_with_no_speaker(text: str, words: str) -> None:
    quote = quote_with(quotes_of(text)[0], words)
    assert quote.speaker_mention is None and quote.speaker is None


def test_a_planned_event_is_no_listener_passive() -> None:
    assert "plan" not in cues().listener_passives
    assert quotes_of("The concert was planned to start at nine in the park.")[0].quotes == ()
