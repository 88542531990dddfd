"""Database rows of one pair, read off its `reader.comparison` JSON document.

Taking every row from the document (not from the engine's objects) makes the database say
exactly what `reader-cli compare --format json` says for the same pair.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, NamedTuple

JsonDict = dict[str, Any]
AUDIT_STATUSES = ("verbatim", "altered", "dropped", "unsupported")


class SpeakerRow(NamedTuple):
    speaker_id: str
    name: str
    aliases: str  # JSON list
    old_mentions: int
    new_mentions: int


class QuoteRow(NamedTuple):
    version: str  # "old" or "new"
    quote_id: str
    kind: str
    start_offset: int
    end_offset: int
    text: str
    speaker_id: str | None
    speaker_name: str | None


class AuditRow(NamedTuple):
    entry: int  # position in the document's audit list
    old_quote: str | None
    new_quote: str | None
    status: str
    speaker_old: str | None
    speaker_old_name: str | None
    speaker_new: str | None
    speaker_new_name: str | None
    speaker_changed: int
    score: float
    old_text: str | None
    new_text: str | None
    alteration: str | None  # how an altered quote's words changed ('trimmed'), else None
    attribution: str | None  # 'removed' or 'added' when the credit went or came, else None


class ChangeRow(NamedTuple):
    entry: int
    kind: str
    severity: str
    old_start: int | None
    old_end: int | None
    new_start: int | None
    new_end: int | None
    old_text: str | None
    new_text: str | None
    note: str | None


class PairRows(NamedTuple):
    stats: JsonDict  # the document's "stats" plus quote, audit and change counts
    speakers: list[SpeakerRow]
    quotes: list[QuoteRow]
    audit: list[AuditRow]
    changes: list[ChangeRow] | None  # None when the document has no ledger


def pair_rows(document: JsonDict) -> PairRows:
    names = {s["id"]: s["name"] for s in document.get("speakers", [])}
    speakers = [_speaker_row(s) for s in document.get("speakers", [])]
    quotes = _quote_rows(document, names)
    audit = _audit_rows(document, names)
    changes = _change_rows(document["changes"]) if "changes" in document else None
    return PairRows(_stats(document, quotes, audit, changes), speakers, quotes, audit, changes)


def _speaker_row(speaker: JsonDict) -> SpeakerRow:
    return SpeakerRow(
        speaker["id"],
        speaker["name"],
        json.dumps(speaker["aliases"], ensure_ascii=False),
        len(speaker["old_mentions"]),
        len(speaker["new_mentions"]),
    )


def _quote_rows(document: JsonDict, names: dict[str, str]) -> list[QuoteRow]:
    quotes = document.get("quotes", {})
    return [
        QuoteRow(
            version,
            q["id"],
            q["kind"],
            q["start"],
            q["end"],
            q["text"],
            q["speaker"],
            names.get(q["speaker"]) if q["speaker"] else None,
        )
        for version in ("old", "new")
        for q in quotes.get(version, [])
    ]


def _audit_rows(document: JsonDict, names: dict[str, str]) -> list[AuditRow]:
    quotes = document.get("quotes", {})
    old_text = {q["id"]: q["text"] for q in quotes.get("old", [])}
    new_text = {q["id"]: q["text"] for q in quotes.get("new", [])}
    return [
        AuditRow(
            index,
            e["old"],
            e["new"],
            e["status"],
            e["speaker_old"],
            names.get(e["speaker_old"]) if e["speaker_old"] else None,
            e["speaker_new"],
            names.get(e["speaker_new"]) if e["speaker_new"] else None,
            int(e["speaker_changed"]),
            e["score"],
            old_text.get(e["old"]) if e["old"] else None,
            new_text.get(e["new"]) if e["new"] else None,
            e.get("alteration"),
            e.get("attribution"),
        )
        for index, e in enumerate(document.get("audit", []))
    ]


def _change_rows(changes: list[JsonDict]) -> list[ChangeRow]:
    """The ledger of issue 14, as its JSON lists it: kind, severity, spans, wording, note."""
    return [
        ChangeRow(
            index,
            c["kind"],
            c["severity"],
            *_span(c.get("old")),
            *_span(c.get("new")),
            c.get("old_text"),
            c.get("new_text"),
            c.get("note"),
        )
        for index, c in enumerate(changes)
    ]


def _span(span: list[int] | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span[0], span[1])


def _stats(
    document: JsonDict,
    quotes: list[QuoteRow],
    audit: list[AuditRow],
    changes: list[ChangeRow] | None,
) -> JsonDict:
    stats = dict(document["stats"])
    stats["degraded"] = int(stats["degraded"])
    has_audit = "audit" in document
    statuses = Counter(row.status for row in audit)
    stats["quotes_old"] = sum(q.version == "old" for q in quotes) if has_audit else None
    stats["quotes_new"] = sum(q.version == "new" for q in quotes) if has_audit else None
    for status in AUDIT_STATUSES:
        stats[status] = statuses[status] if has_audit else None
    stats["speaker_changed"] = sum(r.speaker_changed for r in audit) if has_audit else None
    stats["changes_high"] = None if changes is None else sum(c.severity == "high" for c in changes)
    return stats
