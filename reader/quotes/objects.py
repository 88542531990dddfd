"""Claims whose content is a noun phrase: the object of a communication or attitude verb.

`Smith thanked the crews for their work`, `Critics branded the plan a giveaway`, `She
referred to the levy as a tax on the poor`: what was said is the object (with what it is
praised or blamed for, accused of or described as), the speaker is the verb's subject.
The verbs are in objects.json. The clause frames (`said that ...`, `urged X to ...`) and
the verbs cues.json already gives an object frame are read by `indirect`; this module
takes only what they leave.

An object too short to show a reader anything (`praised him`, `backed Lee`) is no claim
here: the content must run to `MIN_WORDS` words and not be a bare pronoun.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from reader.documents.model import Span
from reader.quotes.indirect import Attribution, find_speaker_token
from reader.quotes.lexicon import cues, regular_forms
from reader.quotes.mentions import mention_from_token
from reader.quotes.parsed import ParsedChunk, SpanIndex, inside_any

MIN_WORDS = 3  # "praised the firefighters' courage" shows a reader something; "praised Lee" not
FRAME = "object"  # Attribution.frame of what this module finds

# What an object is praised or blamed for, accused of, described as, faulted over,
# congratulated on, offered to, compared with: the complement that makes the claim.
_COMPLEMENT_PREPS = frozenset(
    {"for", "of", "as", "over", "on", "to", "from", "against", "with", "about"}
)
# Words of cues.json's frames that read an object: its verbs are `indirect`'s to report.
_CUES_OBJECT_FRAMES = frozenset({"dobj", "as", "oprd", "prep"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})
_NON_SPEAKER_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_TIME_PREPS = frozenset({"on", "over"})
_TRIM = " \t\n,;:.-–—"
_OPENING = "\"'“‘"


@dataclass(frozen=True, slots=True)
class ObjectVerb:
    lemma: str
    frames: frozenset[str]  # object, as, prep
    preps: frozenset[str] = frozenset()  # the prep frame's prepositions: "referred to"
    any_subject: bool = False  # "the survey shows ...": no speaker needed as the subject


@dataclass(frozen=True, slots=True)
class ObjectVerbs:
    verbs: dict[str, ObjectVerb]  # by lemma
    forms: dict[str, str]  # lower-case word form -> lemma

    def verb_for(self, lemma: str, form: str) -> ObjectVerb | None:
        found = self.verbs.get(lemma.lower())
        if found is None:
            lemma_of_form = self.forms.get(form.lower())
            found = self.verbs.get(lemma_of_form) if lemma_of_form else None
        return found

    def is_verb_form(self, word: str) -> bool:
        """Whether a word may be one of these verbs (for choosing sentences to parse)."""
        return word.lower() in self.forms


@cache
def object_verbs() -> ObjectVerbs:
    text = resources.files("reader.quotes").joinpath("objects.json").read_text(encoding="utf-8")
    data = json.loads(text)
    verbs: dict[str, ObjectVerb] = {}
    forms: dict[str, str] = {}
    for lemma, spec in data["verbs"].items():
        verbs[lemma] = ObjectVerb(
            lemma,
            frozenset(spec["frames"]),
            frozenset(spec.get("preps", [])),
            bool(spec.get("any_subject")),
        )
        for form in regular_forms(lemma) | set(spec.get("forms", [])):
            forms[form] = lemma
    return ObjectVerbs(verbs, forms)


def object_attributions(chunks: list[ParsedChunk], marked: SpanIndex) -> list[Attribution]:
    """The noun-phrase claims of the parsed chunks (headlines excepted: `Board backs plan`
    is news, not somebody's stance)."""
    found: list[Attribution] = []
    for chunk in chunks:
        if chunk.is_headline:
            continue
        for sentence in chunk.sentences():
            found.extend(_sentence_objects(chunk, sentence, marked))
    return found


def _sentence_objects(
    chunk: ParsedChunk, sentence: SpacySpan, marked: SpanIndex
) -> Iterator[Attribution]:
    vocabulary = object_verbs()
    for token in sentence:
        if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
            continue
        verb = vocabulary.verb_for(token.lemma_, token.text)
        if verb is None or inside_any(chunk.token_span(token), marked):
            continue  # a cue inside a quote belongs to the quoted speaker's own words
        attribution = _attribution(chunk, sentence, token, verb, marked)
        if attribution is not None:
            yield attribution


def _attribution(
    chunk: ParsedChunk, sentence: SpacySpan, cue: Token, verb: ObjectVerb, marked: SpanIndex
) -> Attribution | None:
    if _read_by_clause_frames(cue) or _is_passive(cue) or _is_purpose(cue):
        return None
    speaker = find_speaker_token(cue)
    if speaker is None or inside_any(chunk.token_span(speaker), marked):
        return None  # an object nobody is named as saying is no claim to audit
    if not verb.any_subject and speaker.ent_type_ in _NON_SPEAKER_ENTS:
        return None  # "Texas rejected the appeal": a place acts, it does not speak
    bounds = _content_bounds(cue, verb)
    if bounds is None:
        return None
    content = _trimmed(chunk, *bounds)
    if content is None:
        return None
    return Attribution(
        cue=chunk.token_span(cue),
        speaker=mention_from_token(chunk, speaker),
        content=content,
        sentence=chunk.tokens_span(sentence[0], sentence[-1]),
        frame=FRAME,
    )


def _read_by_clause_frames(cue: Token) -> bool:
    """The cue is `indirect`'s to read: cues.json gives it an object frame, or it takes a
    clause here (`noted that ...`, `urged them to ...`)."""
    listed = cues().verbs.get(cue.lemma_.lower())
    if listed is None:
        return False
    if not listed.frames.isdisjoint(_CUES_OBJECT_FRAMES):
        return True
    if any(c.dep_ in _CLAUSE_DEPS for c in cue.children):
        return True
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return after is not None and after.lower_ == "that"


def _is_passive(cue: Token) -> bool:
    """`The plan was praised`: the subject is what is spoken of, not the speaker."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children)


def _is_purpose(cue: Token) -> bool:
    """`plans to outline a budget`, `met to discuss the deal`: an intention, not a claim."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    return infinitive and cue.dep_ in ("xcomp", "advcl")


def _content_bounds(cue: Token, verb: ObjectVerb) -> tuple[Token, Token] | None:
    if "prep" in verb.frames:
        found = _prep_bounds(cue, verb.preps)
        if found is not None:
            return found
    if verb.frames.isdisjoint({"object", "as"}):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None:
        return _small_clause(cue) if "as" in verb.frames else None
    last = _completed_end(cue, obj.right_edge)
    completed = last.i > obj.right_edge.i
    if "object" not in verb.frames and not completed and not _describes(obj):
        return None  # "saw the report" is no view of it; "saw the report as a smear" is
    if obj.pos_ == "PRON" and not completed:
        return None  # "praised him": nothing a reader could check
    return obj.left_edge, last


def _completed_end(cue: Token, last: Token) -> Token:
    """The end of the object with what completes it, each part right after the one before:
    `for their courage`, `of lying`, `as a betrayal`, `to the families`, `a disaster`
    (`called the plan a disaster`), `to be unfair`; not a date (`on Monday`, passed over when
    a complement follows it) nor where or how it was said (`in a statement`, `at the rally`),
    which the parser hangs on the verb as readily as on the object."""
    reach = last  # the last token looked at: a date between object and complement
    for child in sorted(cue.children, key=lambda c: c.i):
        if child.i <= reach.i:
            continue
        if child.left_edge.i != reach.i + 1:
            break
        if _completes(child):
            last = reach = child.right_edge
        elif _is_time(child):
            reach = child.right_edge
        else:
            break
    return last


def _completes(child: Token) -> bool:
    if child.dep_ in ("oprd", "xcomp"):
        return True
    if child.dep_ in ("dobj", "npadvmod"):  # `branded the budget a betrayal`, parsed flat
        return child.pos_ in ("NOUN", "PROPN") and child.ent_type_ not in _TIME_ENTS
    return (
        child.dep_ in ("prep", "dative") and child.lower_ in _COMPLEMENT_PREPS and not _timed(child)
    )


def _timed(prep: Token) -> bool:
    """`on Monday`, `over the weekend`: the preposition's own object is a time (`for their
    long hours` is a reason)."""
    if prep.lower_ not in _TIME_PREPS:
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in prep.children)


