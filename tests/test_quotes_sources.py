"""Who said it, on quotes already found (issue 12, session 9: source accuracy on real news).

Each rule is checked on a parse written out here (so it holds whatever the model does with
the sentence today) and end to end on sentences written for this file.
"""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_in, speaker_name

spacy = pytest.importorskip("spacy")

from written_parses import Word, speaker_of  # noqa: E402  (needs spaCy)


def _document_clause(verb: str, lemma: str, noun: str) -> list[Word]:
    # "Ruiz <verb> an <noun> that urges voters to stay ."
    return [
        Word("Ruiz", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        Word(verb, "VERB", "VBD", "ROOT", 1, lemma=lemma),
        Word("an", "DET", "DT", "det", 3),
        Word(noun, "NOUN", "NN", "dobj", 1),
        Word("that", "PRON", "WDT", "nsubj", 5),
        Word("urges", "VERB", "VBZ", "relcl", 3, lemma="urge"),
        Word("voters", "NOUN", "NNS", "dobj", 5),
        Word("to", "PART", "TO", "aux", 8),
        Word("stay", "VERB", "VB", "xcomp", 5),
        Word(".", "PUNCT", ".", "punct", 1),
    ]


# -- a document's own clause speaks for whoever issued it --------------------------------------


def test_a_document_issued_speaks_for_its_issuer():
    assert speaker_of(_document_clause("released", "release", "ad"), 5) == "Ruiz"


def test_a_document_not_issued_speaks_for_itself():
    # "Ruiz watched an ad that urges ...": watching is no issuing; the ad's relative speaks.
    assert speaker_of(_document_clause("watched", "watch", "ad"), 5) == "that"
    # "Ruiz released an animal that ...": no document.
    assert speaker_of(_document_clause("released", "release", "animal"), 5) == "that"


def test_issuer_end_to_end():
    text = (
        "Senator Ana Ruiz is releasing a new radio ad that urges voters in the county to "
        "reject the levy."
    )
    quotes = quotes_in(text)
    assert speaker_name(quotes, quote_with(quotes, "reject the levy")) == "Ana Ruiz"
    assert mention_text(text, quotes, "reject the levy") == "Senator Ana Ruiz"


def test_a_report_no_one_issues_keeps_its_own_voice():
    text = "A new report that found the river badly polluted was published on Monday."
    quotes = quotes_in(text)
    found = [q for q in quotes.quotes if "polluted" in q.text]
    for quote in found:
        assert speaker_name(quotes, quote) != "Monday"
        assert mention_text(text, quotes, "polluted") in (None, "A new report that")


# -- the object of `led X to`, `prompted X to` does what the infinitive says -----------------


def _controlled(verb: str, lemma: str, obj: Word) -> list[Word]:
    # "The timing <verb> <obj> to say that rents rose ."
    return [
        Word("The", "DET", "DT", "det", 1),
        Word("timing", "NOUN", "NN", "nsubj", 2),
        Word(verb, "VERB", "VBD", "ROOT", 2, lemma=lemma),
        obj,
        Word("to", "PART", "TO", "aux", 5),
        Word("say", "VERB", "VB", "xcomp", 2, lemma="say"),
        Word("that", "SCONJ", "IN", "mark", 8),
        Word("rents", "NOUN", "NNS", "nsubj", 8),
        Word("rose", "VERB", "VBD", "ccomp", 5),
        Word(".", "PUNCT", ".", "punct", 2),
    ]


def test_the_object_of_a_controlling_verb_speaks():
    critics = Word("critics", "NOUN", "NNS", "dobj", 2)
    assert speaker_of(_controlled("led", "lead", critics), 5) == "critics"
    ruiz = Word("Ruiz", "PROPN", "NNP", "dobj", 2, "B-PERSON")
    assert speaker_of(_controlled("prompted", "prompt", ruiz), 5) == "Ruiz"


def test_an_object_that_cannot_speak_leaves_the_subject():
    # "The timing led it to say ...": "it" is no one; the climb goes on to the subject.
    it = Word("it", "PRON", "PRP", "dobj", 2)
    assert speaker_of(_controlled("led", "lead", it), 5) == "timing"
    # a verb of purpose: "The mayor called reporters to say ...": the mayor says it.
    reporters = Word("reporters", "NOUN", "NNS", "dobj", 2)
    assert speaker_of(_controlled("called", "call", reporters), 5) == "timing"


def test_controller_end_to_end():
    text = (
        "The odd timing of the hearing led critics to say that the council was hiding the report."
    )
    quotes = quotes_in(text)
    assert mention_text(text, quotes, "hiding the report") == "critics"
    text = "This leads many engineers to suspect that the bridge was never inspected."
    quotes = quotes_in(text)
    assert mention_text(text, quotes, "never inspected") == "many engineers"


# -- an opening word misread as a subjectless root ---------------------------------------------


def test_second_verb_after_a_misread_opening_word():
    # "Presumptive nominee Ruiz called on it and said rents rose ." with "Presumptive" as
    # a root verb and the rest of the sentence its complement.
    words = [
        Word("Presumptive", "VERB", "VB", "ROOT", 0),
        Word("nominee", "NOUN", "NN", "compound", 2),
        Word("Ruiz", "PROPN", "NNP", "nsubj", 3, "B-PERSON"),
        Word("called", "VERB", "VBD", "ccomp", 0, lemma="call"),
        Word("on", "ADP", "IN", "prep", 3),
        Word("it", "PRON", "PRP", "pobj", 4),
        Word("and", "CCONJ", "CC", "cc", 3),
        Word("said", "VERB", "VBD", "conj", 3, lemma="say"),
        Word("rents", "NOUN", "NNS", "nsubj", 9),
        Word("rose", "VERB", "VBD", "ccomp", 7),
    ]
    assert speaker_of(words, 7) == "Ruiz"


def test_second_verb_after_a_reported_clause_is_not_its_subjects():
    # "Ruiz knew that Park lost and said rents rose ." parsed with "said" joined to "lost":
    # Park's clause is what Ruiz knew; the second verb is not Park's.
    words = [
        Word("Ruiz", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        Word("knew", "VERB", "VBD", "ROOT", 1, lemma="know"),
        Word("that", "SCONJ", "IN", "mark", 4),
        Word("Park", "PROPN", "NNP", "nsubj", 4, "B-PERSON"),
        Word("lost", "VERB", "VBD", "ccomp", 1, lemma="lose"),
        Word("and", "CCONJ", "CC", "cc", 4),
        Word("said", "VERB", "VBD", "conj", 4, lemma="say"),
        Word("rents", "NOUN", "NNS", "nsubj", 8),
        Word("rose", "VERB", "VBD", "ccomp", 6),
    ]
    assert speaker_of(words, 6) != "Park"


def _controller_verbs() -> list[str]:
    import json
    from pathlib import Path

    path = Path(__file__).parent.parent / "reader" / "quotes" / "controllers.json"
    verbs: list[str] = json.loads(path.read_text("utf-8"))["verbs"]
    return verbs


@pytest.mark.parametrize("lemma", _controller_verbs())
def test_every_controlling_verb_gives_its_object_the_words(lemma: str):
    voters = Word("voters", "NOUN", "NNS", "dobj", 2)
    assert speaker_of(_controlled(lemma, lemma, voters), 5) == "voters"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The delay prompted the tenants to complain that the heating had failed.",
            "heating",
            "tenants",
        ),
        (
            "The new figures drove the board to admit that the budget was short.",
            "budget was short",
            "board",
        ),
        (
            "The leak forced the minister to concede that the plan had been shelved.",
            "been shelved",
            "minister",
        ),
        (
            "The long delay led the judges to conclude that the test had been unfair.",
            "been unfair",
            "judges",
        ),
    ],
)
def test_controlling_verbs_end_to_end(text: str, fragment: str, speaker: str):
    quotes = quotes_in(text)
    mention = mention_text(text, quotes, fragment)
    assert mention is not None and mention.endswith(speaker)


