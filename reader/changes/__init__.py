"""The change ledger: what a rewrite altered that an editor would check (no Qt).

`find_changes` turns a comparison into typed changes: numbers, dates, names,
negation, hedging, speech verbs, sources and scare quotes, then plain wording
and style edits. Each has its old and new span, a severity and a one-line note.
spaCy is only imported when a model is needed.
"""

from __future__ import annotations

from reader.changes.ledger import find_changes
from reader.changes.model import SEVERITY_ORDER, Change, ChangeKind, Severity

__all__ = ["SEVERITY_ORDER", "Change", "ChangeKind", "Severity", "find_changes"]
