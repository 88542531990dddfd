"""With the quote audit, a quote cut at its end is one trimmed-quote row whatever the
sentence alignment made of it: no second row for the cut words, no source "gained" where
the speech tag moved with the closing mark, no negation "removed" from a claim cut away."""

from __future__ import annotations

from changes_helpers import audited_ledger, of_kind

from reader.changes import Change, ChangeKind, Severity


def _trims(changes: list[Change]) -> list[Change]:
    return [c for c in changes if c.note.startswith("The quote was trimmed")]


def test_a_sentence_cut_from_a_quote_before_its_speech_tag_is_one_trim() -> None:
    changes = audited_ledger(
        "“The wall is sound. We do not expect any more leaks,” Ruiz said.",
        "“The wall is sound,” Ruiz said.",
    )
    [trim] = changes
    assert (trim.kind, trim.severity) == (ChangeKind.WORDING, Severity.MEDIUM)
    assert trim.note.endswith("these words were cut from it: “We do not expect any more leaks”.")
    # The tag moved with the closing mark: both sides show it, and it is no new source.
    assert trim.old_text.endswith("leaks,” Ruiz said") and trim.new_text == "sound,” Ruiz said"


def test_facts_in_a_cut_before_the_speech_tag_keep_their_rows() -> None:
    changes = audited_ledger(
        "“The wall is sound. The repair cost 40 million pounds,” Ruiz said.",
        "“The wall is sound,” Ruiz said.",
    )
    assert len(_trims(changes)) == 1
    assert [c.old_text for c in of_kind(changes, ChangeKind.NUMBER)] == ["40 million pounds"]
    assert not [c for c in changes if c.note in ("Sentence removed.", "Words removed.")]
    assert not of_kind(changes, ChangeKind.SOURCE)


def test_words_cut_inside_an_unchanged_closing_mark_are_a_trimmed_quote() -> None:
    changes = audited_ledger(
        "“We will rebuild the pier before the summer season begins,” Ruiz said.",
        "“We will rebuild the pier,” Ruiz said.",
    )
    [trim] = changes
    assert trim.severity is Severity.MEDIUM
    assert (trim.old_text, trim.new_text) == ("pier before the summer season begins", "pier")


def test_a_reported_claim_cut_short_stays_plain_wording() -> None:
    # No quote marks: the words are the writer's account, not the speaker's own.
    [change] = audited_ledger(
        "Ruiz said the wall would hold for decades to come after the repairs.",
        "Ruiz said the wall would hold for decades.",
    )
    assert (change.severity, change.note) == (Severity.LOW, "Words removed.")


def test_a_removal_running_past_the_quote_is_not_retold_as_a_trim() -> None:
    # The cut takes words outside the marks too: the one "Words removed" row tells it.
    [change] = audited_ledger(
        "Ruiz called the flood a “wake-up call” for the whole town, officials said.",
        "Ruiz called the flood a “wake-up”, officials said.",
    )
    assert change.note == "Words removed."


def test_words_added_inside_an_unchanged_closing_mark_are_a_grown_quote() -> None:
    # Words put in the speaker's mouth weigh as much as words cut from it.
    [grown] = audited_ledger(
        "“We will rebuild the pier,” Ruiz said.",
        "“We will rebuild the pier before the summer season begins,” Ruiz said.",
    )
    assert (grown.kind, grown.severity) == (ChangeKind.WORDING, Severity.MEDIUM)
    assert grown.note.endswith("with these words added to it: “before the summer season begins”.")
    assert (grown.old_text, grown.new_text) == ("pier", "pier before the summer season begins")
