"""A quoted fragment inside a reported clause of the same speaker: one audit event."""

from __future__ import annotations

from reader.audit.nested import fold_nested
from reader.documents.model import Span
from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind

CLAUSE = Quote("q1", Span(10, 80), "x" * 70, QuoteKind.INDIRECT, "S1")
FRAGMENT = Quote("q2", Span(30, 50), "y" * 20, QuoteKind.PARTIAL, "S1")
OTHER = Quote("q3", Span(30, 50), "y" * 20, QuoteKind.PARTIAL, "S2")


def _entry(new: str, status: AuditStatus, speaker: str = "S1") -> AuditEntry:
    span = CLAUSE.span if new == "q1" else FRAGMENT.span
    return AuditEntry(None, new, None, span, status, None, speaker, False, 0.0, ())


def _dropped(old: str) -> AuditEntry:
    span = CLAUSE.span if old == "q1" else FRAGMENT.span
    return AuditEntry(old, None, span, None, AuditStatus.DROPPED, "S1", None, False, 0.0, ())


def test_an_invented_claim_with_a_quoted_phrase_is_one_unsupported_event() -> None:
    entries = [_entry("q1", AuditStatus.UNSUPPORTED), _entry("q2", AuditStatus.UNSUPPORTED)]
    assert fold_nested(entries, (), (CLAUSE, FRAGMENT)) == [entries[0]]


def test_a_dropped_clause_whose_quoted_phrase_survives_keeps_both_entries() -> None:
    kept = AuditEntry(
        "q2", None, FRAGMENT.span, Span(0, 20), AuditStatus.VERBATIM, "S1", None, False, 1.0, ()
    )
    entries = [_dropped("q1"), kept]
    assert fold_nested(entries, (CLAUSE, FRAGMENT), ()) == entries


def test_a_phrase_credited_to_someone_else_is_not_folded() -> None:
    entries = [_entry("q1", AuditStatus.UNSUPPORTED), _entry("q3", AuditStatus.UNSUPPORTED, "S2")]
    assert fold_nested(entries, (), (CLAUSE, OTHER)) == entries


def test_a_kept_phrase_inside_an_altered_clause_is_part_of_its_row() -> None:
    entries = [_entry("q1", AuditStatus.ALTERED), _entry("q2", AuditStatus.VERBATIM)]
    assert fold_nested(entries, (), (CLAUSE, FRAGMENT)) == [entries[0]]


def test_an_altered_phrase_inside_a_verbatim_clause_keeps_its_row() -> None:
    entries = [_entry("q1", AuditStatus.VERBATIM), _entry("q2", AuditStatus.ALTERED)]
    assert fold_nested(entries, (), (CLAUSE, FRAGMENT)) == entries
