"""Which side a holder takes, said with a prepositional phrase after `be`: `The union is
in favor of a shorter week`, `The governors are against expanding the program`, `Most
members were in support of the new code`, `The council is on board with the tram plan`.

What the side is taken on is the object of the last preposition; the holder is the
subject of `be` (or of `remain`, `stay`), a source as for the adjectives of `attitudes`.
The phrases are a closed class of the grammar, kept here: a noun of a side with its
preposition (`in favor of`, `in opposition to`), and `against`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.attitude_holders import linking_holder
from reader.quotes.object_bounds import (
    before_result_clause,
    lone_pronoun,
    noun_claim,
    phrase_end,
    prep_object,
    speaking_for,
    trimmed_content,
)
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution

# the noun of a side after `in` / `on`, with the preposition of what the side is on
_SIDE_NOUNS = {
    "in": {"favor": "of", "favour": "of", "support": "of", "opposition": "to"},
    "on": {"board": "with"},
}
_AGAINST = "against"
_LINKING = frozenset({"be", "remain", "stay"})  # "are against", "remained in favor of"
# to choose sentences to parse: a form of a linking verb shortly before the phrase
_LINKING_FORMS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "remain",
        "remains",
        "remained",
        "stay",
        "stays",
        "stayed",
        "s",
        "re",
    }
)
_OPENING_WORDS = frozenset({_AGAINST, *_SIDE_NOUNS})
_SIDE_REACH = 3  # words from the verb to the phrase, inclusive: "is firmly in favor"


def may_take_side(words: list[str]) -> bool:
    """Whether a sentence's words may hold a side taken (`are against`, `is in favor of`),
    to choose sentences to parse: the words alone are too common."""
    lowered = [w.lower() for w in words]
    for index, word in enumerate(lowered):
        if word not in _OPENING_WORDS:
            continue
        if word != _AGAINST and (
            index + 1 >= len(lowered) or lowered[index + 1] not in _SIDE_NOUNS[word]
        ):
            continue
        if any(w in _LINKING_FORMS for w in lowered[max(0, index - _SIDE_REACH) : index]):
            return True
    return False


def side_claims(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    marked: SpanIndex,
    frame: str,
) -> Iterator[Attribution]:
    for verb in sentence:
        if verb.lemma_.lower() not in _LINKING or chunk.quoted(verb, marked):
            continue
        for opening in verb.children:
            if opening.dep_ != "prep" or opening.i < verb.i:
                continue
            last_prep = _side(opening)
            if last_prep is None:
                continue
            found = _claim(chunk, sentence, opening, last_prep, marked)
            if found is not None:
                yield replace(found, frame=frame)


def _side(opening: Token) -> Token | None:
    """The preposition whose object the side is taken on: `against` itself, or the `of` of
    `in favor of`."""
    if opening.lower_ == _AGAINST:
        return opening
    nouns = _SIDE_NOUNS.get(opening.lower_)
    noun = next((c for c in opening.children if c.dep_ == "pobj"), None)
    if nouns is None or noun is None or noun.lower_ not in nouns:
        return None
    if any(c.dep_ in ("det", "poss", "amod") for c in noun.children):
        return None  # "in the support of", "in strong support of": not the fixed phrase
    wanted = nouns[noun.lower_]
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == wanted), None)


def _claim(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    opening: Token,
    last_prep: Token,
    marked: SpanIndex,
) -> Attribution | None:
    holder = linking_holder(opening.head)
    target = prep_object(last_prep)
    if holder is None or target is None or lone_pronoun(target) or chunk.quoted(holder, marked):
        return None
    last = before_result_clause(target.left_edge, phrase_end(last_prep, last_prep.right_edge))
    content = trimmed_content(chunk, target.left_edge, last)
    if content is None:
        return None
    return noun_claim(chunk, sentence, (opening, last_prep), speaking_for(holder), content)
