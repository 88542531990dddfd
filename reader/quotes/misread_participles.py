"""A cue verb the tagger read as an adjective: `Ruiz accused Lee of lying` parsed like `the
accused man`, `Ruiz dismissed critics who ...` like `dismissed critics`.

The small parser sometimes takes a name, a past-tense verb and its object for one noun
phrase: the verb becomes a participle (`VBN`) modifying the object's noun, and the
sentence has no finite verb at its root. When the verb takes what was said as its object (an
object verb of objects.json, or a cue whose frame in cues.json is its object) and a name
comes right before it, the name is the speaker and the rest of the sentence is what was
said, as in the sentence the parser missed.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.object_bounds import trimmed_content
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, sentence_span

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT_FRAMES = frozenset({"object", "as"})
_CUE_OBJECT_FRAMES = frozenset({"dobj", "as"})


def misread_claim(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, marked: SpanIndex, frame: str
) -> Attribution | None:
    """The claim of `cue` when it is such a verb, or None."""
    if cue.dep_ != "amod" or cue.tag_ != "VBN" or cue.pos_ != "VERB":
        return None
    if _finite_root(sentence) or cue.i == sentence.start or cue.i + 1 >= sentence.end:
        return None  # the sentence has its verb, or nothing before or after the participle
    name = cue.nbor(-1)
    if name.pos_ != "PROPN" or not _reads_object(cue) or chunk.quoted(cue, marked):
        return None
    content = trimmed_content(chunk, cue.nbor(1), sentence[-1])
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=mention_from_token(chunk, name),
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame=frame,
    )


def _finite_root(sentence: SpacySpan) -> bool:
    """The sentence's root is a finite verb or has an auxiliary: it has its verb. A noun
    (`Trump accused Cruz` read as one) or an opening participle (`Opening the day ...,`)
    at the root leaves the sentence without one."""
    root = sentence.root
    if root.tag_ in _FINITE:
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in root.children)


def _reads_object(verb: Token) -> bool:
    own = object_words().verb_for(verb.lemma_, verb.text)
    if own is not None and not own.frames.isdisjoint(_OBJECT_FRAMES):
        return True
    listed = cues().verbs.get(verb.lemma_.lower())
    return listed is not None and not listed.frames.isdisjoint(_CUE_OBJECT_FRAMES)
