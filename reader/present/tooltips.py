"""What a highlighted passage means, in words: the hover text of the window's panes.

Plain text only; the window escapes it when it builds rich text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reader.compare.model import Comparison
from reader.documents.model import Span
from reader.present.legend import legend_label
from reader.present.marks import Mark

MAX_EXCERPT = 280


class MarkedRange(NamedTuple):
    """A coloured stretch of one pane, merged across the spaces between words."""

    start: int
    end: int
    mark: str  # a Mark value


@dataclass(frozen=True, slots=True)
class Tooltip:
    title: str  # the legend word: "Removed", "Added", "Reworded", "Moved"
    body: str  # what it means
    other_label: str = ""  # "revised version" / "original", when the other side is quoted
    other_text: str = ""  # an excerpt of what the other version says there


def mark_at(ranges: Sequence[tuple[int, int, str]], offset: int) -> Mark | None:
    """The mark under `offset` in ranges sorted by start (MarkedRange or plain triples).

    A word mark wins over the moved sentence around it.
    """
    i = bisect_right(ranges, offset, key=lambda r: r[0]) - 1
    found: Mark | None = None
    while i >= 0 and ranges[i][0] <= offset:
        _start, end, mark = ranges[i]
        if offset < end:
            if mark != Mark.MOVED:
                return Mark(mark)
            found = found or Mark.MOVED
        i -= 1
        if found is not None and i >= 0 and ranges[i][1] < offset - 2000:
            break
    return found


def excerpt(text: str, limit: int = MAX_EXCERPT) -> str:
    """Whitespace collapsed, cut at a word boundary with ' …' past `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def mark_tooltip(comparison: Comparison, side: str, mark: Mark, facing: Span | None) -> Tooltip:
    """The tooltip of `mark` on `side` ('old'/'new'); `facing` is the aligned text's span."""
    other_label = "revised version" if side == "old" else "original"
    title = legend_label(mark)
    if mark is Mark.MOVED:
        return Tooltip(
            title, f"This sentence sits elsewhere in the {other_label}. Click to go there."
        )
    body = {
        Mark.DELETED: "Not in the revised version.",
        Mark.INSERTED: "Not in the original.",
        Mark.REPLACED: "These words replace others in the aligned sentence.",
    }[mark]
    if facing is None:
        return Tooltip(title, body)
    other = (comparison.new if side == "old" else comparison.old).text[facing.start : facing.end]
    if not other.strip():
        return Tooltip(title, body)
    return Tooltip(title, body, other_label, excerpt(other))
