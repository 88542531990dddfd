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

from reader.quotes.attitude_holders import (
    attitude_holder,
    mention_before,
    names_people,
    noun_before,
)
from reader.quotes.lexicon import cues
from reader.quotes.object_bounds import (
    before_result_clause,
    is_passive,
    noun_claim,
    phrase_end,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution
from reader.quotes.sides import side_claims
from reader.quotes.stances import adjective_attribution

# Adjectives with a sense that is no attitude, of things (`The museum is open to the
# public`, `The fabric is resistant to heat`): an attitude only when a person or group holds it.
_LITERAL = frozenset(
    {
        "open",
        "resistant",
        "sensitive",
        "cool",
        "cold",
        "warm",
        "friendly",
        "unfriendly",
        "hungry",
        "sick",
        "consumed",
        "devoted",
        "dedicated",
        "firm",
        "clear",
        "quiet",
        "transparent",
        "positive",
        "negative",
        "neutral",
        "tolerant",
        "intolerant",
        "protective",
        "receptive",
    }
)
# `was delighted by the result`: the parser reads a participle's `by` as a passive's agent
_PREPS = frozenset({"prep", "agent"})


def attitude_claims(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    adjectives = object_words().adjectives
    for adjective in sentence:
        if not _adjectival(adjective) or chunk.quoted(adjective, marked):
            continue
        held = _participle_clause(chunk, sentence, adjective, marked)
        if held is not None:
            yield held
            continue
        preps = adjectives.get(adjective.lower_)
        if preps is None or any(c.dep_ == "dobj" for c in adjective.children):
            continue  # "devoted his time to", "stunned the party by": the verb, active
        found = _claim(chunk, sentence, adjective, preps, marked)
        if found is not None:
            yield replace(found, frame=frame)
    yield from side_claims(chunk, sentence, marked, frame)


def _adjectival(word: Token) -> bool:
    """An adjective or participle, or an adjective the tagger took for a noun after `be`
    (`are [mum] on`, `is [tepid] about`: no determiner)."""
    if word.pos_ in ("ADJ", "VERB"):
        return True
    return (
        word.pos_ == "NOUN"
        and word.dep_ == "attr"
        and not any(c.dep_ == "det" for c in word.children)
    )


def _participle_clause(
    chunk: ParsedChunk, sentence: SpacySpan, participle: Token, marked: SpanIndex
) -> Attribution | None:
    """`The senators were shocked that the bill passed`, `She was surprised to learn ...`:
    a participle of feeling or belief (cues.json `stance_adjectives`) with its clause, held
    by its subject, as `stances` reads the adjectives (`were sure that ...`)."""
    if participle.pos_ != "VERB" or participle.tag_ != "VBN":
        return None
    if participle.dep_ != "acomp" and not is_passive(participle):
        return None  # "prosecutors have determined that": the verb, active
    if participle.lower_ not in cues().stance_adjectives:
        return None
    return adjective_attribution(chunk, sentence, participle, marked)


def _preposition(adjective: Token) -> Token | None:
    """The first preposition after the adjective (not `split by an uproar [on the floor]`),
    or the one right after it the parser hung on the verb it completes (`are bearish [on]`)."""
    own = next((c for c in adjective.children if c.dep_ in _PREPS and c.i > adjective.i), None)
    if own is not None or adjective.dep_ not in ("acomp", "attr"):
        return own
    after = adjective.right_edge.i + 1
    return next((c for c in adjective.head.children if c.dep_ == "prep" and c.i == after), None)


def _claim(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    adjective: Token,
    preps: frozenset[str],
    marked: SpanIndex,
) -> Attribution | None:
    before = noun_before(adjective)  # "voters angry at the new rules"
    holder = before or attitude_holder(adjective)
    if holder is None or chunk.quoted(holder, marked):
        return None
    if adjective.lower_ in _LITERAL and not names_people(holder):
        return None  # "The exhibition is open to the public", "resistant to heat"
    prep = _preposition(adjective)
    target = prep_object(prep)
    if prep is None or prep.lower_ not in preps or target is None:
        return None
    last = before_result_clause(target.left_edge, phrase_end(adjective, prep.right_edge))
    content = trimmed_content(chunk, target.left_edge, last)
    if content is None:
        return None
    found = noun_claim(chunk, sentence, (adjective, prep), speaking_for(holder), content)
    return found if before is None else mention_before(chunk, found, adjective.left_edge)
