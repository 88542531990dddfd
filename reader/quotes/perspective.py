"""Whose view a sentence gives by its opening phrase: `For X, ...` and `In a poll, ...`.

`For the fishermen, the new quota is a disaster` gives the fishermen's view, and `In a
survey released Monday, most residents backed the plan` the survey's finding: the clause
after the comma is what X holds or the survey found. Only an opening phrase counts, ending
in a comma, naming a person or group (`For the mayor`, `For Republicans`; never `For
years`, `For example`) or a source noun of cues.json (`In a poll`); and only when the
clause makes no report of its own (`For now, she said ...` is read at `said`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues, people
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over, reported_end

# Sentence selection: an opening `For ...,` or `In ...,` phrase (see sentences.py).
OPENING = re.compile(r"\W*(?:(?:but|and)\s+)?(?:for|in)\s[^,.;:]{1,80},", re.IGNORECASE)

_NOT_PEOPLE_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE", "LOC", "FAC"}
)
_PERSONAL = frozenset({"him", "her", "them", "me", "us", "many", "some", "others"})
_OPENERS = frozenset({"but", "and"})


def opening_attribution(
    chunk: ParsedChunk, sentence: SpacySpan, word: Token, marked: SpanIndex
) -> Attribution | None:
    """The view or finding an opening `For X,` / `In a poll,` phrase credits, if any."""
    if not _opens_sentence(sentence, word):
        return None
    holder = next((c for c in word.children if c.dep_ == "pobj"), None)
    if holder is None:
        return None
    comma = holder.right_edge.nbor(1) if holder.right_edge.i + 1 < sentence.end else None
    if comma is None or comma.text != "," or comma.i + 1 >= sentence.end:
        return None
    if word.lower_ == "for" and not _is_person(holder):
        return None
    if word.lower_ == "in" and holder.lower_ not in cues().source_nouns:
        return None
    verb = word.head
    if verb.i <= comma.i or _reports_itself(verb):
        return None
    first = comma.nbor(1)
    last = reported_end(sentence, word, first, marked, chunk)
    if last is None:
        return None
    return attribution_over(chunk, sentence, word, holder, first, last, frame="opening")


def _opens_sentence(sentence: SpacySpan, word: Token) -> bool:
    before = [t for t in sentence[: word.i - sentence.start] if not t.is_punct]
    return not before or (len(before) == 1 and before[0].lower_ in _OPENERS)


def _is_person(holder: Token) -> bool:
    phrase = list(holder.subtree)
    if any(t.ent_type_ in _NOT_PEOPLE_ENTS for t in phrase):
        return False
    if holder.ent_type_ in ("PERSON", "NORP", "ORG") or holder.pos_ == "PROPN":
        return True
    low = holder.lower_
    words = people()
    singular = low[:-1] if low.endswith("s") else low
    if low in words.group_nouns or singular in words.role_nouns or low in words.role_nouns:
        return True
    return holder.pos_ == "PRON" and low in _PERSONAL


def _reports_itself(verb: Token) -> bool:
    """The main clause is a report of its own (`For now, the mayor said ...`)."""
    return cues().verb_for(verb.lemma_, verb.text) is not None
