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


def _person(sid: str, name: str, *aliases: str) -> Speaker:
    return Speaker(sid, name, aliases=aliases, kind="person")


def test_a_title_two_members_hold_links_neither_to_the_other() -> None:
    # "Rep. Lena Farrow" speaks in the old version; the new one adds "Rep. Otto Brand".
    old = QuoteSet((), (_person("s1", "Lena Farrow", "Farrow", "Rep.", "Rep. Lena Farrow"),))
    new = QuoteSet(
        (),
        (
            _person("s1", "Lena Farrow", "Farrow", "Rep.", "Rep. Lena Farrow"),
            _person("s2", "Otto Brand", "Brand", "Rep.", "Rep. Otto Brand"),
        ),
    )
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 2
    assert new_ids["s1"] == old_ids["s1"] != new_ids["s2"]
    farrow = next(s for s in shared if s.id == old_ids["s1"])
    assert "Otto Brand" not in farrow.aliases and "Brand" not in farrow.aliases


def test_a_speaker_replaced_by_a_colleague_of_the_same_title_stays_two_people() -> None:
    old = QuoteSet(
        (),
        (
            _person("s1", "Ida Crane", "Crane", "Rep.", "Rep. Ida Crane"),
            _person("s2", "Hal Munro", "Munro", "Rep.", "Rep. Hal Munro"),
        ),
    )
    new = QuoteSet(
        (),
        (
            _person("s1", "Ida Crane", "Crane", "Rep.", "Rep. Ida Crane"),
            _person("s2", "Vera Lindqvist", "Lindqvist", "Rep.", "Rep. Vera Lindqvist"),
        ),
    )
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 3
    assert old_ids["s2"] != new_ids["s2"]
    munro = next(s for s in shared if s.id == old_ids["s2"])
    lindqvist = next(s for s in shared if s.id == new_ids["s2"])
    assert not may_be_same(munro, lindqvist)


def test_an_alias_chain_never_makes_two_full_names_one_person() -> None:
    # A stray shared alias ("Harbour Board") must not join two named people.
    old = QuoteSet((), (_person("s1", "Ada Voss", "Voss", "Harbour Board"),))
    new = QuoteSet((), (_person("s1", "Kurt Heller", "Heller", "Harbour Board"),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 2 and old_ids["s1"] != new_ids["s1"]


def test_a_surname_with_a_particle_is_one_person_in_any_case() -> None:
    old = QuoteSet((), (_person("s1", "Pia van Dijk", "van Dijk", "Mayor"),))
    new = QuoteSet((), (_person("s1", "Van Dijk"),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 1 and old_ids["s1"] == new_ids["s1"]
    assert shared[0].name == "Pia van Dijk"


def test_a_bare_title_joins_the_one_person_who_holds_it() -> None:
    old = QuoteSet(
        (),
        (
            Speaker("s1", "governor", kind="role"),
            _person("s2", "Ruth Ambler", "Ambler", "Governor"),
        ),
    )
    new = QuoteSet((), (_person("s1", "Ruth Ambler", "Ambler"),))
    shared, old_ids, new_ids = link_speakers(old, new)
    assert len(shared) == 1
    assert old_ids["s1"] == old_ids["s2"] == new_ids["s1"]


def test_a_bare_title_two_people_hold_stays_unresolved() -> None:
    old = QuoteSet(
        (),
        (
            Speaker("s1", "governor", kind="role"),
            _person("s2", "Ruth Ambler", "Ambler", "Governor"),
            _person("s3", "Neil Ostrow", "Ostrow", "Governor"),
        ),
    )
    shared, old_ids, _ = link_speakers(old, QuoteSet((), ()))
    assert len(shared) == 3
    assert len({old_ids["s1"], old_ids["s2"], old_ids["s3"]}) == 3


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


def test_one_body_named_two_ways_is_not_two_speakers() -> None:
    from reader.audit.linking import one_body
    from reader.quotes.model import Speaker

    board = Speaker("a", "harbour board", kind="organisation")
    officials = Speaker("b", "Harbour officials", kind="group")
    house = Speaker("c", "White House", kind="organisation")
    house_aides = Speaker("d", "White House officials", kind="group")
    assert one_body(board, officials) and one_body(house, house_aides)
    senate_r = Speaker("e", "Senate Republicans", kind="group")
    senate_d = Speaker("f", "Senate Democrats", kind="group")
    trump = Speaker("g", "Trump campaign", kind="organisation")
    clinton = Speaker("h", "Clinton campaign", kind="organisation")
    ruiz = Speaker("i", "Ana Ruiz", kind="person")
    assert not one_body(senate_r, senate_d) and not one_body(trump, clinton)
    assert not one_body(ruiz, board)
