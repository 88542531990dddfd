"""What is called for: `her call for the towns to raise their walls`, `pushed for the
board to resign`, `support for the state to pay`.

After `for`, the parser often hangs the infinitive saying what its object should do on
the verb or the noun before it, or reads `for` as opening a clause of its own (`their
calls [for the council to close the landfill]`). Either way the infinitive belongs to
what is called, pushed or hoped for: without it the claim names only who should act.
"""

from __future__ import annotations

from spacy.tokens import Token

_FOR = "for"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TIMES = frozenset({"DATE", "TIME"})


def for_infinitive_end(prep: Token | None, last: Token) -> Token:
    """The end of what `for` governs, ending at `last`, with a to-infinitive right after it
    that the parser hung elsewhere (`for the towns [to raise their walls]`)."""
    if prep is None or prep.lower_ != _FOR:
        return last
    if any(c.ent_type_ in _TIMES for c in prep.children):
        return last  # "pushed for a decade to pass it": how long, not what for
    doc = last.doc
    at = last.i + 1
    if at >= len(doc) or doc[at].lower_ != "to" or doc[at].dep_ != "aux":
        return last
    verb = doc[at].head
    if verb.pos_ not in ("VERB", "AUX") or verb.left_edge.i != at or verb.i < at:
        return last
    return verb.right_edge if verb.right_edge.i > last.i else last


def for_clause(word: Token, at: int | None = None) -> tuple[Token, Token] | None:
    """`their calls for the council to close the landfill`, `pushed for the board to resign`,
    with `for` parsed as opening a clause at `at` (right after the noun phrase, by default):
    the clause after `for`, from its subject to its end."""
    doc = word.doc
    at = word.right_edge.i + 1 if at is None else at
    if at >= len(doc) or doc[at].lower_ != _FOR or doc[at].dep_ != "mark":
        return None
    clause = doc[at].head
    if clause.left_edge.i != at or clause.head not in (word, word.head):
        return None
    if not any(c.dep_ in _SUBJECTS and c.i > at for c in clause.children):
        return None
    return doc[at + 1], clause.right_edge
