"""A speaker's words told as narration: the speaker's own pronoun inside them is no credit."""

from __future__ import annotations

from dataclasses import replace

from quotes_helpers import make_document
from test_audit_credit import RUIZ, _only, _quote, _span

from reader.audit import audit_quotes
from reader.compare import CompareOptions, compare_documents
from reader.quotes import AttributionChange, AuditEntry, QuoteSet

BEFORE = "The harbour opened on Monday.\n\n"
AFTER = "\n\n“The first ferry is full,” Ruiz said.\n"
OLD = BEFORE + "Ana Ruiz said that she had hired Sam Park for the new harbour role." + AFTER
WORDS = "had hired Sam Park for the new harbour role"


def narrated(new: str, names: list[str]) -> AuditEntry:
    """Audit OLD against `new`, where the extractor found no quote in the narrated sentence
    and knows Ruiz in the new version by `names` (and by the later quote's "Ruiz")."""
    said = _quote(OLD, "q1", "she " + WORDS, "a", ("Ana Ruiz", 0))
    later_old = _quote(OLD, "q2", "The first ferry is full", "a", ("Ruiz", 1))
    later_new = _quote(new, "q2", "The first ferry is full", "a", ("Ruiz", new.count("Ruiz") - 1))
    assert later_new.speaker_mention is not None
    # Each version's speaker record as the extractor gives it: mentions in its own text.
    old_ruiz = replace(RUIZ, old_mentions=(_span(OLD, "Ana Ruiz"), _span(OLD, "Ruiz", 1)))
    new_mentions = (*(_span(new, name) for name in names), later_new.speaker_mention)
    new_ruiz = replace(RUIZ, old_mentions=new_mentions)
    comparison = compare_documents(make_document(OLD), make_document(new), CompareOptions())
    result = audit_quotes(
        comparison,
        QuoteSet((said, later_old), (old_ruiz,)),
        QuoteSet((later_new,), (new_ruiz,)),
    )
    return _only(result, "q1")


def test_pronoun_inside_the_narrated_words_does_not_keep_the_credit() -> None:
    new = BEFORE + "She " + WORDS + "." + AFTER
    entry = narrated(new, ["She"])
    assert entry.new is None and entry.new_span is not None
    assert new[entry.new_span.start : entry.new_span.end] == "She " + WORDS
    assert entry.attribution is AttributionChange.REMOVED


def test_name_outside_the_narrated_words_keeps_the_credit() -> None:
    new = BEFORE + "She " + WORDS + ", Ruiz wrote." + AFTER
    entry = narrated(new, ["She", "Ruiz"])
    assert entry.attribution is None
