"""Findings of evidence told by an evidence verb's object: `A new poll shows the mayor with
a six-point lead`, `The study found gains in reading`, `Estimates put the cost at $40
million`, `The latest survey has the mayor leading by six points`.

What the poll, the study or the records found is the object with all that follows it in
the verb's clause (`the senator within three points of the governor`), up to where another
report begins. Only a source of evidence (evidence.json `nouns`: a poll, a study, records,
data, ...) counts as the subject of these verbs, except for the verbs marked `any_subject`
(`The bureau estimates the cost at $40 million`): `The mayor showed the reporters her
office` and `Police found the car` find nothing. A clause frame (`The poll shows that ...`)
is `indirect`'s; this module is asked only when that gives nothing.

`Rents rose, city records show.` when the parser took `show` for a noun (`records show` as
one name) is read from the surface: an evidence noun and the verb between commas, or closing
the sentence, credit the sentence's clause to the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.quotes.lexicon import read_json, regular_forms
from reader.quotes.object_bounds import is_passive, may_speak, trimmed_content
from reader.quotes.parsed import ParsedChunk, SpanIndex
from reader.quotes.reach import Attribution, attribution_over, reported_end
from reader.quotes.subjects import find_speaker_token

FRAME = "finding"  # Attribution.frame of what this module finds

# After a `predicate` frame's object: how the object stands (`has Lee at 40 percent`,
# `has Lee ahead`, `has Lee leading`).
_STANDING_PREPS = frozenset({"at", "with", "by", "among", "within", "ahead", "behind"})
_STANDING_ADVERBS = frozenset({"ahead", "behind", "up", "down", "even", "tied", "level"})
_FIGURE_AT = re.compile(r"\bat\s+(?:[a-z]+\s+){0,2}[$€£]?\d")  # "at about $40 million"
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_RELATIVES = frozenset({"that", "which"})
# At most this many words from the comma to the verb: ", city records compiled by X show"
_ASIDE_TOKENS = 12
_ASIDE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PUNCT", "ADP", "CCONJ", "VERB"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True, slots=True)
class EvidenceVerb:
    lemma: str
    frames: frozenset[str]  # object, at, dative, predicate
    any_subject: bool = False  # a person or organisation may be the source too


@dataclass(frozen=True, slots=True)
class EvidenceWords:
    nouns: frozenset[str]  # lemmas (and plural forms) of evidence
    verbs: dict[str, EvidenceVerb]  # by lemma
    forms: dict[str, str]  # lower-case word form -> lemma

    def verb_for(self, lemma: str, form: str) -> EvidenceVerb | None:
        found = self.verbs.get(lemma.lower())
        if found is None:
            lemma_of_form = self.forms.get(form.lower())
            found = self.verbs.get(lemma_of_form) if lemma_of_form else None
        return found

    def is_evidence(self, token: Token) -> bool:
        return token.lemma_.lower() in self.nouns or token.lower_ in self.nouns

    def may_find(self, text: str, words: list[str]) -> bool:
        """Whether a sentence holds an evidence noun and an evidence verb form, or a verb
        any source may use with a figure after `at` (sentence selection: `Estimates put
        the cost at ...`, `Forbes puts his worth at $9 billion` have no speech cue)."""
        lowered = [w.lower() for w in words]
        verbs = [self.verbs[self.forms[w]] for w in lowered if w in self.forms]
        if any(v.any_subject for v in verbs) and _FIGURE_AT.search(text):
            return True
        return bool(verbs) and any(_noun_form(w) in self.nouns for w in lowered)


def _noun_form(word: str) -> str:
    """A plural's singular by the regular rules (`polls`, `tallies`), else the word."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@cache
def evidence_words() -> EvidenceWords:
    data = read_json("evidence.json")
    verbs: dict[str, EvidenceVerb] = {}
    forms: dict[str, str] = {}
    for lemma, spec in data["verbs"].items():
        verbs[lemma] = EvidenceVerb(lemma, frozenset(spec["frames"]), bool(spec.get("any_subject")))
        for form in regular_forms(lemma) | set(spec.get("forms", [])):
            forms[form] = lemma
    return EvidenceWords(frozenset(data["nouns"]), verbs, forms)


def evidence_finding(
    chunk: ParsedChunk, sentence: SpacySpan, verb: Token, marked: SpanIndex
) -> Attribution | None:
    """What the evidence that is `verb`'s subject found, told by the verb's object."""
    words = evidence_words()
    entry = words.verb_for(verb.lemma_, verb.text)
    if entry is None or verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return None
    source = find_speaker_token(verb)
    if source is None or chunk.quoted(source, marked):
        return None
    if not _may_find(source, entry):
        return None
    first = _finding_start(verb, entry.frames)
    if first is None:
        return None
    end = reported_end(sentence, verb, first, marked, chunk)
    if end is None:
        return None
    last = min(end, verb.right_edge, key=lambda t: t.i)
    while last.i > first.i and last.is_punct:
        last = last.nbor(-1)  # "(Statista puts it at 9 percent.)": not the closing marks
    if trimmed_content(chunk, first, last) is None:
        return None  # "The study found it": nothing a reader could check
    return attribution_over(chunk, sentence, verb, source, first, last, frame=FRAME)


def _may_find(source: Token, entry: EvidenceVerb) -> bool:
    """Evidence (or what a relative pronoun stands for) is the source; or anyone named,
    for a verb any source may use."""
    if evidence_words().is_evidence(_antecedent(source)):
        return True
    return entry.any_subject and _names_someone(source)


