"""What a pane colours is carried in named records, read by field, not by index."""

from __future__ import annotations

from reader.analysis import Span, load_text
from reader.present.marks import Highlight, Mark
from reader.present.tooltips import MarkedRange
from reader.ui.panes.article import Run, block_runs, merge_highlights, prepare
from reader.ui.panes.overview import Bar, StripMark, pixel_rows

TEXT = "The mayor said it.\n\nCosts rose again."


def _highlights() -> list[Highlight]:
    said, it, costs = TEXT.index("said"), TEXT.index("it."), TEXT.index("Costs")
    return [
        Highlight(Span(said, said + 4), Mark.DELETED),
        Highlight(Span(it, it + 2), Mark.DELETED),
        Highlight(Span(costs, costs + 5), Mark.MOVED),
    ]


def test_word_marks_of_a_kind_merge_across_spaces_into_marked_ranges() -> None:
    merged = merge_highlights(TEXT, _highlights())
    said, costs = TEXT.index("said"), TEXT.index("Costs")
    assert merged == [
        MarkedRange(start=said, end=said + len("said it"), mark="deleted"),
        MarkedRange(start=costs, end=costs + 5, mark="moved"),
    ]
    assert all(type(r) is MarkedRange for r in merged)


def test_runs_are_relative_to_their_paragraph_block() -> None:
    prepared = prepare(load_text(TEXT))
    runs = block_runs(prepared, _highlights())
    second = max(runs)
    assert runs[0] == [Run(start=TEXT.index("said"), length=len("said it"), mark="deleted")]
    assert runs[second] == [Run(start=0, length=5, mark="moved")]
    assert all(type(run) is Run for block in runs.values() for run in block)


def test_overview_bars_join_neighbours_of_a_kind() -> None:
    marks = [StripMark(0.10, 0.12, "deleted"), StripMark(0.12, 0.20, "deleted")]
    marks.append(StripMark(0.5, 0.6, "moved"))
    bars = pixel_rows(marks, 100)
    assert bars == [Bar(y=50, height=10, mark="moved"), Bar(y=10, height=10, mark="deleted")]
