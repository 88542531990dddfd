"""A quote as it is being assembled (a draft), and the one rule that joins two drafts:
an interrupted quote (`"A," he said. "B."`) is one quote in two parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.documents.model import Span
from reader.quotes.mentions import Mention
from reader.quotes.model import QuoteKind


@dataclass
class Draft:
    span: Span
    kind: QuoteKind
    cue: Span | None = None
    mention: Mention | None = None
    speaker: str | None = None
    parts: tuple[Span, ...] = ()
    deed: bool = False  # a deed's report (`voted for X`): it names no speaker for others


_INTERRUPTION_CHARS = 120  # `," Ana Ruiz, the finance minister, said. "`: longer is a new quote


def joined_interrupted(
    text: str, paragraph_index: Callable[[int], int], drafts: list[Draft]
) -> list[Draft]:
    """`"A," he said. "B."`: one quote in two parts when the second has no cue of its own
    and the first one's cue sits between them, in the same paragraph."""
    joined: list[Draft] = []
    for draft in drafts:
        previous = joined[-1] if joined else None
        if previous is not None and _continues(text, paragraph_index, previous, draft):
            parts = previous.parts or (previous.span,)
            previous.parts = (*parts, draft.span)
            previous.span = Span(previous.span.start, draft.span.end)
            continue
        joined.append(draft)
    return joined


def _continues(
    text: str, paragraph_index: Callable[[int], int], first: Draft, second: Draft
) -> bool:
    if first.kind is not QuoteKind.DIRECT or second.kind is not QuoteKind.DIRECT:
        return False
    # The second part has no cue of its own, or the one it shares with the first
    # (`"A," X told reporters, "and B."`: one sentence, one speech act).
    if first.cue is None or second.cue not in (None, first.cue):
        return False
    if second.speaker != first.speaker:
        return False
    gap = Span(first.span.end, second.span.start) if first.span.end <= second.span.start else None
    if gap is None or len(gap) > _INTERRUPTION_CHARS or not gap.start <= first.cue.start < gap.end:
        return False
    same_paragraph = paragraph_index(gap.start) == paragraph_index(gap.end)
    return same_paragraph and "\n" not in text[gap.start : gap.end]
