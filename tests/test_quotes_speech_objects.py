"""Speech verbs whose content is a noun phrase (objects.json `content` frame and
`content_nouns`): `told a story of ...`, `wrote a dissent arguing ...`, `posted a message
about ...`; and the inverted tag `..., said a spokesman for X, Ana Ruiz, who ...`."""

from __future__ import annotations

import pytest
from marked_examples import marked
from object_class_examples import CONTENT_NOUN_EXAMPLES
from quotes_helpers import quotes_of

from reader.quotes import QuoteKind
from reader.quotes.object_lexicon import object_words

# content noun -> (sentence, speaker, reported words)
CONTENT_EXAMPLES = {
    "story": (
        "The old farmer told stories of how the river flooded the valley.",
        "The old farmer",
        "stories of how the river flooded the valley",
    ),
    "tale": (
        "The captain told a tale of a storm that sank three trawlers.",
        "The captain",
        "a tale of a storm that sank three trawlers",
    ),
    "anecdote": (
        "The coach told an anecdote about his first season in charge.",
        "The coach",
        "an anecdote about his first season in charge",
    ),
    "joke": (
        "The host told a joke about the delayed train timetable.",
        "The host",
        "a joke about the delayed train timetable",
    ),
    "account": (
        "The driver told a detailed account of the crash on the bridge.",
        "The driver",
        "a detailed account of the crash on the bridge",
    ),
    "message": (
        "Her brother posted a long message about the closure of the school.",
        "Her brother",
        "a long message about the closure of the school",
    ),
    "note": (
        "The landlord wrote a short note to the tenants about the broken heating.",
        "The landlord",
        "a short note to the tenants about the broken heating",
    ),
    "letter": (
        "The bishop wrote a letter urging calm in the town.",
        "The bishop",
        "a letter urging calm in the town",
    ),
    "memo": (
        "The director wrote a memo ordering deep cuts in staff numbers.",
        "The director",
        "a memo ordering deep cuts in staff numbers",
    ),
    "op-ed": (
        "The senator penned an op-ed defending the tax plan.",
        "The senator",
        "an op-ed defending the tax plan",
    ),
    "editorial": (
        "The editor wrote an editorial attacking the new parking fees.",
        "The editor",
        "an editorial attacking the new parking fees",
    ),
    "column": (
        "The critic wrote a column mocking the festival line-up.",
        "The critic",
        "a column mocking the festival line-up",
    ),
    "essay": (
        "The senator wrote an essay defending the new tax plan.",
        "The senator",
        "an essay defending the new tax plan",
    ),
    "article": (
        "The professor wrote an article questioning the drug trial.",
        "The professor",
        "an article questioning the drug trial",
    ),
    "dissent": (
        "Last week the judge wrote a sharp dissent on the housing ruling.",
        "the judge",
        "a sharp dissent on the housing ruling",
    ),
    "opinion": (
        "The justice wrote an opinion striking down the county map.",
        "The justice",
        "an opinion striking down the county map",
    ),
    "critique": (
        "The economist wrote a critique of the central bank's forecasts.",
        "The economist",
        "a critique of the central bank's forecasts",
    ),
    "assessment": (
        "The auditor wrote a bleak assessment of the hospital's finances.",
        "The auditor",
        "a bleak assessment of the hospital's finances",
    ),
    "analysis": (
        "The researcher posted an analysis of the county's flood data.",
        "The researcher",
        "an analysis of the county's flood data",
    ),
    "post": (
        "The mayor wrote a post thanking the snow crews.",
        "The mayor",
        "a post thanking the snow crews",
    ),
    "tweet": (
        "The striker posted a tweet apologising to the fans.",
        "The striker",
        "a tweet apologising to the fans",
    ),
    "photo": (
        "The campaign posted a photo of the empty hall.",
        "The campaign",
        "a photo of the empty hall",
    ),
    "picture": (
        "The farmer posted a picture of the flooded barn.",
        "The farmer",
        "a picture of the flooded barn",
    ),
    "video": (
        "The activist posted a video of the police stopping a cyclist.",
        "The activist",
        "a video of the police stopping a cyclist",
    ),
    "reminder": (
        "The teacher posted a reminder about the exam dates.",
        "The teacher",
        "a reminder about the exam dates",
    ),
    "warning": (
        "The ranger posted a warning about bears near the campsite.",
        "The ranger",
        "a warning about bears near the campsite",
    ),
}


def test_every_content_noun_has_an_example() -> None:
    examples = set(CONTENT_EXAMPLES) | set(CONTENT_NOUN_EXAMPLES)
    assert examples == set(object_words().content_nouns)


@pytest.mark.parametrize("noun", sorted(CONTENT_NOUN_EXAMPLES))
def test_a_media_or_written_noun_object_is_what_was_said(noun: str) -> None:
    example = marked(CONTENT_NOUN_EXAMPLES[noun])
    (found,) = quotes_of(example.sentence)
    assert [q.text for q in found.quotes] == [example.words]
    mention = found.quotes[0].speaker_mention
    assert mention is not None
    assert example.sentence[mention.start : mention.end] == example.speaker


@pytest.mark.parametrize("noun", sorted(CONTENT_EXAMPLES))
def test_content_noun_object_is_what_was_said(noun: str) -> None:
    text, speaker, words = CONTENT_EXAMPLES[noun]
    (found,) = quotes_of(text)
    matching = [q for q in found.quotes if q.text == words]
    assert matching, [q.text for q in found.quotes]
    quote = matching[0]
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.speaker_mention is not None
    assert text[quote.speaker_mention.start : quote.speaker_mention.end] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The coach told reporters about the new training ground.",
        "The senator wrote the bill on river pollution last spring.",
        "The bakery posted record profits in the third quarter.",
        "The mayor told the volunteers of the dangers on the ice.",
    ],
)
def test_listener_or_deed_object_is_no_claim(text: str) -> None:
    (found,) = quotes_of(text)
    assert not found.quotes, [q.text for q in found.quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "She also had a say in choices about large foreign loans to the city, said a"
            " former spokesman for the city's Finance Office, Ana Ruiz, who also stood as a"
            " candidate for the new party the mayor helped found.",
            "She also had a say in choices about large foreign loans to the city",
        ),
        (
            "The plant will close before the winter, said an adviser to the union, Tom Park,"
            " who later joined the board the owners set up.",
            "The plant will close before the winter",
        ),
    ],
)
def test_inverted_speaker_with_a_relative_clause_reports_the_clause_before(
    text: str, words: str
) -> None:
    (found,) = quotes_of(text)
    (quote,) = found.quotes
    assert quote.text == words
    assert quote.speaker_mention is not None
    mention = text[quote.speaker_mention.start : quote.speaker_mention.end]
    assert mention.startswith(("a former spokesman", "an adviser"))


def test_a_newspaper_named_like_a_content_noun_is_the_listener() -> None:
    text = "The mayor told The Daily Post, the budget would balance."
    (found,) = quotes_of(text)
    assert [q.text for q in found.quotes] == ["the budget would balance"]


def test_a_participle_aside_before_said_keeps_the_plain_report() -> None:
    text = (
        "Ana Ruiz, a local teacher helping to run the drive, said she and other parents"
        " were worried about the new bus routes."
    )
    (found,) = quotes_of(text)
    (quote,) = found.quotes
    assert quote.text.startswith("she and other parents were worried")
    assert quote.speaker_mention is not None
    assert text[quote.speaker_mention.start : quote.speaker_mention.end].startswith("Ana Ruiz")
