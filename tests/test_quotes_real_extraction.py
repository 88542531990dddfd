"""Extraction errors found on real news (issue 12, second round), each with sentences
written here. Cue entries added to cues.json this round: tests/test_quotes_real_cues.py."""

from __future__ import annotations

from quotes_helpers import mention_text, quote_with, quotes_of, speaker_name

from reader.quotes import QuoteKind, QuoteSet


def _one(text: str) -> QuoteSet:
    return quotes_of(text)[0]


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
    quotes = _one(text)
    headline_end = text.index("\n")
    assert not [q for q in quotes.quotes if q.span.start < headline_end]
    assert not [q for q in quotes.quotes if q.cue is not None and q.cue.start < headline_end]
    # the body's vote is the council's deed (session 8, tests/test_quotes_votes.py)
    assert [q.text for q in quotes.quotes] == [
        "to build the terminal on the north side of the harbour, next to the old fish market"
    ]


def test_the_same_object_frame_in_a_full_sentence_still_reports() -> None:
    quotes = _one("The fishermen's union backed the new ferry terminal on Monday.")
    assert quote_with(quotes, "the new ferry terminal").kind is QuoteKind.INDIRECT


def test_a_relative_who_is_the_mention_and_names_its_antecedent() -> None:
    text = "The fund was backed by Ms. Alder, who said the harbour needed new jobs."
    quotes = _one(text)
    quote = quote_with(quotes, "the harbour needed new jobs")
    assert speaker_name(quotes, quote) == "Alder"
    assert mention_text(text, quotes, "the harbour needed") == "Ms. Alder, who"


def test_an_uncatalogued_verb_after_a_quote_credits_its_subject() -> None:
    text = '"Go back to your office," the mayor barked. "Now, please."'
    quotes = _one(text)
    quote = quote_with(quotes, "Go back")
    assert mention_text(text, quotes, "Go back") == "the mayor"
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "barked"


def test_an_uncatalogued_verb_before_a_quote_credits_its_subject() -> None:
    text = 'Rosa Quint left the stage. Ms. Alder grinned, "It is a very long queue!"'
    quotes = _one(text)
    assert mention_text(text, quotes, "long queue") == "Ms. Alder"


def test_a_quote_with_no_verb_beside_it_takes_no_earlier_paragraphs_speaker() -> None:
    text = '"We will build it," said Rosa Quint.\n"Go back to your office," the mayor barked.'
    quotes = _one(text)
    assert speaker_name(quotes, quote_with(quotes, "office")) != "Rosa Quint"


def test_a_name_and_a_colon_open_that_persons_words() -> None:
    text = "Rosa Quint: Council Must Decide If It Wants the Yard\n\nOwen Pryce: 'Nobody Asked Us.'"
    quotes = _one(text)
    reported = quote_with(quotes, "Council Must Decide")
    assert reported.kind is QuoteKind.INDIRECT
    assert speaker_name(quotes, reported) == "Rosa Quint"
    assert speaker_name(quotes, quote_with(quotes, "Nobody Asked Us")) == "Owen Pryce"


def test_a_full_stop_in_the_marks_ends_the_quote_before_the_next_report() -> None:
    text = (
        '"This is a disease," Ms. Alder said. "It is not a failing." Neither Mr. Brook nor '
        "Ms. Cole answered."
    )
    quotes = _one(text)
    assert speaker_name(quotes, quote_with(quotes, "not a failing")) == "Alder"


def test_three_apostrophes_close_a_single_and_a_double_mark() -> None:
    text = (
        "''Most voters will not accept 'We will fix it later,''' said Senator Ana Ruiz. "
        "''They want it now.''\n\nThe hall emptied soon after the vote."
    )
    quotes = _one(text)
    quote = quote_with(quotes, "They want it now")
    assert len(quote.parts) == 2
    assert "emptied" not in quote.text
    assert speaker_name(quotes, quote) == "Ana Ruiz"


def test_a_curly_opening_mark_typed_as_an_apostrophe_opens_no_quote() -> None:
    text = 'The mayor‘s plan was a mistake, said Ms. Alder. "It will cost us," she added.'
    quotes = _one(text)
    assert not [q for q in quotes.quotes if q.text.startswith("s plan")]
    assert quote_with(quotes, "It will cost us").kind is QuoteKind.DIRECT


