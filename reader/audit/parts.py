"""Quotes in several pieces: each piece audited on its own, credited as the whole.

`"A," he said. "B."` is one quote in parts; `"A," Ruiz told reporters, "B."` may come
from the extractor as two quotes sharing one attribution. Either way a rewrite may keep
one piece word for word and trim the other, so each piece gets its own audit entry; but
the attribution standing between the pieces credits both, so the credit rules read
each piece against the span of the whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.documents.model import Span
from reader.quotes.model import Quote, QuoteKind, QuoteSet

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
INTERRUPTION_CHARS = 120  # `," Ana Ruiz, the finance minister, told reporters, "`: no longer


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


def wholes(quotes: QuoteSet, text: str) -> dict[str, Span]:
    """The span of the whole quote each piece belongs to, by the piece's id as the audit
    knows it: a part of a quote in parts (`q3.1`), or one of direct quotes interrupted by
    the attribution they share (see `shares_attribution`)."""
    found = {
        f"{q.id}.{number}": q.span for q in quotes.quotes for number in range(1, len(q.parts) + 1)
    }
    runs: list[list[Quote]] = []
    for quote in quotes.quotes:
        if quote.kind is not QuoteKind.DIRECT or quote.parts:
            continue
        if runs and shares_attribution(runs[-1][-1], quote, text):
            runs[-1].append(quote)
        else:
            runs.append([quote])
    for run in runs:
        if len(run) > 1:
            found.update(
                dict.fromkeys((q.id for q in run), Span(run[0].span.start, run[-1].span.end))
            )
    return found


def shares_attribution(first: Quote, second: Quote, text: str) -> bool:
    """`"A," Ruiz told reporters, "B."` (or `..., adding: "B."`): two direct quotes of one
    speaker, credited by the same mention of them, which stands between the two, close
    and in one paragraph."""
    if first.kind is not QuoteKind.DIRECT or second.kind is not QuoteKind.DIRECT:
        return False
    if first.speaker_mention is None or first.speaker_mention != second.speaker_mention:
        return False
    if first.speaker != second.speaker:
        return False
    if not 0 < second.span.start - first.span.end <= INTERRUPTION_CHARS:
        return False
    gap = Span(first.span.end, second.span.start)
    if _BLANK_LINE.search(text, gap.start, gap.end) is not None:
        return False
    mention = first.speaker_mention
    return gap.start <= mention.start and mention.end <= gap.end
