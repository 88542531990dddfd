"""Where a noun-phrase claim ends: the object (or a preposition's object) with what
completes it, and the span a reader is shown, when it is long enough to show anything."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.counted import bare_share
from reader.quotes.mentions import mention_from_token
from reader.quotes.object_lexicon import object_words
from reader.quotes.parsed import ParsedChunk
from reader.quotes.reach import Attribution, sentence_span, trimmed

MIN_WORDS = 3  # "praised the firefighters' courage" shows a reader something; "praised Lee" not

# What an object is praised or blamed for, accused of, described as, faulted over,
# congratulated on, offered to: the complement that makes the claim (not `with the vigour
# of ...`, which is how it was said). "in" too: the parser hangs `the crisis [in Europe]` on
# the verb as often as on the object.
_COMPLEMENT_PREPS = frozenset(
    {"for", "of", "as", "over", "on", "in", "to", "from", "against", "about"}
)
# Prepositions that also say when or where the words were said: `on Monday`, `in Ohio`,
# `in a statement`, `on his radio show` (the venues are in objects.json).
_SETTING_PREPS = frozenset({"on", "in", "over"})
_SETTING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_NON_SPEAKER_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})
_CLAUSES = frozenset({"ccomp", "advcl", "relcl"})
_OPENING = "\"'“‘"  # a closing mark or apostrophe may start an object ("’90s")


def completed_end(cue: Token, last: Token) -> Token:
    """The end of the object with what completes it, each part right after the one before:
    `for their courage`, `of lying`, `as a betrayal`, `to the families`, `a disaster`
    (`called the plan a disaster`), `to be unfair`; not when or where it was said (`on
    Monday`, `in a statement`, `at the rally`; passed over when a complement follows), which
    the parser hangs on the verb as readily as on the object."""
    reach = last  # the last token looked at: a setting between object and complement
    children = sorted(cue.children, key=lambda c: c.i)
    for number, child in enumerate(children):
        if child.i <= reach.i:
            continue
        if child.left_edge.i != reach.i + 1:
            break
        if _is_setting(child) or _before_as(child, children[number + 1 :]):
            reach = child.right_edge
        elif _completes(child):
            last = reach = child.right_edge
        else:
            break
    return last


def phrase_end(head: Token, last: Token) -> Token:
    """The end of a noun's or adjective's claim with the prepositions that follow it
    (`his assessment of the final [between the two clubs]`, `tired of a party [with so few
    wins]`), each right after the one before; not a setting nor a `by` agent."""
    for child in sorted(head.children, key=lambda c: c.i):
        if child.i <= last.i:
            continue
        if child.left_edge.i != last.i + 1 or child.dep_ != "prep" or child.lower_ == "by":
            break
        if _is_setting(child):
            break
        last = child.right_edge
    return last


def before_result_clause(first: Token, last: Token) -> Token:
    """The end of the words before a clause of result or report hung on a verb inside them
    (`opposed to electing him [that they are endorsing her]`): that clause is no part of
    the attitude."""
    for token in first.doc[first.i + 1 : last.i + 1]:
        # a relative "that" is the clause's subject or object; as its "mark" it opens a result
        if token.dep_ == "mark" and token.lower_ == "that" and token.head.dep_ in _CLAUSES:
            return token.nbor(-1)
    return last


def _before_as(child: Token, after: list[Token]) -> bool:
    """An adverb right before what the object is seen as: `sees the vote [farther ahead]
    as a win` (only there: `offered promises [Monday] in line with ...` ends at the object)."""
    if child.dep_ != "advmod" or not after:
        return False
    following = after[0]
    return following.left_edge.i == child.right_edge.i + 1 and following.left_edge.lower_ == "as"


def _completes(child: Token) -> bool:
    if child.dep_ in ("oprd", "xcomp") or as_description(child):
        return True
    if child.dep_ in ("dobj", "npadvmod"):  # `branded the budget a betrayal`, parsed flat
        return child.pos_ in ("NOUN", "PROPN")
    return child.dep_ in ("prep", "dative") and child.lower_ in _COMPLEMENT_PREPS


def small_clause(cue: Token) -> Token | None:
    """`considers the mayor untrustworthy`, `deemed half of the claims personal`: the parser
    makes the object and what it is judged to be a verbless clause, headed by the judgment,
    with the object as its subject."""
    for child in cue.children:
        if child.i < cue.i or child.dep_ not in ("ccomp", "oprd"):
            continue
        if child.pos_ not in _PREDICATES:
            continue
        if any(c.dep_ == "nsubj" and c.i < child.i for c in child.children):
            return child
    return None


_PREDICATES = frozenset({"NOUN", "PROPN", "ADJ"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def trailing_predicate(obj: Token) -> Token | None:
    """`called the new budget unfair (to the poor)`: the parser may take what the object is
    called for an adjective after a noun of the object. English puts adjectives before their
    noun, so one right after a noun, ending the object or followed only by its own phrase,
    is the predicate."""
    for token in obj.subtree:
        after_noun = token.left_edge.i == token.head.i + 1 and token.head.pos_ in _NOUNS
        if token.dep_ != "amod" or token.pos_ != "ADJ" or not after_noun:
            continue
        if token.right_edge.i == obj.right_edge.i:
            return token
    return None


def as_description(child: Token) -> bool:
    """`saw the plan as most unfair`, parsed as an adverbial clause opening with `as` and no
    subject of its own (not `as the ship docked`)."""
    if child.dep_ != "advcl" or child.left_edge.lower_ != "as":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)


def _is_setting(child: Token) -> bool:
    """When or where the words were said: `on Saturday`, `last week`, `in Ohio`, `in a
    statement`, `on his radio show` (`for their long hours` is a reason)."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in _TIME_ENTS
    if child.dep_ != "prep" or child.lower_ not in _SETTING_PREPS:
        return False
    venues = object_words().venues
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in _SETTING_ENTS or c.lemma_.lower() in venues)
        for c in child.children
    )


