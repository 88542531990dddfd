"""The ledger as JSON, as a plain-text checklist and as an HTML section (no Qt).

Every front end lists the same changes: JSON in document order, the checklist and
the HTML section grouped by severity (high and medium first), document order within.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from reader.changes.model import SEVERITY_ORDER, Change, ChangeKind, Severity
from reader.documents.model import Span

_SHORT = 70


def change_json(change: Change) -> dict[str, Any]:
    return change.to_json()


def changes_json(changes: Sequence[Change]) -> list[dict[str, Any]]:
    return [change_json(change) for change in changes]


def change_from_json(item: dict[str, Any]) -> Change:
    return Change(
        kind=ChangeKind(item["kind"]),
        severity=Severity(item["severity"]),
        old=_span(item["old"]),
        new=_span(item["new"]),
        old_text=str(item["old_text"]),
        new_text=str(item["new_text"]),
        note=str(item["note"]),
    )


def changes_from_document(data: dict[str, Any]) -> list[Change] | None:
    """The ledger of a `reader.comparison` JSON document: None for a `/1` document (which
    predates the ledger) or one written without it."""
    if not str(data.get("schema", "")).startswith("reader.comparison/"):
        raise ValueError(f"not a reader.comparison document: {data.get('schema')!r}")
    items = data.get("changes")
    if items is None:
        return None
    return [change_from_json(item) for item in items]


def _span(value: Any) -> Span | None:
    return None if value is None else Span(int(value[0]), int(value[1]))


def by_severity(changes: Sequence[Change]) -> list[Change]:
    """High, then medium, then low; document order within each (the sort is stable)."""
    return sorted(changes, key=lambda change: SEVERITY_ORDER[change.severity])


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


def wording(change: Change) -> str:
    """“old” → “new”, with a missing side shown as (none)."""
    old = f"“{_short(change.old_text)}”" if change.old is not None else "(none)"
    new = f"“{_short(change.new_text)}”" if change.new is not None else "(none)"
    return f"{old} → {new}"


def severity_counts(changes: Sequence[Change]) -> str:
    """ "6 high, 20 medium, 41 low": the figures every front end shows."""
    counts = {severity: 0 for severity in Severity}
    for change in changes:
        counts[change.severity] += 1
    return ", ".join(f"{counts[severity]} {severity.value}" for severity in Severity)


def status_line(changes: Sequence[Change]) -> str:
    """The window's status bar: the summary's figures, short."""
    return f"What changed: {severity_counts(changes)}"


def counted(count: int, noun: str) -> str:
    """'1 change', '2 changes', '0 style edits'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def summary(changes: Sequence[Change]) -> str:
    style = sum(change.kind is ChangeKind.STYLE for change in changes)
    return (
        f"What changed: {counted(len(changes), 'change')} ({severity_counts(changes)}, "
        f"of which {counted(style, 'style edit')})"
    )


def checklist_lines(changes: Sequence[Change]) -> list[str]:
    """High and medium changes first as boxes to tick, then the low ones."""
    lines = [summary(changes)]
    ordered = by_severity(changes)
    important = [c for c in ordered if c.severity is not Severity.LOW]
    rest = [c for c in ordered if c.severity is Severity.LOW]
    if important:
        lines.append("Check these:")
        lines += [f"  [ ] {_line(change)}" for change in important]
    if rest:
        lines.append("Also changed (low):")
        lines += [f"      {_line(change)}" for change in rest]
    return lines


def _line(change: Change) -> str:
    return f"{change.severity.value:<6} {change.kind.value:<16} {wording(change)}  {change.note}"


_HTML_STYLE = """
.ledger .high { color: #b3261e; font-weight: bold; } .ledger .medium { color: #9a6a00; }
.ledger .low { color: #555; } .ledger td.kind { white-space: nowrap; }
"""


def changes_html(changes: Sequence[Change]) -> str:
    """A "What changed" section: a table grouped by severity; style edits folded away."""
    ordered = by_severity(changes)
    shown = [c for c in ordered if c.kind is not ChangeKind.STYLE]
    style = [c for c in ordered if c.kind is ChangeKind.STYLE]
    parts = [f"<style>{_HTML_STYLE}</style>", "<h2>What changed</h2>"]
    parts.append(f"<p class='stats'>{escape(summary(changes))}</p>")
    parts.append(_table(shown))
    if style:
        parts.append(
            f"<details><summary>{len(style)} style edits (spelling, punctuation, quote marks, "
            f"case)</summary>{_table(style)}</details>"
        )
    return f"<section class='ledger'>{''.join(parts)}</section>"


def _table(changes: Sequence[Change]) -> str:
    head = "<tr><th>Severity</th><th>Kind</th><th>Old</th><th>New</th><th>Note</th></tr>"
    rows = [
        f"<tr data-kind='{change.kind.value}'>"
        f"<td class='{change.severity.value}'>{change.severity.value}</td>"
        f"<td class='kind'>{escape(change.kind.value.replace('_', ' '))}</td>"
        f"<td>{escape(change.old_text)}</td><td>{escape(change.new_text)}</td>"
        f"<td>{escape(change.note)}</td></tr>"
        for change in changes
    ]
    return f"<table>{head}{''.join(rows)}</table>"
