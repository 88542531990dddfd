"""Reported speech with a clausal content (session 5): where the clause lies in the parse,
where it ends, and the belief, intention and feeling frames. Sentences written here."""

from __future__ import annotations

from quotes_helpers import make_document, quote_with

from reader.quotes import QuoteSet, extract_many


def _quotes(*texts: str) -> list[QuoteSet]:
    return extract_many([make_document(t) for t in texts])


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def test_the_clause_after_the_cue_is_the_report_when_one_lies_on_each_side() -> None:
    text = (
        "The ferry strike entered its third day on the coast road "
        "Rossi, in Turin, said Monday that the deal was close."
    )
    quotes = _quotes(text)[0]
    quote = quote_with(quotes, "the deal was close")
    assert "ferry strike" not in quote.text


def test_a_cue_with_its_own_complement_does_not_report_the_clause_it_hangs_on() -> None:
    text = (
        "While candidates like Rossi and Bianchi are vowing to bring back the lost jobs, "
        "public opinion reflects deep doubts."
    )
    quotes = _quotes(text)[0]
    assert not any("deep doubts" in t for t in _texts(quotes)), _texts(quotes)
    assert quote_with(quotes, "the lost jobs").text.startswith("to bring back")


def test_an_interrupting_cue_reports_the_clause_around_it() -> None:
    quotes = _quotes("Still, the agency said, the harbour can reopen by spring.")[0]
    quote = quote_with(quotes, "the harbour can reopen")
    assert not quote.text.startswith(",")


def test_a_trailing_evidence_cue_reports_the_clause_before_its_subject() -> None:
    quotes = _quotes("Rents rose by a third last year, housing records show.")[0]
    quote = quote_with(quotes, "Rents rose by a third last year")
    assert "records" not in quote.text


def test_a_phrase_before_an_introducing_cue_is_not_reported() -> None:
    text = 'In a briefing for reporters, she added:\n"We will publish the data next week."'
    quotes = _quotes(text)[0]
    assert not any("briefing" in t for t in _texts(quotes)), _texts(quotes)


def test_a_question_before_the_cue_does_not_leave_the_speaker_as_content() -> None:
    text = 'Asked when the talks might resume, the steward said: "They know where I am."'
    quotes = _quotes(text)[0]
    assert "the steward" not in _texts(quotes)
    assert "the" not in _texts(quotes)


def test_a_gerund_subject_the_parser_hangs_on_the_cue_still_opens_the_clause() -> None:
    quotes = _quotes("He said legalizing it could put thousands of people to work.")[0]
    quote = quote_with(quotes, "thousands of people")
    assert quote.text.startswith("legalizing it")
    assert quote.speaker_mention is not None
