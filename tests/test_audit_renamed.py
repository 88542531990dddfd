"""A name replaced by another name beside the same words is a speaker change, even when the
extractor's speaker records share an alias (and so may look like one person)."""

from __future__ import annotations

from test_audit_credit import RUIZ, _audit, _only, _quote

from reader.quotes.model import Speaker

# The extractor slipped: Park's record also carries "Sam Ruiz" (say, from "Sam and Ruiz"),
# so the two stay apart but one's surname is the other's last word.
PARK_SLIPPED = Speaker("c", "Sam Park", aliases=("Park", "Sam Ruiz"), kind="person")
PARK = Speaker("c", "Sam Park", aliases=("Park",), kind="person")
POLICE = Speaker("p", "Police", kind="group")
WORDS = "We will rebuild the pier"


def _changed(old: str, new: str, before: tuple[Speaker, str], after: tuple[Speaker, str]) -> bool:
    result = _audit(
        old,
        new,
        [_quote(old, "q1", WORDS, before[0].id, (before[1], 0))],
        [_quote(new, "q1", WORDS, after[0].id, (after[1], 0))],
        [before[0], after[0]],
    )
    return _only(result, "q1").speaker_changed


def test_one_name_replaced_by_another_is_a_change_despite_a_shared_alias() -> None:
    old = "“We will rebuild the pier,” Ruiz said. The meeting ended at nine."
    new = "“We will rebuild the pier,” Park said. The meeting ended at nine."
    assert _changed(old, new, (RUIZ, "Ruiz"), (PARK_SLIPPED, "Park"))


def test_a_role_replaced_by_a_name_may_still_be_the_same_person() -> None:
    old = "“We will rebuild the pier,” Police said. The meeting ended at nine."
    new = "“We will rebuild the pier,” Park said. The meeting ended at nine."
    assert not _changed(old, new, (POLICE, "Police"), (PARK, "Park"))


def test_a_name_shortened_is_no_change() -> None:
    old = "“We will rebuild the pier,” Ana Ruiz said. The meeting ended at nine."
    new = "“We will rebuild the pier,” Ruiz said. The meeting ended at nine."
    ruiz_too = Speaker("r", "Ruiz", aliases=("Ana Ruiz",), kind="person")
    assert not _changed(old, new, (RUIZ, "Ana Ruiz"), (ruiz_too, "Ruiz"))
