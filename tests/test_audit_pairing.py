"""Which quote of one version is which of the other (sentences written for these tests).

An unchanged quote pairs with its own place, not the first place holding the same words;
a reworded quote is one Altered entry, not a dropped quote beside an invented one; the
two halves of a quote split by its attribution share that attribution's fate.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from quotes_helpers import make_document

from reader.audit import QuoteAudit, audit_quotes
from reader.audit.alignment import Alignment
from reader.compare import CompareOptions, compare_documents
from reader.compare.model import Block, BlockKind, Comparison
from reader.documents.model import Span
from reader.quotes import AuditStatus, QuoteSet, extract_many

HEADLINE = "Council Sees 'Grave Risk' In Ferry Deal.\n\n"
MEETING = "The council met on Tuesday to discuss the ferry contract with the port authority.\n\n"
TREASURER = 'The treasurer said the deal carried a "grave risk" for the port.\n\n'
VOTE = "The vote is set for next week.\n"


def compared(old_text: str, new_text: str) -> Comparison:
    return compare_documents(make_document(old_text), make_document(new_text), CompareOptions())


def audited(comparison: Comparison) -> QuoteAudit:
    old_quotes, new_quotes = extract_many([comparison.old, comparison.new])
    return audit_quotes(comparison, old_quotes, new_quotes)


def quoted(comparison: Comparison, quotes: QuoteSet, words: str, old: bool) -> Span:
    text = (comparison.old if old else comparison.new).text
    return next(q.span for q in quotes.quotes if text[q.span.start : q.span.end] == words)


# -- finding 5: a phrase the versions hold twice --------------------------------------------


def test_an_unchanged_scare_quote_pairs_with_its_own_place_not_the_headline() -> None:
    old_text = HEADLINE + MEETING + TREASURER + VOTE
    new_text = HEADLINE + MEETING + TREASURER + VOTE.replace("next week", "Friday")
    comparison = compared(old_text, new_text)
    # The headline and the body's sentence lie in one aligned block: the words occur twice
    # in the region the alignment gives, and differ in case.
    at = old_text.index('"grave risk"') + 1
    assert len(Alignment.of(comparison).facing(Span(at, at + 10), True)) == 1
    result = audited(comparison)
    assert [e.status for e in result.entries] == [AuditStatus.VERBATIM] * len(result.entries)
    for entry in result.entries:
        assert entry.old_span is not None and entry.new_span is not None
        assert entry.old_span == entry.new_span  # the texts agree up to the last sentence
        assert old_text[entry.old_span.start : entry.old_span.end].startswith("the deal")


def test_a_scare_quote_whose_sentence_changed_still_faces_its_own_sentence() -> None:
    old_text = HEADLINE + MEETING + TREASURER + VOTE
    new_text = HEADLINE + MEETING + TREASURER.replace("for the port", "for the whole port") + VOTE
    comparison = compared(old_text, new_text)
    result = audited(comparison)
    headline = Span(0, len(HEADLINE))
    for entry in result.entries:
        assert entry.old_span is not None and entry.new_span is not None
        assert not entry.old_span.overlaps(headline) and not entry.new_span.overlaps(headline)


# -- finding 4: a quote split by its attribution --------------------------------------------

SPLIT_OLD = (
    "The ferry board met on Monday.\n\n"
    '"This is new and worrying," Ms. Patel told the crowd on Friday, "and it has to end."\n'
)


@pytest.mark.parametrize(
    "old_text",
    [
        SPLIT_OLD,
        SPLIT_OLD.replace('on Friday, "and it', 'on Friday, adding: "It'),
    ],
    ids=["told", "adding"],
)
def test_both_halves_of_a_split_quote_are_flagged_when_its_speaker_is_changed(
    old_text: str,
) -> None:
    new_text = old_text.replace("Ms. Patel told", "Councillor Tom Reyes told")
    result = audited(compared(old_text, new_text))
    assert len(result.entries) == 2
    for entry in result.entries:
        assert entry.status is AuditStatus.VERBATIM
        assert entry.speaker_old != entry.speaker_new
        assert entry.speaker_changed


def test_halves_of_a_split_quote_keep_their_speaker_when_only_the_words_change() -> None:
    new_text = SPLIT_OLD.replace("it has to end", "it must end now")
    result = audited(compared(SPLIT_OLD, new_text))
    assert sorted(e.status.value for e in result.entries) == ["altered", "verbatim"]
    assert not any(e.speaker_changed or e.attribution for e in result.entries)


def test_a_quote_after_a_name_that_reports_other_words_is_not_its_half() -> None:
    from reader.audit.parts import shares_attribution

    text = '"We are ready," Ms. Patel said, and Mr. Reyes added, "So are we."\n'
    quotes = extract_many([make_document(text)])[0].quotes
    direct = [q for q in quotes if q.kind.value == "direct"]
    assert len(direct) == 2
    assert not shares_attribution(direct[0], direct[1], text)


# -- finding 6: a reworded quote is one Altered entry ---------------------------------------

OPENING = "The board met on Monday.\n\n"
CLOSING = "\n\nThe next meeting is in May.\n"
ATTRIBUTION = (
    "Tom Reyes, the Republican attorney general of Kansas, one of the states,"
    " said at a Washington event this month."
)
REWORDED_OLD = (
    OPENING
    + "“It’s an invasion, in our estimation, of the state planning domain,” "
    + ATTRIBUTION
    + CLOSING
)
REWORDED_NEW = (
    OPENING + "“It’s an intrusion into the planning domain of the states,” " + ATTRIBUTION + CLOSING
)


def test_a_reworded_quote_whose_match_runs_into_its_attribution_is_one_altered_entry() -> None:
    result = audited(compared(REWORDED_OLD, REWORDED_NEW))
    (entry,) = result.entries
    assert entry.status is AuditStatus.ALTERED
    assert entry.old is not None and entry.new is not None
    assert REWORDED_OLD[entry.old_span.start : entry.old_span.end].endswith("planning domain")
    assert not entry.speaker_changed


NEWS = "The harbour board met on Tuesday to discuss the ferry contract.\n\n"
PATEL = (
    'Some members said the contract was too long. "We need to look at it again,"'
    " Ms. Patel said.\n\n"
)
REYES = (
    "The news spread fast in the town. By noon, the Rev. Tom Reyes was taking calls from"
    " listeners to his radio show who said they trusted the board."
)
SAID_OLD = ' "Turning the ferry into a private business is a real worry for them," Mr. Reyes said.'
SAID_NEW = ' "Selling off the ferry to a private company is a worry for them," Mr. Reyes said.'
END = "\n\nThe vote is set for next week.\n"


def moved_and_rewritten(said_new: str = SAID_NEW) -> Comparison:
    """Reyes's paragraph moved above Patel's and its last sentence rewritten, told the way
    the comparison tells such a move on long articles: the paragraph's kept sentences as a
    moved block, the rewritten one deleted there and inserted here, Patel's paragraph as
    the one in place."""
    old_text = NEWS + PATEL + REYES + SAID_OLD + END
    new_text = NEWS + REYES + said_new + "\n\n" + PATEL.rstrip("\n") + END
    comparison = compared(old_text, new_text)
    old_said = old_text.index(SAID_OLD) + 1
    new_said = new_text.index(said_new) + 1
    old_reyes, new_reyes = old_text.index(REYES), new_text.index(REYES)
    old_patel, new_patel = old_text.index(PATEL), new_text.index(PATEL.rstrip("\n"))
    blocks = (
        Block(BlockKind.EQUAL, Span(0, len(NEWS) - 2), Span(0, len(NEWS) - 2), 1.0),
        Block(
            BlockKind.EQUAL,
            Span(old_patel, old_patel + len(PATEL) - 2),
            Span(new_patel, new_patel + len(PATEL) - 2),
            1.0,
        ),
        Block(
            BlockKind.MOVED,
            Span(old_reyes, old_reyes + len(REYES)),
            Span(new_reyes, new_reyes + len(REYES)),
            1.0,
        ),
        Block(BlockKind.DELETED, Span(old_said, old_said + len(SAID_OLD) - 1), None, 0.0),
        Block(
            BlockKind.EQUAL,
            Span(len(old_text) - len(END) + 2, len(old_text)),
            Span(len(new_text) - len(END) + 2, len(new_text)),
            1.0,
        ),
        Block(BlockKind.INSERTED, None, Span(new_said, new_said + len(said_new) - 1), 0.0),
    )
    return replace(comparison, blocks=blocks)


def test_a_sentence_rewritten_beside_a_moved_passage_faces_its_rewrite() -> None:
    comparison = moved_and_rewritten()
    old_text, new_text = comparison.old.text, comparison.new.text
    at = old_text.index("Turning the ferry")
    (region,) = Alignment.of(comparison).facing(Span(at, at + 10), True)
    assert new_text[region.start : region.end].startswith('"Selling off the ferry')
    back = new_text.index("Selling off")
    (region,) = Alignment.of(comparison).facing(Span(back, back + 10), False)
    assert old_text[region.start : region.end].startswith('"Turning the ferry')


def test_a_quote_reworded_in_a_moved_paragraph_is_one_altered_entry() -> None:
    comparison = moved_and_rewritten()
    result = audited(comparison)
    statuses = {e.status for e in result.entries}
    assert AuditStatus.DROPPED not in statuses and AuditStatus.UNSUPPORTED not in statuses
    (altered,) = [e for e in result.entries if e.status is AuditStatus.ALTERED]
    assert altered.old is not None and altered.new is not None
    assert altered.speaker_old == altered.speaker_new and not altered.speaker_changed
    assert comparison.new.text[altered.new_span.start :].startswith("Selling off")


def test_an_invented_quote_beside_a_dropped_one_stays_two_events() -> None:
    # The deleted sentence and the written one share no content words: no rewording.
    other = ' "We will publish every page of the audit within thirty days," Mr. Reyes said.'
    result = audited(moved_and_rewritten(other))
    statuses = sorted(e.status.value for e in result.entries)
    assert statuses.count("dropped") == 1 and statuses.count("unsupported") == 1


class _Backwards:
    """An offset map that runs backwards (as it may across a moved block's edge)."""

    def old_to_new(self, offset: int) -> int:
        return 10_000 - offset

    def new_to_old(self, offset: int) -> int:
        return 10_000 - offset


def test_a_place_the_offset_map_gives_backwards_is_no_place_to_look() -> None:
    old_text = HEADLINE + MEETING + TREASURER + VOTE
    new_text = HEADLINE + MEETING + TREASURER + VOTE.replace("next week", "Friday")
    comparison = replace(compared(old_text, new_text), offset_map=_Backwards())
    result = audited(comparison)  # no Span with its end before its start
    # Without the map's place, the words are looked for in their aligned sentences as before.
    assert result.entries
    assert all(e.old_span is not None and e.new_span is not None for e in result.entries)
