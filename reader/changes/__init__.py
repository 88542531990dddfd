"""The change ledger: what a rewrite altered that an editor would check (no Qt).

`find_changes` turns a comparison into typed changes: numbers, dates, names,
negation, hedging, speech verbs, sources and scare quotes, then plain wording
and style edits. Each has its old and new span, a severity and a one-line note.
spaCy is only imported when a model is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.changes.model import SEVERITY_ORDER, Change, ChangeKind, Severity

if TYPE_CHECKING:
    from reader.changes.ledger import find_changes


def __getattr__(name: str) -> Any:
    """The detectors on first use: the window imports the records at start (~80 ms saved)."""
    if name == "find_changes":
        from reader.changes.ledger import find_changes

        return find_changes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SEVERITY_ORDER", "Change", "ChangeKind", "Severity", "find_changes"]
