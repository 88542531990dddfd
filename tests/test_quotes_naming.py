"""Verbs that name or judge (issue 12): `considers X Y`, `deemed X Y`, `called X ADJ`, and
the passive judgments of reader/quotes/judged.py (`was criticised by X for Y`, `is accused of
Y`, `is considered Y`). Every sentence is written here."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from quotes_helpers import mention_text, quote_with, quotes_in

from reader.quotes import QuoteKind
from reader.quotes.object_lexicon import object_words


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The ferry captain considers the new timetable unworkable.",
            "the new timetable unworkable",
            "The ferry captain",
        ),
        (
            "Most growers consider the levy a tax on small orchards.",
            "the levy a tax on small orchards",
            "Most growers",
        ),
        (
            "The auditors deemed half of the invoices entirely false.",
            "half of the invoices entirely false",
            "The auditors",
        ),
        (
            "The inspector deemed the old bridge unsafe for lorries.",
            "the old bridge unsafe for lorries",
            "The inspector",
        ),
        (
            "Ms. Varga named the drought as the main threat to the harvest.",
            "the drought as the main threat to the harvest",
            "Ms. Varga",
        ),
    ],
)
def test_a_judgment_of_the_object_is_a_claim_of_the_subject(
    sentence: str, words: str, speaker: str
) -> None:
    quotes = quotes_in(sentence)
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert quote.kind is QuoteKind.INDIRECT
    assert mention_text(sentence, quotes, words) == speaker


def test_an_adjective_after_the_called_object_is_what_it_is_called() -> None:
    """The parser may take the predicate for an adjective after the object's last noun."""
    sentence = "The harbour master called the new mooring fees unfair to fishermen."
    quotes = quotes_in(sentence)
    assert (
        quote_with(quotes, "unfair to fishermen").text == "the new mooring fees unfair to fishermen"
    )
    assert mention_text(sentence, quotes, "mooring") == "The harbour master"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The bypass was criticised by the farmers for splitting their fields.",
            "The bypass was criticised by the farmers for splitting their fields",
            "the farmers",
        ),
        (
            "The goalkeeper was called a hero by the home fans.",
            "The goalkeeper was called a hero",
            "the home fans",
        ),
        (
            "The new ferry is widely seen as a lifeline for the islands.",
            "The new ferry is widely seen as a lifeline for the islands",
            None,
        ),
        (
            "The treasurer has been accused of hiding losses from the board.",
            "The treasurer has been accused of hiding losses from the board",
            None,
        ),
        (
            "The vote is considered a test of the mayor's authority.",
            "The vote is considered a test of the mayor's authority",
            None,
        ),
        (
            "Several of the ballots were deemed invalid.",
            "Several of the ballots were deemed invalid",
            None,
        ),
        (
            "The company hired a chemist praised for her work on vaccines.",
            "a chemist praised for her work on vaccines",
            None,
        ),
    ],
)
def test_a_passive_judgment_credits_its_agent_or_nobody(
    sentence: str, words: str, speaker: str | None
) -> None:
    quotes = quotes_in(sentence)
    quote = quote_with(quotes, words)
    assert quote.text == words
    assert mention_text(sentence, quotes, words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The new bypass was criticised.",  # nothing it is criticised for
        "The coach was praised for it.",  # a bare pronoun
        "They met in a cafe called The Blue Door.",  # a name, nobody's judgment
        "The bakery was named after the founder's daughter.",  # nor is this
        "He was seen at the harbour on Friday night.",  # a sight, not a view
    ],
)
def test_no_passive_judgment_without_its_complement_or_a_namer(sentence: str) -> None:
    assert quotes_in(sentence).quotes == ()


def test_every_passive_verb_reads_a_complement_the_module_knows() -> None:
    data = json.loads(
        resources.files("reader.quotes").joinpath("objects.json").read_text(encoding="utf-8")
    )
    known = {"small", "as", "for", "of", "over", "with"}
    for section in ("passives", "naming_passives"):
        for lemma, completions in data[section].items():
            assert set(completions) <= known, lemma
    words = object_words()
    assert words.passives["accuse"] == frozenset({"of"})
    assert "call" in words.naming and "call" not in words.passives


def test_a_comparison_needs_what_it_is_compared_to() -> None:
    assert quotes_in("The shopper compared the prices of the two bakeries.").quotes == ()
    sentence = "The shopper compared the bakery's prices to daylight robbery."
    quotes = quotes_in(sentence)
    assert quote_with(quotes, "robbery").text == "the bakery's prices to daylight robbery"
    assert mention_text(sentence, quotes, "robbery") == "The shopper"


def test_a_question_clause_is_what_is_described() -> None:
    sentence = "The lifeguard described how the boy had drifted past the pier."
    quotes = quotes_in(sentence)
    assert quote_with(quotes, "pier").text == "how the boy had drifted past the pier"
    assert mention_text(sentence, quotes, "pier") == "The lifeguard"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The new stadium has drawn criticism from local residents for its size.",
            "The new stadium has drawn criticism from local residents for its size",
            "local residents",
        ),
        (
            "The mayor faced sharp criticism over the closure of the library.",
            "The mayor faced sharp criticism over the closure of the library",
            None,
        ),
    ],
)
def test_criticism_received_is_a_judgment_of_the_subject(
    sentence: str, words: str, speaker: str | None
) -> None:
    quotes = quotes_in(sentence)
    assert quote_with(quotes, words).text == words
    assert mention_text(sentence, quotes, words) == speaker


def test_criticism_received_without_a_judge_or_a_reason_is_no_claim() -> None:
    assert quotes_in("The long-serving harbour master drew criticism.").quotes == ()


def test_a_hedged_passive_with_nobody_named_is_the_writer_own_view() -> None:
    assert quotes_in("The new ferry could be seen as a lifeline for the islands.").quotes == ()
    sentence = "The new ferry could be seen as a lifeline by the islanders."
    quotes = quotes_in(sentence)
    assert mention_text(sentence, quotes, "lifeline") == "the islanders"


def test_a_relative_passive_with_nobody_named_is_a_hedge_with_no_speaker() -> None:
    """Session 8: `is widely seen as` credits the view to people unnamed (hedges.py)."""
    sentence = "The club sold its ground, in what is widely seen as a betrayal of the fans."
    quotes = quotes_in(sentence)
    assert mention_text(sentence, quotes, "betrayal") is None
    sentence = "The club sold its ground, which was denounced by the fans as a betrayal."
    quotes = quotes_in(sentence)
    assert mention_text(sentence, quotes, "betrayal") == "the fans"
