"""Extraction errors found on real news (issue 12, second round), each with sentences
written here. Cue entries added to cues.json this round have an example in CUE_EXAMPLES."""

from __future__ import annotations

from quotes_helpers import make_document, quote_with, speaker_name

from reader.quotes import QuoteKind, QuoteSet, extract_many


def _quotes(*texts: str) -> list[QuoteSet]:
    return extract_many([make_document(t) for t in texts])


def _one(text: str) -> QuoteSet:
    return _quotes(text)[0]


def _mention(text: str, quotes: QuoteSet, fragment: str) -> str | None:
    quote = quote_with(quotes, fragment)
    span = quote.speaker_mention
    return text[span.start : span.end] if span is not None else None


def test_doubled_apostrophes_are_one_double_quote_mark() -> None:
    text = (
        "''The bridge will open in May,'' the report concluded. ''Traffic will then fall "
        "by a third.''"
    )
    quotes = _one(text)
    assert len(quotes.quotes) == 1
    quote = quotes.quotes[0]
    assert [text[p.start : p.end] for p in quote.parts] == [
        "The bridge will open in May",
        "Traffic will then fall by a third.",
    ]
    assert speaker_name(quotes, quote) == "report"


def test_doubled_apostrophes_leave_a_single_quote_inside_alone() -> None:
    text = "She called it ''a 'slow' disaster'' and left the room."
    quote = quote_with(_one(text), "slow")
    assert quote.text == "a 'slow' disaster"


def test_markup_attribute_values_are_not_quotes() -> None:
    text = '<post author="harbourwatch" stamp="1500000000">The tide was high again</post>.'
    assert _one(text).quotes == ()


def test_a_quote_is_not_credited_to_the_next_sentences_own_report() -> None:
    text = (
        '"We are neighbours," Ms. Alder said. "We are not strangers." Mr. Brook said the '
        "town had changed."
    )
    quotes = _one(text)
    second = quote_with(quotes, "strangers")
    assert speaker_name(quotes, second) == "Alder"
    assert len(second.parts) == 2  # one quote in two parts, as the writer meant


def test_a_scare_quoted_term_in_narration_is_no_quote() -> None:
    text = (
        'Ms. Alder said the ferry would run all winter. Locals fish from the old pier, the "long '
        'finger", every morning.'
    )
    quotes = _one(text)
    assert not [q for q in quotes.quotes if "long finger" in q.text]
    assert quote_with(quotes, "ferry would run").kind is QuoteKind.INDIRECT


def test_a_cueless_fragment_does_not_inherit_the_previous_speaker() -> None:
    text = (
        '"We will rebuild the pier," Ms. Alder said. Builders have called the work a '
        '"once in a lifetime job for the whole coast" in their letters.'
    )
    quotes = _one(text)
    fragments = [q for q in quotes.quotes if "lifetime" in q.text]
    assert all(q.speaker is None or speaker_name(quotes, q) != "Alder" for q in fragments)


def test_a_headline_verb_taking_an_object_is_no_quote() -> None:
    text = (
        "Dunmore council backs new ferry terminal as fishermen worry\n\n"
        "The council voted on Monday to build the terminal on the north side of the harbour, "
        "next to the old fish market."
    )
    assert _one(text).quotes == ()


def test_the_same_object_frame_in_a_full_sentence_still_reports() -> None:
    quotes = _one("The fishermen's union backed the new ferry terminal on Monday.")
    assert quote_with(quotes, "the new ferry terminal").kind is QuoteKind.INDIRECT
