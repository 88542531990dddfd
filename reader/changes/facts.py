"""What the ledger reads from spaCy's parse of one side of a pair: names, speech verbs, sources.

Kept as small records so the detectors never touch spaCy objects, and so a
missing model degrades to word-list guesses instead of failing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.changes.dates import find_dates
from reader.changes.lexicon import lexicon
from reader.documents.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW"})
PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}
    | {"this", "that", "who", "which", "one", "someone"}
)
_DETERMINERS = ("the ", "a ", "an ")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"ccomp", "parataxis"})
_RELATIVE = frozenset({"who", "which", "that"})
_LONG_SUBJECT = 12
_BORROWS = frozenset({"advcl"})  # "..., saying" shares its head's subject


@dataclass(frozen=True, slots=True)
class Entity:
    span: Span
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    span: Span
    lemma: str
    introduces: bool = True  # introduces a claim or quote (not "agreed to lease")
    nested: bool = False  # inside what another speech verb reports ("said she feared")


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim is hung on: the subject of a speech verb or the object of "according to"."""

    span: Span  # the whole attribution ("according to police", "analysts suggest")
    who: Span
    text: str
    claim: Span | None = None  # what the source is said to say, when the parse shows it
    nested: bool = False  # inside what another speech verb reports ("said she feared")
    verb: Span | None = None  # the speech verb, for a subject source

    @property
    def key(self) -> str:
        low = self.text.lower()
        for article in _DETERMINERS:
            low = low.removeprefix(article)
        return low

    @property
    def is_pronoun(self) -> bool:
        return self.key in PRONOUNS


@dataclass
class SideFacts:
    entities: list[Entity] = field(default_factory=list)
    verbs: list[SpeechVerb] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


def facts_from_doc(doc: Doc, base: int) -> SideFacts:
    facts = SideFacts()
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and _looks_like_name(ent.text):
            if in_capitals_line(doc.text, ent.start_char):
                continue
            text = ent.text
            start = base + ent.start_char
            if text.lower().startswith("the "):
                start, text = start + 4, text[4:]
            text = text.removesuffix("'s").removesuffix("’s")
            facts.entities.append(Entity(Span(start, start + len(text)), text, ent.label_))
    words = lexicon()
    for token in doc:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            lemma = words.speech_lemma(token.text) or words.speech_lemma(token.lemma_)
            if lemma is not None and token.pos_ != "AUX":
                span = Span(base + token.idx, base + token.idx + len(token.text))
                introduces = _introduces_speech(token)
                nested = _nested(token)
                facts.verbs.append(SpeechVerb(span, lemma, introduces, nested))
                if introduces:
                    _add_subject_source(token, base, facts, nested)
        if token.lower_ == "according":
            _add_according_source(token, base, facts)
    return facts


def _nested(verb: Token) -> bool:
    """Whether a speech verb is inside the clause another one reports ("said she feared"),
    not beside it ("said ... but warned") nor the reporting verb of a claim that ends with
    it ("X agreed to ..., the government said")."""
    first = verb
    while first.dep_ in ("conj", "acomp") and first.head is not first:  # "was worried"
        first = first.head
    head = first.head
    if first.dep_ not in ("ccomp", "xcomp") or head is first or head.i > first.i:
        return False
    if lexicon().speech_lemma(head.text) is None:
        return False
    return not any(t.is_punct for t in first.doc[head.i + 1 : first.i])


def _looks_like_name(text: str) -> bool:
    """ "the south pier" and "820bn" are not names, whatever the tagger thinks."""
    return any(c.isupper() for c in text) and not any(c.isdigit() for c in text)


