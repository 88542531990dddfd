"""Known cues whose complement the parser reads as another clause (reader/quotes/likeness.py):
what a feeling is like (`feel like X`, `felt as if X`) and a small clause of what is wanted
(`want their money back`). Sentences written here."""

from __future__ import annotations

import pytest
from quotes_helpers import mention_text, quote_with, quotes_in

from reader.quotes.lexicon import cues

# sentence, the reported words, the speaker's mention
EXAMPLES = [
    (
        "The changes made the teachers feel like they had a real voice in the school.",
        "they had a real voice in the school",
        "the teachers",
    ),
    (
        "Many tenants felt as if the landlord had simply forgotten them.",
        "the landlord had simply forgotten them",
        "Many tenants",
    ),
    (
        "The fishermen are angry at the ministry and want their old quotas back.",
        "their old quotas back",
        "The fishermen",
    ),
    (
        "Both unions want the state playing a bigger role in training young workers.",
        "the state playing a bigger role in training young workers",
        "Both unions",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), EXAMPLES)
def test_a_misread_complement_is_the_report(text: str, words: str, speaker: str) -> None:
    quotes = quotes_in(text)
    assert quote_with(quotes, words).text == words
    assert mention_text(text, quotes, words) == speaker


def test_feel_reads_its_like_clause() -> None:
    assert "like" in cues().verbs["feel"].frames


def test_feeling_like_a_thing_is_no_report() -> None:
    assert quotes_in("She feels like a new person after the long holiday.").quotes == ()


def test_a_tensed_clause_after_want_is_no_small_clause() -> None:
    text = "The players want more time off, the coach knows it."
    assert all("coach knows" not in q.text for q in quotes_in(text).quotes)
