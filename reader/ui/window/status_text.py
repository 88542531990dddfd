"""The status bar's one-line summary of a comparison and its quote audit."""

from __future__ import annotations

from reader.analysis import QuoteAudit
from reader.present.quotes import quotes_line
from reader.present.stats import stats_line
from reader.ui.session import DiffResult


def summary_text(diff: DiffResult | None, audit: QuoteAudit | None) -> str:
    """The status bar's figures: the same words as the text and HTML reports."""
    if diff is None:
        return ""
    text = stats_line(diff.comparison.stats, "  ·  ")
    if audit is not None:
        text += f"      {quotes_line(audit)}"
    return text
