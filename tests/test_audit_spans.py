"""SpanLookup answers exactly what a scan of every span would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.audit.spans import SpanLookup
from reader.documents.model import Span

spans = st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda t: Span(t[0], t[0] + t[1]))


@given(st.lists(spans, max_size=40), spans)
def test_overlapping_matches_a_full_scan(items: list[Span], probe: Span) -> None:
    lookup = SpanLookup((span, index) for index, span in enumerate(items))
    expected = {index for index, span in enumerate(items) if span.overlaps(probe)}
    found = lookup.overlapping(probe)
    assert set(found) == expected
    assert len(found) == len(expected)


def test_nested_spans_are_both_found() -> None:
    lookup = SpanLookup([(Span(0, 100), "reported"), (Span(40, 50), "partial")])
    assert lookup.overlapping(Span(45, 46)) == ["reported", "partial"]
    assert lookup.overlapping(Span(60, 70)) == ["reported"]
    assert lookup.overlapping(Span(100, 120)) == []
