"""Audit every quote of two versions: kept, altered, dropped, unsupported, re-attributed.

Each quote's words are looked for in the other version's text, whether or not a
quote was extracted there, so a quote marked in one version and unmarked in the
other is still found. Quotes that are each other's counterpart form one entry.
"""

from __future__ import annotations

from reader.audit.alignment import Alignment
from reader.audit.counterpart import Counterpart, TextIndex
from reader.audit.credit import Credit, Rewrite, credit_change, holder, speaker_changed
from reader.audit.joined import drop_joined
from reader.audit.linking import link_speakers, remap
from reader.audit.model import QuoteAudit
from reader.audit.nested import fold_nested
from reader.audit.pairing import Side, pair_quotes, quote_words
from reader.audit.parts import by_parts, wholes
from reader.audit.worddiff import word_diff
from reader.audit.words import Word, dice, same_words, words_in
from reader.compare.model import Comparison, EditOp
from reader.documents.model import Span
from reader.quotes.model import (
    AuditEntry,
    AuditStatus,
    Quote,
    QuoteSet,
)


def audit_quotes(comparison: Comparison, old_quotes: QuoteSet, new_quotes: QuoteSet) -> QuoteAudit:
    old_text, new_text = comparison.old.text, comparison.new.text
    whole = (wholes(old_quotes, old_text), wholes(new_quotes, new_text))
    old_quotes, new_quotes = by_parts(old_quotes), by_parts(new_quotes)
    speakers, old_ids, new_ids = link_speakers(old_quotes, new_quotes)
    old_set = remap(old_quotes, old_ids, speakers)
    new_set = remap(new_quotes, new_ids, speakers)
    people = {s.id: s for s in speakers}
    rewrite = Rewrite.of(comparison, (old_set.quotes, new_set.quotes), speakers)
    old = Side(old_text, old_set.quotes, TextIndex(old_text), people, rewrite, whole[0])
    new = Side(new_text, new_set.quotes, TextIndex(new_text), people, rewrite, whole[1])
    aligned = Alignment.of(comparison)
    in_new = {
        q.id: aligned.counterpart(quote_words(old, q), q.span, True, old.index, new.index)
        for q in old.quotes
    }
    in_old = {
        q.id: aligned.counterpart(quote_words(new, q), q.span, False, new.index, old.index)
        for q in new.quotes
    }
    pairs = pair_quotes(aligned, old, new, in_new, in_old)
    entries = [_pair_entry(old, new, o, n) for o, n in pairs]
    paired_old = {o.id for o, _ in pairs}
    paired_new = {n.id for _, n in pairs}
    entries += [_old_entry(q, in_new[q.id], old, new) for q in old.quotes if q.id not in paired_old]
    entries += [_new_entry(q, in_old[q.id], old, new) for q in new.quotes if q.id not in paired_new]
    entries = drop_joined(fold_nested(entries, old.quotes, new.quotes))
    entries.sort(key=_entry_order)
    return QuoteAudit(old_set, new_set, speakers, tuple(entries))


def _pair_entry(old: Side, new: Side, o: Quote, n: Quote) -> AuditEntry:
    old_words, new_words = quote_words(old, o), quote_words(new, n)
    verbatim = same_words(old_words, new_words)
    edits = word_diff(old_words, new_words)
    equal_words = sum(
        len(words_in(old.text, e.old)) for e in edits if e.op is EditOp.EQUAL and e.old
    )
    before = Credit.of(o, old.text, True, old.speakers, old.wholes)
    after = Credit.of(n, new.text, False, old.speakers, new.wholes)
    return AuditEntry(
        old=o.id,
        new=n.id,
        old_span=o.span,
        new_span=n.span,
        status=AuditStatus.VERBATIM if verbatim else AuditStatus.ALTERED,
        speaker_old=o.speaker,
        speaker_new=n.speaker,
        speaker_changed=speaker_changed(old.speakers, before, after, old.rewrite),
        score=1.0 if verbatim else round(dice(equal_words, len(old_words), len(new_words)), 3),
        word_diff=() if verbatim else edits,
        attribution=credit_change(old.speakers, before, after, (o.span, n.span), old.rewrite),
    )


def _old_entry(quote: Quote, found: Counterpart | None, old: Side, new: Side) -> AuditEntry:
    if found is None:
        return _lost(quote, AuditStatus.DROPPED, old=True)
    before = Credit.of(quote, old.text, True, old.speakers, old.wholes)
    after = Credit.of(holder(new.quotes, found.span), new.text, False, old.speakers, new.wholes)
    own = _own_words(quote)
    edits = () if found.verbatim else word_diff(own, words_in(new.text, found.span))
    return AuditEntry(
        old=quote.id,
        new=None,
        old_span=quote.span,
        new_span=found.span,
        status=AuditStatus.VERBATIM if found.verbatim else AuditStatus.ALTERED,
        speaker_old=quote.speaker,
        speaker_new=after.speaker,
        speaker_changed=speaker_changed(new.speakers, before, after, new.rewrite),
        score=1.0 if found.verbatim else round(found.similarity, 3),
        word_diff=edits,
        attribution=credit_change(
            old.speakers, before, after, (quote.span, found.span), old.rewrite
        ),
    )


def _new_entry(quote: Quote, found: Counterpart | None, old: Side, new: Side) -> AuditEntry:
    if found is None:
        return _lost(quote, AuditStatus.UNSUPPORTED, old=False)
    before = Credit.of(holder(old.quotes, found.span), old.text, True, old.speakers, old.wholes)
    after = Credit.of(quote, new.text, False, old.speakers, new.wholes)
    own = _own_words(quote)
    edits = () if found.verbatim else word_diff(words_in(old.text, found.span), own)
    return AuditEntry(
        old=None,
        new=quote.id,
        old_span=found.span,
        new_span=quote.span,
        status=AuditStatus.VERBATIM if found.verbatim else AuditStatus.ALTERED,
        speaker_old=before.speaker,
        speaker_new=quote.speaker,
        speaker_changed=speaker_changed(old.speakers, before, after, old.rewrite),
        score=1.0 if found.verbatim else round(found.similarity, 3),
        word_diff=edits,
        attribution=credit_change(
            old.speakers, before, after, (found.span, quote.span), old.rewrite
        ),
    )


def _own_words(quote: Quote) -> list[Word]:
    """The quote's words with offsets in its own version (its text starts at span.start)."""
    start = quote.span.start
    words: list[Word] = []
    for piece in quote.pieces:
        for w in words_in(quote.text, Span(piece.start - start, piece.end - start)):
            words.append(Word(Span(w.span.start + start, w.span.end + start), w.text, w.key))
    return words


def _lost(quote: Quote, status: AuditStatus, old: bool) -> AuditEntry:
    return AuditEntry(
        old=quote.id if old else None,
        new=None if old else quote.id,
        old_span=quote.span if old else None,
        new_span=None if old else quote.span,
        status=status,
        speaker_old=quote.speaker if old else None,
        speaker_new=None if old else quote.speaker,
        speaker_changed=False,
        score=0.0,
    )


def _entry_order(entry: AuditEntry) -> tuple[int, int]:
    if entry.new_span is not None:
        return (entry.new_span.start, entry.old_span.start if entry.old_span else -1)
    assert entry.old_span is not None
    return (1 << 40, entry.old_span.start)
