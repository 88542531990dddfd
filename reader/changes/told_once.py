"""One change, one row: rows that only repeat what a fuller row tells are left out.

A trimmed quote's row names the words cut from it; the same words must not come back as
"Sentence removed" or "Words removed", nor as a negation or a hedge "removed" from a
claim that went with them, nor the speech tag that moved with the closing mark as "Words
added". Facts among those words (a number, a date, a name) keep their
own rows, as they do in any sentence removed outright: they say the other version never
has them, which the quote's row does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.changes.context import NEW, OLD
from reader.changes.model import Change, ChangeKind
from reader.changes.quote_cuts import DOUBLE, SINGLE, QuoteCut, quote_cut
from reader.documents.model import Span

# Kinds whose one-sided row inside a quote's cut words says nothing the quote's row does not.
_RETOLD = frozenset({ChangeKind.WORDING, ChangeKind.NEGATION, ChangeKind.HEDGE})
_EDGES = DOUBLE + SINGLE + " \t\n.,;:!?—–-"


def told_once(changes: Sequence[Change], old_text: str, new_text: str) -> list[Change]:
    """`changes` without the rows a trimmed or grown quote's row already tells."""
    cuts = [cut for change in changes if (cut := quote_cut(change)) is not None]
    if not cuts:
        return list(changes)
    return [c for c in changes if not any(_retells(c, cut, old_text, new_text) for cut in cuts)]


def _retells(change: Change, cut: QuoteCut, old_text: str, new_text: str) -> bool:
    """Whether `change` tells only words the quote's row shows: one-sided and inside that
    row's span on its side (the cut words; or the speech tag that moved with the mark)."""
    if change is cut.change or change.kind not in _RETOLD:
        return False
    if (change.old is None) == (change.new is None):
        return False  # a change on both sides is another change than the cut
    side = OLD if change.old is not None else NEW
    own, told = (change.old, cut.change.old) if side == OLD else (change.new, cut.change.new)
    if own is None or told is None:
        return False
    return within(old_text if side == OLD else new_text, own, told)


def within(text: str, span: Span, outer: Span) -> bool:
    """Whether the words of `span` (its end marks and punctuation aside) lie in `outer`."""
    words = _words(text, span)
    return words.start >= outer.start and words.end <= outer.end


def _words(text: str, span: Span) -> Span:
    """`span` without the marks, spaces and punctuation at its ends (itself if that is all)."""
    start, end = span.start, span.end
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return Span(start, end) if start < end else span
