"""A counted share of people as the subject of a position verb (`Six in 10 oppose ...`)."""

from __future__ import annotations

from quotes_helpers import make_document, quote_with, quotes_of, speaker_name


def test_a_bare_share_holds_the_position_its_verb_states() -> None:
    texts = (
        "About two-thirds support a ban on new coal plants near the river.",
        "Six in 10 oppose the plan to close the old library downtown.",
        "Nine out of 10 backed the new tax on sugary drinks in the county.",
        "Roughly 40 percent support a new tax on sugary drinks in the county.",
    )
    expected = (
        ("a ban on new coal plants near the river", "two-thirds"),
        ("the plan to close the old library downtown", "Six in 10"),
        ("the new tax on sugary drinks in the county", "Nine out of 10"),
        ("a new tax on sugary drinks in the county", "40 percent"),
    )
    for text, quotes, (words, speaker) in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words, text
        assert speaker_name(quotes, quote) == speaker, text


def test_a_ratio_before_its_noun_is_no_bare_share() -> None:
    text = "Six in 10 voters oppose the plan to close the old library downtown."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "the plan to close the old library downtown")
    assert "voters" in (speaker_name(quotes, quote) or "")


def test_a_bare_count_is_no_share_and_holds_no_position() -> None:
    texts = (
        "Two backed the appeal on the zoning of the old mill.",
        "In 2019, 12 opposed the new rules on the zoning of the old mill.",
    )
    for text, quotes in zip(texts, quotes_of(*texts), strict=True):
        assert not any("zoning" in q.text for q in quotes.quotes), text


def test_a_ratio_before_say_is_named_whole() -> None:

    from reader.quotes import extract_quotes

    quotes = extract_quotes(
        make_document("Poll.\n\nFour in 10 said the harbour should stay open all winter.\n")
    )
    names = {s.id: s.name for s in quotes.speakers}
    assert [names.get(q.speaker or "") for q in quotes.quotes] == ["Four in 10"]
