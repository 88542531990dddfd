"""Extraction errors found on real news in issue 12's third round (train split), each with
sentences written here."""

from __future__ import annotations

from quotes_helpers import make_document, mention_text, quote_with, speaker_name

from reader.quotes import QuoteSet, extract_many


def _one(text: str) -> QuoteSet:
    return extract_many([make_document(text)])[0]


QUOTE = "“We grieve with the families of the three crew members lost at sea.”"


def test_a_paragraph_ending_in_a_colon_credits_the_quote_paragraph_after_it() -> None:
    for lead, named in (
        ("Stated Brandt:", "Brandt"),
        ("Keith Moreland echoed:", "Keith Moreland"),
        ("Mayor Ilse Brandt released the following statement:", "Mayor Ilse Brandt"),
    ):
        text = f"The council met on Monday.\n\n{lead}\n\n{QUOTE}\n\nThe vote is next week."
        assert mention_text(text, _one(text), "crew members lost") == named, lead


def test_no_credit_from_a_colon_without_a_person_or_from_a_comma() -> None:
    for lead in ("Wait, it gets better:", "Keith Moreland spoke at length,"):
        text = f"The council met on Monday.\n\n{lead}\n\n{QUOTE}\n\nThe vote is next week."
        quote = quote_with(_one(text), "crew members lost")
        assert quote.speaker is None and quote.speaker_mention is None, lead


def test_a_headline_surname_and_colon_credits_the_quote_when_the_text_names_them() -> None:
    text = (
        "Brandt: ‘I Am the Best Thing That Ever Happened to the Harbour.’\n\n"
        "On Monday at the town hall, Mayor Ilse Brandt spoke to the council."
    )
    quotes = _one(text)
    assert mention_text(text, quotes, "Best Thing") == "Brandt"
    assert speaker_name(quotes, quote_with(quotes, "Best Thing")) == "Ilse Brandt"


def test_a_label_and_colon_credits_no_one() -> None:
    text = (
        "Exclusive: ‘We Will Never Sell The Harbour To Anyone.’\n\n"
        "Mayor Ilse Brandt spoke to the council on Monday."
    )
    quote = quote_with(_one(text), "Never Sell")
    assert quote.speaker is None and quote.speaker_mention is None


def test_an_age_before_a_name_leaves_no_stray_word_in_the_mention_or_aliases() -> None:
    text = (
        "The harbour will close, 82-year-old Rosa Quint said on Monday.\n\n"
        "The yard is sound, 76-year-old Tomas Weller said."
    )
    quotes = _one(text)
    assert mention_text(text, quotes, "harbour will close") == "Rosa Quint"
    assert mention_text(text, quotes, "yard is sound") == "Tomas Weller"
    assert all("old" not in speaker.aliases for speaker in quotes.speakers)


def test_a_speech_tag_after_the_quote_credits_it_before_a_later_cue() -> None:
    text = (
        "“The new quay leaves the small boats no room at all,” said Rosa Quint, head of the "
        "fishers' union, reports the Harbour Gazette."
    )
    quotes = _one(text)
    assert mention_text(text, quotes, "no room at all") == "Rosa Quint"
    assert speaker_name(quotes, quote_with(quotes, "no room at all")) == "Rosa Quint"


def test_a_swapped_name_in_a_speech_tag_is_a_speaker_change() -> None:
    from reader.audit import audit_quotes
    from reader.compare import CompareOptions, compare_documents

    old_text = (
        "“The new quay leaves the small boats no room at all,” said Rosa Quint, head of the "
        "fishers' union, reports the Harbour Gazette.\n\nTomas Weller runs the ferry.\n"
    )
    new_text = old_text.replace("said Rosa Quint", "said Tomas Weller")
    old, new = make_document(old_text), make_document(new_text)
    old_quotes, new_quotes = extract_many([old, new])
    audit = audit_quotes(compare_documents(old, new, CompareOptions()), old_quotes, new_quotes)
    entry = next(
        e
        for e in audit.entries
        if e.old_span and "no room" in old_text[e.old_span.start : e.old_span.end]
    )
    assert entry.speaker_changed
