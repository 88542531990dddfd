"""Quotes the rewrite cut short or lengthened past word matching: paired with what is left."""

from __future__ import annotations

from test_audit import audit

from reader.compare.model import EditOp
from reader.quotes import AuditStatus

LONG = (
    "Mayor Ana Ruiz spoke on Monday. “The new bridge will carry trains, buses and bicycles "
    "across the river by next spring,” Ruiz said.\n"
)
SHORT = "Mayor Ana Ruiz spoke on Monday. “The new bridge will carry trains,” Ruiz said.\n"


def test_quote_cut_to_less_than_half_is_altered_not_dropped() -> None:
    result = audit(LONG, SHORT)
    assert len(result.entries) == 1
    entry = result.entries[0]
    assert entry.old is not None and entry.new is not None
    assert entry.status is AuditStatus.ALTERED
    deleted = [
        LONG[e.old.start : e.old.end] for e in entry.word_diff if e.op is EditOp.DELETE and e.old
    ]
    assert deleted == ["buses and bicycles across the river by next spring"]


def test_quote_grown_past_twice_its_length_is_altered_not_unsupported() -> None:
    result = audit(SHORT, LONG)
    assert len(result.entries) == 1
    entry = result.entries[0]
    assert entry.old is not None and entry.new is not None
    assert entry.status is AuditStatus.ALTERED
    inserted = [
        LONG[e.new.start : e.new.end] for e in entry.word_diff if e.op is EditOp.INSERT and e.new
    ]
    assert inserted == ["buses and bicycles across the river by next spring"]


def test_deleted_quote_stays_dropped_when_its_phrase_is_quoted_again_elsewhere() -> None:
    later = (
        "The council met in the old town hall.\n\n"
        "Tom Hale, a builder, doubted that “the new bridge will carry trains” at all.\n"
    )
    result = audit(LONG + later, "Mayor Ana Ruiz spoke on Monday.\n" + later)
    lost = next(e for e in result.entries if e.old_span is not None and e.old_span.start < 120)
    assert lost.status is AuditStatus.DROPPED and lost.new is None
    again = next(e for e in result.entries if e.new is not None)
    assert again.status is AuditStatus.VERBATIM and again.old_span is not None
    assert again.old_span.start > len(LONG)


def test_quote_grown_by_whole_new_sentences_stays_unsupported() -> None:
    old = "Mayor Ana Ruiz spoke on Monday. She said “the bridge will open soon.”\n"
    new = (
        "Mayor Ana Ruiz spoke on Monday. “The bridge will open soon. Nobody in this town will "
        "ever pay a single toll to cross it,” Ruiz said.\n"
    )
    result = audit(old, new)
    grown = next(e for e in result.entries if e.new is not None)
    assert grown.status is AuditStatus.UNSUPPORTED and grown.old is None
    kept = next(e for e in result.entries if e.old is not None)
    assert kept.status is AuditStatus.VERBATIM and kept.new is None
