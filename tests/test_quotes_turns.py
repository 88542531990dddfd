"""Transcript turns: `NAME:` labels at paragraph starts name who speaks."""

from __future__ import annotations

from quotes_helpers import make_document, quote_with, speaker_name

from reader.quotes import extract_quotes
from reader.quotes.turns import turn_label_at

TRANSCRIPT = (
    "Mayor Ana Ruiz spoke to the reporter Tomas Reyes of the Dunmore Herald on Sunday.\n"
    "Partial transcript as follows:\n"
    '"REYES: Will the harbour reopen in May?\n'
    '"RUIZ: It will. The engineers checked every pier last week.\n'
    '"The ferry company has hired forty people from the town.\n'
    '"REYES: And the cost?\n'
    '"RUIZ: Less than we feared.\n'
    '"(CROSSTALK.)\n'
    '"ANCHOR: We must leave it there."'
)


def test_turn_label_needs_upper_case_and_colon() -> None:
    label = turn_label_at('"RUIZ: It will.', 0, 15)
    assert label is not None and label.words_start == 7
    assert turn_label_at("Ruiz: It will.", 0, 14) is None
    assert turn_label_at("NOTE:nothing", 0, 12) is None
    sen = turn_label_at("“SEN. O’BRIEN: Yes.", 0, 19)
    assert (
        sen is not None and "“SEN. O’BRIEN: Yes."[sen.name.start : sen.name.end] == "SEN. O’BRIEN"
    )


def test_each_turn_is_its_labelled_speakers_quote() -> None:
    result = extract_quotes(make_document(TRANSCRIPT))
    answer = quote_with(result, "It will.")
    assert answer.text.startswith("It will.") and "ferry company has hired" in answer.text
    assert speaker_name(result, answer) == "Ana Ruiz"
    question = quote_with(result, "Will the harbour")
    assert question.text == "Will the harbour reopen in May?"
    assert speaker_name(result, question) == "Tomas Reyes"
    assert speaker_name(result, quote_with(result, "Less than we feared")) == "Ana Ruiz"
    # A label the article never explains is still a turn of its own, not Ruiz's words.
    assert speaker_name(result, quote_with(result, "leave it there")) == "Anchor"
    assert not any("CROSSTALK" in q.text for q in result.quotes)


def test_label_of_someone_never_named_gives_no_speaker() -> None:
    text = 'The hearing went on for hours.\n"CLERK: The session is open.\n"It will run late."'
    result = extract_quotes(make_document(text))
    quote = quote_with(result, "The session is open")
    assert not quote.text.startswith("CLERK")
    assert speaker_name(result, quote) is None
