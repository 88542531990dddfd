"""The object verbs of objects.json chosen by semantic class (judgment, support and
opposition, voicing, cognition, presenting as) and their passives: each reports its object
(or the passive's subject) with the subject (or the `by` agent, or nobody) as the one who
holds it; and the shapes of those verbs that report nothing."""

from __future__ import annotations

import pytest
from marked_examples import marked, objects_section
from object_class_examples import CLASS_EXAMPLES, PASSIVE_EXAMPLES
from quotes_helpers import quotes_of, span_text

from reader.quotes import QuoteKind
from reader.quotes.object_lexicon import object_words


def test_every_class_example_names_a_verb_of_the_data_file() -> None:
    assert set(CLASS_EXAMPLES) <= set(objects_section("verbs"))
    assert set(PASSIVE_EXAMPLES) <= set(objects_section("passives"))


def test_each_verb_of_a_class_reports_its_object_held_by_its_subject() -> None:
    examples = {lemma: marked(text) for lemma, text in CLASS_EXAMPLES.items()}
    found = quotes_of(*(e.sentence for e in examples.values()))
    words = object_words()
    for (lemma, example), quotes in zip(examples.items(), found, strict=True):
        texts = [q.text for q in quotes.quotes]
        assert texts == [example.words], f"{lemma}: {texts}"
        quote = quotes.quotes[0]
        assert quote.kind is QuoteKind.INDIRECT
        assert span_text(example.sentence, quote.speaker_mention) == example.speaker, lemma
        cue = span_text(example.sentence, quote.cue)
        assert cue is not None and words.verb_for(lemma, cue) is not None, lemma
        assert words.forms.get(cue.lower()) == lemma or cue.lower().startswith(lemma[:4])


def test_each_passive_of_a_class_reports_what_is_judged_and_who_judges() -> None:
    examples = {lemma: marked(text) for lemma, text in PASSIVE_EXAMPLES.items()}
    found = quotes_of(*(e.sentence for e in examples.values()))
    for (lemma, example), quotes in zip(examples.items(), found, strict=True):
        texts = [q.text for q in quotes.quotes]
        assert texts == [example.words], f"{lemma}: {texts}"
        mention = span_text(example.sentence, quotes.quotes[0].speaker_mention)
        assert mention == example.speaker, lemma


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The governor addressed the delegates at the convention.", None),
        ("The coach addressed some of the harsher criticism of his tactics.", "some of the"),
        ("Police identified the victim of the crash.", None),
        ("Police identified the victim as a local fisherman.", "the victim as a local"),
        ("The inspectors identified the flaws in the new hospital wing.", "the flaws in the"),
        ("Nobody at the station recognized the new member of the cabinet.", None),
        ("The board recognized the need for a shorter week.", "the need for a"),
        ("The striker hit the post on Saturday afternoon.", None),
    ],
)
def test_a_topic_is_read_but_a_person_or_a_team_is_not(sentence: str, words: str | None) -> None:
    """`addressed the fact that ...`, not `addressed the delegates`; what one is hit over,
    not when."""
    texts = [q.text for q in quotes_of(sentence)[0].quotes]
    if words is None:
        assert texts == []
    else:
        assert len(texts) == 1 and texts[0].startswith(words), texts


@pytest.mark.parametrize(
    "sentence",
    [
        "The children ignored the rain.",  # two words: nothing a reader could check
        "The senator embraced her.",  # a bare pronoun
        "The mayor presented the prizes to the winning schools.",  # no `as`: a handing over
        "The coach treated the injured player on the pitch.",  # no `as`: care, not a view
        "The clerk counted the votes in the town hall.",  # no `as`: a tally
        "Texas resisted the pressure from the federal courts.",  # a place acts
        "The prisoner was remembered by nobody at the hearing.",  # nothing it is judged as
    ],
)
def test_no_claim_from_a_class_verb_without_a_speaker_and_its_frame(sentence: str) -> None:
    quotes = quotes_of(sentence)[0].quotes
    assert quotes == (), [q.text for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The plan for a toll road was embraced by the unions.",
            "The plan for a toll road",
            "the unions",
        ),
        (
            "Many of his attacks on the press have been echoed by his followers.",
            "Many of his attacks on the press",
            "his followers",
        ),
    ],
)
def test_a_passive_object_verb_credits_its_agent(sentence: str, words: str, speaker: str) -> None:
    quotes = quotes_of(sentence)[0].quotes
    assert [q.text for q in quotes] == [words]
    assert span_text(sentence, quotes[0].speaker_mention) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan for a toll road was embraced last year.",  # nobody named as embracing it
        "The mayor was thanked by the families of the miners.",  # two words: nothing to check
    ],
)
def test_no_passive_object_claim_without_an_agent_and_a_checkable_subject(sentence: str) -> None:
    assert quotes_of(sentence)[0].quotes == ()


def test_what_the_parser_hangs_on_the_agent_still_completes_a_passive_judgment() -> None:
    sentence = "The mayor will probably be remembered by historians as a friend of the poor."
    quotes = quotes_of(sentence)[0].quotes
    assert [q.text for q in quotes] == [sentence.rstrip(".")]
    assert span_text(sentence, quotes[0].speaker_mention) == "historians"
