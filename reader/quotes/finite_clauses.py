"""Whether a verb's clausal complement is a report or a scene.

A verb of perception reports what its subject learnt when its clause has a tense or a
that-, if- or wh-word (`noticed that the plan had failed`, `heard the plant would close`,
`will discover whether the vote holds`), but only shows a scene when the clause is a bare
verb (`heard the senator speak`, `imagine him winning`). Such verbs carry
`finite` in cues.json; `indirect` reads their clause frame only when `finite_clause` holds.
"""

from __future__ import annotations

from spacy.tokens import Token

_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MARKS = frozenset({"that", "if", "whether"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def finite_clause(cue: Token) -> bool:
    """Whether the cue's clausal complement after it has a tense or a that/if/wh-word."""
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        return False  # "the show heard on ten stations": a participle, nobody hears here
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if clause is None:
        return False
    if clause.left_edge.tag_ in _WH_TAGS:
        return True  # "heard how it ended", "discussed what they wanted"
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in _MARKS:
            return True
        if child.dep_ in ("aux", "auxpass") and child.tag_ in _TENSED:
            return True  # "heard the plant would close", "noticed it was being sold"
    return clause.tag_ in _TENSED
