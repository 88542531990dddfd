"""Reported questions, topics and refusals (session 7, reader/quotes/questions.py and the
ask/wonder/inquire/decline entries of cues.json). Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import quote_with, quotes_in, speaker_name

from reader.quotes import QuoteSet
from reader.quotes.questions import question_words


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        # The asker's topic: the object of "about", not the one asked.
        (
            "Ruiz asked the minister about the closure of the harbour.",
            "the closure of the harbour",
            "Ruiz",
        ),
        # The parser's adverbial "if" clause after the one asked is the question.
        (
            "Then Mr. Park asked the students if they were always so serious.",
            "if they were always so serious",
            "Park",
        ),
        # What is asked for is a request of the asker's.
        (
            "Park asked for a recount of the votes in the harbour ward.",
            "a recount of the votes",
            "Park",
        ),
        # wonder, inquire: a question with its clause (cues.json) or its topic (questions.json).
        (
            "Park wondered whether the council would ever pay for the pier.",
            "whether the council would ever pay for the pier",
            "Park",
        ),
        (
            "Mr. Lowe wondered about the cost of the new ferry terminal.",
            "the cost of the new ferry",
            "Lowe",
        ),
        (
            "Ms. Quint inquired whether the ferry would still stop at the island.",
            "whether the ferry would still stop",
            "Quint",
        ),
        (
            "Ms. Quint enquired about the ferry timetable for the winter months.",
            "the ferry timetable for the winter months",
            "Quint",
        ),
        # A passive with its agent: the agent asks.
        (
            "Ruiz was asked about the harbour levy by a reporter from the local paper.",
            "the harbour levy",
            "reporter",
        ),
        # The topic of a question noun the verb puts.
        (
            "Ana Ruiz asked the minister a question about the harbour levy on Tuesday.",
            "the harbour levy",
            "Ana Ruiz",
        ),
    ],
)
def test_a_reported_question_is_the_askers(text: str, question: str, asker: str) -> None:
    quotes = quotes_in(text)
    quote = quote_with(quotes, question)
    assert quote.text.startswith(question.split()[0])
    assert speaker_name(quotes, quote) == asker


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The mayor was asked about the cost of the bridge on Monday.", "the cost of the bridge"),
        (
            "In an interview on Friday, the mayor was asked whether the ferry would run in winter.",
            "whether the ferry would run in winter",
        ),
        (
            "At the meeting, Councillor Lowe was asked what the harbour board had decided.",
            "what the harbour board had decided",
        ),
        ("Questions were asked about the cost of the pier at the meeting.", "the cost of the pier"),
    ],
)
def test_a_passive_question_names_no_asker(text: str, question: str) -> None:
    """The one asked is not the speaker of the question: nobody is named."""
    quotes = quotes_in(text)
    quote = quote_with(quotes, question)
    assert quote.text.startswith(question.split()[0])
    assert speaker_name(quotes, quote) is None


def test_a_fronted_question_is_nobodys_and_the_answer_is_the_speakers() -> None:
    text = 'Asked about the ferry timetable for next winter, Ruiz said: "We will see."'
    quotes = quotes_in(text)
    question = quote_with(quotes, "the ferry timetable")
    assert question.text == "the ferry timetable for next winter"
    assert speaker_name(quotes, question) is None
    assert speaker_name(quotes, quote_with(quotes, "We will see")) == "Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        "When asked about the harbour levy, Councillor Tom Lee said he would vote for it.",
        "Councillor Tom Lee, asked about the harbour levy, said he would vote for it.",
        "The row began after Councillor Tom Lee, asked about the harbour levy, had said so.",
    ],
)
def test_the_one_asked_is_not_the_asker(text: str) -> None:
    quotes = quotes_in(text)
    assert speaker_name(quotes, quote_with(quotes, "the harbour levy")) is None


def test_the_answer_after_a_fronted_question_is_the_one_asked() -> None:
    text = "When asked about the harbour levy, Councillor Tom Lee said he would vote for it."
    quotes = quotes_in(text)
    assert "Tom Lee" in str(speaker_name(quotes, quote_with(quotes, "he would vote for it")))


def test_a_topic_ends_before_the_writers_aside() -> None:
    quotes = quotes_in("Asked about Tom Lee, who runs the harbour board, Ruiz laughed and left.")
    assert quote_with(quotes, "Tom Lee").text == "Tom Lee"


def test_a_topic_hung_on_the_listener_is_the_speakers() -> None:
    quotes = quotes_in("The mayor is talking to voters about the harbour and the new ferry.")
    quote = quote_with(quotes, "the harbour and the new ferry")
    assert speaker_name(quotes, quote) == "mayor"


def test_a_question_put_to_somebody_is_the_askers() -> None:
    text = "Ms. Quint put a question about the harbour levy to the minister on Tuesday."
    quotes = quotes_in(text)
    assert speaker_name(quotes, quote_with(quotes, "the harbour levy")) == "Quint"


def test_talk_of_is_a_topic_like_talk_about() -> None:
    quotes = quotes_in("Mr. Lowe talked of reforms to the harbour levy at the meeting.")
    assert speaker_name(quotes, quote_with(quotes, "reforms to the harbour levy")) == "Lowe"


@pytest.mark.parametrize(
    ("text", "refusal", "speaker"),
    [
        (
            "A spokesman for the port declined to comment on the talks with the union.",
            "to comment on the talks with the union",
            "spokesman for port",
        ),
        ("Ms. Lowe declined to be interviewed for this article.", "to be interviewed", "Lowe"),
        (
            "Mr. Park refused to say whether the ferry would run in winter.",
            "to say whether the ferry would run",
            "Park",
        ),
    ],
)
def test_a_refusal_is_the_speakers_answer(text: str, refusal: str, speaker: str) -> None:
    quotes = quotes_in(text)
    quote = quote_with(quotes, refusal)
    assert quote.text.startswith("to ")
    assert speaker_name(quotes, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A falling figure is no refusal.
        "Shares in the ferry company declined to their lowest level in a decade.",
        # A request to act in the passive is no question (tests/test_quotes_passives.py).
        "The ferry was asked to leave the harbour before the storm arrived.",
        # A bare pronoun is no topic a reader could check.
        "The mayor was asked about it at the harbour on Monday.",
        # A place cannot ask.
        "Later that year Texas asked for a review of the harbour dredging costs.",
        # A date is no topic of a question.
        "Mr. Park asked a question on Sunday at the harbour meeting.",
    ],
)
def test_no_question_is_read_where_none_was_asked(text: str) -> None:
    quotes = quotes_in(text)
    assert not [q for q in quotes.quotes if q.cue is not None], _texts(quotes)


def test_a_requests_condition_is_no_question() -> None:
    quotes = quotes_in(
        "The mayor asked the crews to close the harbour if the storm hits the coast."
    )
    assert not any(t.startswith("if") for t in _texts(quotes)), _texts(quotes)
    assert quote_with(quotes, "close the harbour").text.startswith("the crews")


def test_every_question_word_is_known_to_the_lexicon() -> None:
    words = question_words()
    assert "about" in words.asking["ask"]
    assert "question" in words.nouns
    assert "ask" in words.noun_verbs
    assert "answer" not in words.noun_verbs  # who answers is not who asked
