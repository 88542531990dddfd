"""Title-cased headlines parsed as if in sentence case (issue 12, session 9):
`Ana Ruiz Praises Harbour Plan` reports what the verb's frame reports in running text."""

from __future__ import annotations

from quotes_helpers import mention_text, quote_with, quotes_of

from reader.quotes import QuoteKind
from reader.quotes.recase import article_common, sentence_cased


def test_a_title_lowers_its_function_words_and_cue_words_only() -> None:
    assert (
        sentence_cased("Mayor Ana Ruiz Praises The Harbour Plan As A Model For The Coast.")
        == "Mayor Ana Ruiz praises the Harbour plan as a Model for the Coast."
    )
    assert (
        sentence_cased("Port Board Defends Itself Against Claims It Misled Fishermen.")
        == "Port Board defends itself against claims it Misled Fishermen."
    )


def test_names_that_look_like_common_words_keep_their_capitals() -> None:
    # An outlet's name, a first name, a modal that is a surname, an initial.
    assert sentence_cased("Harbour Post Says The Toll Is Too High.") == (
        "Harbour Post says the Toll is too High."
    )
    assert (
        sentence_cased("Bill Ruiz Says He Will Run Again.") == "Bill Ruiz says he will Run again."
    )
    assert sentence_cased("Minister Nora May Says The Bridge Is Safe.") == (
        "Minister Nora May says the Bridge is Safe."
    )
    assert sentence_cased("John A. Ruiz Endorses The Levy.") == "John A. Ruiz endorses the Levy."
    # After a colon or a quote mark a capital opens something new.
    assert sentence_cased("Ruiz On The Levy: ‘It Is Fair’") == "Ruiz on the Levy: ‘It is Fair’"


def test_sentence_case_and_long_lines_are_left_alone() -> None:
    assert sentence_cased("Fishermen praise the new harbour plan.") is None
    assert sentence_cased("The Mayor said the Harbour Board would decide on Monday.") is None
    assert sentence_cased("Ruiz.") is None
    long_line = " ".join(["Harbour Board Says The Levy Is Fair"] * 4)
    assert sentence_cased(long_line) is None


def test_a_title_reports_what_its_verb_reports_in_running_text() -> None:
    texts = (
        "Senator Ana Ruiz Praises Harbour Board For Quick Repairs.\n\nThe board met on Monday.",
        "Fishing Union Endorses Tom Beck For Mayor.\n\nThe vote is in May.",
        "Tom Beck Questions Whether The Ferry Is Safe.\n\nThe ferry is old.",
        "Audit Of Harbour Accounts Finds The Board Overspent On Dredging.\n\nIt was late.",
    )
    expected = (
        ("Harbour Board For Quick Repairs", "Senator Ana Ruiz"),
        ("Tom Beck For Mayor", "Fishing Union"),
        ("Whether The Ferry Is Safe", "Tom Beck"),
        ("The Board Overspent On Dredging", "Audit"),
    )
    for text, quotes, (words, speaker) in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.kind is QuoteKind.INDIRECT, text
        assert words in quote.text, text
        assert mention_text(text, quotes, words) == speaker, text


def test_the_parse_keeps_the_words_as_written() -> None:
    text = "Ana Ruiz Praises The Harbour Board For Its Quick Repairs.\n\nThe board met."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "Harbour Board")
    assert quote.text == text[quote.span.start : quote.span.end]
    assert "The Harbour Board For Its Quick Repairs" in quote.text


def test_a_title_without_a_report_gives_no_quote() -> None:
    texts = (
        "Harbour Board Opens New Ferry Terminal On The East Quay.\n\nThe quay is busy.",
        "Ferry Runs Late As Storm Hits The Coast.\n\nThe storm passed.",
    )
    for text, quotes in zip(texts, quotes_of(*texts), strict=True):
        assert quotes.quotes == (), text


def test_an_owned_speech_noun_before_a_colon_reports_what_follows() -> None:
    texts = (
        "The union's new warning: the shipyard could close before the end of the year.",
        "Ruiz's message to the council: The council has waited far too long already.",
        "The dockers met on Monday. Their argument: only a new levy can pay for the repairs.",
    )
    expected = (
        ("the shipyard could close before the end of the year", "The union"),
        ("The council has waited far too long already", "Ruiz"),
        ("only a new levy can pay for the repairs", "Their"),
    )
    for text, quotes, (words, speaker) in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words and quote.kind is QuoteKind.INDIRECT, text
        assert mention_text(text, quotes, words) == speaker, text


def test_a_colon_after_an_unowned_noun_or_a_short_label_is_the_writers_own() -> None:
    texts = (
        "The result: the ferry ran late for a whole week.",
        "One warning: the road along the quay is closed at night.",
        "Ruiz's advice: stay calm.",
    )
    for text, quotes in zip(texts, quotes_of(*texts), strict=True):
        assert quotes.quotes == (), text


