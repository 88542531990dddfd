"""Which quote of one version is which of the other: pairs, best first, one to one.

Quotes whose words each find the other are one pair; past word matching, the sentence
alignment decides: a reported clause reworded, a quote cut short or lengthened, in the
sentences the alignment pairs.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from reader.audit.alignment import Alignment
from reader.audit.counterpart import Counterpart, TextIndex
from reader.audit.credit import Rewrite
from reader.audit.spans import SpanLookup
from reader.audit.words import Word, dice, words_of
from reader.documents.model import Span
from reader.quotes.model import Quote, Speaker

_SAME_PLACE = 0.5  # a counterpart and a quote covering this share of each other are one pair
_REWORDED_OVERLAP = 0.3  # content words two aligned reported clauses must share to be one

Found = dict[str, Counterpart | None]  # a quote's id -> where its words are in the other version


@dataclass(frozen=True)
class Side:
    """One version as the audit sees it."""

    text: str
    quotes: tuple[Quote, ...]
    index: TextIndex
    speakers: dict[str, Speaker]  # shared ids, the same for both sides
    rewrite: Rewrite  # the words either version does not share with the other, sentences
    wholes: dict[str, Span]  # a part quote's id -> the whole quote's span (its attribution's)


def pair_quotes(
    aligned: Alignment, old: Side, new: Side, in_new: Found, in_old: Found
) -> list[tuple[Quote, Quote]]:
    """Every pair, by the surest rule first: found in each other, reworded, trimmed, then
    reworded quotes whose words were found on each other too loosely to pair them."""
    pairs = _pairs(old.quotes, new.quotes, in_new, in_old)
    pairs += _reworded_pairs(aligned, (old, new), (in_new, in_old), pairs)
    pairs += _trimmed_pairs(aligned, old, new, (in_new, in_old), pairs)
    pairs += _reworded_pairs(aligned, (old, new), (in_new, in_old), pairs, loose=True)
    return pairs


def quote_words(side: Side, quote: Quote) -> list[Word]:
    return words_of(side.text, quote.pieces)


def _pairs(
    old_quotes: tuple[Quote, ...],
    new_quotes: tuple[Quote, ...],
    in_new: Found,
    in_old: Found,
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
    sides: tuple[Side, Side],
    found: tuple[Found, Found],
    pairs: list[tuple[Quote, Quote]],
    loose: bool = False,
) -> list[tuple[Quote, Quote]]:
    """Reported speech paraphrased past word matching, where the alignment joins the sentences.

    A rewrite often restates "X said that ..." in new words. If the sentence alignment
    says the two sentences correspond and the quotes share a speaker or a fair part of
    their content words, the new one is a rewording of the old, not an invention.
    Sentences the alignment left unpaired face the other version's unpaired text beside
    the same neighbours (`Alignment.facing`); there only a fair part of shared content
    words makes two quotes one.

    Quotes whose words were found nowhere in the other version are paired first; then
    (`loose`) also those whose words were found, too loosely to pair them, over the edge
    of the other quote (a reworded quote whose best match runs on into its attribution):
    one quote reworded, not one dropped and another invented.
    """
    old, new = sides
    in_new, in_old = found
    paired_old, paired_new = {o.id for o, _ in pairs}, {n.id for _, n in pairs}
    lone_new = SpanLookup(
        (n.span, n)
        for n in new.quotes
        if n.id not in paired_new and (loose or in_old[n.id] is None)
    )
    candidates = []
    for o in old.quotes:
        if o.id in paired_old or (not loose and in_new[o.id] is not None):
            continue
        aligned_here = bool(aligned.blocks(o.span, True))
        facing = {n.id: n for r in aligned.facing(o.span, True) for n in lone_new.overlapping(r)}
        for n in facing.values():
            if not (_lies_on(in_new[o.id], n.span) and _lies_on(in_old[n.id], o.span)):
                continue
            overlap = _content_overlap(quote_words(old, o), quote_words(new, n))
            same_speaker = o.speaker is not None and o.speaker == n.speaker
            if overlap >= _REWORDED_OVERLAP or (aligned_here and same_speaker and overlap > 0):
                candidates.append((overlap + same_speaker, o, n))
    return _one_to_one(candidates)


def _lies_on(found: Counterpart | None, span: Span) -> bool:
    """Nothing was found, or a loose match was, running over the edge of the quote at
    `span`: words found word for word, or inside the quote (what a trim left of it), are
    for the other rules to judge."""
    if found is None:
        return True
    inside = span.start <= found.span.start and found.span.end <= span.end
    return found.span.overlaps(span) and not found.verbatim and not inside


def _trimmed_pairs(
    aligned: Alignment,
    old: Side,
    new: Side,
    found: tuple[Found, Found],
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
