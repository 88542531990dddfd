"""The hover tooltip of a highlighted passage: the presentation layer's words, as rich text."""

from __future__ import annotations

from html import escape

from reader.analysis import Comparison, Span
from reader.present.tooltips import MarkedRange, Tooltip, mark_at
from reader.present.tooltips import mark_tooltip as present_tooltip


def tooltip_html(tooltip: Tooltip) -> str:
    """Rich text built only from escaped fragments."""
    html = f"<b>{escape(tooltip.title)}</b><br>{escape(tooltip.body)}"
    if tooltip.other_text:
        html += (
            f"<br><br><i>The {escape(tooltip.other_label)} reads:</i>"
            f"<br>{escape(tooltip.other_text)}"
        )
    return html


def mark_tooltip(
    comparison: Comparison,
    side: str,
    marks: list[MarkedRange],
    offset: int,
    link: tuple[str, int, int, int, int] | None,
) -> str | None:
    """The tooltip at `offset` of the `side` pane; `link` is the change link around it."""
    mark = mark_at(marks, offset)
    if mark is None:
        return None
    facing = None
    if link is not None:
        facing = Span(link[3], link[4]) if side == "old" else Span(link[1], link[2])
    return tooltip_html(present_tooltip(comparison, side, mark, facing))
