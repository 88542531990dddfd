"""Attitudes to a noun phrase, reported with an adjective: `The unions are critical of the
pay offer`, `Most voters were unhappy with the new bus timetable`, `She is upbeat about
the club's chances`. What the attitude is about is the object of the adjective's
preposition; the holder is the subject of the verb the adjective completes. The adjectives
and their prepositions are objects.json `adjectives`. (An adjective with a clause, `sure that
...`, is `stances`' to read.)

The holder must be a source (a person, group or organisation, never an expletive `it` or a
place), and the content must run to `object_bounds.MIN_WORDS` words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.object_bounds import (
    before_result_clause,
    may_speak,
    noun_claim,
    phrase_end,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution

_NOT_HOLDERS = frozenset({"it", "this", "that", "there", "what", "which", "these", "those"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# `was delighted by the result`: the parser reads a participle's `by` as a passive's agent
_PREPS = frozenset({"prep", "agent"})


def attitude_claims(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    adjectives = object_words().adjectives
    for adjective in sentence:
        if adjective.pos_ not in ("ADJ", "VERB"):
            continue
        preps = adjectives.get(adjective.lower_)
        if preps is None or chunk.quoted(adjective, marked):
            continue
        found = _claim(chunk, sentence, adjective, preps, marked)
        if found is not None:
            yield replace(found, frame=frame)


def _claim(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    adjective: Token,
    preps: frozenset[str],
    marked: SpanIndex,
) -> Attribution | None:
    holder = _holder(adjective)
    if holder is None or chunk.quoted(holder, marked):
        return None
    prep = next(
        (
            c
            for c in adjective.children
            if c.dep_ in _PREPS and c.lower_ in preps and c.i > adjective.i
        ),
        None,
    )
    target = prep_object(prep)
    if prep is None or target is None:
        return None
    last = before_result_clause(target.left_edge, phrase_end(adjective, prep.right_edge))
    content = trimmed_content(chunk, target.left_edge, last)
    if content is None:
        return None
    return noun_claim(chunk, sentence, (adjective, prep), speaking_for(holder), content)


def _holder(adjective: Token) -> Token | None:
    """The subject of `are critical of` (the adjective completes a verb: `acomp`), of
    `is opposed to` (a participle with its own subject) or of a bare predicate (`ROOT`)."""
    if adjective.dep_ == "acomp":
        verb = adjective.head
    elif adjective.dep_ == "ROOT":
        verb = adjective
    else:
        return None  # "a critical report on ...", "sure enough": no one's attitude
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ in _NOT_HOLDERS or not may_speak(subject):
        return None
    return subject if subject.pos_ in ("PROPN", "NOUN", "PRON", "NUM") else None
