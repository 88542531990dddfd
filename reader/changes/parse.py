"""Parsing only what changed: each side of every non-equal block, in one spaCy batch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.changes.facts import SideFacts, facts_from_doc, facts_without_model
from reader.documents.model import Span

if TYPE_CHECKING:
    from spacy.language import Language

_BATCH_SIZE = 32


def side_facts(text: str, spans: Sequence[Span], nlp: Language | None) -> dict[int, SideFacts]:
    """Facts for each span of `text`, keyed by the span's start."""
    if nlp is None:
        return {s.start: facts_without_model(text[s.start : s.end], s.start) for s in spans}
    docs = nlp.pipe((text[s.start : s.end] for s in spans), batch_size=_BATCH_SIZE)
    return {s.start: facts_from_doc(doc, s.start) for s, doc in zip(spans, docs, strict=True)}
