"""Parsing only what changed: each side of every non-equal block, in one spaCy batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.changes.facts import SideFacts, facts_from_doc, facts_without_model
from reader.documents.model import Span

if TYPE_CHECKING:
    from spacy.language import Language

_BATCH_SIZE = 32
# The small English model parses a few thousand words a second; past this much changed
# text on one side (about 30,000 words) the rest is read from the word lists instead, so
# a long rewrite costs seconds, not minutes (a 100k-word pair took ~45 s unbounded).
PARSE_BUDGET_CHARS = 200_000


def side_facts(
    text: str,
    spans: Sequence[Span],
    nlp: Language | None,
    budget: int = PARSE_BUDGET_CHARS,
) -> dict[int, SideFacts]:
    """Facts for each span of `text`, keyed by the span's start."""
    parsed, rest = _within_budget(spans, budget if nlp is not None else 0)
    facts = {s.start: facts_without_model(text[s.start : s.end], s.start) for s in rest}
    if nlp is not None and parsed:
        docs = nlp.pipe((text[s.start : s.end] for s in parsed), batch_size=_BATCH_SIZE)
        facts.update(
            (s.start, facts_from_doc(doc, s.start)) for s, doc in zip(parsed, docs, strict=True)
        )
    return facts


def _within_budget(spans: Sequence[Span], budget: int) -> tuple[list[Span], list[Span]]:
    """The spans to parse, in order, until their length passes the budget; then the rest."""
    used = 0
    for index, span in enumerate(spans):
        used += span.end - span.start
        if used > budget:
            return list(spans[:index]), list(spans[index:])
    return list(spans), []