def test_an_opening_mark_typed_at_a_quotes_end_closes_it() -> None:
    text = 'Ms. Alder called it a "quick fix“ for the pier. The work starts in May, she said.'
    quotes = _one(text)
    assert not [q for q in quotes.quotes if "The work starts" in q.text and "fix" in q.text]


def test_a_second_cue_joined_by_and_starts_a_report_of_its_own() -> None:
    text = (
        "Mr. Dale said his attacks on the mayor have given his campaign momentum and said "
        "that the mayor did not represent the town."
    )
    quotes = _one(text)
    first = quote_with(quotes, "momentum")
    assert "represent" not in first.text
    second = quote_with(quotes, "the mayor did not represent the town")
    assert speaker_name(quotes, second) == "Dale"


def test_an_infinitive_with_its_own_subject_stays_inside_the_report() -> None:
    text = 'Ana Ruiz said that it was "totally wrong" for the judge to criticize the mayor.'
    quotes = _one(text)
    reported = quote_with(quotes, "for the judge to criticize the mayor")
    assert reported.kind is QuoteKind.INDIRECT
    assert speaker_name(quotes, reported) == "Ana Ruiz"
    assert not [q for q in quotes.quotes if q.text == "the mayor"]


def test_a_report_mostly_in_marks_keeps_its_unquoted_words() -> None:
    text = 'The sheriff said that finding a dealer is now "easier than finding a bus."'
    quotes = _one(text)
    reported = quote_with(quotes, "finding a dealer is now")
    assert reported.kind is QuoteKind.INDIRECT
    assert "easier than finding a bus" in reported.text


def test_an_accusation_reports_what_it_accuses_of() -> None:
    text = "The union accused the port company of hiding the survey from the town."
    quotes = _one(text)
    assert quote_with(quotes, "the port company").text.endswith("from the town")


def test_the_writers_own_clause_after_a_comma_and_but_is_not_reported() -> None:
    text = (
        "Ms. Alder says the letters were private and not about the pier, but for her rivals "
        "it is proof of a cover-up."
    )
    quotes = _one(text)
    reported = quote_with(quotes, "the letters were private")
    assert "cover-up" not in reported.text


def test_a_comma_and_that_goes_on_reporting() -> None:
    text = (
        "Mr. Dale argued that his ratings were higher than his rivals, and that he was best "
        "placed to win in May."
    )
    quotes = _one(text)
    assert "best placed to win" in quote_with(quotes, "his ratings were higher").text


def test_a_headline_object_frame_still_credits_words_in_marks() -> None:
    text = (
        "Tenants' group accuses Dunmore council of 'neglect' over damp flats\n\n"
        "The group wrote to every councillor on Monday, and its members met the mayor."
    )
    quotes = _one(text)
    quote = quote_with(quotes, "neglect")
    assert speaker_name(quotes, quote) is not None
    assert not [q for q in quotes.quotes if q.kind is QuoteKind.INDIRECT]


def test_a_continuation_takes_an_unresolved_pronoun_as_itsmention_text() -> None:
    text = (
        "Ana Sheppard said the harbour was ready for the fair.\n"
        '"Together, we can fight for that change," she added. "Together, we can heal."'
    )
    quotes = _one(text)
    quote = quote_with(quotes, "we can heal")
    assert len(quote.parts) == 2
    assert mention_text(text, quotes, "we can heal") == "she"


def test_a_short_fragment_before_a_comma_is_partial_not_direct() -> None:
    text = 'He called it a "basic mistake," made by some "loud voices," who are "just wrong."'
    quotes = _one(text)
    assert quote_with(quotes, "basic mistake").kind is QuoteKind.PARTIAL
    assert quote_with(quotes, "loud voices").kind is QuoteKind.PARTIAL


def test_reported_words_take_the_closing_mark_of_a_quote_they_open() -> None:
    text = 'He called it a "basic mistake," made by some "loud voices," who are "just wrong."'
    reported = [q for q in _one(text).quotes if q.kind is QuoteKind.INDIRECT]
    assert reported
    assert all(q.text.count('"') % 2 == 0 for q in reported)


def test_a_purpose_clause_verb_reports_no_stance() -> None:
    text = "The council met on Monday to discuss the harbour budget for next year."
    assert _one(text).quotes == ()


def test_a_cue_word_used_as_a_noun_does_not_stop_unmarked_speech() -> None:
    text = "Ms. Alder said she was open to talks but I see no point. Why? They never listen."
    quotes = _one(text)
    speech = quote_with(quotes, "I see no point")
    assert speech.kind is QuoteKind.UNMARKED
    assert "They never listen" in speech.text


