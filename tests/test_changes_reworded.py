"""One change, one row: a quote the audit finds altered inside its marks is one medium row
(so it reaches "Check these"); a speaker replaced with their title is one row; an added
claim's speaker is named by its source row; an all-caps subhead holds no names."""

from __future__ import annotations

import pytest
from changes_helpers import audited_ledger, ledger, of_kind

from reader.changes import Change, ChangeKind, Severity


def _low_wording(changes: list[Change]) -> list[Change]:
    return [c for c in changes if c.kind is ChangeKind.WORDING and c.severity is Severity.LOW]


def test_a_reworded_quote_is_one_medium_row_not_low_fragments() -> None:
    changes = audited_ledger(
        "“We have had problems with the pumps in the past,” Ruiz said.",
        "“We have had trouble with the pumps before,” Ruiz said.",
    )
    [row] = changes
    assert (row.kind, row.severity) == (ChangeKind.WORDING, Severity.MEDIUM)
    assert row.note.startswith(
        "The quote was reworded: “problems with the pumps in the past” now reads "
        "“trouble with the pumps before”."
    )
    assert (row.old_text, row.new_text) == (
        "problems with the pumps in the past",
        "trouble with the pumps before",
    )


def test_words_cut_from_the_middle_of_a_quote_are_one_medium_row() -> None:
    changes = audited_ledger(
        "“The wall is sound. The pier is weak. The road is closed,” Ruiz said.",
        "“The wall is sound. The road is closed,” Ruiz said.",
    )
    [row] = changes
    assert row.severity is Severity.MEDIUM
    assert row.note.startswith("Words were cut from the quote: “The pier is weak.”")
    assert not _low_wording(changes)


def test_words_added_inside_a_quote_are_one_medium_row() -> None:
    [row] = audited_ledger(
        "“The wall is sound and the road is open,” Ruiz said.",
        "“The wall is sound, the pier is weak and the road is open,” Ruiz said.",
    )
    assert row.severity is Severity.MEDIUM
    assert row.note.startswith("Words were added to the quote: “the pier is weak”.")


def test_a_fact_changed_inside_a_reworded_quote_keeps_its_own_row() -> None:
    changes = audited_ledger(
        "“We lost 40 boats and the pumps had problems,” Ruiz said.",
        "“We lost 45 boats and the pumps had trouble,” Ruiz said.",
    )
    [number] = of_kind(changes, ChangeKind.NUMBER)
    assert (number.old_text, number.new_text) == ("40", "45")
    [quote] = of_kind(changes, ChangeKind.WORDING)
    assert quote.severity is Severity.MEDIUM and quote.note.startswith("The quote was reworded")


def test_a_reported_claim_reworded_stays_low_wording() -> None:
    # No quote marks: the words are the writer's, not the speaker's own.
    [row] = audited_ledger(
        "Ruiz said the pumps had problems in the past.",
        "Ruiz said the pumps had trouble before.",
    )
    assert (row.severity, row.note) == (Severity.LOW, "Reworded.")


def test_a_speaker_replaced_with_their_title_is_one_high_row() -> None:
    changes = ledger(
        "“We will rebuild the pier,” said Ann Lee, the interim mayor of Porthaven.",
        "“We will rebuild the pier,” said Bo Roy, the former mayor of Porthaven.",
    )
    [row] = [c for c in changes if c.severity is not Severity.LOW]
    assert (row.kind, row.severity) == (ChangeKind.NAME, Severity.HIGH)
    assert row.note.startswith("The speaker changed: “Ann Lee, the interim mayor of Porthaven”")
    assert row.note.endswith("Check who is speaking.")
    assert not _low_wording(changes)


def test_an_added_claims_speaker_is_named_by_its_source_row_alone() -> None:
    changes = ledger(
        "The board met.\n\nBoats left at dawn.",
        "The board met.\n\nBoats left at dawn.\n\n“We will reopen,” harbourmaster Ann Lee said.",
    )
    [source] = of_kind(changes, ChangeKind.SOURCE)
    assert source.note == "A new claim, attributed to Ann Lee; the old version does not make it."
    assert not of_kind(changes, ChangeKind.NAME)
    assert [c.note for c in changes if c is not source] == ["Sentence added."]


@pytest.mark.parametrize("use_model", [True, False])
def test_an_all_capitals_subhead_holds_no_names(use_model: bool) -> None:
    changes = ledger(
        "The board met.\n\nLEE STEPS ASIDE\n\nBoats left at dawn.",
        "The board met.\n\nBoats left at dawn.",
        use_model=use_model,
    )
    assert [(c.kind, c.note) for c in changes] == [(ChangeKind.WORDING, "Sentence removed.")]


def test_an_acronym_in_an_ordinary_sentence_is_still_a_name() -> None:
    changes = ledger(
        "The board met.\n\nThe plan was backed by NATO officials.",
        "The board met.\n\nThe plan was backed by officials.",
        use_model=False,
    )
    assert [c.old_text for c in of_kind(changes, ChangeKind.NAME)] == ["NATO"]
