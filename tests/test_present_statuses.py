"""One vocabulary for quote statuses: how an altered quote changed is read from the audit's
word diff in one place, and every summary counts in the same words."""

from __future__ import annotations

from reader.analysis import AuditEntry, AuditStatus, Edit, EditOp, QuoteAudit, QuoteSet, Span
from reader.present.quotes import (
    REWORDED,
    STATUS_LABELS,
    TRIMMED,
    WORDS_ADDED,
    WORDS_CUT,
    alteration,
    entry_status_text,
    quotes_line,
    quotes_summary,
    status_label,
)

KEEP = Edit(EditOp.EQUAL, Span(0, 5), Span(0, 5))
CUT = Edit(EditOp.DELETE, Span(6, 9), None)
ADD = Edit(EditOp.INSERT, None, Span(6, 9))


def altered(*diff: Edit, status: AuditStatus = AuditStatus.ALTERED, **kw: object) -> AuditEntry:
    fields: dict[str, object] = dict(
        old="q1", new="q2", old_span=None, new_span=None, status=status, speaker_old="s1",
        speaker_new="s1", speaker_changed=False, score=0.8, word_diff=diff,
    )  # fmt: skip
    fields.update(kw)
    return AuditEntry(**fields)  # type: ignore[arg-type]


def test_how_an_altered_quote_changed_comes_from_its_word_diff() -> None:
    assert alteration(altered(KEEP, CUT)) == TRIMMED  # the end cut
    assert alteration(altered(CUT, KEEP, CUT)) == TRIMMED  # both ends
    assert (
        alteration(altered(KEEP, CUT, KEEP)) == WORDS_CUT
    )  # "we will not build" -> "we will build"
    assert alteration(altered(KEEP, ADD)) == WORDS_ADDED
    assert alteration(altered(KEEP, CUT, ADD)) == REWORDED
    assert alteration(altered(KEEP)) is None  # the diff cannot say (case, marks): just "Altered"
    assert alteration(altered(KEEP, CUT, status=AuditStatus.VERBATIM)) is None


def test_the_status_says_how_beside_altered_and_flags_after_it() -> None:
    assert entry_status_text(altered(KEEP, CUT)) == "Altered · trimmed"
    assert entry_status_text(altered(KEEP)) == "Altered"
    changed = altered(KEEP, CUT, ADD, speaker_changed=True)
    assert entry_status_text(changed) == "Altered · reworded · Speaker changed"
    assert status_label("unsupported") == "Added" == STATUS_LABELS["unsupported"]
    assert status_label("altered", WORDS_CUT) == "Altered · words cut"


def test_summaries_count_in_the_status_words() -> None:
    empty = QuoteSet((), ())
    one = QuoteAudit(empty, empty, (), (altered(status=AuditStatus.VERBATIM),))
    assert quotes_summary(one) == "1 quote: 1 verbatim"
    three = QuoteAudit(
        empty,
        empty,
        (),
        (
            altered(KEEP, CUT, speaker_changed=True),
            altered(status=AuditStatus.DROPPED),
            altered(status=AuditStatus.UNSUPPORTED),
        ),
    )
    assert quotes_summary(three) == "3 quotes: 1 altered, 1 dropped, 1 added, 1 speaker changed"
    assert quotes_line(three) == (
        "Quotes: 0 verbatim, 1 altered, 1 dropped, 1 added, 1 speaker changed"
    )


def test_one_is_counted_in_the_singular() -> None:
    from reader.compare.model import Stats
    from reader.present.stats import stats_line

    stats = Stats(0.9, 10, 10, 9, 1, 1, 0, False)
    assert stats_line(stats) == "90% similar · 1 word removed · 1 added · 9 unchanged"
