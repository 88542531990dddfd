"""Sentences (the comparison's splitter) and the choice of which ones to parse.

Parsing is the slow step, so only sentences that can hold an attribution (a cue
word, a quote mark, a colon, "according", an opening "For X," or "In a poll," or a
closing "in a poll") are parsed, together with the sentence before any that starts
with a pronoun, which the speaker resolver may need. Adjacent chosen sentences of one
paragraph are parsed as one chunk so the parser sees them in context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from reader.documents.model import Span
from reader.quotes.document_lexicon import document_words
from reader.quotes.evidence import evidence_words
from reader.quotes.hedge_words import hedge_words
from reader.quotes.intents import intent_forms
from reader.quotes.lexicon import cues
from reader.quotes.marks import DOUBLE_MARKS
from reader.quotes.object_lexicon import object_words
from reader.quotes.perspective import OPENING
from reader.quotes.poll_findings import CLOSING
from reader.quotes.sides import may_take_side

_WORD = re.compile(r"[A-Za-z]+")
_PRONOUN_START = re.compile(r"\W*(?:he|she|they|his|her|their|it|its)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_DASHES = frozenset("―—–")  # a sentence opening with one may sign the quote before it
_CONTEXT_CHARS = frozenset(":") | DOUBLE_MARKS | frozenset("‘’")


def may_attribute(sentence_text: str) -> bool:
    """Whether a sentence can hold a speech cue, a quote or a colon introduction."""
    if any(char in _CONTEXT_CHARS for char in sentence_text):
        return True
    if "'" in sentence_text and re.search(r"(?:^|\W)'|'(?:\W|$)", sentence_text):
        return True
    if OPENING.match(sentence_text):
        return True  # "For the fishermen, ...", "In a poll released Monday, ..."
    if CLOSING.search(sentence_text):
        return True  # "X leads by five points in a new poll"
    vocabulary, objects = cues(), object_words()
    words = _WORD.findall(sentence_text)
    if any(vocabulary.is_cue_word(w) or objects.is_cue_word(w) for w in words):
        return True
    if hedge_words().may_find(words):
        return True  # "is expected to", "reportedly", "it is unclear whether"
    if any(w.lower() in intent_forms() for w in words):
        return True  # "is considering running", "is weighing whether to"
    if document_words().may_issue(sentence_text, words):
        return True  # "The agency released a report detailing ..."
    if objects.has_light_pair(words):
        return True  # "made it clear that ..."
    if objects.has_attitude_pair(words):
        return True  # "The union is critical of the plan"
    if may_take_side(words):
        return True  # "The union is against the plan"
    return evidence_words().may_find(sentence_text, words)  # "Estimates put the cost at ..."


def looks_like_speech(sentence_text: str) -> bool:
    """First person or a question: direct speech even without marks."""
    return sentence_text.rstrip(" \"'”’").endswith("?") or bool(_FIRST_PERSON.search(sentence_text))


def chunks_to_parse(text: str, sentences: list[Span], paragraphs: tuple[Span, ...]) -> list[Span]:
    """Spans of consecutive chosen sentences within one paragraph."""
    chosen = [
        may_attribute(text[s.start : s.end]) or text[s.start : s.start + 2].lstrip()[:1] in _DASHES
        for s in sentences
    ]
    for index in range(1, len(sentences)):
        sentence = sentences[index]
        if chosen[index] and _PRONOUN_START.match(text, sentence.start):
            chosen[index - 1] = True
    return list(_merge_runs(sentences, chosen, paragraphs or (Span(0, len(text)),)))


def _merge_runs(
    sentences: list[Span], chosen: list[bool], paragraphs: tuple[Span, ...]
) -> Iterable[Span]:
    starts = [p.start for p in paragraphs]
    run: Span | None = None
    run_paragraph = -1
    for sentence, keep in zip(sentences, chosen, strict=True):
        paragraph = bisect_right(starts, sentence.start) - 1
        if run is not None and (not keep or paragraph != run_paragraph):
            yield run
            run = None
        if keep:
            run = sentence if run is None else Span(run.start, sentence.end)
            run_paragraph = paragraph
    if run is not None:
        yield run
