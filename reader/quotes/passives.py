"""Passive reports with no agent: `X is said to ...`, `It was revealed that ...`.

English hides the source of a hedged report in the passive: `The mayor is said to favour
the plan`, `Aides are believed to oppose it`, `It was announced that the line will close`.
Somebody says or believes it, and the text does not say who. Such a report is a quote with
no speaker (the window says "speaker unknown"), so an edit that changes it is still audited.

Only report verbs that English uses this way count (the `raising` list in cues.json for the
`to` form; any cue verb with a clause frame for the `it ... that` form). A passive with an
agent (`was described by aides as ...`) is read like the active verb. A verb addressing a
listener (`listener_passives`: `Lee was told that ...`, `was asked to ...`) makes its
subject the listener: what follows is told by someone unnamed. The hedges `seems`,
`appears`, `is expected to`, `is seen as` are found by hedges.py.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.frames import FRAME_FINDERS
from reader.quotes.lexicon import CueVerb, cues, people
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over, reported_end


def passive_report(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> Attribution | None:
    """The speakerless report a passive cue makes, if any."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > cue.i:
        return None
    if subject.lower_ == "it" and "ccomp" in verb.frames:
        bounds = _it_that_bounds(chunk, sentence, cue, marked)
    elif subject.lower_ != "it" and verb.lemma in cues().raising:
        bounds = _raised_bounds(cue, subject)
    elif subject.lower_ != "it" and verb.lemma in cues().listener_passives:
        bounds = _told_bounds(chunk, sentence, cue, verb, marked)
    else:
        return None
    if bounds is None:
        return None
    return attribution_over(chunk, sentence, cue, None, *bounds, frame="passive")


def _raised_bounds(cue: Token, subject: Token) -> tuple[Token, Token] | None:
    """`The mayor is said to favour the plan`: the subject and the infinitive are what is
    said; the content runs from the subject to the infinitive's end."""
    clause = next(
        (
            c
            for c in cue.children
            if c.dep_ == "xcomp" and c.i > cue.i and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if clause is None or (subject.pos_ == "PRON" and subject.tag_ == "WP"):
        return None  # "who are said to ...": the relative pronoun says nothing alone
    return subject.left_edge, clause.right_edge


def _it_that_bounds(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, marked: SpanIndex
) -> tuple[Token, Token] | None:
    """`It was revealed in March that ...`: the clause after the cue."""
    bounds = FRAME_FINDERS["ccomp"](sentence, cue)
    if bounds is None:
        return None
    first = bounds[0]
    if first.i <= cue.i:
        return None
    end = reported_end(sentence, cue, first, marked, chunk)
    return (first, end) if end is not None else None


def _told_bounds(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> tuple[Token, Token] | None:
    """`Lee was told that he would lose`, `The mayor was asked to release the files`: the
    subject is the listener; what was told (the clause or infinitive after the cue) is a
    report whose teller the text does not name. Only when a person is told: `The ferry was
    asked to leave the harbour` is an instruction, and `Ukraine was told that ...` a
    diplomatic message the article reports as the listener's news."""
    if not _person(cue):
        return None  # "Ukraine was told ...", "The ferry was asked to ...": no one's words
    if "xcomp" in verb.frames:
        told = next(
            (
                c
                for c in cue.children
                if c.dep_ == "xcomp" and c.i > cue.i and any(a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if told is not None:
            return told.left_edge, told.right_edge
    if "ccomp" not in verb.frames:
        return None
    return _it_that_bounds(chunk, sentence, cue, marked)


def _person(cue: Token) -> bool:
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in _PLACES  # a name the tagger may not know for a person
    low = subject.lower_
    if people().names_people(low, subject.lemma_.lower()):
        return True  # "the ferry crews", "the mayor"
    return subject.ent_type_ == "PERSON" or low in _PERSONAL


_PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "who"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
