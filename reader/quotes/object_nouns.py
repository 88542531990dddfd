"""Claims carried by a speech-act noun that a plain verb takes as its object: `took a swipe
at the mayor's budget`, `paid tribute to the lifeboat crews`, `made the case for a new
bridge`. The claim is about the object of the noun's preposition; the speaker is the
verb's subject; the cue runs from the verb to the preposition. The nouns and their
prepositions are in objects.json.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.called_for import for_clause, for_infinitive_end
from reader.quotes.indirect import Attribution
from reader.quotes.lexicon import cues
from reader.quotes.object_bounds import (
    completed_end,
    is_passive,
    is_purpose,
    lone_pronoun,
    may_speak,
    noun_claim,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.subjects import find_speaker_token


def noun_claims(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    words = object_words()
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            continue
        entry = words.noun_for(noun.lemma_)
        if entry is None or chunk.quoted(noun, marked):
            continue
        if entry.verbs and noun.head.lemma_.lower() not in entry.verbs:
            continue  # "gave her a shot at the title" is a chance, not a jab
        if _owned_by_another(noun):
            continue  # "cheered the mayor's attack on ...": the mayor's words, not theirs
        found = _claim(chunk, sentence, noun, entry.preps, marked)
        if found is not None:
            yield replace(found, frame=frame)


def _claim(
    chunk: ParsedChunk, sentence: SpacySpan, noun: Token, preps: frozenset[str], marked: SpanIndex
) -> Attribution | None:
    verb = noun.head
    if _verb_reads_object(verb) or is_passive(verb) or is_purpose(verb):
        return None
    bounds = _bounds(verb, noun, preps)
    if bounds is None:
        return None
    speaker = find_speaker_token(verb)
    if speaker is None or not may_speak(speaker) or chunk.quoted(speaker, marked):
        return None
    first, last, prep = bounds
    content = trimmed_content(chunk, first, last)
    if content is None:
        return None
    return noun_claim(chunk, sentence, (verb, prep), speaking_for(speaker), content)


def _bounds(verb: Token, noun: Token, preps: frozenset[str]) -> tuple[Token, Token, Token] | None:
    """The first and last words of the claim, and the preposition (or the `for` opening a
    clause: `renewed its calls for the towns to act`) ending the cue."""
    prep = _noun_prep(noun, preps)
    clause = for_clause(noun) if prep is None and "for" in preps else None
    if clause is not None:
        return clause[0], clause[1], clause[0].nbor(-1)
    target = prep_object(prep)
    if prep is None or target is None or lone_pronoun(target):
        return None  # "took a swipe at him"
    if target.ent_type_ in ("DATE", "TIME"):
        return None  # "has made the case for weeks that ...": how long, not what for
    last = completed_end(verb, for_infinitive_end(prep, target.right_edge))
    return target.left_edge, last, prep


def _owned_by_another(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


def _verb_reads_object(verb: Token) -> bool:
    """`expressed support for ...`, `offered congratulations to ...`: the verb is a cue whose
    object is the claim already (cues.json or objects.json)."""
    listed = cues().verbs.get(verb.lemma_.lower())
    if listed is not None and "dobj" in listed.frames:
        return True
    own = object_words().verb_for(verb.lemma_, verb.text)
    return own is not None and "object" in own.frames


def _noun_prep(noun: Token, preps: frozenset[str]) -> Token | None:
    """The noun's preposition, on the noun (`a swipe at X`) or, as the parser often has it,
    on the verb right after the noun phrase (`took [a swipe] [at X]`)."""
    for child in noun.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            return child
    after = noun.right_edge.i + 1
    return next(
        (
            c
            for c in noun.head.children
            if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.left_edge.i == after
        ),
        None,
    )
