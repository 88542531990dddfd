"""Segmentation: paragraphs and sentences. The one place in Reader that finds either.

Paragraphs are separated by blank lines; text with no blank line at all holds
one paragraph per line, as web extractions do. Sentences never cross a
paragraph, except that hard-wrapped lines (a file wrapped at a fixed width with
no blank lines) are joined first, so a sentence can run over line ends.

The sentence splitter looks only at candidate terminators (runs of `.`, `!`,
`?`, `…` followed by optional closing quotes or brackets and then whitespace)
and decides for each one whether it ends a sentence. Spans exclude surrounding
whitespace and always point into the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from reader.documents.model import Document, Span

# A line break followed by one or more lines holding nothing but whitespace.
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
_LINE_BREAK = re.compile(r"\n")
# Terminator run, then closing quotes/brackets, then whitespace (or the paragraph end);
# the lookahead also captures the first character of the next word ("" at the end).
_CANDIDATE = re.compile(r"([.!?…]+)[\"'”’»)\]]*(?=\s|$)(?=\s*(\S?))")
_WORD_BEFORE = re.compile(r"([\w.]+)\W*$")
_WORDLIKE = re.compile(r"[\w.]+")
# How far back the word before a period is looked for.
_WORD_REACH = 40
_NEXT_WORD = re.compile(r"\s*(\S*)")
# "U.S", "e.g", "Ph.D", "a.m": short letter groups joined by periods.
_DOTTED = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+")
# A line that ends like a sentence (or a heading with a colon) is not a wrapped one.
_LINE_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")
# Lines shorter than this are headings or list items, not hard-wrapped prose.
_WRAPPED_MIN = 40
_WRAPPED_SHARE = 0.6
# The widest a hard-wrapped line gets (mail and terminals wrap at 60 to 80).
_WRAP_MAX = 120
_OPENING_MARKS = frozenset("\"“„«‘'")


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


# Titles before a name: a period after them never ends a sentence.
_TITLES = word_set(
    "mr mrs ms messrs dr prof sir sr jr st gen lt col capt cmdr sgt maj adm sen rep gov "
    "pres rev hon fr supt insp det cpl pte brig"
)
# Abbreviations that are followed by a number: "Jan. 5", "No. 10", "Fig. 3", "p. 4".
_BEFORE_NUMBERS = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos fig p pp vol art ch sec"
)
# Abbreviations that are almost never the last word of a sentence.
_INNER = word_set("e.g i.e vs cf approx ca est dept univ assn bros")
_ABBREVIATIONS = _TITLES | _BEFORE_NUMBERS | _INNER
# Words that usually start a sentence; a capitalised word after "U.S." or an
# initial only means a new sentence when it is one of these.
_SENTENCE_STARTERS = word_set(
    "the a an he she it they we i you his her its their our this that these those "
    "but and so yet or in on at for from with after before when while if as since "
    "there here what why how who where which however meanwhile still then now some "
    "many most no not one two three officials police"
)


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Spans of the paragraphs of `text`, each without its surrounding whitespace.

    Paragraphs are separated by blank lines. Text with no blank line at all is
    taken to hold one paragraph per line, as web extractions do.
    """
    content = _trimmed(text, 0, len(text))
    if content is None:
        return ()
    within = (content.start, content.end)
    one_per_line = _BLANK_LINES.search(text, *within) is None
    separators = (_LINE_BREAK if one_per_line else _BLANK_LINES).finditer(text, *within)
    spans: list[Span | None] = []
    start = content.start
    for separator in separators:
        spans.append(_trimmed(text, start, separator.start()))
        start = separator.end()
    spans.append(_trimmed(text, start, content.end))
    return tuple(span for span in spans if span is not None)


def split_sentences(text: str, paragraphs: Iterable[Span] | None = None) -> tuple[Span, ...]:
    """Sentence spans of `text`, in order, each inside one (unwrapped) paragraph.

    Without paragraphs, `paragraph_spans` finds them.
    """
    given = paragraph_spans(text) if paragraphs is None else tuple(paragraphs)
    sentences: list[Span] = []
    for paragraph in join_wrapped_lines(text, given):
        _split_paragraph(text, paragraph.start, paragraph.end, sentences)
    return tuple(sentences)


def document_sentences(document: Document) -> tuple[Span, ...]:
    """A document's sentences: what the comparison aligns and the quote finder parses."""
    return split_sentences(document.text, document.paragraphs or None)


