"""Votes and purposeful acts: what separates a choice or a stand from an ordinary deed.

`The board appointed a retired judge to lead the inquiry`, `chose Lee as her running
mate`: a verb of choosing (cues.json `for_post`) reports a choice only with the post it is
made for (`to lead ...`, `as ...`, `to the committee`); `hired staff` is no stand anyone
takes. `voted for the first time`, `voted on Tuesday to ...`: a preposition whose object
is a stretch or point of time says when, not what is backed. `voted in favour of the levy`
is the long form of `voted for` it. `was the first senator to endorse her`, `was among 25
members to vote against it`: the infinitive tells what the subject did, not a purpose.

A deed (cues.json `acts`) is no speech: its report is the plain words it is done to, which
lend the doer to no quote in marks inside or beside them, run on into no unmarked speech
and name no speaker for the quotes after them (`deed_drafts`).
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.quotes.drafts import Draft
from reader.quotes.model import QuoteKind
from reader.quotes.parsed import SpanIndex, overlap
from reader.quotes.reach import Attribution

FRAME = "act"  # Attribution.frame of a deed's report

_POST_PREPS = frozenset({"as", "to", "for"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_TIME_NOUNS = frozenset(
    {
        "time",
        "times",
        "moment",
        "while",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "decades",
        "eve",
    }
)


def chosen_for_post(cue: Token) -> bool:
    """The verb's object comes with the post it is chosen for."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    return obj is not None and _names_a_post(cue, obj)


def _names_a_post(cue: Token, obj: Token) -> bool:
    """`... to lead the inquiry`, `... as her running mate`, `... to the committee`,
    `named him chairman`: what the object is chosen to be or do, hung on the verb or the
    object by the parser."""
    for child in (*cue.children, *obj.children):
        if child.i <= obj.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _POST_PREPS:
            return True
        if child.dep_ in ("oprd", "xcomp", "advcl", "acl") and _infinitive_or_predicate(child):
            return True
    return False


def _infinitive_or_predicate(clause: Token) -> bool:
    if clause.dep_ == "oprd":
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def in_favour_of(cue: Token) -> tuple[Token, Token] | None:
    """`voted in favor of the levy`, `ruled in favour of the tenants`: the phrase, from its
    `in` to the end of what is favoured."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < cue.i:
            continue
        favour = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if favour is None or favour.lower_ not in _FAVOUR:
            continue
        of = next((c for c in favour.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(c.dep_ in ("pobj", "pcomp") for c in of.children):
            return prep, of.right_edge
    return None


_FAVOUR = frozenset({"favor", "favour", "support"})


def ranked_infinitive(cue: Token) -> bool:
    """`was the first senator to endorse her`, `were the only members to vote against it`,
    `was among 25 senators to vote for it`: an infinitive the parser hung on a copula whose
    complement ranks or counts the subject among those who did it."""
    head = cue.head
    if cue.dep_ != "advcl" or head.lemma_ not in _COPULAS or head.i > cue.i:
        return False
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return False  # "it was the first step to back it": no one ranked
    for child in head.children:
        if child.i > cue.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "among":
            return True
        if child.dep_ == "attr" and any(_ranks(t) for t in child.subtree):
            return True
    return False


def _ranks(token: Token) -> bool:
    """`first`, `only`, `earliest`, `one of`."""
    if token.tag_ == "JJS" or token.lower_ in _RANKS or token.ent_type_ == "ORDINAL":
        return True
    return token.lower_ == "one" and any(c.lower_ == "of" for c in token.children)


_COPULAS = frozenset({"be", "become", "remain"})
_RANKS = frozenset({"first", "only", "last", "sole"})


def names_a_time(target: Token) -> bool:
    """`for the first time`, `for years`, `on Tuesday`: the object of a preposition of
    time that is a stretch or point of time (not `talked about the long season`)."""
    if target.head.lower_ not in _TIME_PREPS:
        return False
    return target.ent_type_ in _TIME_ENTS or target.lower_ in _TIME_NOUNS


_TIME_PREPS = frozenset({"for", "on", "in"})


def only_seems(cue: Token) -> bool:
    """`looks to be tired`: how the subject seems, not what it is looking to do."""
    return cue.lemma_ == "look" and any(
        c.dep_ == "xcomp" and c.lemma_ == "be" for c in cue.children
    )


def spoken(attributions: list[Attribution]) -> list[Attribution]:
    """The attributions that are speech, not deeds."""
    return [a for a in attributions if a.frame != FRAME]


def deed_drafts(attributions: list[Attribution], marked: SpanIndex) -> list[Draft]:
    """The deeds' reports: the words each is done to, unless those are mostly in quote
    marks (the marked quote is then what a reader sees)."""
    drafts = []
    for deed in attributions:
        content = deed.content
        if deed.frame != FRAME or content is None:
            continue
        quoted = sum(overlap(content, m) for m in marked.overlapping(content))
        if quoted * 2 < len(content):
            drafts.append(Draft(content, QuoteKind.INDIRECT, deed.cue, deed.speaker, deed=True))
    return drafts
