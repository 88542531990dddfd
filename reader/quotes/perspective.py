"""Whose view a sentence gives by its opening phrase: `For X, ...`, `In a poll, ...`.

`For the fishermen, the new quota is a disaster` (or `To the fishermen, ...`) gives the
fishermen's view, and `In a survey released Monday, most residents backed the plan` the
survey's finding: the clause after the comma is what X holds or the survey found. So do a
count or a reasoning (`By the agency's tally, ...`) and a rule in force (`Under state law,
...`); their nouns are in openings.json, and the speaker is the noun's possessor when it has
one (`the agency`). Only an opening phrase counts, ending in a comma, naming a person or group (`For
the mayor`, `For Republicans`; never `For years`, `For example`) or one of those nouns;
and only when the clause makes no report of its own (`For now, she said ...` is read at
`said`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues, people, read_json
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over, reported_end

# Sentence selection: an opening `For ...,` or `In ...,` phrase (see sentences.py).
OPENING = re.compile(r"\W*(?:(?:but|and)\s+)?(?:for|in|to|by|under)\s[^,.;:]{1,80},", re.IGNORECASE)
OPENING_WORDS = frozenset({"for", "in", "to", "by", "under"})  # the prepositions read here

_NOT_PEOPLE_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE", "LOC", "FAC"}
)
_PERSONAL = frozenset({"him", "her", "them", "me", "us", "many", "some", "others"})
_OPENERS = frozenset({"but", "and"})
_PLACE_MODIFIERS = frozenset({"compound", "nmod"})  # "For Ohio voters": voters of a place


def opening_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, word: Token, marked: SpanIndex
) -> Attribution | None:
    """The view or finding an opening `For X,` / `In a poll,` phrase credits, if any."""
    if not _opens_sentence(sentence, word):
        return None
    holder = next((c for c in word.children if c.dep_ == "pobj"), None)
    if holder is None:
        return None
    comma = _closing_comma(sentence, holder)
    if comma is None or comma.i + 1 >= sentence.end:
        return None
    speaker = _speaker(word.lower_, holder)
    if speaker is None:
        return None
    verb = word.head
    if verb.i <= comma.i or _reports_itself(verb):
        return None
    first = _past_participle_aside(sentence, comma).nbor(1)
    last = reported_end(sentence, word, first, marked, chunk)
    if last is None:
        return None
    return attribution_over(chunk, sentence, word, speaker, first, last, frame="opening")


def _closing_comma(sentence: SpacySpan, holder: Token) -> Token | None:
    """The comma closing the phrase, past a time word the parser left out of it (`For most
    voters today,`)."""
    for token in sentence.doc[holder.right_edge.i + 1 : sentence.end]:
        if token.text == ",":
            return token
        if token.ent_type_ not in _TIME_ENTS:
            return None
    return None


def _past_participle_aside(sentence: SpacySpan, comma: Token) -> Token:
    """The comma that closes an aside about the poll the parser left out of the phrase
    (`In the new poll, conducted May 1-3, 40 percent ...`), else the phrase's own comma."""
    if comma.i + 1 >= sentence.end or not _participle(comma.nbor(1)):
        return comma
    for token in sentence.doc[comma.i + 2 : min(sentence.end - 1, comma.i + _ASIDE_TOKENS)]:
        if token.text == ",":
            return token
    return comma


def _participle(token: Token) -> bool:
    """`conducted`, `released`: a participle, or a past form with no subject of its own."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return token.tag_ == "VBN" or (token.tag_ == "VBD" and not subject)


def _speaker(word: str, holder: Token) -> Token | None:
    """Who the opening credits: the person of `For X`/`To X`, the source of `In a poll`, the
    owner (or else the noun) of a count or a rule."""
    if word in ("for", "to"):
        return holder if _is_person(holder) else None
    lemma = holder.lemma_.lower()
    nouns = opening_nouns().get(word, frozenset())
    if word == "in":
        return holder if lemma in cues().source_nouns else None
    if lemma not in nouns and holder.lower_ not in nouns:
        return None
    owner = next((c for c in holder.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.lower_ not in _NO_OWNERS else holder


_NO_OWNERS = frozenset({"its", "whose"})
_ASIDE_TOKENS = 12  # the longest aside after the phrase: ", conducted May 1-3 by Gallup,"
_TIME_ENTS = frozenset({"DATE", "TIME"})


@cache
def opening_nouns() -> dict[str, frozenset[str]]:
    """openings.json: the nouns of each preposition's opening."""
    data = read_json("openings.json")
    return {word: frozenset(nouns) for word, nouns in data.items() if not word.startswith("_")}


def _opens_sentence(sentence: SpacySpan, word: Token) -> bool:
    before = [t for t in sentence[: word.i - sentence.start] if not t.is_punct]
    return not before or (len(before) == 1 and before[0].lower_ in _OPENERS)


def _is_person(holder: Token) -> bool:
    """A person or group: the noun itself (`voters` of `For Ohio voters`) is no place,
    date or number, nor anything before it (`For two decades`, `For the first time`)."""
    before = [t for t in holder.subtree if t.i <= holder.i]
    if any(t.ent_type_ in _NOT_PEOPLE_ENTS for t in before if t.dep_ not in _PLACE_MODIFIERS):
        return False
    if holder.ent_type_ in _NOT_PEOPLE_ENTS:
        return False
    if holder.ent_type_ in ("PERSON", "NORP", "ORG") or holder.pos_ == "PROPN":
        return True
    low = holder.lower_
    if people().names_people(low, holder.lemma_.lower()):
        return True
    return holder.pos_ == "PRON" and low in _PERSONAL


def _reports_itself(verb: Token) -> bool:
    """The main clause is a report of its own (`For now, the mayor said ...`, `To her
    credit, she praised the crews`)."""
    if cues().verb_for(verb.lemma_, verb.text) is not None:
        return True
    return object_words().verb_for(verb.lemma_, verb.text) is not None
