"""Verb frames and layouts of reported speech (session 6): what completes an object the
parser hung on the verb, and the other reach rules of this session. Sentences written here."""

from __future__ import annotations

from quotes_helpers import quote_with, quotes_of

from reader.quotes import QuoteSet
from reader.quotes.model import QuoteKind


def _texts(quotes: QuoteSet) -> list[str]:
    return [q.text for q in quotes.quotes]


def test_an_object_keeps_the_infinitive_that_says_what_it_is_for() -> None:
    text = (
        "The senator defended her call to raise the bridge toll to ten dollars, "
        "saying the repairs could not wait."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "her call")
    assert quote.text == "her call to raise the bridge toll to ten dollars"


def test_an_object_keeps_its_complements_the_parser_hung_on_the_verb() -> None:
    text = (
        "Ms. Rossi, the harbour chief, praised the efforts of a volunteer from Genoa "
        "to clean the beaches by hand on Friday."
    )
    quote = quote_with(quotes_of(text)[0], "the efforts of a volunteer")
    assert quote.text.endswith("to clean the beaches by hand on Friday")


def test_a_relative_clause_closing_the_sentence_is_the_writers_aside() -> None:
    quotes = quotes_of("Polls suggest it would be Bianchi, who has a large lead over Rossi.")[0]
    assert quote_with(quotes, "it would be Bianchi").text == "it would be Bianchi"


def test_a_relative_clause_inside_the_report_stays_in_it() -> None:
    quotes = quotes_of("Rossi said the plan, which cost a fortune, had failed.")[0]
    assert quote_with(quotes, "the plan").text == "the plan, which cost a fortune, had failed"


def test_a_second_act_after_a_comma_ends_the_first_report() -> None:
    text = "Rossi said he saw no need to change his plans, telling reporters the team was strong."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "he saw no need").text == "he saw no need to change his plans"
    assert quote_with(quotes, "the team was strong").text == "the team was strong"


def test_a_closing_relative_clause_that_reports_in_turn_stays_in_the_report() -> None:
    text = "Rossi said the budget was checked by the audit office, which called it sound."
    quotes = quotes_of(text)[0]
    assert quote_with(quotes, "the budget was checked").text.endswith("which called it sound")


_TRANSCRIPT = (
    "Ana Ruiz and Tomas Reyes met on the radio on Tuesday.\n\n"
    "REYES: Do you think the port deal will survive the winter?\n\n"
    "RUIZ: I think it will. The unions have signed.\n\n"
    "And the city has paid its share.\n\n"
    "(END OF CLIP.)\n\n"
    "REYES: And the ferry?\n\n"
    "RUIZ: That is another story.\n\n"
    "The full interview is on the station's website."
)


def _speaker_of(quotes: QuoteSet, words: str) -> str | None:
    quote = quote_with(quotes, words)
    return next((s.name for s in quotes.speakers if s.id == quote.speaker), None)


def test_a_transcript_without_marks_gives_each_turn_to_its_label() -> None:
    quotes = quotes_of(_TRANSCRIPT)[0]
    question = quote_with(quotes, "port deal")
    assert question.text == "Do you think the port deal will survive the winter?"
    assert question.kind is QuoteKind.UNMARKED
    assert _speaker_of(quotes, "port deal") == "Tomas Reyes"
    assert _speaker_of(quotes, "another story") == "Ana Ruiz"


def test_a_turn_runs_on_to_the_next_label_but_not_past_a_stage_note_or_the_last_turn() -> None:
    quotes = quotes_of(_TRANSCRIPT)[0]
    assert quote_with(quotes, "I think it will").text.endswith("paid its share.")
    assert not any("END OF CLIP" in t for t in _texts(quotes)), _texts(quotes)
    assert not any("website" in t for t in _texts(quotes)), _texts(quotes)


def test_a_lone_label_line_is_no_transcript() -> None:
    text = "Ana Ruiz spoke on Tuesday.\n\nUPDATE: The port reopened at noon on Wednesday."
    quotes = quotes_of(text)[0]
    assert not any("port reopened" in t for t in _texts(quotes)), _texts(quotes)


def test_a_signed_post_gives_its_words_to_the_signing_name() -> None:
    text = (
        "Ana Ruiz posted on Tuesday evening.\n\n"
        '<post id="1">The pier reopens at noon, and the ferry runs again. '
        "pic.twitter.com/AbC123 — Ana Ruiz (@anaruiz) May 3, 2016</post>\n\n"
        "The pier did reopen."
    )
    quotes = quotes_of(text)[0]
    quote = quote_with(quotes, "The pier reopens")
    assert quote.text == "The pier reopens at noon, and the ferry runs again."
    assert quote.kind is QuoteKind.UNMARKED
    assert _speaker_of(quotes, "The pier reopens") == "Ana Ruiz"


def test_a_dash_and_a_name_without_a_handle_and_date_is_no_signature() -> None:
    quotes = quotes_of("The pier reopens at noon — Ana Ruiz, the harbour chief, on Monday.")[0]
    assert not any(q.kind is QuoteKind.UNMARKED for q in quotes.quotes), _texts(quotes)


def test_an_adverbial_clause_between_the_cue_and_the_report_opens_the_report() -> None:
    text = (
        "The harbour chief says no matter what the council decides on the budget, "
        "the pier will reopen in May."
    )
    quote = quote_with(quotes_of(text)[0], "the pier will reopen")
    assert quote.text.startswith("no matter what the council decides")


def test_a_verb_sharing_the_reports_perfect_tense_stays_in_the_report() -> None:
    text = "Rossi said he has not held fundraising dinners and never called a donor for money."
    quote = quote_with(quotes_of(text)[0], "fundraising dinners")
    assert quote.text.endswith("never called a donor for money")
