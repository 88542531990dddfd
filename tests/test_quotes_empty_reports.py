"""Reported words too empty to check are no quote: a bare pronoun or a bare infinitive."""

from __future__ import annotations

import pytest
from quotes_helpers import make_document

from reader.quotes import extract_quotes
from reader.quotes.empty_reports import empty_report


def texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes(make_document("Harbour deal.\n\n" + text)).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board declined to comment.",
        "The fishermen's union endorsed him.",
        "The mayor and the union agree on something.",
        "Ana Ruiz wants to weigh in.",
    ],
)
def test_empty_reported_words_are_no_quote(sentence: str) -> None:
    assert texts(sentence) == []


def test_words_with_content_stay_quotes() -> None:
    found = texts(
        "The port authority declined to comment on the dredging contract. "
        "The council said it would review the lease in June."
    )
    assert found == ["to comment on the dredging contract", "it would review the lease in June"]


def test_what_counts_as_empty() -> None:
    assert empty_report("to comment.") and empty_report("“them”") and empty_report("to weigh in")
    assert not empty_report("to comment on the lease") and not empty_report("the lease")


def test_a_scare_quote_naming_its_own_speaker_is_no_quote() -> None:
    found = texts("Hundreds of the town's ''old hands'' have endorsed the mayor for a third term.")
    assert "old hands" not in found
