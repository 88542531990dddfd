"""What an editor would and would not circle: conditions, quote marks, narrowed rows, and
parse look-alikes that are no one's claim."""

from __future__ import annotations

from changes_helpers import kinds, ledger, of_kind

from reader.changes import ChangeKind, Severity

FILLER = " The council meets again in the new year. Residents can comment online."
QUOTE_MARKS = set("\"'“”‘’")


def test_a_dropped_condition_is_a_hedge_change() -> None:
    changes = ledger(
        "Building is expected to start in June, subject to approval by the regulator." + FILLER,
        "Building is expected to start in June." + FILLER,
    )
    [hedge] = of_kind(changes, ChangeKind.HEDGE)
    assert "subject to" in hedge.old_text and "firmly" in hedge.note


def test_as_expected_is_neither_a_hedge_nor_a_source() -> None:
    changes = ledger(
        "The mill kept its prices on Friday, as expected, but the owner said costs were up."
        + FILLER,
        "The mill kept its prices on Friday, but the owner said costs were up." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.HEDGE)
    assert not of_kind(changes, ChangeKind.SOURCE)
    [wording] = of_kind(changes, ChangeKind.WORDING)
    assert "as expected" in wording.old_text


def test_a_cut_trailing_source_is_found_after_a_speech_verb_claim() -> None:
    # "recalling" is itself a speech verb in the word lists; the claim is still the company's.
    changes = ledger(
        "Pellow Cycles is recalling 900 bikes because a brake cable can snap, the firm said."
        + FILLER,
        "Pellow Cycles is recalling 900 bikes because a brake cable can snap." + FILLER,
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.old_text == "the firm said" and source.severity is Severity.HIGH


def test_infinitive_and_wish_verbs_are_no_ones_claim() -> None:
    changes = ledger(
        "The mayor will hold a meeting on Monday to answer questions about parking.\n\n"
        "The union wanted written promises that the jobs would stay in the town.",
        "The mayor will hold a meeting to answer questions about parking.\n\n"
        "The union wanted promises that the jobs would stay local.",
    )
    assert not of_kind(changes, ChangeKind.SOURCE)


def test_quote_marks_around_a_speakers_words_are_one_style_row() -> None:
    changes = ledger(
        "The minister said the plan was a fair deal for farmers and would go ahead." + FILLER,
        "The minister said the plan was 'a fair deal for farmers' and would go ahead." + FILLER,
    )
    assert kinds(changes) == {"style"}
    [style] = changes
    assert style.new_text == "'a fair deal for farmers'" and style.severity is Severity.LOW
    assert "speaker" in style.note


def test_a_lone_quote_mark_is_never_wording() -> None:
    # The closing mark moved past words that were cut: the cut words are wording, the mark
    # is not part of them.
    changes = ledger(
        "The minister praised the very careful work of the inspectors on the site." + FILLER,
        "The minister praised the 'very careful work'." + FILLER,
    )
    for change in of_kind(changes, ChangeKind.WORDING):
        assert any(c.isalpha() for c in change.old_text + change.new_text)
        assert change.old_text[:1] not in QUOTE_MARKS and change.new_text[-1:] not in QUOTE_MARKS


def test_a_moved_negation_is_one_row_with_words_on_both_sides() -> None:
    changes = ledger(
        "She said the patrols would be used to deter raids 'and not at the border'." + FILLER,
        "She said the patrols used would not be sent to the border but to deter 'raids'." + FILLER,
    )
    [negation] = of_kind(changes, ChangeKind.NEGATION)
    assert "not" in negation.old_text and "not" in negation.new_text
    assert negation.severity is Severity.MEDIUM


def test_a_speakers_role_change_points_at_the_speaker() -> None:
    changes = ledger(
        "The governor's aide told the Ledger that every road would stay open." + FILLER,
        "The governor remarked that every road would stay open." + FILLER,
    )
    [name] = [c for c in of_kind(changes, ChangeKind.NAME) if "aide" in c.old_text]
    assert (name.old_text, name.new_text) == ("The governor's aide", "The governor")
    [verb] = of_kind(changes, ChangeKind.ATTRIBUTION_VERB)
    assert (verb.old_text, verb.new_text) == ("told", "remarked")


def test_a_role_row_leaves_the_rest_of_the_edit_listed() -> None:
    changes = ledger(
        "The plant's chief engineer, Ola Berg, apologised to residents." + FILLER,
        "Ola Berg apologized to residents." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert "chief engineer" in name.old_text and "Berg" not in name.old_text
    assert [c.kind for c in changes if c.kind is not ChangeKind.NAME] == [ChangeKind.STYLE]


def test_a_verb_inside_the_reported_claim_is_not_a_speech_verb_change() -> None:
    changes = ledger(
        "Ms Kerr said she feared the road would flood again." + FILLER,
        "Ms Kerr said she was worried the road would flood again." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.ATTRIBUTION_VERB)


def test_a_source_cut_with_its_claim_is_not_a_claim_left_unattributed() -> None:
    changes = ledger(
        "Ticket sales rose in May, and the promoter said three new acts had signed for July."
        + FILLER,
        "Ticket sales rose in May." + FILLER,
    )
    assert not of_kind(changes, ChangeKind.SOURCE)
    changes = ledger(
        "Ticket sales rose in May, the promoter said." + FILLER,
        "Ticket sales rose in May." + FILLER,
    )
    assert len(of_kind(changes, ChangeKind.SOURCE)) == 1


def test_a_spelling_variant_of_a_speech_verb_is_style() -> None:
    changes = ledger(
        "Shop owners criticised the timing of the roadworks." + FILLER,
        "Shop owners criticized the timing of the roadworks." + FILLER,
    )
    assert kinds(changes) == {"style"}


def test_an_estimate_stated_as_fact_is_a_hedge_change() -> None:
    changes = ledger(
        "The paintings, worth an estimated £2m, were recovered." + FILLER,
        "The paintings, worth £2m, were recovered." + FILLER,
    )
    [hedge] = of_kind(changes, ChangeKind.HEDGE)
    assert "estimated" in hedge.old_text


def test_a_pronoun_source_given_its_name_is_not_a_source_change() -> None:
    changes = ledger(
        "The owner, Lena Fisk, told the Post about the theft. She said the gallery would "
        "reopen soon." + FILLER,
        "The owner told the Post about the theft. Lena Fisk said the gallery would reopen soon."
        + FILLER,
    )
    assert not of_kind(changes, ChangeKind.SOURCE)
    assert not of_kind(changes, ChangeKind.NAME)  # the name moved to the next sentence


def test_a_party_before_a_title_is_a_role_change() -> None:
    changes = ledger(
        "Green councillor Ada Moss said the vote was rushed." + FILLER,
        "Liberal councillor Ada Moss said the vote was rushed." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert "Green" in name.old_text and "Liberal" in name.new_text


def test_a_removed_name_does_not_hide_a_clause_added_in_its_place() -> None:
    changes = ledger(
        "The envoy said the talks were useful because Oslo had hosted them." + FILLER,
        "The envoy said the talks were useful, adding that both sides hoped to meet again soon."
        + FILLER,
    )
    assert of_kind(changes, ChangeKind.NAME)  # Oslo
    # The added clause is listed (here as a new claim of the envoy's), not hidden.
    assert any("hoped to meet again" in change.new_text for change in changes)
    changes = ledger(
        "The ferry was late because fog had closed Dover." + FILLER,
        "The ferry was late, and its passengers waited on the quay for hours." + FILLER,
    )
    assert of_kind(changes, ChangeKind.NAME)  # Dover
    assert any("waited on the quay" in c.new_text for c in of_kind(changes, ChangeKind.WORDING))


def test_a_dropped_if_clause_is_a_hedge_change() -> None:
    changes = ledger(
        "The allies will send engineers to the port if a truce is signed." + FILLER,
        "The allies will send engineers to the port." + FILLER,
    )
    [hedge] = of_kind(changes, ChangeKind.HEDGE)
    assert hedge.old_text.startswith("if a truce")


def test_a_new_claim_put_in_a_known_speakers_mouth_is_listed() -> None:
    changes = ledger(
        "The minister said the bridge would reopen in May because repairs were done." + FILLER,
        "The minister said the bridge would reopen in May, adding that tolls would double."
        + FILLER,
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.old is None and source.new_text.startswith("adding that tolls")
    assert "new claim" in source.note and source.severity is Severity.MEDIUM
    unchanged = ledger(
        "The minister said the bridge would reopen in May." + FILLER,
        "The minister said that the bridge would reopen in May." + FILLER,
    )
    assert not of_kind(unchanged, ChangeKind.SOURCE)


def test_a_speakers_dropped_title_shows_the_speaker_on_both_sides() -> None:
    changes = ledger(
        "Chief Inspector Rhys Dale said the road would reopen on Monday." + FILLER,
        "Rhys Dale said the road would reopen on Monday." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert (name.old_text, name.new_text) == ("Chief Inspector Rhys Dale", "Rhys Dale")
    assert name.severity is Severity.HIGH
    changes = ledger(
        "The firm's finance director, Ada Quist, resigned on Friday." + FILLER,
        "Ada Quist resigned on Friday." + FILLER,
    )
    [name] = of_kind(changes, ChangeKind.NAME)
    assert name.new is None and name.note.startswith("A title or role was dropped")
