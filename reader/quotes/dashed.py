"""Cues the parser reads across a dash.

A cue set off by a comma before its subject and a dash after it is an aside on what came
before: `Such a plan could hurt the farms, officials believe — farms the county needs`, or
`— that will not happen, the owners believe —`. The report is the words before the comma,
from the dash that opens the aside (or the sentence start); what follows the closing dash is
no report, though the parser may hang it on the cue as its clause.

A reported clause whose subject the parser took for the cue's object (`believe their work
for ten years, building trust, will win the vote`) starts at that object.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

_DASHES = frozenset({"—", "–", "--"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MIN_TOKENS = 3


def dashed_aside_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    """The words before `, SUBJECT CUE —`, back to an opening dash; None otherwise."""
    if cue.i + 1 >= sentence.end or cue.nbor(1).text not in _DASHES:
        return None
    subject = next((c for c in cue.children if c.dep_ in _SUBJECTS and c.i < cue.i), None)
    if subject is None or any(t.i > subject.right_edge.i for t in cue.lefts):
        return None
    if subject.right_edge.i != cue.i - 1 or subject.left_edge.i - 1 <= sentence.start:
        return None  # only the subject between the comma and the cue
    comma = cue.doc[subject.left_edge.i - 1]
    if comma.text != ",":
        return None
    opening = [t for t in sentence if t.i < comma.i and t.text in _DASHES]
    first = opening[-1].i + 1 if opening else sentence.start
    if comma.i - first < _MIN_TOKENS:
        return None
    return cue.doc[first], cue.doc[comma.i - 1]


def stolen_object_start(cue: Token, clause: Token) -> Token | None:
    """The cue's object, when the clause after it has no subject of its own and the object
    can only be that subject."""
    if clause.i < cue.i or any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in clause.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.left_edge.i != cue.i + 1:
        return None
    if any(t.tag_ == "MD" or t.dep_ == "aux" for t in clause.children if t.i < clause.i):
        return obj.left_edge  # `... will win the vote`: a tensed verb waiting for a subject
    return None
