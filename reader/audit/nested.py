"""A quoted fragment inside a reported quote of the same speaker is one audit event.

`Ruiz called the plan "a reckless gamble" and said it would fail` holds two quotes: the
reported clause and the fragment in quote marks inside it. When the rewrite treats both
alike (both kept, both dropped, both invented, both re-credited), counting two events for
one passage doubles every figure; the fragment's entry then folds into its parent's.
When the two tell different stories (the clause dropped, the fragment kept elsewhere),
both entries stay.
"""

from __future__ import annotations

from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind

_FOUND = frozenset({AuditStatus.VERBATIM, AuditStatus.ALTERED})


def fold_nested(
    entries: list[AuditEntry], old: tuple[Quote, ...], new: tuple[Quote, ...]
) -> list[AuditEntry]:
    """The entries without those of fragments that say nothing their parent does not."""
    by_old = {e.old: e for e in entries if e.old is not None}
    by_new = {e.new: e for e in entries if e.new is not None}
    old_parent = _parents(old)
    new_parent = _parents(new)
    kept = []
    for entry in entries:
        parent = _parent_entry(entry, old_parent, new_parent, by_old, by_new)
        if parent is None or not _same_story(entry, parent):
            kept.append(entry)
    return kept


def _parents(quotes: tuple[Quote, ...]) -> dict[str, str]:
    """Each quoted fragment's enclosing quote of the same speaker, by id."""
    found = {}
    for inner in quotes:
        if inner.kind is not QuoteKind.PARTIAL:
            continue
        for outer in quotes:
            if (
                outer.id != inner.id
                and outer.kind is not QuoteKind.PARTIAL
                and outer.speaker == inner.speaker
                and outer.span.start <= inner.span.start
                and inner.span.end <= outer.span.end
            ):
                found[inner.id] = outer.id
                break
    return found


def _parent_entry(
    entry: AuditEntry,
    old_parent: dict[str, str],
    new_parent: dict[str, str],
    by_old: dict[str, AuditEntry],
    by_new: dict[str, AuditEntry],
) -> AuditEntry | None:
    """The parent's entry, when every side of this entry nests in that same entry."""
    candidates = []
    if entry.old is not None:
        outer = old_parent.get(entry.old)
        candidates.append(by_old.get(outer) if outer else None)
    if entry.new is not None:
        outer = new_parent.get(entry.new)
        candidates.append(by_new.get(outer) if outer else None)
    first = candidates[0] if candidates else None
    if first is None or first is entry or any(c is not first for c in candidates):
        return None
    return first


def _same_story(child: AuditEntry, parent: AuditEntry) -> bool:
    """The fragment's entry adds nothing: the same fate, the same credit."""
    same_fate = child.status is parent.status or (
        child.status in _FOUND and parent.status is AuditStatus.ALTERED
    )
    return (
        same_fate
        and child.speaker_old == parent.speaker_old
        and child.speaker_new == parent.speaker_new
        and child.speaker_changed == parent.speaker_changed
        and child.attribution == parent.attribution
    )
