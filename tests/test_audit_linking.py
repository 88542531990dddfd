"""Speakers of the two versions joined into one list for the audit."""

from __future__ import annotations

from reader.audit.linking import link_speakers, may_be_same
from reader.quotes.model import QuoteSet, Speaker


def test_case_variants_of_an_alias_come_out_in_one_order() -> None:
    # Set order of strings changes from run to run; reports must not.
    old = QuoteSet((), (Speaker("s1", "Ana Ortega", aliases=("prime minister", "Ortega")),))
    new = QuoteSet((), (Speaker("s1", "Ana Ortega", aliases=("Prime Minister",)),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 1
    assert old_ids == new_ids == {"s1": "S1"}
    assert shared[0].aliases == ("Ortega", "Prime Minister", "prime minister")


def test_a_lower_case_word_left_of_two_descriptions_links_no_one() -> None:
    # "82-year-old Richard Viguerie" and "76-year-old Morton Blackwell" both leave "old".
    old = QuoteSet(
        (),
        (
            Speaker("s1", "Rosa Quint", aliases=("old", "Quint"), kind="person"),
            Speaker("s2", "Tomas Weller", aliases=("old", "Weller"), kind="person"),
        ),
    )
    new = QuoteSet((), (Speaker("s1", "Tomas Weller", aliases=("old",), kind="person"),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 2
    assert old_ids["s1"] != old_ids["s2"] and new_ids["s1"] == old_ids["s2"]
    first, second = (next(s for s in shared if s.id == old_ids[k]) for k in ("s1", "s2"))
    assert not may_be_same(first, second)


def test_an_abbreviated_title_links_no_one() -> None:
    # Two lawmakers, each "Rep. ..." in the text: the bare "Rep." left as an alias is no name.
    old = QuoteSet(
        (),
        (
            Speaker("s1", "Rosa Quint", aliases=("Quint", "Rep.", "Rep. Rosa Quint")),
            Speaker("s2", "Tomas Weller", aliases=("Weller", "Rep.", "Rep. Tomas Weller")),
        ),
    )
    new = QuoteSet((), (Speaker("s1", "Rosa Quint", aliases=("Quint", "Rep.")),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 2
    assert old_ids["s1"] != old_ids["s2"] and new_ids["s1"] == old_ids["s1"]