# -- an -ing adjunct of a passive verb is its subject's act ------------------------------------


def test_gerund_adjunct_of_a_passive_verb_is_the_subjects():
    # "Ruiz was booed by fans after telling them that rents rose .": Ruiz told them.
    words = [
        Word("Ruiz", "PROPN", "NNP", "nsubjpass", 2, "B-PERSON"),
        Word("was", "AUX", "VBD", "auxpass", 2),
        Word("booed", "VERB", "VBN", "ROOT", 2, lemma="boo"),
        Word("by", "ADP", "IN", "agent", 2),
        Word("fans", "NOUN", "NNS", "pobj", 3),
        Word("after", "ADP", "IN", "prep", 2),
        Word("telling", "VERB", "VBG", "pcomp", 5, lemma="tell"),
        Word("them", "PRON", "PRP", "dobj", 6),
        Word("that", "SCONJ", "IN", "mark", 10),
        Word("rents", "NOUN", "NNS", "nsubj", 10),
        Word("rose", "VERB", "VBD", "ccomp", 6),
    ]
    assert speaker_of(words, 6) == "Ruiz"


def test_gerund_adjunct_end_to_end():
    text = (
        'Ana Ruiz was booed by supporters of the mayor after telling them they were "being silly."'
    )
    quotes = quotes_in(text)
    assert mention_text(text, quotes, "they were") == "Ana Ruiz"
