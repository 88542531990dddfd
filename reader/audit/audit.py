"""Audit every quote of two versions: kept, altered, dropped, unsupported, re-attributed.

Each quote's words are looked for in the other version's text, whether or not a
quote was extracted there, so a quote marked in one version and unmarked in the
other is still found. Quotes that are each other's counterpart form one entry.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from reader.audit.alignment import Alignment
from reader.audit.counterpart import Counterpart, TextIndex
from reader.audit.credit import Credit, Rewrite, credit_change, holder, speaker_changed
from reader.audit.linking import link_speakers, remap
from reader.audit.model import QuoteAudit
from reader.audit.nested import fold_nested
from reader.audit.spans import SpanLookup
from reader.audit.worddiff import word_diff
from reader.audit.words import Word, dice, same_words, words_in, words_of
from reader.compare.model import Comparison, EditOp
from reader.documents.model import Span
from reader.quotes.model import (
    AuditEntry,
    AuditStatus,
    Quote,
    QuoteSet,
    Speaker,
)

_SAME_PLACE = 0.5  # a counterpart and a quote covering this share of each other are one pair
_REWORDED_OVERLAP = 0.3  # content words two aligned reported clauses must share to be one


@dataclass(frozen=True)
class _Side:
    """One version as the audit sees it."""

    text: str
    quotes: tuple[Quote, ...]
    index: TextIndex
    speakers: dict[str, Speaker]  # shared ids, the same for both sides
    rewrite: Rewrite  # the words either version does not share with the other, sentences
    wholes: dict[str, Span]  # a part quote's id -> the whole quote's span (its attribution's)


def audit_quotes(comparison: Comparison, old_quotes: QuoteSet, new_quotes: QuoteSet) -> QuoteAudit:
    wholes = (_wholes(old_quotes), _wholes(new_quotes))
    old_quotes, new_quotes = by_parts(old_quotes), by_parts(new_quotes)
    speakers, old_ids, new_ids = link_speakers(old_quotes, new_quotes)
    old_set = remap(old_quotes, old_ids, speakers)
    new_set = remap(new_quotes, new_ids, speakers)
    people = {s.id: s for s in speakers}
    rewrite = Rewrite.of(comparison, (old_set.quotes, new_set.quotes), speakers)
    old_text, new_text = comparison.old.text, comparison.new.text
    old = _Side(old_text, old_set.quotes, TextIndex(old_text), people, rewrite, wholes[0])
    new = _Side(new_text, new_set.quotes, TextIndex(new_text), people, rewrite, wholes[1])
    aligned = Alignment.of(comparison)
    in_new = {
        q.id: aligned.counterpart(_words(old, q), q.span, True, old.index, new.index)
        for q in old.quotes
    }
    in_old = {
        q.id: aligned.counterpart(_words(new, q), q.span, False, new.index, old.index)
        for q in new.quotes
    }
    pairs = _pairs(old.quotes, new.quotes, in_new, in_old)
    pairs += _reworded_pairs(aligned, old, new, in_new, in_old, pairs)
    pairs += _trimmed_pairs(aligned, old, new, (in_new, in_old), pairs)
    entries = [_pair_entry(old, new, o, n) for o, n in pairs]
    paired_old = {o.id for o, _ in pairs}
    paired_new = {n.id for _, n in pairs}
    entries += [_old_entry(q, in_new[q.id], old, new) for q in old.quotes if q.id not in paired_old]
    entries += [_new_entry(q, in_old[q.id], old, new) for q in new.quotes if q.id not in paired_new]
    entries = fold_nested(entries, old.quotes, new.quotes)
    entries.sort(key=_entry_order)
    return QuoteAudit(old_set, new_set, speakers, tuple(entries))


def _wholes(quotes: QuoteSet) -> dict[str, Span]:
    """The span of each quote `by_parts` splits, under its parts' ids."""
    return {
        f"{q.id}.{number}": q.span for q in quotes.quotes for number in range(1, len(q.parts) + 1)
    }


