"""The ledger parses changed text only up to a budget; the rest comes from word lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reader.changes.parse import side_facts
from reader.documents.model import Span

SENTENCE = "The council said on Tuesday that 26 allies had joined. "


class RecordingParser:
    """Stands in for a spaCy pipeline: records what it was asked to parse."""

    def __init__(self) -> None:
        import spacy

        self.blank = spacy.blank("en")
        self.seen: list[str] = []

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[object]:
        for text in texts:
            self.seen.append(text)
            yield self.blank(text)


def _spans(count: int) -> tuple[str, list[Span]]:
    text = SENTENCE * count
    step = len(SENTENCE)
    return text, [Span(i * step, i * step + step - 1) for i in range(count)]


def test_every_span_gets_facts_but_only_the_budget_is_parsed() -> None:
    text, spans = _spans(10)
    parser = RecordingParser()
    facts = side_facts(text, spans, parser, budget=3 * len(SENTENCE))  # type: ignore[arg-type]
    assert set(facts) == {s.start for s in spans}
    assert len(parser.seen) == 3
    assert sum(map(len, parser.seen)) <= 3 * len(SENTENCE)


def test_within_the_budget_everything_is_parsed() -> None:
    text, spans = _spans(4)
    parser = RecordingParser()
    side_facts(text, spans, parser)  # type: ignore[arg-type]
    assert len(parser.seen) == 4


def test_without_a_model_nothing_is_parsed() -> None:
    text, spans = _spans(4)
    facts = side_facts(text, spans, None)
    assert set(facts) == {s.start for s in spans}
