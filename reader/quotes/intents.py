"""Intentions to act, held by a person or group.

Weighing an act: `She is considering running for the seat`, `The union is mulling whether
to strike`, `The city is weighing how to pay for it`: the gerund or the `whether`/`how`
clause right after the verb is what its subject weighs doing (intents.json `weighing`; with
a noun-phrase object, `is mulling a strike`, mull and contemplate are objects.json verbs).
Not the passive (`is considered a leader`: a view held of the subject, hedges.json).

Expecting to act: `Democrats expect to win the seat`, `a fight it expects to last`: the
to-infinitive right after an active verb of expecting (intents.json `expecting`) is what its
subject foresees or means to do. Not the participle (`a year expected to bring record
turnout`) nor the passive (`is expected to win`): hedges with no named source.

Weighing a thing: `The council is considering a ban on the fines`: a verb of weighing
(intents.json `weighing_objects`) in the progressive with a plain noun-phrase object names
what its subject weighs; not with a predicate after it (`is considering him a rival`: a
view of him).

Will after a noun: `firms willing to open offices`, `voters reluctant to give up`: an
adjective of will after the noun it describes, with its infinitive, is the stance of the
people the noun names (intents.json `after_noun`, read by stances.py); the holder's mention
stops before the adjective.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.frames import gerund_object
from reader.quotes.lexicon import read_json, regular_forms
from reader.quotes.object_bounds import may_speak
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over, reported_end
from reader.quotes.subjects import speaker_token

_ASKING = frozenset({"whether", "how", "if"})
_PASSIVE = frozenset({"nsubjpass", "auxpass"})
_PREDICATES = frozenset({"oprd", "ccomp", "xcomp", "attr", "acomp"})


@cache
def after_noun_words() -> frozenset[str]:
    """Adjectives of will read after their noun (`firms willing to move`)."""
    return frozenset(read_json("intents.json")["after_noun"])


@cache
def weighing_words() -> frozenset[str]:
    """Verbs of weighing an act (`is considering running`)."""
    return frozenset(read_json("intents.json")["weighing"])


@cache
def expecting_words() -> frozenset[str]:
    """Verbs whose to-infinitive is what their subject expects (`expect to win`)."""
    return frozenset(read_json("intents.json")["expecting"])


@cache
def weighing_objects() -> frozenset[str]:
    """Verbs of weighing whose plain object in the progressive is weighed (`is considering
    a ban`)."""
    return frozenset(read_json("intents.json")["weighing_objects"])


@cache
def intent_forms() -> frozenset[str]:
    """The lower-case words that may start an intention, to choose sentences to parse."""
    lemmas = weighing_words() | expecting_words()
    return frozenset().union(*(regular_forms(lemma) for lemma in lemmas))


def weighed_report(
    chunk: ParsedChunk, sentence: SpacySpan, token: Token, marked: SpanIndex
) -> Attribution | None:
    """What the subject of `token` weighs or expects doing, if `token` is a verb of weighing
    or expecting."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in weighing_words() | expecting_words():
        return None
    if any(c.dep_ in _PASSIVE for c in token.children):
        return None  # "is considered a leader": a view held of the subject
    if lemma in expecting_words():
        bounds = _expected_act(token)
    else:
        bounds = gerund_object(token) or _weighed_question(token) or _weighed_thing(token)
    subject = speaker_token(token)
    if bounds is None or subject is None or not may_speak(subject):
        return None
    if chunk.quoted(subject, marked):
        return None
    first, last = bounds
    end = reported_end(sentence, token, first, marked, chunk)
    if end is None:
        return None
    last = min(last, end, key=_index)
    # framed as an object (`opposes raising it`): it does not outrank an `according to`
    return attribution_over(chunk, sentence, token, subject, first, last, frame="dobj")


def _weighed_question(verb: Token) -> tuple[Token, Token] | None:
    """`contemplate whether it is possible`, `is weighing how to respond`."""
    for child in verb.children:
        first = child.left_edge
        if child.dep_ in ("ccomp", "xcomp") and first.i == verb.i + 1 and first.lower_ in _ASKING:
            return first, child.right_edge
    return None


def _expected_act(verb: Token) -> tuple[Token, Token] | None:
    """`expect to win`: the to-infinitive right after an active verb with its own subject."""
    if verb.dep_ in ("acl", "amod") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "a year expected to bring record turnout": a hedge, no one's view
    for child in verb.children:
        first = child.left_edge
        if child.dep_ == "xcomp" and first.i == verb.i + 1 and first.lower_ == "to":
            return first, child.right_edge
    return None


def _weighed_thing(verb: Token) -> tuple[Token, Token] | None:
    """`is considering a ban on fines`: a progressive verb of weighing with a plain object."""
    if verb.lemma_.lower() not in weighing_objects():
        return None  # "are weighing their options": weighing a thing is not always an act
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return None
    if any(c.dep_ in _PREDICATES for c in verb.children):
        return None  # "is considering him a rival": a view of him
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    return (obj.left_edge, obj.right_edge) if obj is not None else None


def held_after_noun(
    chunk: ParsedChunk, sentence: SpacySpan, adjective: Token, marked: SpanIndex, holder: Token
) -> Attribution | None:
    """`firms willing to open offices`: the infinitive, held by `holder` (the noun the
    adjective follows), whose mention ends before the adjective."""
    act = next(
        (
            c
            for c in adjective.children
            if c.dep_ == "xcomp" and c.i > adjective.i and c.left_edge.lower_ == "to"
        ),
        None,
    )
    if act is None or adjective.lower_ not in after_noun_words() or not may_speak(holder):
        return None
    last = reported_end(sentence, adjective, act.left_edge, marked, chunk)
    if last is None:
        return None
    last = min(last, act.right_edge, key=_index)
    found = attribution_over(chunk, sentence, adjective, holder, act.left_edge, last, "ccomp")
    if found is None or found.speaker is None:
        return found
    cut = chunk.token_span(adjective).start
    mention = found.speaker
    if mention.span.end <= cut:
        return found
    text = mention.text[: cut - mention.span.start].rstrip(" ,")
    name = mention.name
    if name is not None and name.startswith(text):
        name = text
    shorter = replace(mention, span=Span(mention.span.start, mention.span.start + len(text)))
    return replace(found, speaker=replace(shorter, text=text, name=name))


def _index(token: Token) -> int:
    return token.i
