"""The status bar's one-line summary of a comparison and its quote audit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis import Change, QuoteAudit
from reader.present.changes import severity_counts
from reader.present.quotes import quotes_line
from reader.present.stats import stats_line
from reader.ui.session import DiffResult

FIGURE_GAP = " · "
GROUP_GAP = "     "


@dataclass(frozen=True)
class Part:
    """A piece of the summary that is shown whole or not at all, and the gap before it."""

    text: str
    gap: str = ""
    minor: bool = False  # a detail that gives way first when the bar is too narrow


def summary_parts(
    diff: DiffResult | None, audit: QuoteAudit | None, changes: Sequence[Change] | None = None
) -> list[Part]:
    """The status bar's figures, the same words as the text and HTML reports.

    Each similarity figure is a part of its own; the quotes' line and the ledger's
    line are one part each (half of a list of counts would misstate it).
    """
    if diff is None:
        return []
    stats = diff.comparison.stats
    figures = stats_line(stats, "\n").split("\n")
    parts = [Part(text, FIGURE_GAP if i else "", minor=i > 0) for i, text in enumerate(figures)]
    if audit is not None:
        parts.append(Part(quotes_line(audit), GROUP_GAP))
    if changes is not None:
        parts.append(Part(changes_line(changes), GROUP_GAP))
    return parts


def changes_line(changes: Sequence[Change]) -> str:
    """'What changed: 69 changes (2 high, 27 medium, 40 low)': the text report's total."""
    noun = "change" if len(changes) == 1 else "changes"
    return f"What changed: {len(changes)} {noun} ({severity_counts(changes)})"


def summary_text(
    diff: DiffResult | None, audit: QuoteAudit | None, changes: Sequence[Change] | None = None
) -> str:
    """The whole summary on one line."""
    return join_parts(summary_parts(diff, audit, changes))


def join_parts(parts: Sequence[Part]) -> str:
    return "".join(part.gap + part.text for part in parts)
