"""Core speech verbs the parse misreads (issue 12, session 7): tags set off by commas
(`The plan, she said, was cheap`) and a clause's subject taken for the object of "say"."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes import QuoteKind, QuoteSet


def _pieces(text: str, quotes: QuoteSet, fragment: str) -> list[str]:
    quote = quote_with(quotes, fragment)
    return [text[p.start : p.end] for p in quote.pieces]


def test_a_tag_inside_the_clause_credits_both_pieces_and_leaves_itself_out() -> None:
    texts = (
        "The plan, the harbour manager told them, was far too cheap.",
        "The ferry had no known faults, the operator added, and had passed every check.",
        "Prices are hard to forecast, many farmers say, because the rains failed twice.",
    )
    expected = (
        ["The plan", "was far too cheap"],
        ["The ferry had no known faults", "and had passed every check"],
        ["Prices are hard to forecast", "because the rains failed twice"],
    )
    speakers = ("manager", "operator", "farmers")
    for text, quotes, pieces, speaker in zip(
        texts, quotes_of(*texts), expected, speakers, strict=True
    ):
        quote = quote_with(quotes, pieces[0])
        assert quote.kind is QuoteKind.INDIRECT, text
        assert _pieces(text, quotes, pieces[0]) == pieces, text
        assert quote.speaker_mention is not None, text
        assert speaker in text[quote.speaker_mention.start : quote.speaker_mention.end], text


def test_a_tag_with_a_listener_or_a_time_closes_the_sentence() -> None:
    texts = (
        "The new unit will guard the border posts, the defence minister told a Senate panel "
        "Wednesday.",
        "The old firm quietly broke up after the 2008 vote, the Ledger reported in 2014.",
    )
    for text, quotes, words in zip(
        texts,
        quotes_of(*texts),
        ("The new unit will guard the border posts", "The old firm quietly broke up"),
        strict=True,
    ):
        quote = quote_with(quotes, words)
        assert quote.text.startswith(words), text
        assert "told" not in quote.text and "reported" not in quote.text, text


def test_a_tag_after_its_verb_names_the_speaker_after_it() -> None:
    text = "The mill is under heavy pressure from imports, said the firm's chief, Tom Reed."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "The mill is under heavy pressure")
    assert quote.text == "The mill is under heavy pressure from imports"
    assert speaker_name(quotes, quote) == "Tom Reed"


def test_the_speakers_own_act_after_the_tag_is_not_reported() -> None:
    text = "Sales were strong all summer, she said, wiping the counter."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "Sales were strong")
    assert quote.text == "Sales were strong all summer"


def test_a_tag_around_no_clause_or_a_direct_quote_reports_nothing_new() -> None:
    texts = (
        "In a short briefing on Monday, she added.",
        "“We lost the vote,” she said, “and the hall.”",
    )
    no_clause, direct = quotes_of(*texts)
    assert no_clause.quotes == ()
    assert all(q.kind is not QuoteKind.INDIRECT for q in direct.quotes)


def test_a_noun_object_of_say_starts_the_reported_clause() -> None:
    texts = (
        "The coach said families of players hurt in games file claims.",
        "Reed says the rise in costs that the mayor decries also makes his plan less likely.",
        "While 60 percent of nurses backed the pay deal, 41 said the same of the new rota.",
    )
    expected = (
        "families of players hurt in games file claims",
        "the rise in costs that the mayor decries also makes his plan less likely",
        "the same of the new rota",
    )
    for text, quotes, words in zip(texts, quotes_of(*texts), expected, strict=True):
        assert quote_with(quotes, words).text == words, text


def test_what_people_do_say_as_an_object_is_not_a_clause() -> None:
    texts = ("The bishop said a prayer for the miners.", "The guests said goodbye at noon.")
    for text, quotes in zip(texts, quotes_of(*texts), strict=True):
        assert quotes.quotes == (), text


def test_a_verb_right_after_say_in_a_relative_clause_opens_the_report() -> None:
    texts = (
        "The council passed rules that critics say target renters.",
        "Firms ranked by what analysts say are the best metrics gained ground.",
    )
    for text, quotes, words in zip(
        texts, quotes_of(*texts), ("target renters", "are the best metrics"), strict=True
    ):
        quote = quote_with(quotes, words)
        assert quote.kind is QuoteKind.INDIRECT, text
        assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "say", text


def test_an_opening_as_clause_reports_the_main_clause_whose_verb_is_a_cue_too() -> None:
    texts = (
        "As the Ledger reported, inspectors found over 2,000 files on the server.",
        "As reported by the Ledger, inspectors found over 2,000 files on the server.",
    )
    for text, quotes in zip(texts, quotes_of(*texts), strict=True):
        quote = quote_with(quotes, "inspectors found")
        assert quote.text == "inspectors found over 2,000 files on the server", text
        assert speaker_name(quotes, quote) is not None, text
        assert "Ledger" in (speaker_name(quotes, quote) or ""), text
        assert not any(q.text.startswith("As ") for q in quotes.quotes), text


def test_an_appositive_speaker_before_told_is_the_speaker_not_the_listener() -> None:
    text = "The ferry line will stay open all winter, its chief pilot, Ana Ruiz, told the Ledger."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "The ferry line")
    assert quote.text == "The ferry line will stay open all winter"
    assert speaker_name(quotes, quote) == "Ana Ruiz"


def test_what_was_told_is_no_listener_and_a_relative_clause_no_rest_of_the_report() -> None:
    text = (
        "In the last Mass of his trip, held along the border, the pope told the old story "
        "of the city of Nineveh, which was doomed."
    )
    (quotes,) = quotes_of(text)
    assert not any(q.text.startswith("In the last Mass") for q in quotes.quotes)


def test_a_gerund_right_after_a_clause_taking_cue_is_what_was_reported() -> None:
    texts = (
        "The senator reported raising about 9 million dollars during the month.",
        "The firm admitted breaking the rules twice.",
    )
    expected = ("raising about 9 million dollars during the month", "breaking the rules twice")
    for text, quotes, words in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words and quote.kind is QuoteKind.INDIRECT, text


def test_a_share_of_people_before_say_speaks_though_the_parse_misses_the_verb() -> None:
    texts = (
        "One in five say that will not be true.",
        "Three-quarters of the nurses said they were worried, and more than 4 in 10 said "
        "billionaire Tom Reed would be best at running the ward.",
    )
    expected = ("that will not be true", "billionaire Tom Reed would be best at running the ward")
    for text, quotes, words in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words, text
        assert quote.speaker_mention is not None, text
        assert text[quote.speaker_mention.start : quote.speaker_mention.end] in (
            "One in five",
            "4 in 10",
            "more than 4 in 10",
        )  # the whole share, not "five" or "10"


def test_a_title_cased_line_reports_what_follows_says_or_tells() -> None:
    texts = (
        "Mayor Says No To New Stadium As Council Turns Up The Heat\n\nThe council met on Monday.",
        "Reed Tells Crowd Tax Cuts Are Beyond Reach\n\nThe rally was short.",
    )
    expected = ("No To New Stadium As Council Turns Up The Heat", "Crowd Tax Cuts Are Beyond Reach")
    for text, quotes, words in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words and quote.kind is QuoteKind.INDIRECT, text
        assert quote.speaker_mention is not None, text


def test_a_sentence_case_line_is_no_title() -> None:
    (quotes,) = quotes_of("The old mill says little about its owners.")
    assert not any(q.text.startswith("little") for q in quotes.quotes if q.cue is None)


def test_an_as_tag_and_an_adverb_before_the_verb_still_make_a_tag() -> None:
    texts = (
        "Ana Ruiz also met with the mayor that day, as the Ledger reported on Tuesday, and "
        "she will help draft the budget, according to two aides.",
        "The firm closed its plant in May, the Ledger first reported.",
    )
    expected = ("Ana Ruiz also met with the mayor that day", "The firm closed its plant in May")
    for text, quotes, words in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words, text
        assert speaker_name(quotes, quote) is not None, text
        assert "Ledger" in (speaker_name(quotes, quote) or ""), text
    first = quote_with(quotes_of(texts[0])[0], "she will help draft the budget")
    assert first.text == "she will help draft the budget"