def by_parts(quotes: QuoteSet) -> QuoteSet:
    """A quote in several parts as one quote per part (`q3.1`, `q3.2`): a rewrite may keep
    one part word for word and trim the other, and each deserves its own answer."""
    if not any(q.parts for q in quotes.quotes):
        return quotes
    split = []
    for quote in quotes.quotes:
        start = quote.span.start
        for number, part in enumerate(quote.parts, start=1):
            text = quote.text[part.start - start : part.end - start]
            split.append(replace(quote, id=f"{quote.id}.{number}", span=part, text=text, parts=()))
        if not quote.parts:
            split.append(quote)
    return replace(quotes, quotes=tuple(split))


def _words(side: _Side, quote: Quote) -> list[Word]:
    return words_of(side.text, quote.pieces)


def _pairs(
    old_quotes: tuple[Quote, ...],
    new_quotes: tuple[Quote, ...],
    in_new: dict[str, Counterpart | None],
    in_old: dict[str, Counterpart | None],
) -> list[tuple[Quote, Quote]]:
    """Old and new quotes that are each other's counterpart (both ways), one to one, best first."""
    old_at = SpanLookup((q.span, q) for q in old_quotes)
    new_at = SpanLookup((q.span, q) for q in new_quotes)
    # Only quotes lying where the other one's counterpart was found can pair with it.
    meetings: dict[tuple[str, str], tuple[Quote, Quote]] = {}
    for o in old_quotes:
        found = in_new[o.id]
        for n in new_at.overlapping(found.span) if found else ():
            meetings[o.id, n.id] = (o, n)
    for n in new_quotes:
        found = in_old[n.id]
        for o in old_at.overlapping(found.span) if found else ():
            meetings[o.id, n.id] = (o, n)
    candidates = []
    for o, n in meetings.values():
        fit = _mutual_fit(in_new[o.id], n.span, in_old[n.id], o.span)
        if fit >= _SAME_PLACE:
            candidates.append((fit, o, n))
    return _one_to_one(candidates)


def _reworded_pairs(
    aligned: Alignment,
    old: _Side,
    new: _Side,
    in_new: dict[str, Counterpart | None],
    in_old: dict[str, Counterpart | None],
    pairs: list[tuple[Quote, Quote]],
) -> list[tuple[Quote, Quote]]:
    """Reported speech paraphrased past word matching, where the alignment joins the sentences.

    A rewrite often restates "X said that ..." in new words. If the sentence alignment
    says the two sentences correspond and the quotes share a speaker or a fair part of
    their content words, the new one is a rewording of the old, not an invention.
    """
    paired_old, paired_new = {o.id for o, _ in pairs}, {n.id for _, n in pairs}
    lone_new_by_block: dict[int, list[Quote]] = {}
    for n in new.quotes:
        if n.id not in paired_new and in_old[n.id] is None:
            for index in aligned.blocks(n.span, False):
                lone_new_by_block.setdefault(index, []).append(n)
    candidates = []
    for o in old.quotes:
        if o.id in paired_old or in_new[o.id] is not None:
            continue
        facing = {
            n.id: n for i in aligned.blocks(o.span, True) for n in lone_new_by_block.get(i, ())
        }
        for n in facing.values():
            overlap = _content_overlap(_words(old, o), _words(new, n))
            same_speaker = o.speaker is not None and o.speaker == n.speaker
            if overlap >= _REWORDED_OVERLAP or (same_speaker and overlap > 0):
                candidates.append((overlap + same_speaker, o, n))
    return _one_to_one(candidates)


