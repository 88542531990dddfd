"""Reported clauses the parser does not hang on their speech verb.

`She said the families of victims file suits`: "say" takes a clause, hardly ever a noun,
but the small parser often makes the reported clause's subject the verb's direct object
and hangs the clause's verb elsewhere (or tags it as a noun). A noun object of "say" is
then where the reported words begin, unless it is one of the few things people do say
(`said goodbye`, `said a prayer`, `said nothing`).
`said the same` is a report: the speaker repeats what was said before.

`rules that critics say target renters`, `what she said is a growing demand`: in a relative
clause the reported clause's subject is the relative word, and its verb comes right after
the speech verb; the parser often hangs it elsewhere. A finite verb right after a speech
verb opens the reported words, which run to the next comma or the sentence end.

`reported raising $9 million`, `denied having any role`: a gerund right after a verb of
reporting, admitting or denying is what was reported, admitted or denied.
"""

from __future__ import annotations

from spacy.tokens import Token

_SAY = "say"
# What "say" takes as a true object: a greeting, a prayer, a quantity of talk.
_ANSWERS = frozenset({"no", "yes"})
_SAID_THINGS = frozenset(
    {
        "goodbye",
        "goodbyes",
        "hello",
        "yes",
        "no",
        "thanks",
        "prayer",
        "prayers",
        "grace",
        "mass",
        "word",
        "words",
        "thing",
        "things",
        "lot",
        "little",
        "much",
        "more",
        "less",
        "amen",
    }
)
_SAME = "same"  # `43 said the same`: an adjective the parser takes for the object
_MIN_WORDS = 2


def misread_object_bounds(cue: Token) -> tuple[Token, Token] | None:
    """The object of "say" and all after it in the sentence, when the object is a noun
    phrase that can only be the reported clause's subject."""
    if cue.lemma_.lower() != _SAY:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.lower_ in _SAID_THINGS:
        return None
    if obj.pos_ not in ("NOUN", "PROPN") and obj.lower_ != _SAME:
        return None
    if obj.left_edge.i != _next_word(cue).i or obj.left_edge.is_quote:
        return None  # `said Tuesday the plan ...` is read elsewhere; a quote with its marks
    last = obj.sent[-1]
    while last.i > obj.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    if last.i - obj.left_edge.i + 1 < _MIN_WORDS:
        return None
    return obj.left_edge, last


def _next_word(cue: Token) -> Token:
    return cue.nbor(1) if cue.i + 1 < len(cue.doc) else cue


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs whose relative word can only be the reported clause's subject (`which critics say
# left a gap`); `what she learned is ...`, `what he proposed is ...` make it their object.
_ASSERTING = frozenset({"say", "claim", "allege", "argue", "insist", "contend", "assert"})
_CLOSERS = frozenset({",", ";", ":", ".", "!", "?", "--", "—", "–"})


def extracted_subject_bounds(cue: Token) -> tuple[Token, Token] | None:
    """`which they say left a gap`: the reported verb right after the cue, and its words up
    to the next comma or the sentence end."""
    if cue.lemma_.lower() not in _ASSERTING or cue.tag_ not in _FINITE_TAGS:
        return None  # `what he is proposing is ...`: the relative word is the object there
    if cue.i + 1 >= cue.sent.end:
        return None
    first = cue.nbor(1)
    if first.tag_ not in _FINITE_TAGS or first.pos_ not in ("VERB", "AUX"):
        return None
    if first.head.i == cue.i and first.dep_ in ("aux", "auxpass"):
        return None
    last = first
    while last.i + 1 < cue.sent.end and cue.doc[last.i + 1].text not in _CLOSERS:
        last = last.nbor(1)
    return (first, last) if last.i > first.i else None


# Verbs whose gerund is a fact reported, owned up to or denied.
_OWNING_UP = frozenset({"report", "admit", "deny", "acknowledge", "confess", "recall"})


def gerund_bounds(cue: Token) -> tuple[Token, Token] | None:
    """The gerund clause right after the cue (`admitted breaking the rules`)."""
    if cue.lemma_.lower() not in _OWNING_UP:
        return None  # `proposed raising taxes`, `continue fighting`: a plan, not a report
    gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if gerund is None or gerund.left_edge.i != cue.i + 1:
        return None
    if any(c.dep_ == "aux" for c in gerund.children):
        return None
    if not cue.sent[-1].is_punct:
        return None  # a title (`Director admits taking funds`) is news, not somebody's words
    return (gerund.left_edge, gerund.right_edge) if gerund.right_edge.i > gerund.i else None


def answer_bounds(cue: Token) -> tuple[Token, Token] | None:
    """`said no to the casino`: an answer to a proposal, the parser's interjection right
    after the cue and its `to` phrase; the answer and the proposal are the report."""
    if cue.i + 2 >= len(cue.doc) or cue.lemma_.lower() != _SAY:
        return None
    answer, prep = cue.nbor(1), cue.nbor(2)
    if answer.head.i != cue.i or answer.text not in _ANSWERS:  # a title-cased line: elsewhere
        return None
    proposal = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.head.i != cue.i or prep.lower_ != "to" or proposal is None:
        return None
    return None if proposal.pos_ == "PRON" else (answer, prep.right_edge)  # not "no to me"
