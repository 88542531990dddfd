"""The `reader.comparison/2` JSON document (see docs/schema.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.audit.model import QuoteAudit
from reader.changes.model import Change
from reader.compare.model import Block, Comparison, Edit
from reader.documents.model import Document, Span
from reader.present.changes import changes_json
from reader.present.quotes import alteration
from reader.quotes.model import AuditEntry, Quote, QuoteSet, Speaker

# /2 adds "changes" (the change ledger); every /1 field is unchanged.
SCHEMA = "reader.comparison/2"

JsonDict = dict[str, Any]


def span_json(span: Span | None) -> list[int] | None:
    return None if span is None else span.as_list()


def document_json(document: Document) -> JsonDict:
    return {
        "path": str(document.path) if document.path is not None else None,
        "title": document.title,
        "text": document.text,
    }


def block_json(block: Block) -> JsonDict:
    return {
        "kind": block.kind.value,
        "old": span_json(block.old),
        "new": span_json(block.new),
        "score": round(block.score, 4),
    }


def edit_json(edit: Edit) -> JsonDict:
    return {"op": edit.op.value, "old": span_json(edit.old), "new": span_json(edit.new)}


def comparison_json(
    comparison: Comparison, audit: QuoteAudit | None = None, changes: Sequence[Change] | None = None
) -> JsonDict:
    """The whole comparison; speakers, quotes and audit only when `audit` is given, the
    change ledger only when `changes` is."""
    result: JsonDict = {
        "schema": SCHEMA,
        "old": document_json(comparison.old),
        "new": document_json(comparison.new),
        "options": comparison.options.to_json(),
        "stats": comparison.stats.to_json(),
        # The schema lists blocks in old order, then the sentences only the new version has.
        "alignment": [
            block_json(block) for block in sorted(comparison.blocks, key=lambda b: b.old is None)
        ],
        "edits": [edit_json(edit) for edit in comparison.edits],
    }
    if audit is not None:
        result.update(audit_json(audit))
    if changes is not None:
        result["changes"] = changes_json(changes)
    return result


def speaker_json(speaker: Speaker) -> JsonDict:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "old_mentions": [span.as_list() for span in speaker.old_mentions],
        "new_mentions": [span.as_list() for span in speaker.new_mentions],
    }


def quote_json(quote: Quote) -> JsonDict:
    return {
        "id": quote.id,
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.text,
        "kind": quote.kind.value,
        "speaker": quote.speaker,
        "speaker_mention": span_json(quote.speaker_mention),
        "cue": span_json(quote.cue),
        "parts": [part.as_list() for part in quote.parts],
    }


def entry_json(entry: AuditEntry) -> JsonDict:
    return {
        "old": entry.old,
        "new": entry.new,
        "old_span": span_json(entry.old_span),
        "new_span": span_json(entry.new_span),
        "status": entry.status.value,
        "alteration": alteration(entry),
        "speaker_old": entry.speaker_old,
        "speaker_new": entry.speaker_new,
        "speaker_changed": entry.speaker_changed,
        "attribution": entry.attribution.value if entry.attribution else None,
        "score": round(entry.score, 4),
    }


def audit_json(audit: QuoteAudit) -> JsonDict:
    return {
        "speakers": [speaker_json(speaker) for speaker in audit.speakers],
        "quotes": {
            "old": [quote_json(quote) for quote in audit.old_quotes.quotes],
            "new": [quote_json(quote) for quote in audit.new_quotes.quotes],
        },
        "audit": [entry_json(entry) for entry in audit.entries],
        "notices": sorted(set(audit.old_quotes.notices) | set(audit.new_quotes.notices)),
    }


def quote_set_json(document: Document, quote_set: QuoteSet) -> JsonDict:
    """One line of `reader-cli quotes`: a single document's speakers and quotes."""
    return {
        "path": str(document.path) if document.path is not None else None,
        "text": document.text,
        "speakers": [
            {
                "id": speaker.id,
                "name": speaker.name,
                "aliases": list(speaker.aliases),
                "mentions": [span.as_list() for span in speaker.old_mentions],
            }
            for speaker in quote_set.speakers
        ],
        "quotes": [quote_json(quote) for quote in quote_set.quotes],
        "notices": list(quote_set.notices),  # why there may be none: another language, no model
    }
