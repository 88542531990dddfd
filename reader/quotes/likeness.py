"""Complements the parser reads as other clauses. What a feeling is like: `The tenants feel
like nobody listens`, `felt as if the board had ignored them` (an adverbial marked `like`,
`as if` or `as though`; the `like` frame of cues.json). A small clause of what is wanted:
`want their money back` (read with the xcomp frame in frames.py)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

_MARKS = ("like", "as if", "as though")
# heads of a clause with no tense of its own: `want their money back`, `the state playing X`
_UNTENSED = frozenset({"VBG", "VBN", "RP", "RB", "JJ"})


def like_bounds(sentence: SpacySpan, cue: Token) -> tuple[Token, Token] | None:
    """The first and last token of the adverbial clause after the cue that its
    `like`/`as if`/`as though` mark opens, the mark left out; None without one."""
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.i <= cue.i or clause.left_edge.i != cue.i + 1:
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
        words = " ".join(t.lower_ for t in sentence.doc[clause.left_edge.i : clause.i])
        if marks and any(words.startswith(m) for m in _MARKS):
            first = marks[-1].i + 1
            return sentence.doc[first], clause.right_edge
    return None


def small_clause(clause: Token) -> bool:
    """A subject with what is wanted of it and no tense or auxiliary of its own (`want
    their money back`, `want the state playing a role`): what the cue's subject wants."""
    return (
        clause.tag_ in _UNTENSED
        and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    )