def in_capitals_line(text: str, at: int) -> bool:
    """Whether `at` is on a line of two words or more written all in capitals: a subhead
    or a kicker ("GARLAND STEPS ASIDE."), whose words are not names however tagged."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return len(_WORD.findall(line)) >= 2 and not any(c.islower() for c in line)


def _introduces_speech(verb: Token) -> bool:
    """A speech verb with a clause or a quote to introduce: "said (that) ...", "added:".

    Not "agreed to lease" or a verb in a relative clause ("a worker who asked ...").
    """
    if verb.dep_ == "relcl" or any(c.tag_ == "TO" for c in verb.children):
        return False  # "a worker who asked ...", "a meeting to answer questions"
    words = lexicon()
    for child in verb.children:
        # "X agreed to lease ..., the government said" hangs "said" off "agreed": that is
        # not a claim of "agreed". A speech verb before it is the claim ("X is recalling
        # ..., the company said").
        after = child.i > verb.i and words.speech_lemma(child.text) is not None
        if child.dep_ in _CLAUSES and not after:
            return True
    if any(t.i > verb.i and _is_clause(t) for t in verb.subtree):
        return True  # "admitted in a statement that it would ...", however it is attached
    if verb.dep_ == "parataxis":  # "..., analysts said."
        return True
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.text in (":", ",")


def _is_clause(token: Token) -> bool:
    """A verb with its own subject, not a relative clause ("..., which plans to build") nor
    an adverbial one ("recalling scooters because the mechanism can fail")."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ == "advcl":
        return False
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    return bool(subjects) and all(c.lower_ not in _RELATIVE for c in subjects)


def _phrase(first: Token, last: Token, base: int) -> Span:
    return Span(base + first.idx, base + last.idx + len(last.text))


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject speaks: in "dismissed the poll, saying ...", "dismissed"."""
    holder = verb
    for _ in range(2):
        if any(c.dep_ in _SUBJECTS for c in holder.children) or holder.dep_ not in _BORROWS:
            break
        if holder.tag_ != "VBG":  # "..., as expected," is no one's claim
            break
        holder = holder.head
    return holder


def _add_subject_source(verb: Token, base: int, facts: SideFacts, nested: bool) -> None:
    for child in _subject_holder(verb).children:
        if child.dep_ in _SUBJECTS:
            tokens = [t for t in child.subtree if not t.is_punct]
            if len(tokens) > _LONG_SUBJECT:  # "Margaret Fell, 71, who has run ...": the name
                tokens = [t for t in child.subtree if t.i <= child.i and not t.is_punct]
            if not tokens or child.lower_ in _RELATIVE:
                return
            who = _phrase(tokens[0], tokens[-1], base)
            whole = Span(
                min(who.start, base + verb.idx), max(who.end, base + verb.idx + len(verb.text))
            )
            text = verb.doc.text[who.start - base : who.end - base]
            verb_span = Span(base + verb.idx, base + verb.idx + len(verb.text))
            source = Source(whole, who, text, _claim(verb, base), nested, verb_span)
            facts.sources.append(source)
            return


def _claim(verb: Token, base: int) -> Span | None:
    """The clause a speech verb reports ("said [he had spoken to ...]")."""
    for child in verb.children:
        if child.dep_ in _CLAUSES and child.i > verb.i:
            tokens = list(child.subtree)
            return _phrase(tokens[0], tokens[-1], base)
    return None


def _add_according_source(according: Token, base: int, facts: SideFacts) -> None:
    for to in according.children:
        if to.lower_ != "to":
            continue
        for obj in to.children:
            if obj.dep_ == "pobj":
                tokens = list(obj.subtree)
                who = _phrase(tokens[0], tokens[-1], base)
                whole = Span(base + according.idx, who.end)
                text = according.doc.text[who.start - base : who.end - base]
                facts.sources.append(Source(whole, who, text))
                return


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_ACCORDING = re.compile(r"\baccording to ((?:the )?[\w'’-]+(?: [A-Z][\w'’-]+)*)", re.IGNORECASE)
_WORD = re.compile(r"[\w'’]+")


def facts_without_model(text: str, base: int) -> SideFacts:
    """Word-list guesses when no spaCy model is installed: capitalised runs, speech verbs."""
    facts = SideFacts()
    words = lexicon()
    for match in _CAPITALISED.finditer(text):
        if in_capitals_line(text, match.start()) or _whole_date(match.group(0)):
            continue  # a weekday or month is a date, listed as one ("Monday" -> "Tuesday")
        span = Span(base + match.start(), base + match.end())
        facts.entities.append(Entity(span, match.group(0), "NAME"))
    for match in _WORD.finditer(text):
        lemma = words.speech_lemma(match.group(0))
        if lemma is not None:
            facts.verbs.append(SpeechVerb(Span(base + match.start(), base + match.end()), lemma))
    for match in _ACCORDING.finditer(text):
        who = Span(base + match.start(1), base + match.end(1))
        facts.sources.append(Source(Span(base + match.start(), who.end), who, match.group(1)))
    return facts


def _whole_date(words: str) -> bool:
    return any(m.span.start == 0 and m.span.end == len(words) for m in find_dates(words))
