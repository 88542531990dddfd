"""A cue verb the tagger read as an adjective: `Ruiz accused Lee of lying` parsed like `the
accused man`, `Ruiz dismissed critics who ...` like `dismissed critics`; or as a participle
on the subject: `Holt, who has seen a surge, named X as his pick` like `a man named X`.

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
_NOUNS = frozenset({"NOUN", "PROPN"})


def misread_claim(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, marked: SpanIndex, frame: str
) -> Attribution | None:
    """The claim of `cue` when it is such a verb, or None."""
    if cue.pos_ != "VERB" or cue.dep_ not in ("amod", "acl") or _finite_root(sentence):
        return None  # the sentence has its verb
    if cue.i == sentence.start or cue.i + 1 >= sentence.end or cue.nbor(1).pos_ == "ADP":
        return None  # nothing before the verb, or no object after it (`named as ...`)
    name = _speaker(cue, sentence)
    if name is None or not _reads_object(cue) or chunk.quoted(cue, marked):
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


def _speaker(cue: Token, sentence: SpacySpan) -> Token | None:
    """The name before the verb read as an adjective of its object (`Trump accused Cruz`),
    or the sentence's root noun the verb was hung on as a participle (`Holt, who ..., named
    X as ...`)."""
    if cue.dep_ == "amod" and cue.tag_ == "VBN":
        name = cue.nbor(-1)
        return name if name.pos_ == "PROPN" else None
    head = cue.head
    if cue.dep_ == "acl" and head.i == sentence.root.i < cue.i and head.pos_ in _NOUNS:
        return head
    return None


def _finite_root(sentence: SpacySpan) -> bool:
    """The sentence's root is a finite verb or has an auxiliary: it has its verb. A noun
    (`Trump accused Cruz` read as one) or an opening participle (`Opening the day ...,`)
    at the root leaves the sentence without one."""
    root = sentence.root
    if root.tag_ in _FINITE:
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in root.children)


def _reads_object(verb: Token) -> bool:
    """The verb takes what was said as its object, or (an `as` frame) with what the object
    is described as after it: `named X as his pick`, not `named X in a list`."""
    own = object_words().verb_for(verb.lemma_, verb.text)
    listed = cues().verbs.get(verb.lemma_.lower())
    frames = (own.frames if own else frozenset()) | (listed.frames if listed else frozenset())
    if "object" in frames or "dobj" in frames:
        return True
    described = any(t.lower_ == "as" for t in verb.doc[verb.i + 1 : verb.sent.end])
    return "as" in frames and described
