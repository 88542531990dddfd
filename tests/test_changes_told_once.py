"""One change, one row: a trimmed or grown quote's words are told by the quote's row alone,
never again as a sentence removed or added, nor as a negation gone with them."""

from __future__ import annotations

from changes_helpers import ledger, of_kind

from reader.changes import Change, ChangeKind, Severity
from reader.changes.quote_cuts import quote_cut
from reader.changes.told_once import told_once
from reader.documents.model import Span

HEAD = "The harbour board met on Monday.\n\n"
TAIL = "\n\nBoats left at dawn."
KEPT = "The pier engineer said, “The wall is sound."
CUT = " We will inspect it again next week."
TRIMMED_OLD = HEAD + KEPT + CUT + "” Crews left." + TAIL
TRIMMED_NEW = HEAD + KEPT + "” Crews left." + TAIL


def _telling(changes: list[Change], words: str, text: str) -> list[Change]:
    at = text.index(words)
    span = Span(at, at + len(words))
    return [c for c in changes if c.old is not None and c.old.overlaps(span)]


def test_a_quote_cut_short_is_told_once_by_its_trim_row() -> None:
    changes = ledger(TRIMMED_OLD, TRIMMED_NEW)
    [trim] = [c for c in changes if c.note.startswith("The quote was trimmed")]
    assert (trim.kind, trim.severity) == (ChangeKind.WORDING, Severity.MEDIUM)
    assert "We will inspect it again next week" in trim.note
    telling = _telling(changes, "We will inspect it", TRIMMED_OLD)
    assert [c.note for c in telling if c.kind is ChangeKind.WORDING] == [trim.note]
    assert not [c for c in changes if c.note in ("Sentence removed.", "Words removed.")]


def test_facts_among_the_cut_words_keep_their_own_rows() -> None:
    # As in any sentence removed outright: the row says the new version never has the date.
    [date] = of_kind(ledger(TRIMMED_OLD, TRIMMED_NEW), ChangeKind.DATE)
    assert date.old_text == "next week" and date.new is None


def test_a_quote_that_grew_is_told_once_by_its_row() -> None:
    changes = ledger(TRIMMED_NEW, TRIMMED_OLD)
    [grown] = [c for c in changes if c.note.startswith("The quote grew")]
    assert grown.severity is Severity.MEDIUM
    assert not [c for c in changes if c.note in ("Sentence added.", "Words added.")]


def test_other_words_removed_beside_a_trimmed_quote_are_still_listed() -> None:
    old = (
        HEAD + "The cautious pier engineer said, “The wall is sound." + CUT + "” Crews left." + TAIL
    )
    changes = ledger(old, TRIMMED_NEW)
    assert [c.old_text for c in changes if c.note == "Words removed."] == ["cautious"]
    assert [c for c in changes if c.note.startswith("The quote was trimmed")]


def test_a_negation_cut_with_the_quote_is_no_flipped_claim() -> None:
    changes = ledger(
        HEAD + "“The levy is fair and every berth gains from it. I don’t accept that,” Moss said."
        + TAIL,
        HEAD + "“The levy is fair and every berth gains from it.” Moss said." + TAIL,
    )  # fmt: skip
    assert not of_kind(changes, ChangeKind.NEGATION)
    [trim] = [c for c in changes if c.note.startswith("The quote was trimmed")]
    assert trim.note.endswith("cut from it: “I don’t accept that”.")


def test_a_nested_quote_cut_from_the_end_is_a_trim_not_a_moved_mark() -> None:
    changes = ledger(
        HEAD + "Moss told reporters, “The rules let anyone fish here. Nobody may be barred... "
        "‘except for breaking the quota.’”" + TAIL,
        HEAD + "Moss told reporters, “The rules let anyone fish here. Nobody may be barred...”"
        + TAIL,
    )  # fmt: skip
    assert not of_kind(changes, ChangeKind.STYLE)  # "the words themselves are the same": false
    [trim] = changes
    assert trim.note.startswith("The quote was trimmed")
    assert "except for breaking the quota" in trim.note


def test_a_quote_running_on_into_a_cut_paragraph_was_trimmed() -> None:
    # A quote over two paragraphs has no closing mark where the first paragraph ends.
    said = "“The wall is sound,” Moss said. “We checked every stone."
    old = HEAD + said + "\n\n“We will keep the road open.”" + TAIL
    new = HEAD + said + "”" + TAIL
    changes = ledger(old, new)
    assert not of_kind(changes, ChangeKind.STYLE)
    [trim] = changes
    assert trim.note.endswith("these words were cut from it: “We will keep the road open.”.")


def test_rows_on_both_sides_or_outside_the_cut_are_kept() -> None:
    trim = Change(
        ChangeKind.WORDING, Severity.MEDIUM, Span(10, 40), Span(10, 20), "", "",
        "The quote was trimmed: it now ends sooner; these words were cut from it: “x”.",
    )  # fmt: skip
    assert quote_cut(trim) is not None
    inside = Change(ChangeKind.WORDING, Severity.LOW, Span(22, 39), None, "", "", "Words removed.")
    both = Change(ChangeKind.WORDING, Severity.LOW, Span(22, 30), Span(15, 18), "", "", "Reworded.")
    beyond = Change(ChangeKind.WORDING, Severity.LOW, Span(30, 50), None, "", "", "Words removed.")
    fact = Change(ChangeKind.NUMBER, Severity.MEDIUM, Span(25, 27), None, "", "", "Number.")
    text = "x" * 60
    assert told_once([trim, inside, both, beyond, fact], text, text) == [trim, both, beyond, fact]


def test_the_speech_tag_a_trim_row_shows_on_the_new_side_is_not_words_added_again() -> None:
    # "“A. B,” X said" -> "“A,” X said": the row shows "A,” X said" on the new side.
    new = "“The wall is sound,” Ruiz said. Crews left."
    trim = Change(
        ChangeKind.WORDING, Severity.MEDIUM, Span(0, 60), Span(14, 30), "", "",
        "The quote was trimmed: it now ends sooner; these words were cut from it: “x”.",
    )  # fmt: skip
    tag = Change(ChangeKind.WORDING, Severity.LOW, None, Span(19, 30), "", "", "Words added.")
    later = Change(ChangeKind.WORDING, Severity.LOW, None, Span(32, 43), "", "", "Words added.")
    assert told_once([trim, tag, later], "x" * 80, new) == [trim, later]
