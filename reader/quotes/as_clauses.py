"""`Prices rose in May, as the bureau reported.`: a trailing `as`-clause credits the clause it
hangs on.

The parser makes the cue an adverbial clause (marked by "as") of the verb before it. With no
complement of its own and a named source (its subject, or the agent of `as first reported
by X`), the cue reports that verb's clause, from its start to the comma (or dash) setting
"as" off. Without that comma "as" is mostly of time or cause (`it comes as rivals call for
...`), and a cue with its own object is another sense (`fell as the bank reported losses`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import cues

_OWN_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "oprd", "dative"})
_SOURCES = frozenset({"nsubj", "agent"})
_SETTING_OFF = frozenset({",", "-", "—", "–", "--"})


def trailing_as_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    """The first and last token of the clause a trailing `as X reported` credits, or None."""
    head = cue.head
    if cue.dep_ not in ("advcl", "parataxis") or head.i >= cue.i or head.i < sentence.start:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.i < cue.i), None)
    if mark is None or mark.lower_ != "as" or mark.i != cue.left_edge.i:
        return None
    if mark.i == sentence.start or mark.nbor(-1).text not in _SETTING_OFF:
        return None  # "it comes as rivals call for ...": "as" of time or cause
    if cues().verb_for(head.lemma_, head.text) is not None:
        return None  # `"...," she said, as recalled by X`: the head reports on its own
    if any(c.dep_ in _OWN_COMPLEMENTS for c in cue.children):
        return None
    if not any(c.dep_ in _SOURCES for c in cue.children):
        return None
    while head.dep_ in ("xcomp", "acomp") and head.head.i < head.i:
        head = head.head  # "started buying ad time, as ...": the whole clause
    first = head.left_edge
    last = mark.nbor(-1) if mark.i > sentence.start else mark
    while last.i > first.i and last.is_punct:
        last = last.nbor(-1)
    return (first, last) if last.i > first.i else None
