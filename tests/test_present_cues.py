"""The words reporting each audited quote, as the window and the reports show them."""

from __future__ import annotations

from quotes_helpers import make_document

from reader.audit import QuoteAudit, audit_quotes
from reader.compare import CompareOptions, compare_documents
from reader.compare.model import Comparison
from reader.present.cues import EntryCues, with_cue
from reader.present.quotes import speaker_label, speaker_names
from reader.quotes import AuditEntry, extract_many

OLD = (
    "Mayor Ana Ruiz said the harbour would reopen before the end of the summer.\n"
    "The port authority declined to comment on the cost of the new quay wall.\n"
    "Fire chief Owen Marsh said the old warehouse was a danger to the public.\n"
)
NEW = (
    "Mayor Ana Ruiz admitted the harbour would reopen before the end of the summer.\n"
    "The port authority declined to comment on the cost of the new quay wall.\n"
)


def run(old_text: str, new_text: str) -> tuple[QuoteAudit, Comparison]:
    old, new = make_document(old_text), make_document(new_text)
    comparison = compare_documents(old, new, CompareOptions())
    old_quotes, new_quotes = extract_many([old, new])
    return audit_quotes(comparison, old_quotes, new_quotes), comparison


def entry_with(audit: QuoteAudit, words: str) -> AuditEntry:
    quotes = {q.id: q.text for q in (*audit.old_quotes.quotes, *audit.new_quotes.quotes)}
    return next(
        e for e in audit.entries if words in quotes.get(e.new or "", quotes.get(e.old or "", ""))
    )


def test_a_verb_of_attribution_changed_between_versions_shows_both() -> None:
    audit, comparison = run(OLD, NEW)
    cues = EntryCues(audit, comparison)
    assert cues.words(entry_with(audit, "harbour would reopen")) == "said → admitted"


def test_an_unchanged_cue_and_a_dropped_quote_show_their_own_verb() -> None:
    audit, comparison = run(OLD, NEW)
    cues = EntryCues(audit, comparison)
    assert cues.words(entry_with(audit, "old warehouse")) == "said"
    refusal = entry_with(audit, "cost of the new quay wall")
    assert cues.words(refusal).startswith("declined")
    names = speaker_names(audit)
    assert with_cue(speaker_label(refusal, names), cues.words(refusal)).startswith(
        "Port authority · declined"
    )


def test_a_headline_capital_is_lowered() -> None:
    audit, comparison = run(
        "Ruiz Says the harbour will reopen before the end of the summer\n",
        "NASA said the launch window had moved to the second week of May.\n",
    )
    cues = EntryCues(audit, comparison)
    words = {cues.words(e) for e in audit.entries}
    assert "says" in words and "said" in words


def test_no_cue_leaves_the_speaker_label_alone() -> None:
    assert with_cue("Unattributed", "") == "Unattributed"
    assert with_cue("Helen Marsh", "said") == "Helen Marsh · said"
