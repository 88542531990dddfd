"""Quotes in marks: whether each is a full quote or a fragment, and whose words they are."""

from __future__ import annotations

import re

from reader.documents.model import Span
from reader.quotes.indirect import Attribution
from reader.quotes.marks import MarkedQuote
from reader.quotes.model import QuoteKind
from reader.quotes.parsed import overlap

_SPOKEN_WORDS = 4  # a comma after fewer words in mid-sentence ends a fragment, not speech
_INNER_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")


def marked_kind(text: str, quote: MarkedQuote, sentences: list[Span]) -> QuoteKind:
    """Direct when the marks hold whole sentences; partial for a fragment inside a sentence."""
    content = text[quote.content.start : quote.content.end]
    if _INNER_SENTENCE_BREAK.search(content):
        return QuoteKind.DIRECT
    before = text[: quote.open_offset].rstrip()
    opens_sentence = not before or before[-1] in ".!?:,\n" or before.endswith(("—", "–"))
    if opens_sentence or any(s.start == quote.open_offset for s in sentences):
        return QuoteKind.DIRECT
    after = text[quote.content.end : quote.content.end + 3]
    comma = after.startswith(",") or after[:2] in (',"', ",”", ",'", ",’")
    if comma and len(content.split()) >= _SPOKEN_WORDS:
        return QuoteKind.DIRECT  # "...," she said; not a "basic mistake," made by
    return QuoteKind.PARTIAL


def attribution_for_marked(
    quote: Span, attributions: list[Attribution], text: str, first_in_paragraph: bool = False
) -> Attribution | None:
    """The attribution whose reported words hold the quote, else the nearest cue in its sentence."""
    holding = [a for a in attributions if a.content and overlap(a.content, quote) > 0]
    holding = [a for a in holding if not quote.contains(a.cue.start) and a.speaker is not None]
    if holding:
        return max(holding, key=lambda a: overlap(a.content or quote, quote))
    outside = [a for a in attributions if a.speaker is not None and not quote.contains(a.cue.start)]
    # A cue in the next sentence speaks for this quote only if it reports nothing else there:
    # `"..." Mr. Brook said the town had changed` starts a new attribution.
    # Nor after a full stop inside the marks: `"A," he said. "B." Mr. Brook answered.`
    ended = ends_with_full_stop(text[quote.start : quote.end])
    same_sentence = [
        a
        for a in outside
        if a.sentence.overlaps(quote) and not (ended and _reports_after(a, quote))
    ]
    # The first quote of its paragraph continues none: `"A." Trump said.` is his.
    following = [
        a
        for a in outside
        if a.content is None
        and (first_in_paragraph or not ended)
        and _touching(a.sentence, quote, text)
    ]
    # `Brandt agreed. "..."`: a cue that reports nothing and ends the sentence just before
    # introduces the quote.
    preceding = [a for a in outside if a.content is None and _leads_into(a, quote, text)]
    nearby = same_sentence or following or preceding
    if nearby:
        return min(nearby, key=lambda a: _distance(a.cue, quote))
    return _introduced_by_colon(quote, attributions, text)


def ends_with_full_stop(words: str) -> bool:
    """`... ourselves.’` ends a sentence; closing marks after the stop do not matter."""
    return words.rstrip(" \n\"'”’»").endswith(".")


def _reports_after(attribution: Attribution, quote: Span) -> bool:
    """A cue after the quote that reports words of its own elsewhere (the parser joined two
    sentences: `"... ourselves." Sexton described the crowd as ...`)."""
    content = attribution.content
    return (
        attribution.cue.start >= quote.end and content is not None and not content.overlaps(quote)
    )


def _touching(sentence: Span, quote: Span, text: str) -> bool:
    """The cue's sentence starts right after the quote ends, in the same paragraph."""
    gap = text[quote.end : sentence.start]
    return sentence.start >= quote.end and len(gap) <= 3 and "\n" not in gap


def _leads_into(attribution: Attribution, quote: Span, text: str) -> bool:
    """The cue ends its sentence (`Brandt agreed.`, `she said on Friday.`), and the sentence
    ends right before the quote opens, in the same paragraph."""
    sentence = attribution.sentence
    gap = text[sentence.end : quote.start]
    if sentence.end > quote.start or len(gap) > 3 or "\n" in gap:
        return False
    if any(mark in text[sentence.start : sentence.end] for mark in _QUOTE_MARKS):
        return False  # the tag of an earlier quote (`"...," she noted, as X reported.`)
    return len(text[attribution.cue.end : sentence.end].split()) <= _CUE_TAIL_WORDS


_CUE_TAIL_WORDS = 3
_QUOTE_MARKS = ('"', "“", "”", "''")


def _distance(cue: Span, quote: Span) -> int:
    return cue.start - quote.end if cue.start >= quote.end else quote.start - cue.end


def _introduced_by_colon(
    quote: Span, attributions: list[Attribution], text: str
) -> Attribution | None:
    """`She said:` at the end of the previous sentence or paragraph."""
    for attribution in attributions:
        if attribution.colon_end is None or attribution.speaker is None:
            continue
        gap = text[attribution.colon_end : quote.start]
        if attribution.colon_end <= quote.start and len(gap) < 6 and not gap.strip(" \n\"'“‘"):
            return attribution
    return None
