"""The passive of an object verb with its `by` agent: `The plan was embraced by the unions`,
`His attacks on the press have been echoed by his followers`, `a rift documented by the
auditors`.

What the verb is said of (the passive's subject, or the noun a participle describes) is
the content and the agent holds it, as for the cue verbs of cues.json (positions.py). With
no agent nobody is named as holding it (`The plan was embraced`), so there is no claim;
the judgments with what completes them (`was criticised for ...`, objects.json `passives`)
are judged.py's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import CueVerb
from reader.quotes.object_bounds import enough_words
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.positions import passive_object
from reader.quotes.reach import Attribution

_OBJECT_FRAMES = frozenset({"object", "topic"})


def agent_passives(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    """The claims of the object verbs' passives with an agent in the sentence."""
    for cue in sentence:
        verb = _object_verb(cue)
        if verb is None or not any(c.dep_ == "agent" for c in cue.children):
            continue
        if chunk.quoted(cue, marked):
            continue  # the quoted speaker's own word
        found = passive_object(chunk, sentence, cue, verb, marked)
        if found is not None and _shows_something(chunk, found):
            yield replace(found, frame=frame)


def _shows_something(chunk: ParsedChunk, found: Attribution) -> bool:
    """`The mayor was thanked by ...`: as for the active verb (`thanked the mayor`), what is
    said of must run to `MIN_WORDS` words to show a reader anything."""
    content = found.content
    if content is None:
        return False
    return enough_words(chunk.text_of(content))


def _object_verb(cue: Token) -> CueVerb | None:
    """The verb as a cue with an object, when objects.json reads its object and judged.py
    does not read its passive."""
    if cue.tag_ != "VBN" or cue.pos_ != "VERB":
        return None
    words = object_words()
    found = words.verb_for(cue.lemma_, cue.text)
    if found is None or found.frames.isdisjoint(_OBJECT_FRAMES) or found.particle:
        return None
    if found.lemma in words.passives or found.lemma in words.naming:
        return None
    return CueVerb(found.lemma, frozenset({"dobj"}), person_subject=False)