def _trimmed_pairs(
    aligned: Alignment,
    old: _Side,
    new: _Side,
    found: tuple[dict[str, Counterpart | None], dict[str, Counterpart | None]],
    pairs: list[tuple[Quote, Quote]],
) -> list[tuple[Quote, Quote]]:
    """A quote the rewrite cut short (or lengthened) past word matching, and what is left.

    A quote that lost half its words is not found in the other version, but a shorter quote
    there is found inside it: what the rewrite kept of it (and the other way round for a
    quote that grew). Only in sentences the alignment pairs, so a phrase repeated elsewhere
    does not stand for a quote whose sentence is gone.
    """
    in_new, in_old = found
    paired_old, paired_new = {o.id for o, _ in pairs}, {n.id for _, n in pairs}
    lone_new_by_block: dict[int, list[Quote]] = {}
    for n in new.quotes:
        if n.id not in paired_new:
            for index in aligned.blocks(n.span, False):
                lone_new_by_block.setdefault(index, []).append(n)
    candidates = []
    for o in old.quotes:
        if o.id in paired_old:
            continue
        facing = {
            n.id: n for i in aligned.blocks(o.span, True) for n in lone_new_by_block.get(i, ())
        }
        for n in facing.values():
            kept = _left_of(in_old[n.id], o.span, in_new[o.id])
            grown = _left_of(in_new[o.id], n.span, in_old[n.id])
            if grown and not _same_sentences(new.rewrite.starts[1], in_new[o.id], n.span):
                grown = 0  # whole sentences added around the words: unsupported, not altered
            if kept or grown:
                candidates.append((float(kept + grown), o, n))
    return _one_to_one(candidates)


def _same_sentences(starts: tuple[int, ...], found: Counterpart | None, span: Span) -> bool:
    """The quote at `span` lies in the sentences holding `found`, and no others."""
    if found is None:
        return False
    first, last = bisect_right(starts, span.start), bisect_right(starts, span.end - 1)
    return (first, last) == (
        bisect_right(starts, found.span.start),
        bisect_right(starts, found.span.end - 1),
    )


def _left_of(shorter: Counterpart | None, longer: Span, lost: Counterpart | None) -> int:
    """How many characters of the longer quote (at `longer`) the shorter one's counterpart
    holds, when it lies wholly inside it and the longer one's words were not found (`lost`
    is None: found, they would make it kept or altered on its own); else 0."""
    if shorter is None or lost is not None:
        return 0
    if not (longer.start <= shorter.span.start and shorter.span.end <= longer.end):
        return 0
    return len(shorter.span)


def _content_overlap(a: list[Word], b: list[Word]) -> float:
    """Dice over the content words (at least three letters) of two passages."""
    keys_a = {w.key for w in a if len(w.key) > 2}
    keys_b = {w.key for w in b if len(w.key) > 2}
    return dice(len(keys_a & keys_b), len(keys_a), len(keys_b))


def _one_to_one(candidates: list[tuple[float, Quote, Quote]]) -> list[tuple[Quote, Quote]]:
    """Best-scoring pairs first, each quote used once."""
    candidates.sort(key=lambda c: (-c[0], c[1].span.start, c[2].span.start))
    taken_old: set[str] = set()  # old and new quote ids share one numbering
    taken_new: set[str] = set()
    pairs = []
    for _, o, n in candidates:
        if o.id not in taken_old and n.id not in taken_new:
            taken_old.add(o.id)
            taken_new.add(n.id)
            pairs.append((o, n))
    return pairs


def _mutual_fit(
    found_in_new: Counterpart | None,
    new_span: Span,
    found_in_old: Counterpart | None,
    old_span: Span,
) -> float:
    """How well two quotes point at each other. When only one finds the other (a long quote
    trimmed in the rewrite finds no close counterpart, but the trimmed one finds it), that
    one direction decides."""
    if found_in_new is None or found_in_old is None:
        return max(_fit(found_in_new, new_span), _fit(found_in_old, old_span))
    return min(_fit(found_in_new, new_span), _fit(found_in_old, old_span))


def _fit(found: Counterpart | None, span: Span) -> float:
    if found is None:
        return 0.0
    shared = max(0, min(found.span.end, span.end) - max(found.span.start, span.start))
    union = max(found.span.end, span.end) - min(found.span.start, span.start)
    return shared / union if union else 0.0


def _pair_entry(old: _Side, new: _Side, o: Quote, n: Quote) -> AuditEntry:
    old_words, new_words = _words(old, o), _words(new, n)
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


def _old_entry(quote: Quote, found: Counterpart | None, old: _Side, new: _Side) -> AuditEntry:
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


def _new_entry(quote: Quote, found: Counterpart | None, old: _Side, new: _Side) -> AuditEntry:
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
