"""The presentation layer, function by function: marks, legend, stats, quotes, tooltips, header."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from reader import analysis
from reader.analysis import AuditEntry, AuditStatus, Edit, EditOp, QuoteAudit, QuoteSet, Span
from reader.analysis import Speaker as SpeakerRecord
from reader.compare.model import Stats
from reader.present.blocks import side_by_side
from reader.present.header import file_sha256, options_text, report_header
from reader.present.legend import LEGEND, legend_help_text, legend_key, legend_label
from reader.present.marks import Highlight, Mark, new_highlights, old_highlights, runs_between
from reader.present.quotes import (
    UNATTRIBUTED,
    entry_status_text,
    quotes_line,
    speaker_label,
    status_counts,
    wording,
)
from reader.present.stats import stats_figures, stats_line, word_count_text
from reader.present.tooltips import MarkedRange, excerpt, mark_at, mark_tooltip
from reader.quotes.model import AttributionChange

CUT = "A whole paragraph about the budget was cut from the story entirely."
INVENTED = "Analysts suggest the plan may never be finished at all."


def compare(old: str, new: str) -> analysis.Comparison:
    return analysis.compare(analysis.load_text(old), analysis.load_text(new))


def marked(comparison: analysis.Comparison, old_side: bool) -> list[tuple[str, Mark]]:
    text = (comparison.old if old_side else comparison.new).text
    found = old_highlights(comparison) if old_side else new_highlights(comparison)
    return [(text[h.span.start : h.span.end].strip(), h.mark) for h in found]


# -- marks -------------------------------------------------------------------------------


def test_a_deleted_sentence_facing_an_inserted_one_is_removed_and_added_not_reworded() -> None:
    comparison = compare(
        f"The mayor spoke on Monday. The river rose.\n\n{CUT}\n",
        f"The mayor spoke on Tuesday. The river rose.\n\n{INVENTED}\n",
    )
    assert (CUT, Mark.DELETED) in marked(comparison, old_side=True)
    assert (INVENTED, Mark.INSERTED) in marked(comparison, old_side=False)


def test_a_replaced_word_inside_an_aligned_sentence_is_reworded() -> None:
    comparison = compare("The mayor spoke on Monday.\n", "The mayor spoke on Tuesday.\n")
    assert marked(comparison, old_side=True) == [("Monday", Mark.REPLACED)]
    assert marked(comparison, old_side=False) == [("Tuesday", Mark.REPLACED)]


def test_a_word_only_deleted_inside_an_aligned_sentence_is_removed() -> None:
    comparison = compare("The mayor spoke at length on Monday.\n", "The mayor spoke on Monday.\n")
    assert marked(comparison, old_side=True) == [("at length", Mark.DELETED)]
    assert marked(comparison, old_side=False) == []


def test_an_added_first_sentence_is_added() -> None:
    comparison = compare("The river rose.\n", f"{INVENTED} The river rose.\n")
    assert marked(comparison, old_side=False) == [(INVENTED, Mark.INSERTED)]


def test_runs_between_cut_where_marks_change() -> None:
    text = "one two three"
    highlights = [
        Highlight(Span(0, 13), Mark.MOVED),
        Highlight(Span(4, 7), Mark.DELETED),
    ]
    runs = runs_between(text, 0, 13, highlights)
    assert [(r.text, r.marks) for r in runs] == [
        ("one ", (Mark.MOVED,)),
        ("two", (Mark.MOVED, Mark.DELETED)),
        (" three", (Mark.MOVED,)),
    ]


# -- legend ------------------------------------------------------------------------------


def test_the_legend_has_one_key_and_label_per_mark() -> None:
    assert [(legend_key(e.mark), legend_label(e.mark)) for e in LEGEND] == [
        ("removed", "Removed"),
        ("added", "Added"),
        ("reworded", "Reworded"),
        ("moved", "Moved"),
    ]
    assert legend_help_text().splitlines()[0] == "Removed: Words only in the original"


# -- stats -------------------------------------------------------------------------------

STATS = Stats(
    similarity=0.4990,
    words_old=599,
    words_new=435,
    words_equal=258,
    words_deleted=341,
    words_inserted=1177,
    words_moved=62,
    degraded=False,
)


def test_stats_line_words_each_figure_once() -> None:
    assert stats_line(STATS) == (
        "50% similar · 341 words removed · 1,177 added · 62 moved · 258 unchanged"
    )
    assert [f.key for f in stats_figures(STATS)] == [
        "similarity",
        "removed",
        "added",
        "moved",
        "unchanged",
    ]


def test_stats_line_leaves_out_moved_when_none_and_says_when_approximate() -> None:
    from dataclasses import replace

    line = stats_line(replace(STATS, words_moved=0, degraded=True), "  ·  ")
    assert " moved" not in line
    assert line.endswith("  ·  approximate (very different texts)")
    assert word_count_text(1) == "1 word" and word_count_text(1200) == "1,200 words"


# -- quotes ------------------------------------------------------------------------------


def entry(status: AuditStatus, old: str | None = "s1", new: str | None = "s1", **kw):
    fields = dict(
        old="q1",
        new="q2",
        old_span=None,
        new_span=None,
        status=status,
        speaker_old=old,
        speaker_new=new,
        speaker_changed=False,
        score=1.0,
    )
    fields.update(kw)
    return AuditEntry(**fields)


NAMES = {"s1": "Helen Marsh", "s2": "Tom Reyes"}


def test_speaker_labels() -> None:
    assert speaker_label(entry(AuditStatus.VERBATIM), NAMES) == "Helen Marsh"
    assert speaker_label(entry(AuditStatus.VERBATIM, None, None), NAMES) == UNATTRIBUTED
    changed = entry(AuditStatus.ALTERED, "s1", "s2", speaker_changed=True)
    assert speaker_label(changed, NAMES) == "Helen Marsh → Tom Reyes"
    assert entry_status_text(changed) == "Altered · Speaker changed"
    lost = entry(AuditStatus.ALTERED, "s1", None, speaker_changed=True)
    assert speaker_label(lost, NAMES) == f"Helen Marsh → {UNATTRIBUTED}"
    # Read as two people with no change claimed: both shown, the doubt marked.
    unsure = entry(AuditStatus.VERBATIM, "s1", "s2")
    assert speaker_label(unsure, NAMES) == "Helen Marsh → Tom Reyes?"
    assert entry_status_text(unsure) == "Verbatim"


def test_a_speaker_read_in_one_version_only_is_shown_lost_or_gained() -> None:
    from dataclasses import replace

    # The revision keeps the words but its reading names nobody ("he said" with the name
    # it pointed at cut): never the old speaker alone, as if nothing changed.
    lost = entry(AuditStatus.VERBATIM, "s1", None)
    assert speaker_label(lost, NAMES) == f"Helen Marsh → {UNATTRIBUTED}?"
    gained = entry(AuditStatus.ALTERED, None, "s2")
    assert speaker_label(gained, NAMES) == f"{UNATTRIBUTED} → Tom Reyes?"
    removed = entry(AuditStatus.VERBATIM, "s1", None, attribution=AttributionChange.REMOVED)
    assert speaker_label(removed, NAMES) == f"Helen Marsh → {UNATTRIBUTED}"
    # Words found unmarked in the revision: no quote there, so no reading of its speaker
    # (the sentence may credit someone in words the extractor did not read).
    unquoted = replace(entry(AuditStatus.VERBATIM, "s1", None), new=None, new_span=Span(0, 5))
    assert speaker_label(unquoted, NAMES) == "Helen Marsh"
    unquoted_removed = replace(unquoted, attribution=AttributionChange.REMOVED)
    assert speaker_label(unquoted_removed, NAMES) == f"Helen Marsh → {UNATTRIBUTED}"
    # A quote only one version has keeps its one speaker.
    dropped = replace(entry(AuditStatus.DROPPED, "s1", None), new=None)
    assert speaker_label(dropped, NAMES) == "Helen Marsh"
    invented = replace(entry(AuditStatus.UNSUPPORTED, None, "s2"), old=None)
    assert speaker_label(invented, NAMES) == "Tom Reyes"


def test_status_counts_and_quotes_line() -> None:
    empty = QuoteSet((), ())
    audit = QuoteAudit(
        empty,
        empty,
        (SpeakerRecord("s1", "Helen Marsh"),),
        (
            entry(AuditStatus.VERBATIM),
            entry(AuditStatus.VERBATIM),
            entry(AuditStatus.DROPPED, speaker_changed=True),
        ),
    )
    counts = {c.key: c.count for c in status_counts(audit)}
    assert counts == {
        "verbatim": 2,
        "altered": 0,
        "dropped": 1,
        "unsupported": 0,
        "speaker_changed": 1,
        "attribution_removed": 0,
        "attribution_added": 0,
    }
    assert quotes_line(audit) == (
        "Quotes: 2 verbatim, 0 altered, 1 dropped, 0 added, 1 speaker changed"
    )


def test_attribution_removed_or_added_is_said_beside_the_status() -> None:
    empty = QuoteSet((), ())
    removed = replace(entry(AuditStatus.VERBATIM), attribution=AttributionChange.REMOVED)
    added = replace(entry(AuditStatus.ALTERED), attribution=AttributionChange.ADDED)
    assert entry_status_text(removed) == "Verbatim · Attribution removed"
    assert entry_status_text(added) == "Altered · Attribution added"
    audit = QuoteAudit(empty, empty, (), (removed, added, entry(AuditStatus.VERBATIM)))
    counts = {c.key: c.count for c in status_counts(audit)}
    assert counts["attribution_removed"] == counts["attribution_added"] == 1
    assert quotes_line(audit) == (
        "Quotes: 2 verbatim, 1 altered, 0 dropped, 0 added, 1 attribution removed, "
        "1 attribution added"
    )


def test_wording_follows_the_audits_word_diff_and_nothing_else() -> None:
    old = analysis.load_text("She said “We’re ready to build it now” on Monday.")
    new = analysis.load_text('She said "we\'re ready to build it" on Monday.')
    comparison = analysis.compare(old, new)
    o_span = Span(old.text.index("We"), old.text.index("now") + 3)
    n_span = Span(new.text.index("we"), new.text.index('it"') + 2)
    removed = Span(old.text.index("now"), old.text.index("now") + 3)
    diff = (
        Edit(EditOp.EQUAL, Span(o_span.start, removed.start - 1), n_span),
        Edit(EditOp.DELETE, removed, None),
    )
    found = wording(
        entry(AuditStatus.ALTERED, old_span=o_span, new_span=n_span, word_diff=diff), comparison
    )
    assert found.old is not None and found.new is not None
    assert [(p.text, p.changed) for p in found.old] == [
        ("We’re ready to build it ", False),
        ("now", True),
    ]
    assert [(p.text, p.changed) for p in found.new] == [("we're ready to build it", False)]
    # verbatim: the audit's diff is empty, so no change is shown whatever the marks
    same = wording(entry(AuditStatus.VERBATIM, old_span=o_span, new_span=n_span), comparison)
    assert not same.changed
    only_old = wording(entry(AuditStatus.DROPPED, old_span=o_span), comparison)
    assert only_old.new is None and only_old.old_text == old.text[o_span.start : o_span.end]


# -- tooltips ----------------------------------------------------------------------------


def test_mark_at_prefers_the_word_mark_inside_a_moved_sentence() -> None:
    ranges = [MarkedRange(0, 40, "moved"), MarkedRange(10, 15, "deleted")]
    assert mark_at(ranges, 12) is Mark.DELETED
    assert mark_at(ranges, 30) is Mark.MOVED
    assert mark_at(ranges, 50) is None
    assert mark_at([(5, 9, "inserted")], 5) is Mark.INSERTED  # plain triples too


def test_tooltips_use_the_legend_words_and_quote_the_other_version() -> None:
    comparison = compare("The mayor spoke on Monday.\n", "The mayor spoke on Tuesday.\n")
    tip = mark_tooltip(comparison, "old", Mark.REPLACED, Span(0, 27))
    assert tip.title == "Reworded"
    assert tip.other_label == "revised version"
    assert tip.other_text == "The mayor spoke on Tuesday."
    moved = mark_tooltip(comparison, "new", Mark.MOVED, None)
    assert moved.title == "Moved" and "original" in moved.body
    assert excerpt("word " * 100, limit=20) == "word word word word …"


# -- header and blocks -------------------------------------------------------------------


def test_report_header_records_files_options_and_version(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_text("The mayor spoke.\n", encoding="utf-8")
    old = analysis.load(path)
    new = analysis.load_text("The mayor spoke at last.\n", "pasted")
    comparison = analysis.compare(old, new, analysis.CompareOptions(ignore_case=True))
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    header = report_header(comparison, when)
    assert header.generated == when
    assert header.old.name == str(path)
    assert header.old.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert header.old.hashed == "file" and header.new.hashed == "text"
    assert header.new.sha256 == hashlib.sha256(new.text.encode()).hexdigest()
    assert options_text(header.options).startswith("Ignore case: yes · Ignore punctuation: no")


def test_file_sha256_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert file_sha256(fifo) is None  # and does not block
    assert file_sha256(tmp_path / "gone.txt") is None


def test_side_by_side_puts_a_removed_block_where_it_was_cut() -> None:
    comparison = compare(
        f"The mayor spoke.\n\n{CUT}\n\nThe river rose.\n", "The mayor spoke.\n\nThe river rose.\n"
    )
    kinds = [block.kind.value for block in side_by_side(comparison)]
    assert kinds == ["equal", "deleted", "equal"]


# -- links and anchors -------------------------------------------------------------------


def test_links_join_each_change_to_where_it_faces() -> None:
    from reader.present.links import Link, build_links

    old = f"The mayor spoke.\n\n{CUT}\n\nThe river rose on Monday.\n"
    new = "The mayor spoke.\n\nThe river rose on Tuesday.\n"
    comparison = compare(old, new)
    links = build_links(comparison)
    cut = old.index(CUT)
    assert links[0] == Link("deleted", cut, cut + len(CUT), links[0].new_start, links[0].new_start)
    assert links[0].new_start == new.index("The river")
    assert links[1].mark == "replaced" and links[1][3] == new.index("The river")


def test_anchors_are_monotone_and_span_both_texts() -> None:
    from reader.present.links import sync_anchors

    comparison = compare(f"A. B.\n\n{CUT}\n\nC. D.\n", f"{INVENTED}\n\nA. B.\n\nD. C.\n")
    anchors = sync_anchors(comparison)
    assert anchors[0] == (0, 0)
    assert anchors[-1] == (len(comparison.old.text), len(comparison.new.text))
    assert all(a.old <= b.old and a.new <= b.new for a, b in itertools.pairwise(anchors))
