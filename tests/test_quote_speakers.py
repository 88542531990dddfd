"""Who speaks: the cue's subject found through the ways news sentences hide it, and the
noun phrase that names the speaker. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from quotes_helpers import make_document, quote_with, speaker_name

from reader.documents.model import Document
from reader.quotes import QuoteSet, extract_quotes
from reader.quotes.model import Quote


def _quotes(text: str) -> QuoteSet:
    return extract_quotes(make_document(text))


def _mention(document: Document, quote: Quote) -> str | None:
    span = quote.speaker_mention
    return document.text[span.start : span.end] if span is not None else None


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    document = make_document(text)
    quotes = extract_quotes(document)
    quote = quote_with(quotes, fragment)
    return speaker_name(quotes, quote), _mention(document, quote)


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # A dateline the parser hangs on the name does not become the speaker.
        (
            "LISBON (Wire Service) - Finance minister Ana Ruiz said the budget would be cut.",
            "the budget would be cut",
            "Ana Ruiz",
        ),
        # A word the parser leaves out of the phrase ("more") does not cut the name off.
        (
            "The more cautious Ruiz has argued that the harbour tax is far too high.",
            "the harbour tax is far too high",
            "Ruiz",
        ),
    ],
)
def test_the_phrase_around_the_subject_names_the_speaker(
    text: str, fragment: str, name: str
) -> None:
    found, mention = _speaker_of(text, fragment)
    assert found == name
    assert mention is not None and name.split()[-1] in mention


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        # The one who issues a statement speaks through what it says.
        (
            "Councillor Tom Park issued a statement saying that the pier should stay closed.",
            "the pier should stay closed",
            "Tom Park",
        ),
        # The subject of "are quick" is who points out.
        (
            "Aides to Mayor Ruiz are quick to point out that she has won the last two votes.",
            "she has won the last two votes",
            "Aides",
        ),
        # The subject a passive verb shares with the cue joined to it.
        (
            "By the end of the week, Mr. Park was forced into a retreat and said that his words "
            "had been twisted.",
            "his words had been twisted",
            "Park",
        ),
        # A passive cue with its agent: the one who asks.
        (
            "Ruiz was asked by the host Lena Brandt whether the ferry would run in winter.",
            "whether the ferry would run in winter",
            "Lena Brandt",
        ),
    ],
)
def test_the_subject_is_found_beyond_the_cue(text: str, fragment: str, name: str) -> None:
    assert _speaker_of(text, fragment)[0] == name


def test_a_name_the_parser_left_without_a_verb_is_the_subject() -> None:
    # The small model tags "Jolly" as an adverb and leaves "said" without a subject.
    assert _speaker_of(
        "Jolly said he has worked with both parties on the bill.",
        "he has worked with both parties on the bill",
    ) == ("Jolly", "Jolly")


def test_an_opening_adverb_is_no_speaker() -> None:
    name, mention = _speaker_of(
        "Hastily packing his bags, he said the plan was fine.", "the plan was fine"
    )
    assert mention == "he"
    assert name != "Hastily"


def test_a_name_hung_on_an_earlier_noun_still_speaks() -> None:
    # The parser makes "Ben Ortiz" an appositive of "wife" and leaves "said" subjectless.
    found, mention = _speaker_of(
        "Tuesday in Leeds, while on the campaign trail for his wife, former mayor Ben Ortiz "
        "said his wife was ready to lead.",
        "his wife was ready to lead",
    )
    assert found == "Ben Ortiz"
    assert mention is not None and "Ben Ortiz" in mention


def test_a_verb_modifying_a_noun_is_not_searched_for_a_stray_name() -> None:
    text = (
        "Holding signs calling Ruiz “The Town’s Biggest Loser,” the protesters chanted "
        "“Ana Ruiz: Bad for the town.”"
    )
    quotes = _quotes(text)
    names = {speaker_name(quotes, q) for q in quotes.quotes}
    assert "Holding" not in names


def test_an_inverted_tag_with_a_description_names_the_speaker() -> None:
    text = (
        "“The harbour must stay open,” said a Leeds councillor. "
        "“It is the town's lifeline,” added another Leeds councillor."
    )
    document = make_document(text)
    quotes = extract_quotes(document)
    first = quote_with(quotes, "harbour must stay open")
    second = quote_with(quotes, "town's lifeline")
    assert _mention(document, second) == "another Leeds councillor"
    assert second.speaker != first.speaker


def test_an_inverted_tag_after_a_question_names_the_speaker() -> None:
    found, mention = _speaker_of("“Is the port closing?” asked Mr. Park, a fisherman.", "port")
    assert found == "Park"
    assert mention is not None and "Park" in mention


def test_a_cue_ending_the_sentence_before_a_quote_introduces_it() -> None:
    text = (
        "“We will not close it,” Ana Ruiz said. “Not this year.”\n"
        "Professor Lena Brandt agreed. “The harbour is the heart of the town.”"
    )
    assert _speaker_of(text, "heart of the town")[0] == "Lena Brandt"


def test_a_cue_with_more_words_after_it_introduces_no_later_quote() -> None:
    text = (
        "“It is a fine day,” the mayor told a crowd that the council estimated at 3,000 "
        "people at the pier. “The harbour will stay open.”"
    )
    assert _speaker_of(text, "harbour will stay open")[0] == "mayor"


def test_a_bare_passive_participle_credits_its_agent_not_its_subject() -> None:
    text = (
        "Asked by the host Lena Brandt to respond to the criticism, Ruiz said, "
        "“What does it say about people who never checked?”"
    )
    quotes = _quotes(text)
    assert speaker_name(quotes, quote_with(quotes, "respond to the criticism")) == "Lena Brandt"
    assert speaker_name(quotes, quote_with(quotes, "never checked")) == "Ruiz"


def test_a_described_speaker_keeps_its_whole_description() -> None:
    # Not "a" (the run before the parser's gap) nor "well - known" (tokens joined by spaces).
    name, mention = _speaker_of(
        "A well-known anti-war campaigner said the march would go ahead.", "the march"
    )
    assert mention == "A well-known anti-war campaigner"
    assert name == "well-known anti-war campaigner"


def test_the_tag_of_an_earlier_quote_introduces_no_later_one() -> None:
    text = (
        "“I would make sure it did not happen again,” Ruiz noted in an interview, as reported "
        "by the Courier. “And I would take corrective action.”"
    )
    quotes = _quotes(text)
    assert speaker_name(quotes, quote_with(quotes, "corrective action")) == "Ruiz"


def test_a_participle_modifying_a_thing_keeps_the_sentence_subject() -> None:
    text = (
        "On Monday, council chairman Tom Park voted against a harbour proposal intended to "
        "place the mayor on the wrong side of voters."
    )
    assert _speaker_of(text, "wrong side of voters")[0] == "Tom Park"
