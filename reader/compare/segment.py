"""A fast rule-based sentence splitter for English news prose.

The splitter looks only at candidate terminators (runs of `.`, `!`, `?`, `…`
followed by optional closing quotes or brackets and then whitespace) and
decides for each one whether it ends a sentence. Sentences never cross
paragraph boundaries and their spans exclude surrounding whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.compare.normalize import word_set
from reader.documents.model import Span

# Terminator run, then closing quotes/brackets, then whitespace (or the paragraph end).
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w.]+)\W*$")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# Titles before a name: a period after them never ends a sentence.
_TITLES = word_set(
    "mr mrs ms messrs dr prof sir sr jr st gen lt col capt cmdr sgt maj adm sen rep gov "
    "pres rev hon fr supt insp det cpl pte brig"
)
# Abbreviations that are followed by a number: "Jan. 5", "No. 10", "Fig. 3".
_BEFORE_NUMBERS = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig p pp vol art ch sec"
)
# Abbreviations that are almost never the last word of a sentence.
_INNER = word_set("e.g i.e vs cf approx ca est dept univ assn bros")
# Words that usually start a sentence; a capitalised word after "U.S." or an
# initial only means a new sentence when it is one of these.
_SENTENCE_STARTERS = word_set(
    "the a an he she it they we i you his her its their our this that these those "
    "but and so yet or in on at for from with after before when while if as since "
    "there here what why how who where which however meanwhile still then now some "
    "many most no not one two three officials police"
)


def split_sentences(text: str, paragraphs: Iterable[Span] | None = None) -> tuple[Span, ...]:
    """Sentence spans of `text`, in order, each inside one paragraph.

    Without paragraphs the text is split on blank lines first.
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    sentences: list[Span] = []
    for paragraph in paragraphs:
        sentences.extend(_split_paragraph(text, paragraph.start, paragraph.end))
    return tuple(sentences)


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Paragraphs separated by blank lines, trimmed of surrounding whitespace."""
    spans: list[Span] = []
    start = 0
    for gap in _BLANK_LINES.finditer(text):
        _append_trimmed(text, start, gap.start(), spans)
        start = gap.end()
    _append_trimmed(text, start, len(text), spans)
    return tuple(spans)


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _ends_sentence(text, match, end):
            _append_trimmed(text, sentence_start, match.end(), spans)
            sentence_start = match.end()
    _append_trimmed(text, sentence_start, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def _ends_sentence(text: str, match: re.Match[str], paragraph_end: int) -> bool:
    next_word = _next_word(text, match.end(), paragraph_end)
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False  # "'Why?' he asked", "the U.S. economy"
    terminators = match.group().rstrip("\"'”’»)]")
    if terminators != ".":
        return True  # "?", "!", "…", "..." and "?!" before a capital or a quote
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return True
    return not _is_abbreviation(before.group(1), next_word)


def _next_word(text: str, position: int, paragraph_end: int) -> str:
    while position < paragraph_end and text[position].isspace():
        position += 1
    stop = position
    while stop < paragraph_end and not text[stop].isspace():
        stop += 1
    return text[position:stop]


def _is_abbreviation(word: str, next_word: str) -> bool:
    """Whether the period after `word` is an abbreviation's, given what follows."""
    bare = word.strip(".").lower()
    next_bare = next_word.lstrip("\"'“‘«([").rstrip(".,;:!?\"'”’»)]").lower()
    starts_sentence = next_bare in _SENTENCE_STARTERS
    if bare in _TITLES:
        return True
    if bare in _BEFORE_NUMBERS:
        return next_word[0].isdigit()
    if bare in _INNER:
        return True
    if "." in bare or (len(bare) == 1 and bare.isalpha() and word[-1:].isupper()):
        # Dotted acronyms ("U.S.") and initials ("J. K. Rowling").
        return not starts_sentence
    return False