def test_a_cue_after_a_finished_quote_reporting_elsewhere_does_not_take_it() -> None:
    text = (
        "“So afterwards, his fans feel justified,” he said. “It’s like a club, ‘We’re all "
        "here, and it’s great.’” Mr. Sexton described the most eager fans as almost shocked."
    )
    quotes = _one(text)
    quote = quote_with(quotes, "like a club")
    assert len(quote.parts) == 2
    assert mention_text(text, quotes, "like a club") == "he"


def test_a_quote_signed_with_a_dash_and_a_name_is_that_persons() -> None:
    text = "“No sympathy, and a real fiasco from start to end.” — Ana Quintero"
    quotes = _one(text)
    assert mention_text(text, quotes, "real fiasco") == "Ana Quintero"


def test_a_name_the_tagger_calls_a_firm_still_opens_a_colon_quote() -> None:
    text = (
        "Darnell Scotto: ‘You Find Me Odd Because I Back the Mayor!’\n\n"
        "He said it on the radio on Monday, and the host was not amused."
    )
    quotes = _one(text)
    assert mention_text(text, quotes, "You Find Me Odd") == "Darnell Scotto"


def test_the_first_quote_of_a_paragraph_takes_the_cue_after_its_full_stop() -> None:
    text = "“Harbour, if you are listening, I hope you find the lost boats.” Ms. Alder said."
    quotes = _one(text)
    assert mention_text(text, quotes, "lost boats") == "Ms. Alder"


def test_put_it_before_a_quote_credits_its_subject() -> None:
    text = 'Tom Ridge, a former harbour master, put it: "The gulls are no longer at the gate."'
    quotes = _one(text)
    assert mention_text(text, quotes, "The gulls") == "Tom Ridge"


def test_a_pronoun_does_not_point_to_a_person_named_inside_a_quote() -> None:
    text = (
        '"Some of us thought you could work with them," Mr. Bozell points out.\n'
        '"Even Henry Hyde said that the party was lost," she adds.\n'
        '"Can you name one thing the party did?" he asks.'
    )
    quotes = _one(text)
    assert speaker_name(quotes, quote_with(quotes, "name one thing")) == "Bozell"


def test_an_object_frame_keeps_the_infinitive_the_parser_hangs_on_its_verb() -> None:
    text = (
        "Ms. Alder cast doubt on the deal, blaming the island's requirement to have any "
        "change to its borders confirmed by a referendum."
    )
    quote = quote_with(_one(text), "requirement")
    assert quote.text.endswith("confirmed by a referendum")


def test_a_verb_before_doubled_apostrophes_credits_its_subject() -> None:
    text = "Mr. Christie gloated: ''I told you he would not be ready.''"
    quotes = _one(text)
    assert mention_text(text, quotes, "told you") == "Mr. Christie"


def test_a_verb_with_a_particle_before_a_quote_credits_its_subject() -> None:
    text = "Rosa Alder shot back, “I suppose I could have stayed home, but I chose to work.”"
    quotes = _one(text)
    assert mention_text(text, quotes, "stayed home") == "Rosa Alder"


def test_a_colon_line_may_open_with_title_words_before_the_name() -> None:
    text = (
        "Harbour pollster Daron Shawe: “Lesser-known candidates have seen the biggest boost.”\n"
        "The poll was taken in May, and the results were published a week later."
    )
    quotes = _one(text)
    assert mention_text(text, quotes, "biggest boost") == "Harbour pollster Daron Shawe"


def test_a_word_of_the_quote_is_never_the_speaker_of_the_cue_after_it() -> None:
    text = "“We were wrong to not confront him from the start,” Ramos, 58, told the paper."
    quotes = _one(text)
    mention = mention_text(text, quotes, "We were wrong")
    assert mention is None or "We" not in mention


def test_a_colon_line_may_name_two_people() -> None:
    text = (
        "Blumenthal and Cohen: “Data from our firm helps confirm that both issues mattered.”\n"
        "The poll was taken in May, and the results were published a week later."
    )
    quotes = _one(text)
    assert mention_text(text, quotes, "both issues mattered") in ("Blumenthal", "Cohen")


def test_a_sentence_opening_with_a_speech_verb_then_its_speaker() -> None:
    text = "Said Ellis: “I don’t get the sense she is interested in the harbour at all.”"
    quotes = _one(text)
    assert mention_text(text, quotes, "interested in the harbour") == "Ellis"
