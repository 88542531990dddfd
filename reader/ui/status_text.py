"""The status bar's one-line summary of a comparison and its quote audit."""

from __future__ import annotations

from typing import Any

from reader.ui.session import DiffResult


def summary_text(diff: DiffResult | None, audit: Any) -> str:
    if diff is None:
        return ""
    st = diff.comparison.stats
    parts = [
        f"{st.similarity:.0%} similar",
        f"{st.words_deleted:,} words removed",
        f"{st.words_inserted:,} added",
    ]
    if st.words_moved:
        parts.append(f"{st.words_moved:,} moved")
    text = "  ·  ".join(parts)
    if st.degraded:
        text += "  ·  approximate (very different texts)"
    if audit is not None:
        counts: dict[str, int] = {}
        for entry in audit.entries:
            key = str(getattr(entry.status, "value", entry.status))
            counts[key] = counts.get(key, 0) + 1
        quotes = ", ".join(
            f"{counts.get(k, 0)} {k}" for k in ("verbatim", "altered", "dropped", "unsupported")
        )
        text += f"      Quotes: {quotes}"
    return text
