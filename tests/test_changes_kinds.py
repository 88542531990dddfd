"""Each kind of change the ledger reports, and the look-alikes it must not report."""

from __future__ import annotations

from changes_helpers import kinds, ledger, of_kind

from reader.changes import ChangeKind, Severity

FILLER = " The council meets again in the new year. Residents can comment online."


def test_changed_count_is_a_high_number_change() -> None:
    changes = ledger(
        "The summit brought together 26 allies in Vilnius." + FILLER,
        "The summit brought together 25 allies in Vilnius." + FILLER,
    )
    [number] = of_kind(changes, ChangeKind.NUMBER)
    assert (number.old_text, number.new_text, number.severity) == ("26", "25", Severity.HIGH)


def test_money_scale_change_is_a_number_change() -> None:
    changes = ledger(
        "The firm pledged $5m to the fund." + FILLER, "The firm pledged $5bn to the fund." + FILLER
    )
    [number] = of_kind(changes, ChangeKind.NUMBER)
    assert (number.old_text, number.new_text) == ("$5m", "$5bn")


def test_number_written_differently_is_style_not_number() -> None:
    changes = ledger(
        "Three ships and 1.5 million tonnes of grain left port." + FILLER,
        "3 ships and 1,500,000 tonnes of grain left port." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.NUMBER)
    assert kinds(changes) == {"style"}


def test_number_dropped_but_repeated_elsewhere_is_not_reported() -> None:
    changes = ledger(
        "The fire destroyed 40 homes on the estate. Crews worked through the night.",
        "The fire destroyed homes on the estate. Crews saved 40 others through the night.",
    )
    assert not of_kind(changes, ChangeKind.NUMBER)


def test_number_dropped_for_good_is_reported_as_removed() -> None:
    changes = ledger(
        "The fire destroyed 40 homes on the estate." + FILLER,
        "The fire destroyed homes on the estate." + FILLER,
    )
    [number] = of_kind(changes, ChangeKind.NUMBER)
    assert number.new is None and number.old_text == "40"
    assert number.severity is Severity.MEDIUM


def test_dropped_weekday_and_changed_period_are_date_changes() -> None:
    changes = ledger(
        "The minister resigned on Thursday after the vote. Talks stalled last month." + FILLER,
        "The minister resigned after the vote. Talks stalled this week." + FILLER,
    )
    dates = of_kind(changes, ChangeKind.DATE)
    assert [(d.old_text, d.new_text) for d in dates] == [
        ("Thursday", ""),
        ("last month", "this week"),
    ]