def join_wrapped_lines(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """Paragraphs with hard-wrapped lines joined: spans still point into `text`.

    Two paragraphs one line break apart are one wrapped paragraph when the first
    does not end a sentence and either the second starts in lower case or the
    first is about as long as the text's longest line (it was wrapped there).
    Inside a run of lines wrapped at one width, a line also runs on, whatever it
    ends with, when the next line's first word would not have fitted on it.
    """
    if len(paragraphs) < 2:
        return list(paragraphs)
    width = max(len(p) for p in paragraphs)
    long_line = max(_WRAPPED_MIN, _WRAPPED_SHARE * width)
    wrap_widths = _wrap_widths(text, paragraphs)
    blocks = any(text.count("\n", a.end, b.start) > 1 for a, b in pairwise(paragraphs))
    joined = [paragraphs[0]]
    for index in range(1, len(paragraphs)):
        paragraph, last = paragraphs[index], joined[-1]
        previous = paragraphs[index - 1]
        if _continues(text, last, paragraph, long_line) or _filled(
            text, Span(last.start, previous.end), paragraph, wrap_widths[index - 1], blocks
        ):
            joined[-1] = Span(last.start, paragraph.end)
        else:
            joined.append(paragraph)
    return joined


def _wrap_widths(text: str, lines: Sequence[Span]) -> list[int | None]:
    """For each line, the width its run of lines (one line break apart) was wrapped
    at (its longest line but the last, no wider than text gets wrapped at), or None
    when the run does not look wrapped there. Runs, not the whole text: one wrapped
    paragraph among long unwrapped ones keeps its own width."""
    widths: list[int | None] = [None] * len(lines)
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and text.count("\n", lines[end - 1].end, lines[end].start) == 1:
            continue
        run = lines[start:end]
        widest = max(_line_length(text, line) for line in run[:-1]) if len(run) > 2 else 0
        if _WRAPPED_MIN <= widest <= _WRAP_MAX and _wrapped_at(text, run, widest):
            widths[start:end] = [widest] * (end - start)
        start = end
    return widths


def _wrapped_at(text: str, run: Sequence[Span], width: int) -> bool:
    """Lines wrapped at `width`: at least two too full for the next line's first word,
    and every other line but the last ends a sentence (a paragraph ends there)."""
    full = 0
    for line, following in pairwise(run):
        if _too_full(text, line, following, width):
            full += 1
        elif not _line_ends_sentence(text, line, following):
            return False
    return full >= 2


def _too_full(text: str, line: Span, following: Span, width: int) -> bool:
    """The first word of `following` would not have fitted on `line` at `width`."""
    word = _NEXT_WORD.match(text, following.start)
    first = len(word.group(1)) if word else 0
    return _line_length(text, line) + 1 + first > width


def _filled(text: str, block: Span, following: Span, wrap_width: int | None, blocks: bool) -> bool:
    """In a hard-wrapped run, a line ending a sentence still runs on where blank lines
    part the paragraphs (`blocks`); in text with none, any line break may end a
    paragraph, so only inside an open quote (a paragraph ends with its quotes closed,
    or the next one reopens them)."""
    if wrap_width is None or text.count("\n", block.end, following.start) != 1:
        return False
    line = Span(text.rfind("\n", block.start, block.end) + 1 or block.start, block.end)
    if blocks or not _line_ends_sentence(text, line, following):
        return True
    return text[following.start] not in _OPENING_MARKS and _quote_open(
        text[block.start : block.end]
    )


def _quote_open(words: str) -> bool:
    """A double quote opened and not yet closed: more curly openers than closers, or
    an odd number of straight marks."""
    return words.count("“") > words.count("”") or words.count('"') % 2 == 1


def _line_length(text: str, line: Span) -> int:
    """Characters on the line up to `line.end`, counting any indentation before it."""
    return line.end - (text.rfind("\n", 0, line.start) + 1)


def reading_paragraphs(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """The paragraphs as a reader sees them: every line of `paragraphs` apart, except
    hard-wrapped lines, joined as `join_wrapped_lines` decides. The window lays its panes
    out by these, the text report prints the lines as they are, so both show the same
    breaks. Lines are trimmed (a trailing space or no-break space ends no differently).
    """
    lines: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        for match in _LINE_BREAK.finditer(text, paragraph.start, paragraph.end):
            line = _trimmed(text, start, match.start())
            if line is not None:
                lines.append(line)
            start = match.end()
        line = _trimmed(text, start, paragraph.end)
        if line is not None:
            lines.append(line)
    return join_wrapped_lines(text, lines)


def _continues(text: str, first: Span, second: Span, long_line: float) -> bool:
    if text.count("\n", first.end, second.start) != 1:
        return False
    line_start = text.rfind("\n", first.start, first.end) + 1 or first.start
    line = text[line_start : first.end]
    if _LINE_END.search(line) and _line_ends_sentence(text, first, second):
        return False
    starts_lower = text[second.start].islower()
    return starts_lower or (len(line) >= long_line and len(line) >= _WRAPPED_MIN)


def _line_ends_sentence(text: str, line: Span, following: Span) -> bool:
    """Whether the terminator ending `line` ends a sentence, asked of the splitter with
    the next line's first word ("the U.S." then "Supreme Court" does not); a colon does."""
    position = line.end
    while position > line.start and text[position - 1] in "\"'”’»)]":
        position -= 1
    while position > line.start and text[position - 1] in ".!?…":
        position -= 1
    match = _CANDIDATE.match(text, position, following.end)
    return match is None or _ends_sentence(text, match, following.end)


def _split_paragraph(text: str, start: int, end: int, spans: list[Span]) -> None:
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _ends_sentence(text, match, end):
            stop = match.end()  # a terminator or a closing mark: never whitespace
            if sentence_start < stop and not text[sentence_start].isspace():
                spans.append(Span(sentence_start, stop))
            else:
                _append_trimmed(text, sentence_start, stop, spans)
            sentence_start = match.start(2)  # the next word's start, after whitespace
    _append_trimmed(text, sentence_start, end, spans)


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    span = _trimmed(text, start, end)
    if span is not None:
        spans.append(span)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span [start, end) narrowed to its non-whitespace part; None if it is blank."""
    # Stepping over the usual one or two spaces beats copying the piece to strip it.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _ends_sentence(text: str, match: re.Match[str], paragraph_end: int) -> bool:
    terminators, next_char = match.groups()
    if not next_char:
        return True
    if next_char.islower():
        return False  # "'Why?' he asked", "the U.S. economy"
    if terminators != ".":
        return True  # "?", "!", "…", "..." and "?!" before a capital or a quote
    start = match.start()
    if start == 0 or not text[start - 1].isalpha():
        return True  # "24.12%.", "in 2003.": no abbreviation ends in a digit or a sign
    if start > 7 and text[start - 7 : start].isalpha():
        return True  # a word of seven letters or more is no abbreviation we know
    word = _word_before(text, start)
    if word is None:
        return True
    if "." not in word and len(word) > 1 and word.lower() not in _ABBREVIATIONS:
        return True  # "said.", "Paris.": a plain word that abbreviates nothing
    return not _is_abbreviation(word, _next_word(text, match.end(), paragraph_end))


def _word_before(text: str, start: int) -> str | None:
    """The run of word characters and periods that ends at `start` (whose last
    character is a letter), looked for at most `_WORD_REACH` characters back."""
    reach = max(0, start - _WORD_REACH)
    space = text.rfind(" ", reach, start)
    if space >= 0:
        word = text[space + 1 : start]
        if _WORDLIKE.fullmatch(word):
            return word  # the usual case: a space, then the word
    before = _WORD_BEFORE.search(text, reach, start)
    return None if before is None else before.group(1)


def _next_word(text: str, position: int, paragraph_end: int) -> str:
    found = _NEXT_WORD.match(text, position, paragraph_end)
    return found.group(1) if found else ""


def _is_abbreviation(word: str, next_word: str) -> bool:
    """Whether the period after `word` is an abbreviation's, given what follows."""
    bare = word.strip(".")
    lower = bare.lower()
    next_bare = next_word.lstrip("\"'“‘«([").rstrip(".,;:!?\"'”’»)]").lower()
    starts_sentence = next_bare in _SENTENCE_STARTERS
    if lower in _TITLES or lower in _INNER:
        return True
    if len(bare) == 1 and bare.isupper():
        return not starts_sentence  # an initial: "Alfred P. Murrah", "J. K. Rowling"
    if lower in _BEFORE_NUMBERS:
        return next_word[0].isdigit()
    if _DOTTED.fullmatch(bare):
        # Dotted acronyms ("U.S."), but not web addresses ("ESPN.com.").
        return not starts_sentence
    return False