def _antecedent(source: Token) -> Token:
    """The noun a relative pronoun subject stands for (`a poll that shows ...`)."""
    if source.lower_ in _RELATIVES and source.head.dep_ == "relcl":
        return source.head.head
    return source


def _names_someone(source: Token) -> bool:
    return source.pos_ in ("PROPN", "NOUN") and may_speak(source)


def _finding_start(verb: Token, frames: frozenset[str]) -> Token | None:
    """The first word of the finding, by the verb's frames."""
    after = [c for c in verb.children if c.i > verb.i]
    obj = next((c for c in after if c.dep_ == "dobj"), None)
    if "object" in frames and obj is not None:
        return None if obj.lower_ == "way" else obj.left_edge  # "found its way into"
    if "at" in frames and obj is not None:
        # "puts her approval at 48 percent", the parser may hang `at` on the object
        around = [*after, *obj.children]
        at_after = any(c.lower_ == "at" and c.i > obj.i and _figure(c) for c in around)
        return obj.left_edge if at_after else None
    if "dative" in frames and obj is not None:
        listener = next((c for c in after if c.dep_ == "dative" and c.i < obj.i), None)
        return listener.left_edge if listener is not None else None
    if "predicate" in frames:
        return _standing_start(verb, obj, after)
    return None


def _figure(prep: Token) -> bool:
    """`at $40 million`, `at 49 percent`, `at about 5,000`: a figure, not `at risk`."""
    if prep.dep_ != "prep":
        return False
    value = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if value is None:
        return False
    return value.like_num or any(t.like_num for t in value.subtree)


def _standing_start(verb: Token, obj: Token | None, after: list[Token]) -> Token | None:
    """`has the mayor leading by six points` (the parser's clause, its own subject first) or
    `has Lee at 40 percent`, `has Lee ahead`: someone named, then how they stand."""
    clause = next((c for c in after if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"), None)
    if clause is not None and any(c.dep_ == "nsubj" for c in clause.children):
        return clause.left_edge
    if obj is None or obj.pos_ not in ("PROPN", "PRON"):
        return None  # "The poll has a margin of error of ...": about the poll itself
    for child in after:
        if child.i <= obj.i:
            continue
        standing = child.dep_ == "prep" and child.lower_ in _STANDING_PREPS
        if standing or child.lower_ in _STANDING_ADVERBS or child.tag_ == "VBG":
            return obj.left_edge
    return None


def misparsed_aside(
    chunk: ParsedChunk, sentence: SpacySpan, token: Token, marked: SpanIndex
) -> Attribution | None:
    """`..., city records show.` / `Last year, city records show, rents rose` when the
    parser did not make `show` a verb with the records as its subject."""
    words = evidence_words()
    entry = words.verb_for(token.lemma_, token.text)
    if entry is None or token.i == sentence.start:
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    subject = next(
        (c for c in token.children if c.dep_ in ("nsubj", "compound") and c.i < token.i), None
    )
    # "Audit files show that ...", "Lee estimates that ...", the verb taken for a noun
    if clause is not None and subject is not None and _may_find(subject, entry):
        return _clause_finding(chunk, sentence, token, subject, clause, marked)
    if "object" not in entry.frames:
        return None
    comma = _opening_comma(sentence, token)
    source = _evidence_after(comma, token) if comma is not None else None
    after = token.nbor(1) if token.i + 1 < sentence.end else None
    if comma is None or source is None or after is None:
        return None
    closing = after.text in _SENTENCE_ENDS or (
        after.text == "," and after.i + 1 < sentence.end and after.nbor(1).pos_ == "CCONJ"
    )
    if closing:
        if comma.i == sentence.start:
            return None
        return attribution_over(chunk, sentence, token, source, sentence[0], comma, frame=FRAME)
    if after.text != "," or after.i + 1 >= sentence.end:
        return None
    first = after.nbor(1)
    last = reported_end(sentence, token, first, marked, chunk)
    if last is None:
        return None
    return attribution_over(chunk, sentence, token, source, first, last, frame=FRAME)


def _clause_finding(
    chunk: ParsedChunk,
    sentence: SpacySpan,
    token: Token,
    subject: Token,
    clause: Token,
    marked: SpanIndex,
) -> Attribution | None:
    first = clause.left_edge
    if first.lower_ == "that" and first.i + 1 < sentence.end:
        first = first.nbor(1)
    last = reported_end(sentence, token, first, marked, chunk)
    if last is None:
        return None
    return attribution_over(chunk, sentence, token, subject, first, last, frame=FRAME)


def _opening_comma(sentence: SpacySpan, verb: Token) -> Token | None:
    """The comma before the evidence's few words (`, F.A.A. records`, `, campaign and
    corporate records`, `, records compiled by the county`), if they follow one."""
    start = max(sentence.start, verb.i - _ASIDE_TOKENS)
    for token in reversed(sentence.doc[start : verb.i]):
        if token.text == ",":
            return token
        if token.pos_ not in _ASIDE_POS or token.is_quote or token.tag_ in _FINITE_TAGS:
            return None
    return None


def _evidence_after(comma: Token, verb: Token) -> Token | None:
    """The first evidence noun between the comma and the verb: the records that show."""
    words = evidence_words()
    return next((t for t in comma.doc[comma.i + 1 : verb.i] if words.is_evidence(t)), None)