def test_replaced_person_is_a_high_name_change() -> None:
    changes = ledger(
        "The report was written by Anna Kowalski for the committee." + FILLER,
        "The report was written by Mark Tremaine for the committee." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert name.severity is Severity.HIGH
    assert "Kowalski" in name.old_text and "Tremaine" in name.new_text


def test_role_dropped_from_a_name_is_a_name_change() -> None:
    changes = ledger(
        "The NATO chief said the alliance was united." + FILLER,
        "NATO said the alliance was united." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert "chief" in name.old_text and "chief" not in name.new_text


def test_name_moved_to_another_sentence_is_not_reported() -> None:
    changes = ledger(
        "Officials from Bremerhaven inspected the dock. The crane failed twice.",
        "Officials inspected the dock. The crane in Bremerhaven failed twice.",
    )
    assert not of_kind(changes, ChangeKind.NAME)


def test_added_not_is_a_negation_change() -> None:
    changes = ledger(
        "The troops would be deployed before the summer." + FILLER,
        "The troops would not be deployed before the summer." + FILLER,
    )
    [negation] = of_kind(changes, ChangeKind.NEGATION)
    assert negation.new_text == "not" and negation.severity is Severity.HIGH


def test_contraction_of_the_same_negation_is_not_a_negation_change() -> None:
    changes = ledger(
        "The company did not comment on the claims." + FILLER,
        "The company didn't comment on the claims." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.NEGATION)


def test_may_to_will_is_a_hedge_change_stated_more_firmly() -> None:
    changes = ledger(
        "The plant may close by the end of the decade." + FILLER,
        "The plant will close by the end of the decade." + FILLER,
    )
    [hedge] = of_kind(changes, ChangeKind.HEDGE)
    assert "more firmly" in hedge.note


def test_reportedly_added_is_a_hedge_change() -> None:
    changes = ledger(
        "The minister met the donors in private." + FILLER,
        "The minister reportedly met the donors in private." + FILLER,
    )
    [hedge] = of_kind(changes, ChangeKind.HEDGE)
    assert hedge.new_text == "reportedly" and "less firmly" in hedge.note


def test_said_to_admitted_is_neutral_to_loaded() -> None:
    changes = ledger(
        "Harris said the figures had been revised twice." + FILLER,
        "Harris admitted the figures had been revised twice." + FILLER,
    )
    [verb] = of_kind(changes, ChangeKind.ATTRIBUTION_VERB)
    assert "neutral → loaded" in verb.note and verb.severity is Severity.MEDIUM
    assert not of_kind(changes, ChangeKind.SOURCE)


def test_insisted_to_said_is_loaded_to_neutral() -> None:
    changes = ledger(
        "The coach insisted the team was ready." + FILLER,
        "The coach said the team was ready." + FILLER,
    )
    [verb] = of_kind(changes, ChangeKind.ATTRIBUTION_VERB)
    assert "loaded → neutral" in verb.note


def test_tense_of_the_same_verb_is_not_an_attribution_change() -> None:
    changes = ledger(
        "The mayor says the road will reopen." + FILLER,
        "The mayor said the road will reopen." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.ATTRIBUTION_VERB)


def test_according_to_police_removed_is_a_lost_source() -> None:
    changes = ledger(
        "The fire was started deliberately, according to police." + FILLER,
        "The fire was started deliberately." + FILLER,
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.new is None and "according to police" in source.old_text
    assert source.severity is Severity.HIGH


def test_analysts_suggest_added_is_a_gained_source() -> None:
    changes = ledger(
        "The currency will weaken further this year." + FILLER,
        "The currency will weaken further this year, analysts suggest." + FILLER,
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.old is None and "analysts" in source.new_text


def test_police_to_officials_is_a_replaced_source() -> None:
    changes = ledger(
        "Police said the driver had fled the scene." + FILLER,
        "Officials said the driver had fled the scene." + FILLER,
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.old is not None and source.new is not None


def test_name_turned_into_pronoun_keeps_its_source() -> None:
    changes = ledger(
        "Okafor said the union would not back down." + FILLER,
        "He said the union would not back down." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.SOURCE)


def test_quote_marks_around_an_unquoted_phrase_are_a_scare_quote() -> None:
    changes = ledger(
        "The council called the closure a temporary measure in its notice." + FILLER,
        "The council's notice described the closure as a “temporary” measure." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.SCARE_QUOTE)  # attributed: "described"
    changes = ledger(
        "The temporary measure has now lasted two years." + FILLER,
        "The “temporary” measure has now lasted two years." + FILLER,
    )
    [scare] = of_kind(changes, ChangeKind.SCARE_QUOTE)
    assert scare.new_text == "“temporary”" and "added" in scare.note


def test_spelling_variants_are_style_and_low() -> None:
    changes = ledger(
        "The harbour board is finalising the colour of the new centre." + FILLER,
        "The harbor board is finalizing the color of the new center." + FILLER,
    )
    assert changes and kinds(changes) == {"style"}
    assert all(c.severity is Severity.LOW for c in changes)


def test_quote_style_punctuation_and_case_are_style() -> None:
    changes = ledger(
        "He called it “a disgrace”; the board disagreed." + FILLER,
        'He called it "A disgrace", the board disagreed.' + FILLER,
    )
    assert changes and kinds(changes) == {"style"}


def test_other_edits_are_low_wording() -> None:
    changes = ledger(
        "The bridge is busy in the mornings." + FILLER,
        "The bridge is crowded in the mornings." + FILLER,
    )
    [wording] = changes
    assert wording.kind is ChangeKind.WORDING and wording.severity is Severity.LOW


def test_deleted_sentence_is_listed_once_with_its_facts() -> None:
    changes = ledger(
        "The port is busy. Mayor Helen Marsh opened 3 new berths.\n\nShips wait.",
        "The port is busy.\n\nShips wait.",
    )
    assert kinds(changes) == {"wording", "name", "number"}
    assert len(of_kind(changes, ChangeKind.WORDING)) == 1


def test_changes_come_in_document_order_with_spans_that_hold_their_text() -> None:
    old = "On Monday 12 people were hurt. Police said the bus did not brake." + FILLER
    new = "On Tuesday 14 people were hurt. Officials said the bus did brake." + FILLER
    changes = ledger(old, new)
    new_positions = [c.new.start for c in changes if c.new is not None]
    old_positions = [c.old.start for c in changes if c.old is not None]
    assert new_positions == sorted(new_positions)
    assert old_positions == sorted(old_positions)
    assert changes[0].old_text == "Monday"
    for change in changes:
        if change.old is not None:
            assert old[change.old.start : change.old.end] == change.old_text
        if change.new is not None:
            assert new[change.new.start : change.new.end] == change.new_text


def test_without_a_model_word_lists_still_find_facts() -> None:
    changes = ledger(
        "Harris said 26 allies would be deployed." + FILLER,
        "Harris claimed 25 allies would not be deployed." + FILLER,
        use_model=False,
    )
    assert {"number", "negation", "attribution_verb"} <= kinds(changes)


def test_without_a_model_a_weekday_changed_is_a_date_not_also_a_name() -> None:
    changes = ledger(
        "The harbour board met on Monday to approve the dredging." + FILLER,
        "The harbour board met on Tuesday to approve the dredging." + FILLER,
        use_model=False,
    )
    assert [(c.kind, c.old_text, c.new_text) for c in changes] == [
        (ChangeKind.DATE, "Monday", "Tuesday")
    ]


def test_speaker_losing_a_role_is_a_high_name_change() -> None:
    changes = ledger(
        "The minister's spokesman told reporters that the talks had failed." + FILLER,
        "The minister told reporters that the talks had failed." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert name.severity is Severity.HIGH and "spokesman" in name.old_text


def test_negation_moved_to_another_part_of_the_claim_is_reported() -> None:
    changes = ledger(
        "Officials said the ships would be sent to the coast and not into the strait." + FILLER,
        "Officials said the ships would not be sent to the coast but into the strait." + FILLER,
    )
    negations = of_kind(changes, ChangeKind.NEGATION)
    assert negations and all(n.severity is Severity.MEDIUM for n in negations)


def test_a_fact_removed_twice_is_listed_once() -> None:
    changes = ledger(
        "Talks were held in Geneva. The Geneva round ended early.\n\nNothing else changed.",
        "Talks were held. The round ended early.\n\nNothing else changed.",
    )
    assert len(of_kind(changes, ChangeKind.NAME)) == 1


def test_an_added_sentence_with_a_vague_source_is_a_gained_source() -> None:
    changes = ledger(
        "The port reopened on Monday.\n\nShips are queueing.",
        "The port reopened on Monday.\n\nShips are queueing. Analysts say the backlog "
        "will last a month.",
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.old is None and source.new_text.startswith("Analysts say")
    assert source.severity is Severity.MEDIUM


def test_lone_quote_mark_is_shown_with_the_words_it_opens_and_closes() -> None:
    # A quote running over three sentences: each mark falls in a different aligned block.
    said = "she was ready to meet the union {0}but I do not see much point. Why? Because"
    rest = " nobody listens to the council on the questions that matter{0}.\n\nThe strike goes on."
    old = "The mayor said on Monday " + (said + rest).format("")
    new = "The mayor said on Monday " + (said + rest).format("'")
    changes = ledger(old, new)
    assert kinds(changes) == {"style"}
    shown = {(c.old_text, c.new_text) for c in changes}
    assert shown == {
        ("but I do not see much", "'but I do not see much"),
        ("council on the questions that matter", "council on the questions that matter'"),
    }
    assert all("quote mark added" in c.note for c in changes)
