"""Speakers of the two versions joined into one list for the audit."""

from __future__ import annotations

from reader.audit.linking import link_speakers
from reader.quotes.model import QuoteSet, Speaker


def test_case_variants_of_an_alias_come_out_in_one_order() -> None:
    # Set order of strings changes from run to run; reports must not.
    old = QuoteSet((), (Speaker("s1", "Ana Ortega", aliases=("prime minister", "Ortega")),))
    new = QuoteSet((), (Speaker("s1", "Ana Ortega", aliases=("Prime Minister",)),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 1
    assert old_ids == new_ids == {"s1": "S1"}
    assert shared[0].aliases == ("Ortega", "Prime Minister", "prime minister")
