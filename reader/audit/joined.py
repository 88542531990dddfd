"""Two quotes joined into one (or one split in two) are told once, by the parts.

A rewrite often merges two reported clauses into one sentence ("The lease will bring 180
jobs, according to the council, which said the cranes could run by spring" becomes
"According to the council, the lease will create 180 jobs, with the cranes running by
spring"). Each old quote then finds its words inside the one new quote, and the new quote
finds its words across both old ones: three rows for one change, the third repeating the
other two with the attribution words between them counted as cut. That third entry is left
out when the parts' own entries already tell everything it says; the first part then
carries the merged quote's id, so every quote still has its row and its speaker's count.
"""

from __future__ import annotations

from dataclasses import replace

from reader.documents.model import Span
from reader.quotes.model import AuditEntry


def drop_joined(entries: list[AuditEntry]) -> list[AuditEntry]:
    """The entries without those of a quote whose counterpart spans two or more quotes of
    the other version, each with its own entry found inside this quote."""
    kept = list(entries)
    for entry in entries:
        parts = _parts(entry, entries)
        first = min(parts, key=_start, default=None)
        if first is None or entry not in kept or first not in kept:
            continue  # not joined, or already a part of another join: left as it is
        kept.remove(entry)
        linked = (
            replace(first, new=entry.new) if entry.old is None else replace(first, old=entry.old)
        )
        kept[kept.index(first)] = linked
    return kept


def _parts(entry: AuditEntry, entries: list[AuditEntry]) -> list[AuditEntry]:
    """The parts telling a joined entry, or [] when it is not one: entries linked on the
    other side only (a merge's old quotes, a split's new ones), both spans inside its own."""
    if (
        entry.old_span is None
        or entry.new_span is None
        or (entry.old is None) == (entry.new is None)
    ):
        return []
    old_side = entry.old is None  # a merged new quote: its parts are old quotes
    parts = [
        e
        for e in entries
        if (e.old is not None, e.new is not None) == (old_side, not old_side)
        and _inside(e.new_span, entry.new_span)
        and _inside(e.old_span, entry.old_span)
    ]
    told = len(parts) >= 2 and _flags(entry) <= set().union(*(_flags(p) for p in parts))
    return parts if told else []


def _start(entry: AuditEntry) -> int:
    span = entry.old_span or entry.new_span
    return span.start if span is not None else 0


def _flags(entry: AuditEntry) -> set[str]:
    flags = {"speaker_changed"} if entry.speaker_changed else set()
    if entry.attribution is not None:
        flags.add(entry.attribution.value)
    return flags


def _inside(inner: Span | None, outer: Span) -> bool:
    return inner is not None and outer.start <= inner.start and inner.end <= outer.end
