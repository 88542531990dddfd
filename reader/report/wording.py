"""The words an audit entry points at in each version, and speaker names, for reports."""

from __future__ import annotations

from reader.audit.model import QuoteAudit
from reader.compare.model import Comparison
from reader.quotes.model import AuditEntry


def entry_wording(entry: AuditEntry, comparison: Comparison) -> tuple[str, str]:
    """(old words, new words), read from the spans so unextracted counterparts show too."""
    old = comparison.old.text[entry.old_span.start : entry.old_span.end] if entry.old_span else ""
    new = comparison.new.text[entry.new_span.start : entry.new_span.end] if entry.new_span else ""
    return old, new


def speaker_names(audit: QuoteAudit) -> dict[str, str]:
    return {speaker.id: speaker.name for speaker in audit.speakers}


def entry_speaker_label(entry: AuditEntry, names: dict[str, str]) -> str:
    if entry.speaker_changed:
        before = names.get(entry.speaker_old or "", "unknown")
        after = names.get(entry.speaker_new or "", "unknown")
        return f"{before} → {after} (speaker changed)"
    return names.get(entry.speaker_new or entry.speaker_old or "", "unknown speaker")
