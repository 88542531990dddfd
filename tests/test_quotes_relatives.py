"""Reports whose content is the noun a relative clause hangs on (reader/quotes/relatives.py,
relatives.json). Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of, speaker_name

from reader.quotes.relatives import relative_words

# sentence -> (the noun phrase reported, the holder's name, the cue's words)
REPORTED = {
    "This is exactly the kind of slowdown the central bank warned about in its spring report.": (
        "the kind of slowdown",
        "central bank",
        "warned about",
    ),
    "The harbour plan, which was rejected by the city council, will return next year.": (
        "The harbour plan",
        "city council",
        "rejected",
    ),
    "The scheme includes a chain of depots the army is envisioning across the plains.": (
        "a chain of depots",
        "army",
        "envisioning",
    ),
    "Here are nine ridiculous claims the governor has made up about the ferry.": None,
    "These are the nine outrageous things the governor said about the ferry.": (
        "the nine outrageous things",
        "governor",
        "said",
    ),
}


def test_the_noun_a_cue_clause_hangs_on_is_what_its_subject_said() -> None:
    cases = {s: v for s, v in REPORTED.items() if v is not None}
    for (sentence, (words, holder, cue)), quotes in zip(
        cases.items(), quotes_of(*cases), strict=True
    ):
        quote = quote_with(quotes, words)
        assert quote.text == words, (sentence, quote.text)
        name = speaker_name(quotes, quote)
        assert name is not None and holder in name.lower(), (sentence, name)
        assert quote.cue is not None and sentence[quote.cue.start : quote.cue.end] == cue


def test_a_relative_clause_whose_gap_is_not_what_was_said_reports_nothing() -> None:
    sentences = (
        "The nurses who backed the new contract returned to the wards on Monday.",  # subject gap
        "The old blue car she saw outside the station was towed.",  # a thing seen
        "The three young aides he warned were moved to another office.",  # a listener
        "The long spending bill the mayor signed last week raises fares.",  # a deed
        "The cold morning the mayor announced the plan was bright.",  # a time
    )
    for sentence, quotes in zip(sentences, quotes_of(*sentences), strict=True):
        texts = [q.text for q in quotes.quotes]
        assert not any(q.startswith("The") for q in texts), (sentence, texts)


def test_the_lists_name_verbs_and_nouns_in_lower_case() -> None:
    words = relative_words()
    for listed in (words.not_said, words.stranded, words.not_content):
        assert listed and all(w == w.lower() for w in listed)


def test_a_work_written_by_somebody_is_not_what_they_said() -> None:
    quotes = quotes_of("The long essay on river trade written by the former mayor sold well.")[0]
    assert not any("essay" in q.text for q in quotes.quotes), [q.text for q in quotes.quotes]
