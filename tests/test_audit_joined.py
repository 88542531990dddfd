"""Two reported clauses merged into one sentence are told by their own two entries."""

from __future__ import annotations

from quotes_helpers import make_document

from reader.audit import audit_quotes
from reader.compare import CompareOptions, compare_documents
from reader.documents.model import Span
from reader.quotes import AuditEntry, extract_many
from reader.quotes.model import AuditStatus

OLD = (
    "The new ferry will carry about 400 passengers a day, according to the port board, "
    "which said that the first crossings could start in the middle of April.\n"
)
NEW = (
    "According to the port board, the new ferry will carry around 400 passengers a day, "
    "with the first crossings expected to start in mid-April.\n"
)


def entries(old_text: str, new_text: str) -> tuple[AuditEntry, ...]:
    old, new = make_document(old_text), make_document(new_text)
    old_quotes, new_quotes = extract_many([old, new])
    comparison = compare_documents(old, new, CompareOptions())
    return audit_quotes(comparison, old_quotes, new_quotes).entries


def test_a_merged_sentence_gives_one_row_per_old_clause_not_a_third_for_the_whole() -> None:
    found = entries(OLD, NEW)
    assert len(found) == 2
    assert all(e.status is AuditStatus.ALTERED for e in found)
    ferry = OLD.index("The new ferry")
    crossings = OLD.index("the first crossings")
    assert sorted(e.old_span.start for e in found if e.old_span) == [ferry, crossings]


def test_a_quote_kept_whole_keeps_its_one_row() -> None:
    text = "The port board said that the first crossings could start in the middle of April.\n"
    (entry,) = entries(text, text)
    assert entry.status is AuditStatus.VERBATIM
    assert entry.old_span == Span(text.index("the first"), text.index(".\n"))
