"""Helpers for the change-ledger tests: compare two texts and list what the ledger found."""

from __future__ import annotations

from reader.analysis.pipeline import findings
from reader.changes import Change, ChangeKind, find_changes
from reader.compare import compare_documents, paragraph_spans
from reader.documents.model import Document


def ledger(old: str, new: str, use_model: bool = True) -> list[Change]:
    comparison = compare_documents(
        Document(old, paragraph_spans(old)), Document(new, paragraph_spans(new))
    )
    return find_changes(comparison, use_model=use_model)


HEAD = "The harbour board met on Monday.\n\n"
TAIL = "\n\nBoats left at dawn."


def audited_ledger(old: str, new: str) -> list[Change]:
    """The ledger as the window and `reader-cli compare` make it: with the quote audit
    (the two texts between a shared first and last paragraph)."""
    old, new = HEAD + old + TAIL, HEAD + new + TAIL
    comparison = compare_documents(
        Document(old, paragraph_spans(old)), Document(new, paragraph_spans(new))
    )
    found = findings(comparison)
    assert found is not None
    return list(found.changes)


def of_kind(changes: list[Change], kind: ChangeKind) -> list[Change]:
    return [c for c in changes if c.kind is kind]


def kinds(changes: list[Change]) -> set[str]:
    return {str(c.kind) for c in changes}
