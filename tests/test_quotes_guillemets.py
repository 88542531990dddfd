"""Quotes in guillemets (« », ‹ ›) in an English text are read as in curly marks, and the
speaker after them is the person named, not the closing mark."""

from __future__ import annotations

import pytest
from quotes_helpers import make_document, quote_with, speaker_name

from reader.quotes import QuoteKind, extract_quotes

LEAD = "The mayor spoke to reporters on Monday about the harbour and its new yard.\n\n"


@pytest.mark.parametrize(
    "quoted",
    [
        "“We will rebuild the north pier before the winter storms,” said Ana Ruiz.",
        "«We will rebuild the north pier before the winter storms,» said Ana Ruiz.",
        "« We will rebuild the north pier before the winter storms, » said Ana Ruiz.",
        "‹We will rebuild the north pier before the winter storms,› said Ana Ruiz.",
        "«We will rebuild the north pier before the winter storms,» Ana Ruiz said.",
    ],
)
def test_guillemets_mark_a_quote_and_its_speaker(quoted: str) -> None:
    text = LEAD + quoted + "\n"
    result = extract_quotes(make_document(text))
    quote = quote_with(result, "north pier")
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "We will rebuild the north pier before the winter storms"
    assert speaker_name(result, quote) == "Ana Ruiz"
