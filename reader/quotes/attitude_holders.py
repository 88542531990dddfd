"""Who holds an attitude said with an adjective or a phrase after `be`: the subject of
`are critical of` (the adjective completes the verb), of `is opposed to` (a participle
with a subject of its own), of `is in favor of`; of the first of two (`are tired and
critical of`, `is vocal and is critical of`); the noun a relative clause describes (`the
union, which is critical of`). It must be a source: a person, group or organisation,
never an expletive `it` or a place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.lexicon import people
from reader.quotes.object_bounds import may_speak
from reader.quotes.parsed import ParsedChunk
from reader.quotes.reach import Attribution

_NOT_HOLDERS = frozenset({"it", "this", "that", "there", "what", "which", "these", "those"})
_RELATIVES = frozenset({"who", "which", "that"})  # its mention is the noun it describes
_NOT_DESCRIBED = frozenset({"it", "this", "that", "there"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HOLDER_POS = frozenset({"PROPN", "NOUN", "PRON", "NUM"})
_CONJ_STEPS = 3
_SETTING_OFF = frozenset({",", "-", "--", "–", "—"})  # (dashes)
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG"})
_EVERYONE = frozenset(
    {"everyone", "everybody", "anyone", "anybody", "someone", "somebody", "people", "those"}
)


def attitude_holder(adjective: Token) -> Token | None:
    """The holder of the attitude an adjective or participle predicates."""
    while adjective.dep_ == "conj" and adjective.head.pos_ in ("ADJ", "VERB"):
        adjective = adjective.head  # "are confident and acutely aware of": the first
    if adjective.dep_ in ("acomp", "attr"):
        return linking_holder(adjective.head)
    if adjective.dep_ == "advcl" and adjective.pos_ == "ADJ":
        return linking_holder(adjective.head)  # "Wary of the cost, the board cut ..."
    if adjective.dep_ == "ROOT" or (adjective.pos_ == "VERB" and _own_subject(adjective)):
        return linking_holder(adjective)  # "is opposed to", "which is opposed to"
    return None  # "a critical report on ...", "sure enough": no one's attitude


def linking_holder(verb: Token) -> Token | None:
    """The source that is the subject of `verb` (a linking verb, or a participle)."""
    subject = _subject(verb)
    if subject is None or not may_speak(subject):
        return None
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        described = verb.head
        return subject if may_speak(described) and described.lower_ not in _NOT_DESCRIBED else None
    if subject.lower_ in _NOT_HOLDERS and not _described_people(subject):
        return None
    return subject if subject.pos_ in _HOLDER_POS else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the first verb's when two share it (`... and is critical of`)."""
    for _ in range(_CONJ_STEPS):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def noun_before(adjective: Token) -> Token | None:
    """The person or group an adjective phrase follows and describes: `voters [angry at
    the new rules]`, `the only senator [interested in the bill]`. (Set off by a comma, it
    describes the clause's subject: `The aides cut two stops, [wary of tiring him]`.)"""
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.i > adjective.i or noun.pos_ not in _HOLDER_POS:
        return None
    first = adjective.left_edge
    if first.i > 0 and first.nbor(-1).text in _SETTING_OFF:
        return _clause_subject(noun)
    if noun.lower_ in _NOT_HOLDERS or not may_speak(noun) or not _personal(noun):
        return None
    return noun


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the clause whose object `noun` is (`cut [two stops]`), or the
    subject itself (`[Most members], unhappy with the plan, walked out`)."""
    if noun.dep_ in _SUBJECTS:
        return linking_holder(noun.head)
    if noun.dep_ not in ("dobj", "pobj", "attr"):
        return None
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    return linking_holder(verb) if verb.pos_ in ("VERB", "AUX") else None


def names_people(holder: Token) -> bool:
    """Whether a holder is a person or group: by name, entity, pronoun or word (`voters`);
    a relative pronoun by the noun it stands for."""
    if holder.lower_ in _RELATIVES and holder.head.dep_ == "relcl":
        holder = holder.head.head
    return holder.pos_ == "PRON" or _personal(holder)


def _personal(noun: Token) -> bool:
    """A person or group by name, entity or word (`voters`, `the aides`, `everyone`): a
    plan, a book or a rule may follow an adjective of attitude too (`a plan inspired by`)."""
    if noun.ent_type_ in _PEOPLE_ENTS or noun.pos_ == "PROPN":
        return True
    return noun.lower_ in _EVERYONE or people().names_people(noun.lower_, noun.lemma_.lower())


def _described_people(pronoun: Token) -> bool:
    """`those polled`, `those in the party`: people, told by what follows."""
    return pronoun.lower_ == "those" and any(
        c.dep_ in ("acl", "relcl", "prep") and c.i > pronoun.i for c in pronoun.children
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def mention_before(chunk: ParsedChunk, found: Attribution, first: Token) -> Attribution:
    """The attribution with its holder's mention cut before `first` (the adjective phrase
    the mention's noun phrase holds)."""
    mention = found.speaker
    cut = chunk.token_span(first).start
    if mention is None or mention.span.end <= cut:
        return found
    text = mention.text[: cut - mention.span.start].rstrip(" ,")
    name = text if mention.name is not None and mention.name.startswith(text) else mention.name
    span = Span(mention.span.start, mention.span.start + len(text))
    return replace(found, speaker=replace(mention, span=span, text=text, name=name))
