"""The ledger's word lists, number normaliser, date finder and spelling key."""

from __future__ import annotations

import pytest

from reader.changes.dates import find_dates
from reader.changes.lexicon import lexicon
from reader.changes.numbers import find_numbers, parse_number
from reader.changes.style import is_style_only, spelling_key
from reader.documents.model import Span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3),
        ("twenty-five", 25),
        ("1.5 million", 1_500_000),
        ("1,500,000", 1_500_000),
        ("$5m", 5_000_000),
        ("$5bn", 5_000_000_000),
        ("£1.2m", 1_200_000),
        ("40 per cent", 40),
        ("a dozen", None),
        ("three-and-a-half", 3.5),
        ("two and a half million", 2_500_000),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_number_keys_tell_currency_scale_and_percent_apart() -> None:
    keys = [m.key for m in find_numbers("$5m, $5 million, £5m, 5% and 5 people")]
    assert keys[0] == keys[1]
    assert len(set(keys)) == 4


def test_numbers_inside_words_and_dates_are_skipped() -> None:
    text = "The G7 met in March 2024; 12 leaders came."
    dates = [d.span for d in find_dates(text)]
    assert [m.text for m in find_numbers(text, 0, dates)] == ["12"]


def test_dates_include_weekdays_periods_times_and_years() -> None:
    text = "On Thursday at 3pm, last month, two weeks ago, in 2019 and on 4 May; you may go."
    assert [d.text for d in find_dates(text)] == [
        "Thursday",
        "3pm",
        "last month",
        "two weeks ago",
        "2019",
        "4 May",
    ]


def test_month_names_that_are_words_need_a_capital() -> None:
    assert find_dates("They march on the capital.") == []


def test_hedge_lists_are_disjoint_and_cover_the_issue_words() -> None:
    words = lexicon()
    assert not words.uncertain & words.certain
    assert {"may", "might", "could", "probably", "reportedly", "allegedly", "appears"} <= (
        words.uncertain
    )
    assert {"will", "certainly"} <= words.certain


def test_attribution_verbs_split_neutral_and_loaded() -> None:
    words = lexicon()
    assert not words.neutral_verbs & words.loaded_verbs
    for loaded in ("claim", "admit", "insist", "concede", "allege"):
        assert words.is_loaded(loaded)
    for neutral in ("say", "tell", "state", "remark"):
        assert not words.is_loaded(neutral)
    assert words.speech_lemma("admitted") == "admit"
    assert words.speech_lemma("said") == "say"


def test_negators_hold_the_common_ones() -> None:
    assert {"not", "no", "never", "nobody", "without"} <= lexicon().negators


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("finalising", "finalizing"),
        ("organisation", "organization"),
        ("harbour", "harbor"),
        ("centre", "center"),
        ("travelled", "traveled"),
        ("defence", "defense"),
        ("catalogue", "catalog"),
        ("grey", "gray"),
        ("jewellery", "jewelry"),
        ("criticise", "criticize"),
    ],
)
def test_spelling_variants_share_a_key(british: str, american: str) -> None:
    assert spelling_key(british) == spelling_key(american)


def test_different_words_do_not_share_a_key() -> None:
    assert not is_style_only("rise", "raise")
    assert not is_style_only("26 allies", "25 allies")
    assert is_style_only("Three allies,", "3 allies;")


def test_a_month_at_the_end_of_a_sentence_leaves_the_full_stop_out() -> None:
    assert [d.text for d in find_dates("Its biggest fall since August. Sales rose in Aug.")] == [
        "August",
        "Aug.",
    ]


def test_skipped_spans_are_found_in_any_order_and_nesting() -> None:
    text = "12 and 14 and 16 and 18"
    skip = [Span(14, 23), Span(0, 2), Span(15, 16)]  # unsorted; one inside another
    assert [m.text for m in find_numbers(text, 0, skip)] == ["14"]


def test_a_season_of_a_year_is_the_same_date_as_next_season() -> None:
    [long] = find_dates("The cranes will run by the spring of next year.")
    [short] = find_dates("The cranes will run by next spring.")
    assert long.key == short.key == "next spring"
