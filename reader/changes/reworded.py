"""A quote the audit finds altered inside its marks, told as one row.

Words changed, cut or added inside a speaker's quote ("“We've had problems in the
past,” he said" -> "“We have had trouble before,” he said") are what an editor must check
against the speaker: the audit calls the quote Altered, so the ledger gives it one medium
row naming the words, instead of low wording fragments that never reach the checklist. The
fragments it tells are left out; typed rows inside the quote (a number, a negation, a
hedge) keep their own rows. A quote cut or run on at its end is a trimmed (grown) quote,
told by that row instead (`reader.changes.audited`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.audit.model import QuoteAudit
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.quote_cuts import DOUBLE, SINGLE, quote_cut
from reader.changes.told_once import within
from reader.documents.model import Span
from reader.quotes.model import AuditEntry, AuditStatus, QuoteKind

REWORDED = "The quote was reworded"
CUT_INSIDE = "Words were cut from the quote"
ADDED_INSIDE = "Words were added to the quote"
_MARKED = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})
_SHOWN = 60


def reworded_quotes(
    changes: Sequence[Change], audit: QuoteAudit, old_text: str, new_text: str
) -> list[Change]:
    """`changes` with one medium row for each quote the audit finds altered inside its
    marks, in place of the low wording rows that tell its words piecemeal."""
    rows = list(changes)
    for entry in _marked_altered(audit):
        if any(_cut_in(c, entry) for c in rows):
            continue  # a trimmed (grown) quote's row tells it
        parts = [c for c in rows if _inside(c, entry, old_text, new_text)]
        if parts:
            rows = [c for c in rows if c not in parts] + [_row(parts, old_text, new_text)]
    return rows


def is_reworded(change: Change) -> bool:
    """Whether `change` is a reworded quote's row."""
    return change.kind is ChangeKind.WORDING and change.note.startswith(
        (REWORDED, CUT_INSIDE, ADDED_INSIDE)
    )


def _marked_altered(audit: QuoteAudit) -> list[AuditEntry]:
    """Altered entries on both sides whose quote is a speaker's own words (in marks)."""
    old_kinds = {q.id: q.kind for q in audit.old_quotes.quotes}
    new_kinds = {q.id: q.kind for q in audit.new_quotes.quotes}  # ids repeat across sides
    found = []
    for entry in audit.entries:
        if entry.status is not AuditStatus.ALTERED:
            continue
        if entry.old_span is None or entry.new_span is None:
            continue
        old = old_kinds.get(entry.old) if entry.old is not None else None
        new = new_kinds.get(entry.new) if entry.new is not None else None
        own = {k for k in (old, new) if k is not None}
        if own and own <= _MARKED:
            found.append(entry)
    return found


def _cut_in(change: Change, entry: AuditEntry) -> bool:
    cut = quote_cut(change)
    if cut is None:
        return False
    spans = ((change.old, entry.old_span), (change.new, entry.new_span))
    return any(a is not None and b is not None and a.overlaps(b) for a, b in spans)


def _inside(change: Change, entry: AuditEntry, old_text: str, new_text: str) -> bool:
    """A low wording row whose words, on each side it has, lie inside the quote."""
    if change.kind is not ChangeKind.WORDING or change.severity is not Severity.LOW:
        return False
    sides = ((change.old, entry.old_span, old_text), (change.new, entry.new_span, new_text))
    present = [(own, quote, text) for own, quote, text in sides if own is not None]
    return bool(present) and all(
        quote is not None and within(text, own, quote) for own, quote, text in present
    )


def _row(parts: Sequence[Change], old_text: str, new_text: str) -> Change:
    old = _union([c.old for c in parts])
    new = _union([c.new for c in parts])
    old_words = _shown(old_text, old)
    new_words = _shown(new_text, new)
    if old is not None and new is not None:
        note = f"{REWORDED}: “{old_words}” now reads “{new_words}”."
    elif old is not None:
        note = f"{CUT_INSIDE}: “{old_words}”."
    else:
        note = f"{ADDED_INSIDE}: “{new_words}”."
    return Change(
        ChangeKind.WORDING, Severity.MEDIUM, old, new,
        old_text[old.start : old.end] if old else "", new_text[new.start : new.end] if new else "",
        note + " Check it against what the speaker said.",
    )  # fmt: skip


def _union(spans: Sequence[Span | None]) -> Span | None:
    present = [s for s in spans if s is not None]
    if not present:
        return None
    return Span(min(s.start for s in present), max(s.end for s in present))


def _shown(text: str, span: Span | None) -> str:
    if span is None:
        return ""
    words = " ".join(text[span.start : span.end].split()).strip(" ,;:—–-" + DOUBLE + SINGLE)
    return words if len(words) <= _SHOWN else words[: _SHOWN - 1] + "…"
