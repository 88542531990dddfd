"""The figures of a comparison, worded once for the window's summary and every report."""

from __future__ import annotations

from dataclasses import dataclass

from reader.compare.model import Stats

DEGRADED_NOTE = "approximate (very different texts)"


@dataclass(frozen=True, slots=True)
class Figure:
    key: str  # "similarity", "removed", "added", "moved", "unchanged"
    value: int  # a count of words, or a whole percentage for similarity
    text: str  # how it is shown: "73% similar", "1,204 words removed"


def stats_figures(stats: Stats) -> tuple[Figure, ...]:
    """Similarity, then words removed, added, moved and unchanged; moved only if any."""
    percent = round(stats.similarity * 100)
    figures = [
        Figure("similarity", percent, f"{percent}% similar"),
        Figure("removed", stats.words_deleted, f"{word_count_text(stats.words_deleted)} removed"),
        Figure("added", stats.words_inserted, f"{stats.words_inserted:,} added"),
    ]
    if stats.words_moved:
        figures.append(Figure("moved", stats.words_moved, f"{stats.words_moved:,} moved"))
    figures.append(Figure("unchanged", stats.words_equal, f"{stats.words_equal:,} unchanged"))
    return tuple(figures)


def stats_line(stats: Stats, separator: str = " · ") -> str:
    """'73% similar · 120 words removed · 45 added · 12 moved · 560 unchanged'."""
    line = separator.join(figure.text for figure in stats_figures(stats))
    if stats.degraded:
        line += f"{separator}{DEGRADED_NOTE}"
    return line


def word_count_text(count: int) -> str:
    """A version's length as the comparison counted it: '702 words'."""
    return f"{count:,} word" + ("" if count == 1 else "s")
