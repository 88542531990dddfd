"""One change, one row: rows that only repeat what a fuller row tells are left out.

A trimmed quote's row names the words cut from it; the same words must not come back as
"Sentence removed" or "Words removed", nor as a negation or a hedge "removed" from a
claim that went with them. Facts among those words (a number, a date, a name) keep their
own rows, as they do in any sentence removed outright: they say the other version never
has them, which the quote's row does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.changes.context import OLD
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
    """Whether `change` tells only words of `cut`: one-sided, on the cut's side, inside it."""
    if change is cut.change or change.kind not in _RETOLD:
        return False
    own, other = (change.old, change.new) if cut.side == OLD else (change.new, change.old)
    if own is None or other is not None:
        return False  # a change on both sides is another change than the cut
    return within(old_text if cut.side == OLD else new_text, own, cut.span)


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
