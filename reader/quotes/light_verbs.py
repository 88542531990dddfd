"""Claims reported by a light verb with an adjective: `The mayor made clear that she would
stay`, `The coach made it clear to the players on Monday that ...`, `The minister made
plain her dislike of the plan`. Neither word reports anything alone (`made a cake`, `a
clear sky`); together they say what the verb's subject made known. The verbs and their
adjectives are objects.json `light_adjectives`.

The speaker is the verb's subject, who must be able to speak; a passive (`it was made
clear that ...`) names nobody. What was said is the `that` clause after the adjective (past
a listener or a time: `to the judge`, `on Monday`) or, without `that`, what follows the
adjective, when it runs to `object_bounds.MIN_WORDS` words.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.object_bounds import (
    is_passive,
    may_speak,
    noun_claim,
    speaking_for,
    that_after_phrases,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, reported_end
from reader.quotes.subjects import find_speaker_token

FRAME = "ccomp"  # what is made clear is a clause, as with `said that ...`
_TIME_ENTS = frozenset({"DATE", "TIME"})
_BETWEEN = frozenset({"ADV", "PART"})  # "made it abundantly clear", "made very clear"


def light_claims(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    light = object_words().light
    for adjective in sentence:
        if adjective.pos_ != "ADJ" or chunk.quoted(adjective, marked):
            continue
        verb = _light_verb(adjective)
        if verb is None or adjective.lower_ not in light.get(verb.lemma_.lower(), ()):
            continue
        found = _claim(chunk, sentence, verb, adjective, marked)
        if found is not None:
            yield found


def _light_verb(adjective: Token) -> Token | None:
    """The verb before the adjective with only `it` and adverbs between: `made (it) (very)
    clear`, not `made their views clear` (what is made clear is then the object, said or
    not). The parser may hang the adjective on a word after it (`made clear Monday ...`)."""
    index = adjective.i - 1
    while index >= 0 and (
        adjective.doc[index].lower_ == "it" or adjective.doc[index].pos_ in _BETWEEN
    ):
        index -= 1
    verb = adjective.doc[index] if index >= 0 else None
    return verb if verb is not None and verb.pos_ == "VERB" else None


def _claim(
    chunk: ParsedChunk, sentence: SpacySpan, verb: Token, adjective: Token, marked: SpanIndex
) -> Attribution | None:
    if is_passive(verb):
        return None  # "it was made clear that ...": by whom is unsaid
    speaker = find_speaker_token(verb)
    if speaker is None or not may_speak(speaker) or chunk.quoted(speaker, marked):
        return None
    first = _first_word(sentence, adjective)
    if first is None:
        return None
    last = reported_end(sentence, verb, first, marked, chunk)
    if last is None:
        return None
    clause_end = _clause_of(first, verb, adjective).right_edge
    if first.i <= clause_end.i < last.i:
        last = clause_end  # "making it clear that ..., stood beside him and described ..."
    content = trimmed_content(chunk, first, last)
    if content is None:
        return None
    found = noun_claim(chunk, sentence, (verb, adjective), speaking_for(speaker), content)
    return Attribution(found.cue, found.speaker, found.content, found.sentence, frame=FRAME)


def _clause_of(first: Token, verb: Token, adjective: Token) -> Token:
    """The phrase holding the first word, up to the verb or the adjective it hangs on."""
    phrase = first
    while phrase.head.i not in (phrase.i, verb.i, adjective.i):
        phrase = phrase.head
    return phrase


def _first_word(sentence: SpacySpan, adjective: Token) -> Token | None:
    """The first word of what was made clear: after `that` (right after the adjective or
    past a listener or a time), or after the times that follow the adjective."""
    that = that_after_phrases(adjective)
    if that is not None:
        return that.nbor(1)
    index = adjective.i + 1
    while index < sentence.end and sentence.doc[index].ent_type_ in _TIME_ENTS:
        index += 1  # "made clear Monday they have no plans to ..."
    if index >= sentence.end:
        return None
    token = sentence.doc[index]
    if token.lower_ == "that":
        return token.nbor(1) if index + 1 < sentence.end else None
    if token.is_punct or token.pos_ == "ADP":
        return None  # "made it clear, though ...", "made clear to them": nothing said here
    return token