def test_words_in_marks_after_an_owned_noun_keep_their_own_tag() -> None:
    text = (
        "Ruiz spoke last. His final assessment: “The yard will not close this year,” "
        "the union chief said."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "The yard will not close this year")
    assert quote.kind is QuoteKind.DIRECT
    assert mention_text(text, quotes, "The yard will not close") == "the union chief"


def test_words_the_article_writes_in_lower_case_are_lowered_in_its_title() -> None:
    body = (
        "Beck said he would resign if the council asked. The mayor told Beck no, and Ruiz "
        "wanted the board to disavow the deal with Beck. The beck of the valley was dry."
    )
    common = article_common(body)
    assert {"resign", "disavow", "deal"} <= common
    assert "beck" not in common  # written capitalised inside sentences more often: a name
    assert "ruiz" not in common
    assert sentence_cased("Ruiz Calls On Beck To Resign.", common) == (
        "Ruiz calls on Beck to resign."
    )
    assert sentence_cased("Ruiz Calls On Beck To Resign.") == "Ruiz calls on Beck to Resign."


def test_a_title_verb_the_article_uses_elsewhere_is_read_as_a_verb() -> None:
    text = (
        "Ana Ruiz Refuses To Disavow Harbour Union Endorsement.\n\n"
        "The union backed her on Monday. Ruiz did not disavow the union, and she said "
        "its members were welcome. Others asked her to disavow it."
    )
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "Disavow Harbour Union Endorsement")
    assert mention_text(text, quotes, "Disavow Harbour Union Endorsement") == "Ana Ruiz"
    assert quote.kind is QuoteKind.INDIRECT


def test_a_headline_passive_without_its_was_is_a_judgment_by_nobody_named() -> None:
    texts = (
        "Mayor Ana Ruiz Accused Of Misleading Fishermen On Port Deal.\n\nShe denied it.",
        "Port board accused of hiding the cost of the new quay.\n\nIt said nothing.",
        "Port Board Criticised Over Sharp Toll Rise.\n\nThe toll rose.",
    )
    expected = (
        "Mayor Ana Ruiz Accused Of Misleading Fishermen On Port Deal",
        "Port board accused of hiding the cost of the new quay",
        "Port Board Criticised Over Sharp Toll Rise",
    )
    for text, quotes, words in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.text == words and quote.kind is QuoteKind.INDIRECT, text
        assert quote.speaker_mention is None, text


def test_an_active_judgment_or_one_with_nothing_judged_for_is_no_headline_passive() -> None:
    texts = (
        "Ruiz Criticised On Monday.\n\nThe toll rose.",
        "Ana Ruiz Considered A Run For Mayor.\n\nShe did not run.",
    )
    for text, quotes in zip(texts, quotes_of(*texts), strict=True):
        assert quotes.quotes == (), text


def test_an_abbreviations_full_stop_ends_no_title_sentence() -> None:
    assert sentence_cased("U.S. Nominates Ana Ruiz For The Harbour Board.") == (
        "U.S. nominates Ana Ruiz for the Harbour Board."
    )
    assert sentence_cased("Gov. Beck Praises The Levy.") == "Gov. Beck praises the Levy."
    # After a real sentence end the next word still opens a sentence.
    assert sentence_cased("Ferry Is Late. The Board Says Sorry.") == (
        "Ferry is Late. The Board says Sorry."
    )


def test_an_all_capitals_headline_is_read_as_a_title() -> None:
    assert sentence_cased("MAYOR RUIZ SAYS NATO DRILL WILL GO AHEAD.") == (
        "Mayor RUIZ says NATO Drill will GO Ahead."
    )
    assert sentence_cased("FBI CIA NSA.") is None  # acronyms only: nothing to read
    text = "SENATOR ANA RUIZ PRAISES HARBOUR CREW FOR QUICK REPAIRS.\n\nThe crew was fast."
    (quotes,) = quotes_of(text)
    quote = quote_with(quotes, "HARBOUR CREW FOR QUICK REPAIRS")
    assert quote.kind is QuoteKind.INDIRECT
    assert mention_text(text, quotes, "HARBOUR CREW") == "SENATOR ANA RUIZ"


def test_siding_with_or_against_someone_is_a_stance_of_the_subject() -> None:
    texts = (
        "On Monday the harbour court sided with the fishermen against the port board.",
        "Ana Ruiz sided with the dockers on the new night shifts.",
    )
    expected = (
        ("the fishermen against the port board", "the harbour court"),
        ("the dockers on the new night shifts", "Ana Ruiz"),
    )
    for text, quotes, (words, speaker) in zip(texts, quotes_of(*texts), expected, strict=True):
        quote = quote_with(quotes, words)
        assert quote.kind is QuoteKind.INDIRECT, text
        assert mention_text(text, quotes, words) == speaker, text
    (quotes,) = quotes_of("Ana Ruiz sat by the side of the road with her dog.")
    assert quotes.quotes == ()
