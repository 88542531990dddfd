"""A poll's finding told by a closing phrase: `X leads Y by five points in a new poll`.

`The mayor is ahead of her rival in a survey released Monday` gives the survey's finding:
the main clause, from its subject, is what the poll found. Only a phrase `in` + one poll
or named polls (`in a poll`, `in the latest survey`, `in national polls`; not the bare
standing of `in the polls`) after the clause's verb counts, hanging on that verb or on its
object (`has a clear lead in a new poll`); and only when the clause is the sentence's own
(not a relative clause, `the mayor, who leads in a poll, said ...`), is not about the
poll itself (`The poll was taken in May`) and makes no report of its own (`She said in a
survey that ...` is read at `said`). An average of polls counts as a poll (`in the
Herald's average of county polls`). The phrase may also hang on the main clause's subject
(`Her approval rating in the latest poll stands at 53 percent`) or stand between the subject
and its verb (`Her lead, in a poll last month, has vanished`): the whole clause is the
finding. The phrase may hang a few words below the verb (`clustered near 10 percent of
the vote in state surveys`). The opening form, `In a poll, ...`, is perspective.py's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk
from reader.quotes.reach import Attribution, sentence_span, trimmed

_POLL_NOUNS = frozenset({"poll", "survey"})
_PLURAL_POLL_NOUNS = frozenset({"polls", "surveys"})
_POOLED = frozenset({"average", "aggregate"})  # of polls
_NAMING = frozenset({"amod", "compound", "nmod"})
# Sentence selection: `in` and, within a few words, a poll noun (see sentences.py).
CLOSING = re.compile(r"\bin\s(?:[^,.;:]{0,60}\s)?(?:poll|survey)s?\b", re.IGNORECASE)
# The links climbed from the phrase up to its verb: objects, prepositions, modifiers.
_CLIMB = frozenset({"dobj", "pobj", "prep", "attr", "advmod", "npadvmod", "acomp"})
_MAX_CLIMB = 6
_MAIN_CLAUSE = frozenset({"ROOT", "conj"})


def poll_finding(chunk: ParsedChunk, sentence: SpacySpan, word: Token) -> Attribution | None:
    """The clause a closing `in a poll` phrase credits to the poll, if any."""
    if word.lower_ != "in" or word.dep_ != "prep":
        return None
    poll = next((c for c in word.children if c.dep_ == "pobj"), None)
    if poll is None or not _names_polls(poll):
        return None
    bounds = _closing_bounds(sentence, word) or _subject_bounds(word)
    if bounds is None:
        return None
    first, last = bounds
    content = trimmed(chunk, first, last)
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(word),
        speaker=mention_from_token(chunk, poll),
        content=content,
        sentence=sentence_span(chunk, sentence),
        frame="poll",
    )


def _closing_bounds(sentence: SpacySpan, word: Token) -> tuple[Token, Token] | None:
    """`X leads Y by five points in a new poll`: the clause before the phrase."""
    verb = _clause_verb(word)
    if verb is None or verb.i > word.i or _reports(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i < sentence.start:
        return None
    if subject.lower_ in _POLL_NOUNS:
        return None  # "The poll was taken in May": about the poll, not its finding
    first, last = subject.left_edge, word.nbor(-1)
    return (first, last) if first.i < last.i else None


def _subject_bounds(word: Token) -> tuple[Token, Token] | None:
    """`Her approval rating in the latest poll stands at 53 percent`: the phrase says where
    the main clause's subject was measured; the whole clause is the finding. So when the
    phrase hangs on the verb but stands between it and its subject (`Her lead over Ruiz, in
    a poll last month, has vanished`)."""
    verb = word.head if word.head.pos_ in ("VERB", "AUX") else word.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > word.i or verb.dep_ not in _MAIN_CLAUSE:
        return None
    if verb.i < word.i or verb.pos_ not in ("VERB", "AUX") or _reports(verb):
        return None
    return subject.left_edge, verb.right_edge


def _reports(verb: Token) -> bool:
    return cues().verb_for(verb.lemma_, verb.text) is not None


def _names_polls(poll: Token) -> bool:
    """One poll (`a new poll`, `the latest survey`), named polls (`national polls`,
    `New Hampshire surveys`) or an average of polls; never the bare standing of `in the
    polls`."""
    low = poll.lower_
    if low in _POLL_NOUNS:
        return True
    if low in _POOLED:  # "in the Herald's average of county polls"
        of = next((c for c in poll.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        polls = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return polls is not None and polls.lower_ in _POLL_NOUNS | _PLURAL_POLL_NOUNS
    return low in _PLURAL_POLL_NOUNS and any(c.dep_ in _NAMING for c in poll.children)


def _clause_verb(word: Token) -> Token | None:
    """The verb of the sentence's own clause that the phrase hangs on, if it does."""
    token = word
    for _ in range(_MAX_CLIMB):
        if token.dep_ not in _CLIMB or token.head is token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token if token.dep_ in _MAIN_CLAUSE else None
    return None
