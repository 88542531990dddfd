"""The quote audit on short version pairs written for the purpose."""

from __future__ import annotations

from quotes_helpers import make_document

from reader.audit import QuoteAudit, audit_quotes
from reader.audit.counterpart import TextIndex
from reader.audit.words import words_in
from reader.compare import CompareOptions, compare_documents
from reader.compare.model import EditOp
from reader.documents.model import Span
from reader.quotes import AuditEntry, AuditStatus, QuoteKind, extract_many

OLD = (
    "Mayor Ana Ruiz said the harbour would reopen by land and sea before the summer.\n"
    "Her deputy, Tom Hale, said the repairs had cost far more than planned.\n"
    "Ruiz said critics were spreading fear about the quay.\n"
    "Fire chief Owen Marsh said the old warehouse was a danger to the public.\n"
)
NEW = (
    "Mayor Ana Ruiz said the harbour would reopen 'by land and sea' before the summer.\n"
    "Ruiz said critics were 'spreading panic' about the quay.\n"
    "Ruiz warned that the old warehouse would be 'considered a danger' to the public.\n"
    "Officials said the port would double its traffic within five years.\n"
)


def audit(old_text: str = OLD, new_text: str = NEW) -> QuoteAudit:
    old, new = make_document(old_text), make_document(new_text)
    old_quotes, new_quotes = extract_many([old, new])
    return audit_quotes(compare_documents(old, new, CompareOptions()), old_quotes, new_quotes)


def entry_for_new(result: QuoteAudit, fragment: str) -> AuditEntry:
    """The quote's entry, or its parent's: a quoted fragment inside a reported clause of
    the same speaker is one event with that clause."""
    quote = next(q for q in result.new_quotes.quotes if q.text == fragment)
    return next(
        e
        for e in result.entries
        if e.new == quote.id
        or (e.new_span and e.new_span.start <= quote.span.start < quote.span.end <= e.new_span.end)
    )


def entry_for_old(result: QuoteAudit, fragment: str) -> AuditEntry:
    quote = next(q for q in result.old_quotes.quotes if fragment in q.text)
    return next(e for e in result.entries if e.old == quote.id)


def test_quote_marked_only_in_new_version_is_verbatim() -> None:
    result = audit()
    entry = entry_for_new(result, "by land and sea")
    assert entry.status is AuditStatus.VERBATIM
    assert entry.old_span is not None
    assert "by land and sea" in OLD[entry.old_span.start : entry.old_span.end]
    assert not entry.speaker_changed and entry.score == 1.0


def test_reworded_quote_is_altered_with_word_diff() -> None:
    result = audit()
    entry = entry_for_new(result, "spreading panic")
    assert entry.status is AuditStatus.ALTERED
    assert entry.old_span is not None and entry.new_span is not None
    assert 0 < entry.score < 1
    deleted = [
        OLD[e.old.start : e.old.end] for e in entry.word_diff if e.op is EditOp.DELETE and e.old
    ]
    inserted = [
        NEW[e.new.start : e.new.end] for e in entry.word_diff if e.op is EditOp.INSERT and e.new
    ]
    assert deleted == ["fear"] and inserted == ["panic"]


def test_words_moved_to_another_speaker_are_flagged() -> None:
    result = audit()
    entry = entry_for_new(result, "considered a danger")
    assert entry.status is AuditStatus.ALTERED
    assert entry.speaker_changed
    names = {s.id: s.name for s in result.speakers}
    assert names[entry.speaker_old or ""] == "Owen Marsh"
    assert names[entry.speaker_new or ""] == "Ana Ruiz"


def test_dropped_and_unsupported() -> None:
    result = audit()
    assert entry_for_old(result, "repairs had cost").status is AuditStatus.DROPPED
    unsupported = entry_for_new(result, "the port would double its traffic within five years")
    assert unsupported.status is AuditStatus.UNSUPPORTED
    assert unsupported.old_span is None and unsupported.score == 0.0


def test_every_quote_in_exactly_one_entry() -> None:
    result = audit()
    old_ids = [e.old for e in result.entries if e.old]
    new_ids = [e.new for e in result.entries if e.new]
    assert len(old_ids) == len(set(old_ids)) and len(new_ids) == len(set(new_ids))
    for quotes, ids in ((result.old_quotes.quotes, old_ids), (result.new_quotes.quotes, new_ids)):
        spans = {q.id: q.span for q in quotes}
        for quote in quotes:
            if quote.id in ids:
                continue
            # Left out only as a quoted fragment of a quote that has its entry.
            assert quote.kind is QuoteKind.PARTIAL
            assert any(
                spans[i].start <= quote.span.start and quote.span.end <= spans[i].end for i in ids
            )