def _is_time(child: Token) -> bool:
    """A date or time the parser hung on the verb: `on Saturday`, `last week`."""
    if child.dep_ == "prep":
        return _timed(child)
    return child.dep_ == "npadvmod" and child.ent_type_ in _TIME_ENTS


def _describes(obj: Token) -> bool:
    """The parser may hang the description on the object itself: `saw [the vote as a
    betrayal]`, `dubbed [the winger, the new magician]`."""
    return any(t.lower_ == "as" and t.dep_ == "prep" for t in obj.subtree) or any(
        c.dep_ == "appos" for c in obj.children
    )


def _small_clause(cue: Token) -> tuple[Token, Token] | None:
    """`considers the tax to be unfair`, parsed as a clause with its own subject."""
    clause = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i), None)
    if clause is None or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return clause.left_edge, clause.right_edge


def _prep_bounds(cue: Token, preps: frozenset[str]) -> tuple[Token, Token] | None:
    """`referred to the levy (as a tax on the poor)`: the object of the verb's own preposition,
    with an `as` complement after it."""
    prep = next(
        (c for c in cue.children if c.dep_ == "prep" and c.lower_ in preps and c.i > cue.i), None
    )
    target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    if prep is None or target is None:
        return None
    if target.pos_ == "PRON" and target.right_edge.i == target.i:
        return None
    return target.left_edge, _completed_end(cue, target.right_edge)


def _trimmed(chunk: ParsedChunk, first: Token, last: Token) -> Span | None:
    """The content's span without edge punctuation, when it has `MIN_WORDS` words."""
    span = chunk.tokens_span(first, last)
    text = chunk.doc.text
    start, end = span.start - chunk.base, span.end - chunk.base
    while start < end and (text[start] in _TRIM or text[start] in _OPENING):
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    words = [w for w in text[start:end].split() if any(ch.isalnum() for ch in w)]
    if len(words) < MIN_WORDS:
        return None
    return Span(chunk.base + start, chunk.base + end)
