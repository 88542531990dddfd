"""Stated positions and decisions in the shapes the verb frames miss.

`The levy, opposed by the union, ...` and `a plan proposed by the mayor`: the passive of an
object verb (`opposes X`, `proposed X`) with its `by` agent reports the agent's position on
the noun it describes. Without an agent only verbs of making public count (cues.json
`passive_objects`: `The merger, announced Monday, ...`, `The closure was announced`): a
report with no named source. `The senator plans to ...` when the tagger took `plans` for a
noun: a cue form heading a clause with a subject is the verb. `The envoy, who ..., has
agreed to serve`: a clause the parser hung before a cue that takes an infinitive after it is
no report of the cue.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.acts import chosen_for_post, ranked_infinitive
from reader.quotes.lexicon import CueVerb, cues
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over
from reader.quotes.subjects import can_speak

_RELATIVES = frozenset({"it", "which", "that", "who", "what", "this"})
_DESCRIBING = frozenset({"as"})
_CLAUSES = frozenset({"relcl", "acl"})  # "the tweets he sent denouncing it": not the noun


def passive_object(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: CueVerb, marked: SpanIndex
) -> Attribution | None:
    """The position a passive object verb reports: the noun it is said of is the content,
    the `by` agent (if any) the source."""
    if "dobj" not in verb.frames or cue.tag_ != "VBN" or chunk.is_headline:
        return None
    if any(c.dep_ == "prep" and c.lower_ in _DESCRIBING for c in cue.children):
        return None  # "was dismissed by critics as a stunt": the description frame's
    if any(c.dep_ in ("ccomp", "parataxis") and c.i > cue.i for c in cue.children):
        return None  # "interviews revealed that ...": an active verb the tagger misread
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if source is None and (agent is not None or verb.lemma not in cues().passive_objects):
        return None
    if source is not None and (not can_speak(source) or source.lower_ in _RELATIVES):
        return None
    if source is not None and chunk.quoted(source, marked):
        return None
    bounds = _described(cue)
    if bounds is None:
        return None
    return attribution_over(chunk, sentence, cue, source, *bounds, frame="passive")


def _described(cue: Token) -> tuple[Token, Token] | None:
    """What the passive is said of: the noun a participle describes (`the bill, opposed
    by ...`, up to the participle), or the passive's subject with the infinitive it is told
    to do (`The city was ordered by a judge to release it`); never the noun's own clause
    (`the posts he wrote attacking it`), which may report in turn."""
    if cue.dep_ == "acl":
        noun = cue.head
        if noun.i > cue.i or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _RELATIVES:
            return None
        before = min(cue.left_edge.i, _clause_start(noun)) - 1
        return (noun.left_edge, cue.doc[before]) if before >= noun.i else None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > cue.i or subject.lower_ in _RELATIVES:
        return None
    if subject.tag_ in ("WDT", "WP", "PRP"):
        return None  # "which was announced", "he was nominated": names nothing
    told = infinitive_after(cue)
    if told is not None:
        return subject.left_edge, told.right_edge
    return subject.left_edge, cue.doc[min(subject.right_edge.i + 1, _clause_start(subject)) - 1]


def _clause_start(noun: Token) -> int:
    """Where the noun's own clause begins (past its end when it has none)."""
    starts = [c.left_edge.i for c in noun.children if c.dep_ in _CLAUSES and c.i > noun.i]
    return min(starts, default=noun.right_edge.i + 1)


def infinitive_after(cue: Token) -> Token | None:
    """The cue's own to-infinitive after it (`agreed to serve`, `was ordered to pay`)."""
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "xcomp"
            and c.i > cue.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def misread_verb(token: Token) -> bool:
    """`The senator plans to return`: a cue form the tagger took for a noun, with a subject
    before it and a clause after it, heads the sentence as a verb does."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT" or not cues().starts_report(token.text):
        return False
    subject = any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
    clause = any(c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in token.children)
    return subject and clause


def is_purpose(cue: Token) -> bool:
    """`met to discuss the budget`, `is expected to back the plan`: an infinitive that says
    what is meant to happen, not a position taken. One completing another verb is the
    position (`has long used to back the plan`, `continued to oppose it`); under a cue of
    its own (`vowed to oppose it`) that cue's report holds it."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    if cue.dep_ == "advcl":
        return not ranked_infinitive(cue)  # not "was the first to back it"
    if cue.dep_ != "xcomp":
        return False
    if any(c.dep_ == "dobj" and c.i < cue.i for c in cue.head.children):
        return True  # "led the chair to announce ...": the chair's act, not the subject's
    return cue.head.lemma_.lower() in cues().forecasts


def listed_object(cue: Token, verb: CueVerb) -> bool:
    """The verb takes any object, or its object is one of the nouns it lists (`signed the
    bill into law`, `signed a letter`, `cast their votes for Lee`; not `signed the ball`,
    `cast doubt on it`), or it is chosen for a
    post when it must be (`appointed a judge to lead it`; not `hired staff`)."""
    if verb.for_post and not chosen_for_post(cue):
        return False
    if not verb.objects:
        return True
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    return obj is not None and obj.lemma_.lower() in verb.objects
