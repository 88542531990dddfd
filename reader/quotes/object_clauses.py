"""What an object verb reports when the parser gives it no noun object.

`The union lamented that the talks had stalled`, `The spokesman repeated the firm had
broken no rules`: a verb of objects.json that cues.json gives no clause frame still
reports the clause right after it, with its own subject (the `that` opening it is no part
of the words). `described how the mill closed`, `describes what happens next`: a question
clause is what is described. `assailed the mayor's lavish trips`: the parser may read a
possessive as a clause's subject (`'s` as `has`) and its noun's modifier as the verb; the
words right after the verb are still what is assailed. Only the verbs with the `object`
frame read a clause here: `saw that the fireworks had started` is a sight, not a view.

`Parents bemoaned the decline of the school`: the parser sometimes takes the object of
such a verb for an attribute (`attr`), as if the verb were `be`; it is the object.
`suggested raising the duty`: a gerund right after a verb of cues.json is its object, not
a clause for `indirect`'s frames.
"""

from __future__ import annotations

from spacy.tokens import Token

_WH_WORDS = frozenset({"how", "what", "why", "whether", "where", "who", "when"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def noun_object(cue: Token) -> Token | None:
    """The verb's object after it: its `dobj`, or an `attr` the parser gave a verb that is
    not `be` (`bemoaned [the decline]`)."""
    for child in cue.children:
        if child.i <= cue.i:
            continue
        if child.dep_ == "dobj" or (child.dep_ == "attr" and cue.pos_ == "VERB"):
            return child
    return None


def reported_clause(cue: Token, first: int) -> tuple[Token, Token] | None:
    """The clause opening at token `first` (right after the verb or its particle), from its
    first word after `that` to its end, when it has a subject of its own or opens with a
    question word."""
    for child in cue.children:
        if child.dep_ != "ccomp" or child.left_edge.i != first:
            continue
        opening = child.left_edge
        if opening.lower_ == "that" and opening.dep_ == "mark":
            opening = opening.nbor(1)
        has_subject = any(c.dep_ in _SUBJECTS for c in child.children)
        if has_subject or opening.lower_ in _WH_WORDS:
            return opening, child.right_edge
    return None


def is_gerund_object(cue: Token, clause: Token) -> bool:
    """`suggested raising the duty`: a gerund right after the verb names what is suggested,
    urged or recommended; it has no subject of its own."""
    if clause.tag_ != "VBG" or clause.i != cue.i + 1:
        return False
    return not any(c.dep_ in _SUBJECTS for c in clause.children)
