"""What the session computes off the GUI thread: the panes' views of a comparison, a loaded
document ready to show, and the sidebar's rows of a quote audit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from reader.analysis import Change, CompareOptions, Comparison, Document, Pipeline, QuoteAudit
from reader.present.links import Anchor, Link, build_links, sync_anchors
from reader.present.marks import Highlight, new_highlights, old_highlights
from reader.present.tooltips import MarkedRange
from reader.ui.panes.article import PreparedText, Run, block_runs, merge_highlights
from reader.ui.sidebar.models import QuoteRow, SpeakerRow, quote_rows, speaker_rows
from reader.ui.workers import CancelToken


class AuditRows(NamedTuple):
    """The sidebar's rows, built on the worker so the GUI thread only shows them."""

    quotes: list[QuoteRow]
    speakers: list[SpeakerRow]


@dataclass(frozen=True)
class SideView:
    """What one pane needs to show a comparison, computed off the GUI thread."""

    highlights: tuple[Highlight, ...]
    runs: dict[int, list[Run]]
    marks: list[MarkedRange]


@dataclass(frozen=True)
class DiffResult:
    comparison: Comparison
    old: SideView
    new: SideView
    anchors: list[Anchor]
    links: list[Link]


@dataclass(frozen=True)
class Loaded:
    document: Document
    prepared: PreparedText


@dataclass(frozen=True)
class Audited:
    audit: QuoteAudit
    rows: AuditRows


@dataclass(frozen=True)
class Read:
    """A finished read: the audit (shown already unless the pipeline skipped telling us)
    and the change ledger."""

    audited: Audited
    changes: tuple[Change, ...]


def audited(audit: QuoteAudit, comparison: Comparison) -> Audited:
    return Audited(audit, AuditRows(quote_rows(audit, comparison), speaker_rows(audit)))


def build_diff(
    pipeline: Pipeline,
    old: Document,
    new: Document,
    old_prep: PreparedText,
    new_prep: PreparedText,
    options: CompareOptions,
    cancel: CancelToken,
) -> DiffResult:
    return side_views(pipeline.compare(old, new, options, cancel), old_prep, new_prep)


def side_views(
    comparison: Comparison, old_prep: PreparedText, new_prep: PreparedText
) -> DiffResult:
    """What both panes show of a finished comparison."""
    sides = []
    for prep, highlights in (
        (old_prep, old_highlights(comparison)),
        (new_prep, new_highlights(comparison)),
    ):
        sides.append(
            SideView(
                tuple(highlights),
                block_runs(prep, highlights),
                merge_highlights(prep.text, highlights),
            )
        )
    return DiffResult(
        comparison, sides[0], sides[1], sync_anchors(comparison), build_links(comparison)
    )
