"""Claims named by a speech-act noun whose speaker is in the noun's own phrase: `the
mayor's criticism of the budget`, `his call for a recount`, `an account of the crash by the
pilot`. What was said is the object of the noun's preposition; the speaker is the possessor
(a pronoun too: `her support for ...`) or the `by` agent. The nouns and their prepositions
are objects.json `owned_nouns`. A noun naming the speaker by their stance (`agent_nouns`:
`Ruiz is a critic of the plan`, `Ruiz, a critic of the plan,`) credits the person it
describes.

A noun nobody owns says nothing about who spoke (`calls for a recount grew`), and an owner
that cannot speak (`Ohio's support for ...`, a place) is no speaker; the content must run
to `object_bounds.MIN_WORDS` words, as every noun-phrase claim's must.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.called_for import for_clause, for_infinitive_end
from reader.quotes.object_bounds import (
    before_result_clause,
    lone_pronoun,
    may_speak,
    noun_claim,
    phrase_end,
    prep_object,
    trimmed_content,
)
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution
from reader.quotes.subjects import find_speaker_token

# Possessives that name nobody: "whose" needs its clause's antecedent, "its" a thing.
_NO_OWNERS = frozenset({"whose", "its", "one", "one's"})
_PERSONAL = frozenset({"his", "her", "their", "my", "our", "your"})
_HELD_IN = frozenset({"with", "in"})  # "with criticism of ...", "in hopes of ..."


def owned_claims(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex, frame: str
) -> Iterator[Attribution]:
    words = object_words()
    for noun in sentence:
        if noun.pos_ != "NOUN" or chunk.quoted(noun, marked):
            continue  # a noun inside a quote belongs to the quoted speaker's own words
        lemma = noun.lemma_.lower()
        if lemma in words.owned:
            owner = _owner(noun)
            if lemma in words.by_people and not _is_person(owner):
                continue  # "the army's attack on the town" is no claim
            found = _claim(chunk, sentence, noun, words.owned[lemma], owner, marked)
        elif lemma in words.agents:
            found = _claim(chunk, sentence, noun, words.agents[lemma], _described(noun), marked)
        else:
            continue
        if found is not None:
            yield replace(found, frame=frame)


def _claim(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    noun: Token,
    preps: frozenset[str],
    owner: Token | None,
    marked: SpanIndex,
) -> Attribution | None:
    if owner is None or not may_speak(owner) or chunk.quoted(owner, marked):
        return None
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i),
        None,
    )
    target = prep_object(prep)
    clause = for_clause(noun) if prep is None and "for" in preps else None
    if clause is not None:  # "their calls for the council to close it", `for` as a mark
        content = trimmed_content(chunk, *clause)
        mark = clause[0].nbor(-1)
        return noun_claim(chunk, sentence, (noun, mark), owner, content) if content else None
    if prep is None or target is None or lone_pronoun(target):
        return None  # "her criticism of him": nothing a reader could check
    last = for_infinitive_end(prep, phrase_end(noun, prep.right_edge))
    agent = _agent(noun)
    if agent is not None and prep.i < agent.i <= last.i:
        last = agent.nbor(-1)  # "criticism of the plan by the mayor": the agent is no content
    content = trimmed_content(chunk, target.left_edge, before_result_clause(target.left_edge, last))
    if content is None:
        return None
    return noun_claim(chunk, sentence, (noun, prep), owner, content)


def _owner(noun: Token) -> Token | None:
    """The possessor (`the mayor's`, `his`), the `by` agent (`a defence of it by the
    mayor`), or the subject of `have` (`has doubts about`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.lower_ in _NO_OWNERS else owner
    agent = _agent(noun)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return _holder(noun)


def owner_of(noun: Token) -> Token | None:
    """Who owns an `owned_nouns` noun, if the sentence names them."""
    return _owner(noun)


def _holder(noun: Token) -> Token | None:
    """Who `has` the noun (`The mayor has strong views on the plan`, `had doubts about`), or
    acts with it (`roused the crowd with criticism of ...`, `toured the state in hopes of
    ...`): the verb's subject."""
    verb = noun.head
    if any(c.lower_ == "no" for c in noun.children):
        return None
    if noun.dep_ == "dobj" and verb.lemma_ == "have":
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun.dep_ == "pobj" and verb.lower_ in _HELD_IN and verb.head.pos_ in ("VERB", "AUX"):
        return find_speaker_token(verb.head)
    return None


def _is_person(owner: Token | None) -> bool:
    """A named person or a personal pronoun (`his`, `her`, `their`)."""
    if owner is None:
        return False
    return owner.ent_type_ == "PERSON" or owner.lower_ in _PERSONAL


def _described(noun: Token) -> Token | None:
    """Who an agent noun describes: `[Ruiz] is a critic of ...`, `[Ruiz], a critic of ...`."""
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN"):
        return noun.head
    return None


def _agent(noun: Token) -> Token | None:
    """The noun's `by` phrase, on the noun or on the preposition's object (`criticism of the
    plan by the mayor`, which the parser may hang either way)."""
    for token in noun.subtree:
        if token.dep_ in ("prep", "agent") and token.lower_ == "by" and token.i > noun.i:
            head = token.head
            if head.i == noun.i or (head.dep_ == "pobj" and head.head.head.i == noun.i):
                return token
    return None
