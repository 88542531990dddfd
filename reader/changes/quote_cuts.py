"""Quotes cut short or run on: the words a quote lost or gained at one of its ends.

A closing mark that moved ("…sound. We will inspect it.”" -> "…sound.”") or words cut
just inside an unchanged mark ("…by spring,”" -> "…,”") both say the quote itself
changed: the row names the words, and rows that would tell the same words again are left
out (`reader.changes.told_once`).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.changes.context import NEW, OLD, PairView
from reader.changes.model import Change, ChangeKind, Severity
from reader.documents.model import Span

DOUBLE, SINGLE = '“”"„«»', "‘’'‚‹›"
_OPENERS, _CLOSERS = "“‘„‚«‹", "”’»›"
_QUOTE_REACH = 1200  # characters searched for the mark the other side puts elsewhere
_SHOWN = 80
TRIMMED = "The quote was trimmed"
GREW = "The quote grew"


@dataclass(frozen=True, slots=True)
class QuoteCut:
    """A trimmed or grown quote's row, with the side that holds the words cut or added and
    the stretch of that side the row tells (the words kept beside the mark included)."""

    change: Change
    side: str
    span: Span


def quote_cut(change: Change) -> QuoteCut | None:
    """The cut a row tells, if it is a trimmed (old side) or grown (new side) quote's."""
    if change.kind is not ChangeKind.WORDING:
        return None
    if change.note.startswith(TRIMMED) and change.old is not None:
        return QuoteCut(change, OLD, change.old)
    if change.note.startswith(GREW) and change.new is not None:
        return QuoteCut(change, NEW, change.new)
    return None


def quote_runs_on(view: PairView, side: str, at: int, opening: bool, mark_char: str) -> Span | None:
    """On the side without the mark at `at`: the words between `at` and that side's own
    mark of the same kind, when its quote closes later (or opens earlier): the quote was
    trimmed or grown there, not merely marked. None when that side has no such mark.

    Marks of the other kind are skipped (a ‘nested’ quote inside a “double” one), and so is
    the opening mark of a paragraph that carries the quote on (a quote running over two
    paragraphs has no closing mark at the end of the first)."""
    text = view.old_text if side == OLD else view.new_text
    family = DOUBLE if mark_char in DOUBLE else SINGLE
    found = _mark_of(text, at, -1 if opening else 1, family)
    if found is None or faces(text, found) != opening:
        return None  # none, or the end of an earlier quote (the start of a later)
    span = Span(at, found + 1) if not opening else Span(found, at)
    words = text[span.start : span.end]
    if not any(char.isalnum() for char in words):
        return None
    start = span.start + len(words) - len(words.lstrip())
    return Span(start, span.end - (len(words) - len(words.rstrip())))


def _mark_of(text: str, at: int, step: int, family: str) -> int | None:
    """The next mark of `family` from `at` (forward or back), skipping the other kind's
    marks and, going forward, a paragraph's opening mark that continues the quote."""
    index = at
    while True:
        found = next_mark(text, index, step)
        if found is None or abs(found - at) > _QUOTE_REACH:
            return None
        if text[found] in family and not (step > 0 and _continues(text, found)):
            return found
        index = found + 1 if step > 0 else found


def _continues(text: str, index: int) -> bool:
    """An opening mark first on its line: the quote of the paragraph before goes on."""
    line_start = text.rfind("\n", 0, index) + 1
    return faces(text, index) and not text[line_start:index].strip() and line_start > 0


def next_mark(text: str, at: int, step: int) -> int | None:
    """The index of the next quote mark from `at` (forward or back) that is not an
    apostrophe inside a word, within reach."""
    index = at if step > 0 else at - 1
    stop = min(len(text), at + _QUOTE_REACH) if step > 0 else max(-1, at - _QUOTE_REACH - 1)
    while index != stop:
        char = text[index]
        if char in DOUBLE or char in SINGLE:
            inside = 0 < index < len(text) - 1 and text[index - 1].isalpha()
            if not (inside and text[index + 1].isalpha()):
                return index
        index += step
    return None


def faces(text: str, index: int) -> bool:
    """Whether the mark at `index` opens a quote (a word follows it) rather than closes one."""
    after = text[index + 1 : index + 2]
    before = text[index - 1 : index] if index else ""
    if text[index] in _OPENERS:
        return True
    if text[index] in _CLOSERS:
        return False
    return bool(after) and not after.isspace() and (not before or not before.isalnum())


def trimmed_quote(
    view: PairView, side: str, with_mark: Span, plain: Span, beyond: Span, opening: bool
) -> Change:
    """A quote mark that moved because the quoted words were cut or grown: the words the
    quote lost (or gained) are what a reader must weigh, never a style edit."""
    other = OLD if side == NEW else NEW
    # The words alone, on one line: not the marks that open or close them.
    extra = " ".join(view.text(other, beyond).split()).strip(DOUBLE + SINGLE + " ,;:")
    shown = extra if len(extra) <= _SHOWN else extra[: _SHOWN - 1] + "…"
    whole = Span(min(plain.start, beyond.start), max(plain.end, beyond.end))
    if side == NEW:  # the new version marks the quote sooner: the old one ran on
        old_span, new_span = whole, with_mark
        where = "begins later" if opening else "ends sooner"
        note = f"{TRIMMED}: it now {where}; these words were cut from it: “{shown}”."
    else:
        old_span, new_span = with_mark, whole
        where = "begins earlier" if opening else "runs on"
        note = f"{GREW}: it now {where}, with these words added to it: “{shown}”."
    return Change(
        ChangeKind.WORDING, Severity.MEDIUM, old_span, new_span,
        view.text(OLD, old_span), view.text(NEW, new_span), note,
    )  # fmt: skip
