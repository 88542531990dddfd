"""Findings of a review on real news: false alarms, a trimmed quote shown as style, a scare
quote note that claimed too much, and counts and legend words that must read true."""

from __future__ import annotations

from changes_helpers import ledger, of_kind

from reader.audit.model import QuoteAudit
from reader.changes import ChangeKind, Severity
from reader.changes.credited import credit_quotes
from reader.documents.model import Span
from reader.present.changes import summary
from reader.present.legend import LEGEND, legend_help_text
from reader.quotes.model import Quote, QuoteKind, QuoteSet, Speaker

BRIDGE = "Officers closed the bridge overnight. "
DAWN = " Traffic resumed at dawn."


def test_a_speaker_whose_role_word_only_moved_is_not_a_role_change() -> None:
    changes = ledger(
        BRIDGE + "The governor also said there had been no warning calls to the port." + DAWN,
        BRIDGE + "There had been no warning calls to the harbour, the governor added." + DAWN,
    )
    assert not of_kind(changes, ChangeKind.NAME)
    assert not [c for c in changes if c.severity is Severity.HIGH]


def test_no_row_is_ever_listed_twice() -> None:
    changes = ledger(
        BRIDGE + "The governor also said there had been no warning calls to the port." + DAWN,
        BRIDGE + "There had been no warning calls to the harbour, the governor added." + DAWN,
    )
    rows = [(c.kind, c.old, c.new, c.note) for c in changes]
    assert len(rows) == len(set(rows))


SWAP_OLD = (
    "Talks ended late. This week, the chancellor declined to criticise Paris or even directly "
    'blame it for the delay. "We have had disputes before," Weber said after the talks. '
    "Ministers meet again soon."
)
SWAP_NEW = (
    "Talks ended late. Weber this week would not criticise Paris, nor would he say outright "
    'that it caused the delay. "We have had disputes before," Lindqvist said after the talks. '
    "Ministers meet again soon."
)


def test_a_speaker_replaced_in_place_is_a_source_change_though_named_elsewhere() -> None:
    changes = ledger(SWAP_OLD, SWAP_NEW)
    sources = of_kind(changes, ChangeKind.SOURCE)
    swapped = [c for c in sources if c.old_text == "Weber said"]
    assert [(c.new_text, c.severity) for c in swapped] == [("Lindqvist said", Severity.HIGH)]
    assert not [c for c in changes if c.kind is ChangeKind.NAME and c.old_text == c.new_text]


def test_a_refusal_reads_as_the_negation_it_means() -> None:
    # "would not threaten ..., nor would he" says what "declined to threaten ... or" said.
    assert not of_kind(ledger(SWAP_OLD, SWAP_NEW), ChangeKind.NEGATION)
    same = ledger(
        "Ports reopened on Monday. The minister declined to confirm the figures. Ships waited.",
        "Ports reopened on Monday. The minister would not confirm the figures. Ships waited.",
    )
    assert not of_kind(same, ChangeKind.NEGATION)
    flipped = ledger(
        "Ports reopened on Monday. The minister confirmed the figures. Ships waited.",
        "Ports reopened on Monday. The minister refused to confirm the figures. Ships waited.",
    )
    [negation] = of_kind(flipped, ChangeKind.NEGATION)
    assert negation.severity is Severity.HIGH


def test_a_source_reads_as_written_with_its_auxiliary() -> None:
    sources = of_kind(ledger(SWAP_OLD, SWAP_NEW), ChangeKind.SOURCE)
    gained = [c.new_text for c in sources if c.old is None]
    assert "would he say" in gained
    assert "he say" not in gained


TAP_OLD = (
    "Crews flushed the mains overnight.\n\nThe engineer Ama Okoro said, “The water is safe to "
    "drink. We will keep testing it every day until the old pipes are replaced.”\n\n"
    "Schools open as usual."
)
TAP_NEW = (
    "Crews flushed the mains overnight.\n\nThe engineer Ama Okoro said, “The water is safe to "
    "drink.”\n\nSchools open as usual."
)


def test_a_closing_mark_moved_by_a_cut_is_a_trimmed_quote_not_style() -> None:
    changes = ledger(TAP_OLD, TAP_NEW)
    assert not of_kind(changes, ChangeKind.STYLE)
    [trim] = [c for c in changes if "trimmed" in c.note]
    assert (trim.kind, trim.severity) == (ChangeKind.WORDING, Severity.MEDIUM)
    assert "We will keep testing it every day" in trim.note
    assert trim.new_text.endswith("drink.”")


def test_a_quote_that_grew_names_the_words_added_to_it() -> None:
    [grown] = [c for c in ledger(TAP_NEW, TAP_OLD) if "grew" in c.note]
    assert grown.severity is Severity.MEDIUM
    assert "We will keep testing it every day" in grown.note


def test_a_scare_quote_note_does_not_claim_no_one_is_quoted() -> None:
    changes = ledger(
        "Residents rejected the plan for a relief road near the school." + DAWN,
        "Residents rejected the plan for a “relief road” near the school." + DAWN,
    )
    [scare] = of_kind(changes, ChangeKind.SCARE_QUOTE)
    assert "no one is quoted" not in scare.note
    assert "relief road" in scare.note and "check" in scare.note


def test_a_scare_quote_the_audit_credits_names_the_speaker() -> None:
    old = "Residents rejected the plan for a relief road near the school." + DAWN
    new = "Residents rejected the plan for a “relief road” near the school." + DAWN
    [scare] = of_kind(ledger(old, new), ChangeKind.SCARE_QUOTE)
    at = new.index("relief road")
    quote = Quote("q1", Span(at, at + len("relief road")), "relief road", QuoteKind.PARTIAL, "s1")
    audit = QuoteAudit(
        old_quotes=QuoteSet((), ()),
        new_quotes=QuoteSet((quote,), ()),
        speakers=(Speaker("s1", "Helen Marsh"),),
        entries=(),
    )
    [credited] = credit_quotes([scare], audit)
    assert credited.note.endswith("credits these words to Helen Marsh.")
    assert (credited.kind, credited.severity, credited.new) == (
        scare.kind,
        scare.severity,
        scare.new,
    )
    unrelated = QuoteAudit(QuoteSet((), ()), QuoteSet((), ()), (), ())
    assert credit_quotes([scare], unrelated) == [scare]


def test_counts_of_one_are_singular() -> None:
    [change] = ledger(BRIDGE + "The colour was red." + DAWN, BRIDGE + "The color was red." + DAWN)
    assert summary([change]).startswith("What changed: 1 change (")
    assert summary([change]).endswith("of which 1 style edit)")


def test_the_legend_promises_jumps_only_in_the_window() -> None:
    assert not [entry for entry in LEGEND if "click" in entry.help]  # pages have no links
    assert "Moved: Sentences that sit elsewhere in the other version — click one to jump" in (
        legend_help_text().splitlines()
    )
