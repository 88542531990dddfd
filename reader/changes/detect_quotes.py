"""Quote marks added or removed around words both versions have.

Around a phrase no one is said to say, that is a scare quote ("the “temporary” measure").
Around words a speaker is reported as saying, it only marks them as a quote: style.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.changes.context import NEW, OLD, PairView
from reader.changes.hunks import Hunk
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.quote_cuts import quote_runs_on, trimmed_quote
from reader.changes.style import quote_count, same_words
from reader.changes.words import words_of
from reader.documents.model import Span
from reader.quotes.lexicon import cues

# A phrase in quote marks: straight or curly, double or single. A single mark inside a
# word ("Ukraine's") neither opens nor closes one.
_QUOTED = re.compile(
    r"(?:(?<![\w'’])[‘'](?P<single>[^‘’'\n]{1,400}?)[’'](?![\w])"
    r"|[“\"](?P<double>[^“”\"\n]{1,400}?)[”\"])"
)
_SCARE_WORDS = 6  # longer unattributed quotes are someone's words, not a scare quote
_CUE_WINDOW = 40  # characters after a quote in which a speech verb makes it a real quote
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """Quote marks one side added around words the other side has unmarked."""

    change: Change
    marks: tuple[Span, Span]  # the opening and closing marks, on the side that has them
    side: str


def quote_mark_changes(view: PairView) -> list[QuoteMarks]:
    found = []
    for side in (OLD, NEW):
        other = NEW if side == OLD else OLD
        other_text = view.segment(other)
        for span, inner in _quotes(view, side):
            if view.hunk_index(side, Span(span.start, span.start + 1)) is None:
                continue  # the opening mark is unchanged
            if _quoted_in(other_text, inner) or inner not in other_text:
                continue  # still quoted there, or the words themselves changed
            scare = len(inner.split()) <= _SCARE_WORDS and not _attributed(view, side, span)
            marks = (Span(span.start, span.start + 1), Span(span.end - 1, span.end))
            change = _quote_change(view, side, span, inner, other_text, scare)
            found.append(QuoteMarks(change, marks, side))
    return found


def _quotes(view: PairView, side: str) -> list[tuple[Span, str]]:
    base = view.base(side)
    found = []
    for match in _QUOTED.finditer(view.segment(side)):
        inner = match.group("single") or match.group("double") or ""
        if sum(c.isalpha() for c in inner) > 1:
            found.append((Span(base + match.start(), base + match.end()), inner))
    return found


def _quoted_in(text: str, inner: str) -> bool:
    return any((m.group("single") or m.group("double")) == inner for m in _QUOTED.finditer(text))


def _attributed(view: PairView, side: str, span: Span) -> bool:
    """A speech verb or noun earlier in the same sentence ("said", "with a warning that"),
    or a speech verb just after the quote ("..., she said")."""
    base = view.base(side)
    before = view.segment(side)[: span.start - base]
    ends = list(_SENTENCE_END.finditer(before))
    sentence_start = base + (ends[-1].end() if ends else 0)
    window = Span(sentence_start, span.end + _CUE_WINDOW // 2)
    if any(v.span.overlaps(window) for v in view.facts(side).verbs):
        return True
    leading = view.text(side, Span(sentence_start, span.start))
    return any(cues().is_cue_noun(word) for word in words_of(leading))


def _quote_change(
    view: PairView, side: str, span: Span, inner: str, other_text: str, scare: bool
) -> Change:
    other_side = NEW if side == OLD else OLD
    at = other_text.index(inner) + view.base(other_side)
    other_span = Span(at, at + len(inner))
    added = side == NEW
    old, new = (other_span, span) if added else (span, other_span)
    what = "added around" if added else "removed from"
    shown = inner if len(inner) <= 60 else inner[:57] + "…"
    if scare:
        kind, severity = ChangeKind.SCARE_QUOTE, Severity.MEDIUM
        # The ledger runs without the quote audit, which may still credit the words to a
        # speaker named elsewhere: say only what this sentence shows.
        note = (
            f"Quote marks {what} “{shown}”; no speech verb in the sentence says whose words "
            "they are: a scare quote, or someone's words (check the quotes list)."
        )
    else:
        kind, severity = ChangeKind.STYLE, Severity.LOW
        note = f"Quote marks {what} words a speaker is reported as saying; the words are the same."
    return Change(kind, severity, old, new, view.text(OLD, old), view.text(NEW, new), note)


_CONTEXT_WORDS = 6  # words shown beside a lone quote mark
_WORD_RUN = re.compile(r"\S+")


def lone_mark_change(view: PairView, hunk: Hunk) -> Change | None:
    """A hunk that is only a quote mark (one of a pair whose other mark lies in another
    block, or whose partner the diff matched elsewhere) shown with the words it opens or
    closes, so the row reads “but I see” → “'but I see” rather than (none) → “'”."""
    old, new = view.text(OLD, hunk.old), view.text(NEW, hunk.new)
    if any(char.isalnum() for char in old + new) or quote_count(old) == quote_count(new):
        return None
    side = NEW if quote_count(new) > quote_count(old) else OLD
    other = OLD if side == NEW else NEW
    mark = hunk.new if side == NEW else hunk.old
    if mark is None:
        return None
    opening = _starts_word(view.text(side, Span(mark.end, mark.end + 1)))
    other_at = _position(hunk, other, opening)
    near = _words_after if opening else _words_before
    runs = _shared_run(
        view, (side, near(view, side, mark.end if opening else mark.start)),
        (other, near(view, other, other_at)), opening,
    )  # fmt: skip
    if runs is None:
        return None
    marked, plain = runs
    with_mark = Span(min(mark.start, marked.start), max(mark.end, marked.end))
    mark_char = view.text(side, mark).strip()[:1]
    beyond = quote_runs_on(view, other, other_at, opening, mark_char)
    if beyond is not None:
        return trimmed_quote(view, side, with_mark, plain, beyond, opening)
    old_span, new_span = (plain, with_mark) if side == NEW else (with_mark, plain)
    what = "added" if side == NEW else "removed"
    where = "before" if opening else "after"
    note = f"A quote mark {what} {where} these words; the words themselves are the same."
    return Change(
        ChangeKind.STYLE, Severity.LOW, old_span, new_span,
        view.text(OLD, old_span), view.text(NEW, new_span), note,
    )  # fmt: skip


def _shared_run(
    view: PairView, marked: tuple[str, list[Span]], plain: tuple[str, list[Span]], opening: bool
) -> tuple[Span, Span] | None:
    """The most words next to the mark that both sides share (“a danger'” beside “a
    danger” when a word before them changed too)."""
    (side, mine), (other, theirs) = marked, plain
    for count in range(min(len(mine), len(theirs)), 0, -1):
        here = _run(mine[:count] if opening else mine[-count:])
        there = _run(theirs[:count] if opening else theirs[-count:])
        if same_words(view.text(side, here), view.text(other, there)):
            return here, there
    return None


def _position(hunk: Hunk, side: str, opening: bool) -> int:
    """Where to look for the words on the side without the mark: after (or before) its
    part of the hunk, or where the hunk sits when that side has nothing."""
    span = hunk.old if side == OLD else hunk.new
    if span is not None:
        return span.end if opening else span.start
    return hunk.old_at if side == OLD else hunk.new_at


def _starts_word(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "(-—–$£€")


def _words_after(view: PairView, side: str, at: int) -> list[Span]:
    end = _segment_end(view, side)
    found = list(_WORD_RUN.finditer(view.text(side, Span(at, end))))[:_CONTEXT_WORDS]
    return [Span(at + m.start(), at + m.end()) for m in found]


def _words_before(view: PairView, side: str, at: int) -> list[Span]:
    start = view.base(side)
    found = list(_WORD_RUN.finditer(view.text(side, Span(start, at))))[-_CONTEXT_WORDS:]
    return [Span(start + m.start(), start + m.end()) for m in found]


def _run(words: list[Span]) -> Span:
    return Span(words[0].start, words[-1].end)


def _segment_end(view: PairView, side: str) -> int:
    return view.base(side) + len(view.segment(side))
