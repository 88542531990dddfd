"""Quotes in quote marks: straight or curly, double or single, nested, over paragraphs.

Single marks double as apostrophes (Ukraine's, '90s, rock 'n' roll, students'),
so each mark is first classified from its neighbours, and plural possessives
are settled while pairing: `s'` only closes a quote when no later mark could.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from reader.documents.model import Span
from reader.documents.segment import reading_paragraphs
from reader.quotes.turns import turn_label_at

DOUBLE_MARKS = frozenset('"“”„«»')
SINGLE_MARKS = frozenset("'‘’‚‹›")
ALWAYS_OPEN = frozenset("“„«‘‚‹")
ALWAYS_CLOSE = frozenset("”»›")
_OPEN_CONTEXT = frozenset("([{—–-/:")  # a mark after these starts a quote
_ELISION = re.compile(r"['’]n['’]|['’](?:\d\d(?:s|\b)|em\b|til\b|cause\b|tis\b)")
_EDGE_PUNCT_TO_DROP = ",;: \t\n"
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")


class MarkRole(Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"  # a straight mark with space or word on both sides
    POSSESSIVE_OR_CLOSE = "possessive_or_close"  # the ' of "students' union"


@dataclass(frozen=True, slots=True)
class Mark:
    offset: int
    double: bool
    role: MarkRole
    width: int = 1  # 2 for a doubled apostrophe ('') standing for a double mark


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    """Content between a pair of marks (marks excluded, edge commas trimmed)."""

    content: Span
    open_offset: int
    close_offset: int | None  # None when the quote ran to a paragraph end unclosed
    depth: int  # 0 for an outermost quote


@dataclass
class _Open:
    mark: Mark
    depth: int
    at_paragraph_start: bool


def find_marked_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[MarkedQuote]:
    """All quotes in marks, outermost and nested, in text order."""
    # Lines, not blocks: web text often keeps one news paragraph per line inside a block,
    # and a quote mark left open there must not run on into the next speaker's line.
    paragraphs = tuple(reading_paragraphs(text, paragraphs or (Span(0, len(text)),)))
    elided = {m.start() for m in _ELISION.finditer(text)} | {
        m.end() - 1 for m in _ELISION.finditer(text) if m.group().endswith(("'", "’"))
    }
    per_paragraph = [_classify_marks(text, p, elided) for p in paragraphs]
    quotes: list[MarkedQuote] = []
    carried: _Open | None = None
    for index, marks in enumerate(per_paragraph):
        paragraph = paragraphs[index]
        next_marks = per_paragraph[index + 1] if index + 1 < len(per_paragraph) else []
        next_start = paragraphs[index + 1].start if index + 1 < len(paragraphs) else None
        carried = _pair_paragraph(text, paragraph, marks, carried, quotes)
        if carried is not None and not _continues(text, next_marks, next_start, carried):
            _close(text, carried, paragraph.end, None, quotes)
            carried = None
    quotes.sort(key=lambda q: (q.content.start, -q.content.end))
    return quotes


def _classify_marks(text: str, paragraph: Span, elided: set[int]) -> list[Mark]:
    marks: list[Mark] = []
    skip_to = paragraph.start
    for offset in range(paragraph.start, paragraph.end):
        char = text[offset]
        if offset < skip_to or (char not in DOUBLE_MARKS and char not in SINGLE_MARKS):
            continue
        if offset in elided:
            continue
        if text[offset - 1 : offset] == "=":  # markup: <tweet author="name">, not a quote
            closer = text.find(char, offset + 1, paragraph.end)
            skip_to = closer + 1 if closer > 0 else skip_to
            continue
        for start, width in _apostrophe_run(text, offset, paragraph):
            skip_to = start + width
            role = _role(text, start, paragraph, width)
            if role is not None:
                marks.append(Mark(start, char in DOUBLE_MARKS or width == 2, role, width))
    return marks


def _apostrophe_run(text: str, offset: int, paragraph: Span) -> list[tuple[int, int]]:
    """(offset, width) of the marks a run of straight apostrophes stands for. Archives typed
    without curly quotes write a double mark as two apostrophes (`''Yes,'' he said`); with
    a single mark beside it, three close a single then a double after a word, and open a
    double then a single after a space. Any other character is one mark of its own."""
    if text[offset] != "'":
        return [(offset, 1)]
    end = offset
    while end < paragraph.end and text[end] == "'":
        end += 1
    run = end - offset
    if run == 2:
        return [(offset, 2)]
    if run == 3:
        before = text[offset - 1] if offset > paragraph.start else " "
        opening = before.isspace() or before in _OPEN_CONTEXT
        return [(offset, 2), (offset + 2, 1)] if opening else [(offset, 1), (offset + 1, 2)]
    return [(o, 1) for o in range(offset, end)]


def _role(text: str, offset: int, paragraph: Span, width: int = 1) -> MarkRole | None:
    char = text[offset] if width == 1 else '"'  # a doubled apostrophe acts as a double mark
    before = text[offset - 1] if offset > paragraph.start else " "
    after = text[offset + width] if offset + width < paragraph.end else " "
    word_before, word_after = before.isalnum(), after.isalnum()
    if char in ALWAYS_OPEN and (word_before or before in ",.!?"):
        if char in SINGLE_MARKS and word_before and word_after:
            return None  # a typed apostrophe: Trump‘s
        if after.isspace() or after in ",.;:!?":
            return MarkRole.CLOSE  # an opening mark typed at the end: review“ of, here,“ said
    if char in ALWAYS_OPEN:
        return MarkRole.OPEN
    if char in ALWAYS_CLOSE:
        return MarkRole.CLOSE
    if char in SINGLE_MARKS and word_before and word_after:
        return None  # apostrophe inside a word: Ukraine's, don't
    opens = before.isspace() or before in _OPEN_CONTEXT or before in DOUBLE_MARKS | SINGLE_MARKS
    closes = after.isspace() or not word_after
    if opens and not after.isspace():
        return MarkRole.OPEN
    if closes and not before.isspace():
        if char in SINGLE_MARKS and before in "sS" and _noun_may_follow(text, offset):
            return MarkRole.POSSESSIVE_OR_CLOSE
        return MarkRole.CLOSE
    return MarkRole.EITHER if char == '"' else None


def _noun_may_follow(text: str, offset: int) -> bool:
    """`allies' plan` may be possessive; `efforts' but` closes a quote."""
    match = _NEXT_WORD.match(text, offset + 1)
    return match is not None and match.group(1).lower() not in _function_words()


@cache
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _pair_paragraph(
    text: str,
    paragraph: Span,
    marks: list[Mark],
    carried: _Open | None,
    quotes: list[MarkedQuote],
) -> _Open | None:
    """Pair marks within one paragraph; return an open quote that runs on, if any."""
    stack: list[_Open] = [carried] if carried is not None else []
    skip_reopen = carried is not None  # the re-opening mark of a continued quote
    closer_later = _closers_after(marks)
    for position, mark in enumerate(marks):
        if skip_reopen and mark.offset == _first_visible(text, paragraph):
            skip_reopen = False
            continue
        if _closes(mark, stack, closer_later[position]):
            opened = _pop_family(stack, mark.double)
            _close(text, opened, mark.offset, mark.offset, quotes)
        elif mark.role in (MarkRole.OPEN, MarkRole.EITHER):
            at_start = mark.offset == _first_visible(text, paragraph)
            stack.append(_Open(mark, len(stack), at_start))
    outermost = stack[0] if stack else None
    for unclosed in stack[1:]:
        _close(text, unclosed, paragraph.end, None, quotes)
    if outermost is not None and not outermost.at_paragraph_start:
        _close(text, outermost, paragraph.end, None, quotes)
        return None
    return outermost


def _closers_after(marks: list[Mark]) -> list[bool]:
    """For each mark: whether a later mark of its family (double or single) could close.
    Worked out once from the end, so a paragraph of thousands of marks stays linear."""
    seen = {True: False, False: False}
    after: list[bool] = [False] * len(marks)
    for position in range(len(marks) - 1, -1, -1):
        mark = marks[position]
        after[position] = seen[mark.double]
        if mark.role is not MarkRole.OPEN:
            seen[mark.double] = True
    return after


def _closes(mark: Mark, stack: list[_Open], closer_later: bool) -> bool:
    if not any(o.mark.double == mark.double for o in stack):
        return False
    if mark.role is MarkRole.CLOSE:
        return True
    if mark.role is MarkRole.EITHER:
        return stack[-1].mark.double == mark.double
    if mark.role is MarkRole.POSSESSIVE_OR_CLOSE:
        # "the allies' plan" inside an open single quote: a later mark closes it instead.
        return not closer_later
    return False


def _pop_family(stack: list[_Open], double: bool) -> _Open:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].mark.double == double:
            opened = stack[index]
            del stack[index:]
            return opened
    raise LookupError("no open quote of this family")


def _first_visible(text: str, paragraph: Span) -> int:
    offset = paragraph.start
    while offset < paragraph.end and text[offset].isspace():
        offset += 1
    return offset


def _continues(text: str, next_marks: list[Mark], next_start: int | None, open_: _Open) -> bool:
    """A quote opened at a paragraph start runs on only if the next paragraph opens with a
    mark of its kind (the news way of quoting over paragraphs), and that paragraph is not
    a new turn of a transcript (`"WALLACE: ...`): a new label is a new speaker. Without
    the reopening mark, it runs on to a mark that can only close it, or over a sentence
    cut in two by the paragraph break."""
    if next_start is None or not next_marks:
        return False
    first = next_marks[0]
    reopens = first.role in (MarkRole.OPEN, MarkRole.EITHER) and first.double == open_.mark.double
    reopens = reopens and text[next_start : first.offset].strip() == ""
    if reopens:
        return not _new_turn(text, first.offset + first.width)
    if first.double != open_.mark.double:
        return False
    # A line break inside the quote (text wrapped by hand, or pasted from a PDF): the next
    # paragraph's first mark can only close, so the quote it closes began earlier.
    if first.role is MarkRole.CLOSE:
        return True
    # A sentence broken by a stray paragraph break (`... since the election in.` then
    # `1988. The ...`): the next paragraph goes on in lower case or digits to a closing mark.
    broken = not text[next_start].isupper() and text[next_start] not in DOUBLE_MARKS | SINGLE_MARKS
    return broken and first.role is not MarkRole.OPEN


def _new_turn(text: str, after_mark: int) -> bool:
    """`"WALLACE: ...` (another speaker's turn) or `"(CROSSTALK.)` (a stage direction)."""
    line_end = text.find("\n", after_mark)
    line = text[after_mark : len(text) if line_end < 0 else line_end].strip()
    return _stage_direction(line) or turn_label_at(text, after_mark, len(text)) is not None


def _stage_direction(words: str) -> bool:
    """`(CROSSTALK.)`, `(LAUGHTER)`: a transcript's note, wholly in brackets."""
    words = words.strip().rstrip("\"'”’")
    return words.startswith("(") and words.endswith(")") and words.count("(") == 1


def _close(
    text: str, opened: _Open, end: int, close_offset: int | None, quotes: list[MarkedQuote]
) -> None:
    start = opened.mark.offset + opened.mark.width
    while start < end and text[start].isspace():
        start += 1
    label = turn_label_at(text, opened.mark.offset, end) if opened.at_paragraph_start else None
    if label is not None:  # `"PENCE: Well, ...`: the label names the speaker, not his words
        start = label.words_start
    while end > start and text[end - 1] in _EDGE_PUNCT_TO_DROP:
        end -= 1
    if close_offset is None and _stage_direction(text[start:end]):
        return  # `"(CROSSTALK.)` in a quoted transcript: nobody's words
    if end > start:
        quotes.append(MarkedQuote(Span(start, end), opened.mark.offset, close_offset, opened.depth))
