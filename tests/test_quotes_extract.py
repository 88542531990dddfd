"""Extraction on short texts written for the purpose: one test per construction."""

from __future__ import annotations

import pytest
from quotes_helpers import make_document, quote_with, speaker_name

from reader.quotes import QuoteKind, QuoteSet, extract_many, extract_quotes


def run(text: str) -> QuoteSet:
    return extract_quotes(make_document(text))


def test_direct_quote_with_trailing_cue() -> None:
    result = run('"The harbour will reopen in May," Mayor Ana Ruiz said on Monday.')
    quote = quote_with(result, "harbour will reopen")
    assert quote.kind is QuoteKind.DIRECT
    assert quote.text == "The harbour will reopen in May"
    assert speaker_name(result, quote) == "Ana Ruiz"
    text = '"The harbour will reopen in May," Mayor Ana Ruiz said on Monday.'
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "said"


def test_split_quote_is_one_quote_of_its_speaker() -> None:
    text = '"We will not give up," Ms Ruiz said, "because this is our home."'
    result = run(text)
    (quote,) = result.quotes
    assert [text[p.start : p.end] for p in quote.parts] == [
        "We will not give up",
        "because this is our home.",
    ]
    assert speaker_name(result, quote) == "Ruiz"


def test_quote_opening_with_a_noun_phrase_keeps_the_cue_subject() -> None:
    # The parser hangs the quote's first noun on the cue as a second subject.
    result = run(
        "The ferry company's manager, Lena Ortiz, said the firm would hire in the town. "
        '"Every deckhand, every cook, every ticket clerk we can recruit from Dunmore, we will," '
        "she said."
    )
    quote = quote_with(result, "Every deckhand")
    assert speaker_name(result, quote) == "Lena Ortiz"


def test_partial_quote_inside_reported_speech() -> None:
    result = run("The general warned that the convoys would be 'legitimate targets' for his men.")
    partial = quote_with(result, "legitimate targets")
    assert partial.kind is QuoteKind.PARTIAL
    reported = quote_with(result, "convoys would be")
    assert reported.kind is QuoteKind.INDIRECT
    assert partial.speaker == reported.speaker is not None


def test_indirect_speech_with_that_clause() -> None:
    result = run("Finance Minister Tom Blake said that the deficit had fallen for a third year.")
    quote = quote_with(result, "deficit")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "the deficit had fallen for a third year"
    assert speaker_name(result, quote) == "Tom Blake"


def test_trailing_attribution_without_marks() -> None:
    result = run("The river will not flood the town again, he said.\n")
    quote = quote_with(result, "river")
    assert quote.text == "The river will not flood the town again"


def test_according_to() -> None:
    result = run("The factory will close in June, according to a company spokeswoman.")
    quote = quote_with(result, "factory")
    assert quote.text == "The factory will close in June"
    assert "spokeswoman" in (speaker_name(result, quote) or "")


def test_describe_as_and_praise() -> None:
    result = run(
        "Coach Maria Lopez described the result as a fair reward. "
        "She praised the defenders' calm in the final minutes."
    )
    described = quote_with(result, "fair reward")
    assert described.text == "the result as a fair reward"
    praised = quote_with(result, "calm")
    assert praised.speaker == described.speaker is not None


def test_colon_introduction_gives_unmarked_speech() -> None:
    result = run(
        "Union leader Sam Cole said on Friday that the offer was too low: Why would anyone "
        "accept this? It is an insult."
    )
    speech = quote_with(result, "Why would anyone")
    assert speech.kind is QuoteKind.UNMARKED
    assert speech.text.endswith("It is an insult.")
    assert speaker_name(result, speech) == "Sam Cole"
    assert quote_with(result, "offer was too low").kind is QuoteKind.INDIRECT


def test_switch_to_first_person_is_unmarked_speech() -> None:
    result = run(
        "Senator Ruth Hale said she was open to talks but I do not see much point. Why? "
        "Because they never listen."
    )
    speech = quote_with(result, "I do not see")
    assert speech.kind is QuoteKind.UNMARKED
    assert speech.text.startswith("but I do not see")
    assert speech.text.endswith("they never listen.")
    reported = quote_with(result, "open to talks")
    assert reported.kind is QuoteKind.INDIRECT and "I do not" not in reported.text
    assert speech.speaker == reported.speaker is not None


def test_floating_quote_inherits_previous_speaker() -> None:
    result = run(
        '"We have done everything we can," said fire chief Owen Marsh.\n'
        '"The building could not be saved."\n'
    )
    floating = quote_with(result, "could not be saved")
    assert floating.cue is None
    assert speaker_name(result, floating) == "Owen Marsh"


def test_pronoun_resolves_to_nearest_compatible_speaker() -> None:
    result = run(
        "Prime Minister Helen Ward met Trade Secretary John Price on Monday. "
        "Ward said the deal was close.\n"
        "Price said talks would continue. She added that a vote could come in March.\n"
    )
    added = quote_with(result, "vote could come")
    assert speaker_name(result, added) == "Helen Ward"


def test_title_and_surname_are_one_speaker() -> None:
    result = run(
        "French President Anne Morel said the summit had been useful.\n"
        "The French president said a deal would follow. Morel added that she was hopeful.\n"
    )
    ids = {q.speaker for q in result.quotes}
    assert len(ids) == 1
    speaker = result.speakers[0]
    assert speaker.name == "Anne Morel"
    assert speaker.role == "French President"
    assert "Morel" in speaker.aliases


def test_appositive_and_possessive_roles_are_one_speaker() -> None:
    result = run(
        "President Igor Volkov said the offer was unserious.\n"
        "His spokesman, Pavel Orlov, said talks were frozen.\n"
        "Volkov's spokesman told reporters that no date had been set.\n"
    )
    frozen = quote_with(result, "talks were frozen")
    no_date = quote_with(result, "no date")
    assert frozen.speaker == no_date.speaker
    assert speaker_name(result, frozen) == "Pavel Orlov"
    speaker = next(s for s in result.speakers if s.id == frozen.speaker)
    assert speaker.role is not None and "spokesman" in speaker.role


def test_groups_and_places_can_speak() -> None:
    result = run(
        "European diplomats have suggested that the plan would backfire. "
        "Moscow has insisted that it must be consulted."
    )
    assert speaker_name(result, quote_with(result, "backfire")) == "European diplomats"
    assert speaker_name(result, quote_with(result, "consulted")) == "Moscow"


def test_every_quote_has_offsets_matching_its_text() -> None:
    text = (
        'Mayor Ana Ruiz said the bridge was safe. "It is safe," she said.\n'
        "Critics argued that it was 'falling apart'.\n"
    )
    result = run(text)
    assert result.quotes
    for quote in result.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert not quote.text.startswith(("'", '"'))


def test_extract_many_matches_single_extraction() -> None:
    texts = ['"Yes," he said.', "Officials said the road would reopen."]
    many = extract_many([make_document(t) for t in texts])
    single = [extract_quotes(make_document(t)) for t in texts]
    assert [[q.text for q in m.quotes] for m in many] == [
        [q.text for q in s.quotes] for s in single
    ]


@pytest.mark.parametrize(
    "text",
    ["The weather was fine and the market opened at nine.", "Prices rose. Shops closed early."],
)
def test_no_quotes_in_plain_narration(text: str) -> None:
    assert run(text).quotes == ()
