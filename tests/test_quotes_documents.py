"""Documents issued and what they say (session 8, reader/quotes/documents.py): a verb of
issuing whose object is a document with words of its own after it. Sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes.sentences import may_attribute

_LEXICON = json.loads(
    (Path(__file__).parent.parent / "reader" / "quotes" / "documents.json").read_text("utf-8")
)


# Each verb of documents.json with a sentence: (text, the content, who issued it)
_VERBS = {
    "release": (
        "The county released a report on the long delays at the harbour.",
        "a report on the long delays at the harbour",
        "county",
    ),
    "issue": (
        "The ministry issued new guidance on school closures during heat waves.",
        "new guidance on school closures",
        "ministry",
    ),
    "publish": (
        "The institute published a study of rents in the old town.",
        "a study of rents in the old town",
        "institute",
    ),
    "file": (
        "The council filed a lawsuit against the builder over the collapsed roof.",
        "a lawsuit against the builder over the collapsed roof",
        "council",
    ),
    "deliver": (
        "Ms. Okafor delivered an update about the repairs to the old bridge.",
        "an update about the repairs to the old bridge",
        "Okafor",
    ),
    "present": (
        "The planner presented an outline of the tram extension to the east.",
        "an outline of the tram extension to the east",
        "planner",
    ),
    "provide": (
        "The agency provided new details about the fire at the depot.",
        "new details about the fire",
        "agency",
    ),
    "draft": (
        "The lawyers drafted a memo on the terms of the ferry contract.",
        "a memo on the terms of the ferry contract",
        "lawyers",
    ),
    "air": (
        "The union aired an ad about the mayor's record on wages.",
        "an ad about the mayor's record on wages",
        "union",
    ),
    "run": (
        "The paper ran an editorial about the cost of the new bridge.",
        "an editorial about the cost of the new bridge",
        "paper",
    ),
    "place": (
        "The dockworkers placed newspaper ads about the sale of the port.",
        "newspaper ads about the sale of the port",
        "dockworkers",
    ),
    "unveil": (
        "The mayor unveiled a blueprint for cheaper housing near the river.",
        "a blueprint for cheaper housing near the river",
        "mayor",
    ),
    "circulate": (
        "Residents circulated a petition against the new car park.",
        "a petition against the new car park",
        "Residents",
    ),
    "distribute": (
        "Volunteers distributed fliers about the change in bin collections.",
        "fliers about the change in bin collections",
        "Volunteers",
    ),
    "produce": (
        "The charity produced a video about life on the night shift.",
        "a video about life on the night shift",
        "charity",
    ),
    "send": (
        "The coach sent the players an email about the new training times.",
        "an email about the new training times",
        "coach",
    ),
    "put": (
        "The union put out a statement correcting the mayor's account.",
        "a statement correcting the mayor's account",
        "union",
    ),
    "push": (
        "The campaign pushed out a new video about the closing of the mill.",
        "a new video about the closing of the mill",
        "campaign",
    ),
    "rush": (
        "Publishers rushed out new books about the collapse of the bank.",
        "new books about the collapse of the bank",
        "Publishers",
    ),
    "roll": (
        "The governor rolled out an ad about faster trains between the two cities.",
        "an ad about faster trains between the two cities",
        "governor",
    ),
    "fire": (
        "The senator fired off a letter about the new parking charges.",
        "a letter about the new parking charges",
        "senator",
    ),
}


def test_every_verb_has_an_example() -> None:
    assert set(_VERBS) == set(_LEXICON["verbs"])


@pytest.mark.parametrize("lemma", sorted(_VERBS))
def test_an_issued_document_is_what_its_issuer_says(lemma: str) -> None:
    text, content, speaker = _VERBS[lemma]
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, content)
    assert quote.text.rstrip(".") == content
    name = speaker_name(quotes, quote)
    mention = text[quote.speaker_mention.start : quote.speaker_mention.end]
    assert speaker in (name or "") + " " + mention


def test_every_document_noun_carries_what_it_is_about() -> None:
    nouns = _LEXICON["nouns"]
    texts = [
        f"The committee released {'an' if n[0] in 'aeiou' else 'a'} {n} about the harbour levy."
        for n in nouns
    ]
    for noun, quotes in zip(nouns, quotes_of(*texts), strict=True):
        assert any("the harbour levy" in q.text for q in quotes.quotes), noun


def test_a_number_of_documents_is_looked_through() -> None:
    (quotes,) = quotes_of(
        "Publishers are releasing a flurry of books that dissect the mayor's year."
    )
    quote = quote_with(quotes, "a flurry of books that dissect")
    assert speaker_name(quotes, quote) == "Publishers"


def test_a_message_before_a_colon_introduces_its_words() -> None:
    (quotes,) = quotes_of("The board sent the mayor a blunt message: the deal for the pier is off.")
    quote = quote_with(quotes, "the deal for the pier is off")
    assert not quote.text.startswith("a blunt message")
    assert "board" in (speaker_name(quotes, quote) or "")


def test_a_document_saying_something_is_read_at_its_cue() -> None:
    (quotes,) = quotes_of("The agency issued a statement saying that the port would reopen in May.")
    assert [q.text.rstrip(".") for q in quotes.quotes] == ["the port would reopen in May"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency released a statement on Monday.",
        "The mayor sent a letter to the board last week.",
        "The bakery filed for bankruptcy in March.",
        "The county released the hostages at noon after a long night.",
        "A report on the harbour was released by the county in May.",
        "The council put the plan for the harbour on hold.",
    ],
)
def test_a_document_with_nothing_of_its_own_is_no_claim(text: str) -> None:
    (quotes,) = quotes_of(text)
    assert quotes.quotes == ()


def test_a_plan_to_issue_a_document_is_no_document_issued() -> None:
    (quotes,) = quotes_of("The board plans to release a report on the harbour next year.")
    assert not any(q.text.startswith("a report") for q in quotes.quotes)


def test_who_someone_is_is_not_what_they_say() -> None:
    (quotes,) = quotes_of("Ruiz, who published a book on the harbour strike, chairs the panel.")
    assert not any("book" in q.text for q in quotes.quotes)


def test_sentences_with_an_issued_document_are_parsed() -> None:
    assert may_attribute("The county released a report detailing years of delays.")
    assert may_attribute("The senator published an op-ed about the levy.")
    assert not may_attribute("The county released the hostages at noon.")


_OPENINGS = json.loads(
    (Path(__file__).parent.parent / "reader" / "quotes" / "openings.json").read_text("utf-8")
)


@pytest.mark.parametrize("noun", _OPENINGS["by"])
def test_an_opening_count_or_reasoning_credits_its_owner(noun: str) -> None:
    (quotes,) = quotes_of(f"By the council's {noun}, the ferry lost money on every crossing.")
    quote = quote_with(quotes, "the ferry lost money on every crossing")
    assert "council" in (speaker_name(quotes, quote) or ""), noun


@pytest.mark.parametrize("noun", _OPENINGS["under"])
def test_an_opening_rule_credits_the_rule(noun: str) -> None:
    (quotes,) = quotes_of(f"Under the new {noun}, shops in the old town must close at ten.")
    quote = quote_with(quotes, "shops in the old town must close at ten")
    mention = quotes.quotes[0].speaker_mention
    assert mention is not None and quote.speaker_mention == mention


def test_an_opening_to_a_person_gives_that_persons_view() -> None:
    (quotes,) = quotes_of("To Ana Ruiz, who lost half her catch, the quota is a betrayal.")
    quote = quote_with(quotes, "the quota is a betrayal")
    assert speaker_name(quotes, quote) == "Ana Ruiz"


def test_an_opening_for_voters_of_a_place_and_a_day_gives_their_view() -> None:
    texts = (
        "For Ohio primary voters, the economy is the issue that matters most.",
        "For most coastal voters today, the harbour plan looks like a gamble.",
    )
    first, second = quotes_of(*texts)
    assert "voters" in (speaker_name(first, quote_with(first, "the economy is the issue")) or "")
    assert "voters" in (speaker_name(second, quote_with(second, "the harbour plan")) or "")


@pytest.mark.parametrize(
    "text",
    [
        "To be sure, the harbour has lost money for years.",
        "By Monday, the port had reopened to the ferries.",
        "Under pressure from the unions, the board dropped the plan.",
        "Under the new plan, the ferries would run every hour.",
        "For two decades, the harbour has lost money on the ferries.",
        "To her credit, the mayor praised the crews who cleared the road.",
    ],
)
def test_an_opening_of_time_manner_or_a_mere_plan_credits_nobody(text: str) -> None:
    (quotes,) = quotes_of(text)
    assert not any(
        q.cue and text[q.cue.start : q.cue.end] in ("To", "By", "Under", "For")
        for q in quotes.quotes
    ), [q.text for q in quotes.quotes]


def test_an_interview_in_questions_and_answers_credits_each_turn() -> None:
    text = (
        "The writer talked to us about her new book on the coast.\n"
        "Q: You open your book in a small town by the sea. What did you find there?\n"
        "A: A town that had run out of water and out of hope.\n"
    )
    (quotes,) = quotes_of(text)
    question = quote_with(quotes, "You open your book in a small town")
    answer = quote_with(quotes, "A town that had run out of water")
    assert question.text.endswith("What did you find there?")
    assert speaker_name(quotes, question) == "interviewer"
    assert speaker_name(quotes, answer) == "interviewee"
    assert answer.speaker_mention is not None
    assert text[answer.speaker_mention.start : answer.speaker_mention.end] == "A"


def test_a_lone_answer_label_is_no_interview() -> None:
    (quotes,) = quotes_of("A: The harbour will reopen in May, weather permitting.")
    assert not any(q.text.startswith("The harbour will reopen") for q in quotes.quotes)


def test_words_posted_online_are_the_posters() -> None:
    first, second, third = quotes_of(
        "Ana Ruiz was travelling to Lisbon to visit her daughter, the church posted on Facebook.",
        "The mayor posted on Twitter on Friday that the harbour would reopen in May.",
        "Shares posted gains for a third day as the port reopened.",
    )
    quote = quote_with(first, "Ana Ruiz was travelling to Lisbon")
    assert "church" in (speaker_name(first, quote) or "")
    quote = quote_with(second, "the harbour would reopen in May")
    assert speaker_name(second, quote) == "mayor"
    assert third.quotes == ()