def test_a_quoted_fragment_re_credited_with_its_clause_is_one_change() -> None:
    result = audit()
    changed = [e for e in result.entries if e.speaker_changed]
    assert len(changed) == 1
    (entry,) = changed
    assert entry.new_span is not None
    assert "considered a danger" in NEW[entry.new_span.start : entry.new_span.end]
    assert entry.status is AuditStatus.ALTERED


def test_speakers_are_shared_across_versions() -> None:
    result = audit()
    ruiz = [s for s in result.speakers if s.name == "Ana Ruiz"]
    assert len(ruiz) == 1
    assert ruiz[0].old_mentions and ruiz[0].new_mentions
    speaker_ids = {s.id for s in result.speakers}
    for quote in (*result.old_quotes.quotes, *result.new_quotes.quotes):
        assert quote.speaker is None or quote.speaker in speaker_ids


def test_paired_quotes_share_one_entry() -> None:
    result = audit(
        'Ruiz said: "We will reopen the harbour in May."\n',
        'Mayor Ana Ruiz said: "We will reopen the harbour in May."\n',
    )
    paired = [e for e in result.entries if e.old and e.new]
    assert len(paired) == 1 and paired[0].status is AuditStatus.VERBATIM
    assert paired[0].speaker_old == paired[0].speaker_new


def test_fuzzy_search_finds_long_quotes_outside_aligned_sentences() -> None:
    text = "First sentence here. Much later the minister called the new toll road a costly blunder."
    index = TextIndex(text)
    found = index.find(words_in("'the new toll road a costly blunder'"), regions=[])
    assert found is not None and found.verbatim
    assert index.find(words_in("a cheap triumph of careful regional planning"), regions=[]) is None


def test_short_quotes_are_only_looked_for_where_the_alignment_points() -> None:
    # A scare-quoted phrase also found in the headline is no counterpart of a dropped quote.
    text = "Harbour plan a costly blunder\n\nThe council met on Monday."
    index = TextIndex(text)
    assert index.find(words_in("a costly blunder"), regions=[]) is None
    headline = Span(0, text.index("\n"))
    found = index.find(words_in("a costly blunder"), regions=[headline])
    assert found is not None and found.verbatim


def test_quote_style_and_first_letter_case_are_ignored() -> None:
    text = "He said the plan was “Dead on arrival” yesterday."
    index = TextIndex(text)
    found = index.find(words_in("'dead on arrival'"), regions=[Span(0, len(text))])
    assert found is not None and found.verbatim


def test_edge_punctuation_inside_the_marks_keeps_a_quote_verbatim() -> None:
    result = audit(
        "The minister called the deal 'a first concrete step' on Monday.\n",
        "The minister called the deal 'a first concrete step.' on Monday.\n",
    )
    assert [e.status for e in result.entries] == [AuditStatus.VERBATIM]


def test_paraphrased_reported_speech_in_aligned_sentences_is_altered() -> None:
    old_text = (
        "The council met on Monday to discuss the budget.\n"
        "Treasurer Lena Cho said the town intended to cut library hours wherever it could "
        "and would close two branches by the winter.\n"
        "The meeting ended late.\n"
    )
    new_text = (
        "The council met on Monday to discuss the budget.\n"
        "Treasurer Lena Cho said the town planned shorter library hours and two branch "
        "closures before winter.\n"
        "The meeting ended late.\n"
    )
    result = audit(old_text, new_text)
    old_quote = next(q for q in result.old_quotes.quotes if "library hours" in q.text)
    entries = [e for e in result.entries if e.old == old_quote.id]
    assert len(entries) == 1
    (entry,) = entries
    assert entry.status is AuditStatus.ALTERED
    assert entry.new is not None and not entry.speaker_changed
    assert {e.status for e in result.entries} == {AuditStatus.ALTERED}
    # Put in other mouths, the same paraphrase is still linked, and flagged as re-attributed.
    other = audit(
        old_text,
        new_text.replace(
            "Treasurer Lena Cho said the town", "Opposition councillors said the town"
        ),
    )
    (moved_entry,) = [e for e in other.entries if e.old == old_quote.id]
    assert moved_entry.status is AuditStatus.ALTERED
    assert moved_entry.speaker_changed
