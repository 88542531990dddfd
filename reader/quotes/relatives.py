"""Reports whose content is the noun a relative clause describes.

`The remarks the mayor made about the port` is no report, but `the things the mayor said
about the port`, `the sort of change the union warned about`, `the kind of deal the council
had expected` and `a tax rejected by the assembly` each say what somebody said, expected or
judged: the relative clause's verb is a cue, its subject (or its passive's agent) is the
holder, and the noun the clause hangs on is what was said, because the clause's gap is the
cue's object (`that`/`which`/nothing where the object would be, or a preposition left
standing at its end: `warned about`, `pointed to`).

Only the verbs of the two lexicons whose object is what is said count (cues.json, minus the
verbs addressing a listener, whose object is the person told; objects.json's object and
preposition frames), and not those whose object is mostly a thing seen, kept or done (`the
car she saw`, `the bill he signed`: relatives.json).
The clause must leave the cue's object empty: `the voters who backed her` has its gap in the
subject, `the mayor, who said that ...` reports its own clause (`indirect` reads it). The noun
is neither a person, a place nor a time (`the aides she told`, `the day he said it`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.lexicon import cues, people, read_json
from reader.quotes.mentions import mention_from_token
from reader.quotes.object_bounds import is_passive, may_speak, trimmed_content
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex, in_each_sentence
from reader.quotes.reach import Attribution, sentence_span

FRAME = "relative"  # Attribution.frame of what this module finds

_RELATIVE_WORDS = frozenset({"that", "which", "whom", "who"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "acomp"})
_NOT_CONTENT_ENTS = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "NORP"})
_CUE_OBJECT_FRAMES = frozenset({"dobj", "ccomp", "as", "oprd"})
_OBJECT_FRAMES = frozenset({"object", "as", "content"})


@dataclass(frozen=True, slots=True)
class RelativeWords:
    not_said: frozenset[str]  # cue verbs whose object is seen, kept or done: see, sign
    stranded: frozenset[str]  # prepositions a speech verb leaves at the clause end: about
    not_content: frozenset[str]  # head nouns that are no content: day, way, people


@cache
def relative_words() -> RelativeWords:
    data = read_json("relatives.json")
    return RelativeWords(
        frozenset(data["not_said"]), frozenset(data["stranded"]), frozenset(data["not_content"])
    )


def relative_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    """The relative-clause reports of the parsed chunks (not headlines)."""
    return in_each_sentence([c for c in chunks if not c.is_headline], marked, _sentence_relatives)


def _sentence_relatives(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    for token in sentence:
        if token.dep_ not in ("relcl", "acl") or token.pos_ != "VERB":
            continue
        if chunk.quoted(token, marked):
            continue  # a cue inside a quote belongs to the quoted speaker's own words
        found = _relative_report(chunk, sentence, token)
        if found is not None:
            yield found


def _relative_report(chunk: ParsedChunk, sentence: SpacySpan, cue: Token) -> Attribution | None:
    head = cue.head
    if head.i > cue.i or not _content_noun(head):
        return None
    passive = _passive(cue)
    holder = _agent(cue) if passive else _active_holder(cue)
    if holder is None or not _holder_speaks(holder):
        return None
    stranded = _stranded_prep(cue)
    if stranded is None and not (_object_gap(cue) and _says_object(cue, passive)):
        return None
    if stranded is not None and not _says_about(cue, stranded):
        return None
    first = _content_start(head)
    last = _content_end(head, cue)
    if last is None:
        return None
    content = trimmed_content(chunk, first, last)
    if content is None:
        return None
    cue_end = stranded if stranded is not None else cue
    return Attribution(
        cue=Span(chunk.token_span(cue).start, chunk.token_span(cue_end).end),
        speaker=mention_from_token(chunk, holder),
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame=FRAME,
    )


def _content_noun(head: Token) -> bool:
    """A noun that can be what was said: not a person, place or time, nor a pronoun that
    stands for one (`those who`, `someone she knew`)."""
    if head.pos_ not in ("NOUN", "PRON") or head.ent_type_ in _NOT_CONTENT_ENTS:
        return False
    low = head.lower_
    singular = low.removesuffix("s")
    words = people()
    if words.names_people(low, head.lemma_.lower()) or {low, singular} & words.titles:
        return False
    return not {low, singular} & relative_words().not_content


def _passive(cue: Token) -> bool:
    return is_passive(cue) or (cue.dep_ == "acl" and cue.tag_ == "VBN")


def _agent(cue: Token) -> Token | None:
    """`a tax rejected by the assembly`: the agent's object holds the judgment."""
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _active_holder(cue: Token) -> Token | None:
    """The clause's own subject, when it is not the relative word (`the voters who backed
    her`: the gap is the subject)."""
    if cue.dep_ != "relcl":
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVE_WORDS or subject.tag_ in ("WDT", "WP"):
        return None
    return subject


def _holder_speaks(holder: Token) -> bool:
    return may_speak(holder) and holder.pos_ in ("NOUN", "PROPN", "PRON")


def _object_gap(cue: Token) -> bool:
    """Nothing fills the cue's object but a relative word: `the plan (that) she backed`."""
    for child in cue.children:
        if child.dep_ in _OBJECT_DEPS and not (child.tag_ in ("WDT", "WP") and child.i < cue.i):
            return False
    return True


def _stranded_prep(cue: Token) -> Token | None:
    """`the change the union warned about`: a preposition after the cue, with no object."""
    for child in cue.children:
        if child.dep_ == "prep" and child.i > cue.i and not list(child.children):
            return child
    return None


def _says_object(cue: Token, passive: bool) -> bool:
    """A cue whose object is what was said, judged or hoped for. A passive's subject is
    what the verb's object frame names (`a deal rejected by ...`), not a clause (`a show
    written by ...` is a work, not words reported)."""
    words = relative_words()
    lemma = cue.lemma_.lower()
    if lemma in words.not_said:
        return False
    verb = cues().verb_for(lemma, cue.text)
    if verb is not None and lemma not in cues().listener_passives:
        frames = _CUE_OBJECT_FRAMES - {"ccomp"} if passive else _CUE_OBJECT_FRAMES
        return not verb.frames.isdisjoint(frames)
    spoken = object_words().verb_for(lemma, cue.text)
    return spoken is not None and not spoken.frames.isdisjoint(_OBJECT_FRAMES)


def _says_about(cue: Token, prep: Token) -> bool:
    """`warned about`, `referred to`: a cue verb with a preposition of its subject matter."""
    lemma = cue.lemma_.lower()
    preposition = prep.lower_
    verb = cues().verb_for(lemma, cue.text)
    if verb is not None and (preposition in verb.preps or preposition in relative_words().stranded):
        return True
    spoken = object_words().verb_for(lemma, cue.text)
    return spoken is not None and preposition in spoken.preps


def _content_start(head: Token) -> Token:
    """`the sort of change ...`: a noun under `of` is part of the noun it qualifies."""
    top = head
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head
    first = top.left_edge
    while first.i < top.i and (first.dep_ in ("advmod", "cc", "preconj") or first.is_punct):
        first = first.nbor(1)  # "exactly the kind of ...": the adverb is the writer's
    return first


def _content_end(head: Token, cue: Token) -> Token | None:
    """The noun phrase up to the relative clause (its relative word left out)."""
    start = cue.left_edge
    if start.i <= head.i:
        return None
    end = head.doc[start.i - 1]
    while end.i > head.i and (end.is_punct or end.lower_ in _RELATIVE_WORDS):
        end = end.nbor(-1)
    return end