def trimmed_content(chunk: ParsedChunk, first: Token, last: Token) -> Span | None:
    """The content's span without edge punctuation, when it has `MIN_WORDS` words."""
    span = trimmed(chunk, first, last, marks=_OPENING)
    if span is None:
        return None
    return span if enough_words(chunk.text_of(span)) else None


def enough_words(text: str) -> bool:
    """Whether a content runs to `MIN_WORDS` words (a word has a letter or a digit)."""
    return sum(any(ch.isalnum() for ch in w) for w in text.split()) >= MIN_WORDS


def is_passive(cue: Token) -> bool:
    """`The plan was praised`: the subject is what is spoken of, not the speaker."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def is_purpose(cue: Token) -> bool:
    """`plans to outline a budget`, `wants to thank the crews`: an intention, not a claim.
    (`took the stage to thank the crews` did thank them: an adverbial purpose is kept, and
    so is what is done through an infinitive, objects.json `carried_out`: `used the speech
    to thank`, `managed to thank`, `was quick to thank`.)"""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if not infinitive or cue.dep_ != "xcomp":
        return False
    return cue.head.lemma_.lower() not in object_words().carried_out


def may_speak(token: Token) -> bool:
    """Not a place, a date or a number: "Texas rejected the appeal" is an act, not a claim.
    A share of people speaks for them: `a third of the voters`, `9 in 10 nurses`, and a
    bare one for the people counted (`two-thirds support it`, `6 in 10 oppose it`)."""
    if bare_share(token) and _counted(token) is None:
        return True
    if token.ent_type_ == "CARDINAL" or token.pos_ == "NUM":
        counted = _counted(token)
        return counted is not None and counted.ent_type_ not in _NON_SPEAKER_ENTS
    return token.ent_type_ not in _NON_SPEAKER_ENTS


def speaking_for(speaker: Token) -> Token:
    """Who a share of people names: `the nurses` of `a third of the nurses`."""
    if speaker.ent_type_ == "CARDINAL" or speaker.pos_ == "NUM":
        return _counted(speaker) or speaker
    return speaker


def _counted(share: Token) -> Token | None:
    """The people a share is of: `voters` in `a third of the voters`, `9 in 10 voters`."""
    for prep in share.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if found is not None and found.pos_ == "NOUN":
                return found
    return None


def prep_object(prep: Token | None) -> Token | None:
    """What a preposition governs: `of [the plan]`, `about [raising taxes]`."""
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def noun_word(noun: Token) -> str:
    """The noun's lemma, whole when the tokenizer split it at a hyphen (`op - ed`)."""
    if noun.i >= 2 and noun.nbor(-1).text == "-":
        return noun.doc[noun.i - 2 : noun.i + 1].text.lower()
    return noun.lemma_.lower()


def lone_pronoun(token: Token) -> bool:
    """A bare pronoun (`at him`): nothing a reader could check."""
    return token.pos_ == "PRON" and token.right_edge.i == token.i


def noun_claim(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    cue: tuple[Token, Token],
    speaker: Token,
    content: Span,
) -> Attribution:
    """A noun-phrase claim: the words `content`, cued from `cue[0]` to `cue[1]` (the verb,
    noun or adjective and its preposition), made by `speaker`."""
    return Attribution(
        cue=chunk.tokens_span(*cue),
        speaker=mention_from_token(chunk, speaker),
        content=content,
        sentence=sentence_span(chunk, sentence),
    )


_PHRASE_OPENERS = frozenset({"to", "for", "on", "in", "over", "at", "during", "with", "after"})
_OPENING_REACH = 14  # tokens: "made the case to the delegates gathered in the hall that ..."


def that_after_phrases(cue: Token) -> Token | None:
    """The `that` opening a clause with its own subject after the phrases saying to whom,
    when or where the words were said: `made the case [to the farmers] that ...`, `made it
    clear [on Monday] that ...`, `has made the case [for weeks] that ...`. The parser often
    takes such a clause for a relative clause of the phrase's noun."""
    doc = cue.doc
    first = doc[cue.i + 1] if cue.i + 1 < len(doc) else None
    if first is None or not (first.lower_ in _PHRASE_OPENERS or first.ent_type_ in _TIME_ENTS):
        return None
    for token in doc[first.i + 1 : min(len(doc), first.i + _OPENING_REACH)]:
        if token.is_punct or token.is_sent_start:
            return None
        if token.lower_ == "that" and token.dep_ == "mark":
            clause = token.head
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            return token if own_subject and clause.i > token.i else None
    return None
