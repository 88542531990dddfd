"""A self-contained HTML page of a comparison: a header that records what was compared, the
versions side by side block by block, and the quote audit. Every word comes from
`reader.present`, so the page says what the window says."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape

from reader.audit.model import QuoteAudit
from reader.changes.model import Change
from reader.compare.model import Comparison
from reader.documents.model import Span
from reader.present.blocks import BLOCK_LABELS, side_by_side
from reader.present.changes import changes_html
from reader.present.cues import EntryCues, with_cue
from reader.present.header import ReportHeader, VersionInfo, options_text, report_header
from reader.present.legend import LEGEND, legend_entry
from reader.present.marks import Highlight, Run, new_highlights, old_highlights, runs_between
from reader.present.quotes import (
    Piece,
    entry_status_text,
    quotes_line,
    speaker_label,
    speaker_names,
    wording,
)
from reader.present.stats import stats_line

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 1200px;
       color: #222; line-height: 1.55; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
.record { font-family: sans-serif; font-size: 0.85em; color: #444; }
.record th { width: 9em; } .record code { word-break: break-all; }
.deleted { background: #fbd3d0; text-decoration: line-through; }
.inserted { background: #cdeccf; }
.replaced { background: #fde7b0; }
.moved { background: #dde3fb; }
.stats, .legend { color: #555; font-family: sans-serif; font-size: 0.9em; }
.legend span { padding: 0 0.4em; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; }
td, th { border-bottom: 1px solid #ddd; padding: 0.4em; text-align: left; vertical-align: top; }
.versions td { width: 50%; }
.versions tr.equal td { color: #666; }
.audit { font-family: sans-serif; font-size: 0.9em; }
.status { font-weight: bold; white-space: nowrap; }
.verbatim { color: #1b7a32; } .altered { color: #9a6a00; }
.dropped, .unsupported { color: #b3261e; }
"""


def render_html(
    comparison: Comparison,
    audit: QuoteAudit | None = None,
    generated: datetime | None = None,
    changes: Sequence[Change] | None = None,
) -> str:
    """The page; `generated` (default: now, UTC) is the date the header records."""
    header = report_header(comparison, generated or datetime.now(UTC))
    title = f"Reader: {comparison.old.display_name} vs {comparison.new.display_name}"
    body = [
        f"<h1>{escape(title)}</h1>",
        _record(header),
        f"<p class='stats'>{escape(stats_line(comparison.stats))}</p>",
        _legend(),
        _versions(comparison),
    ]
    if changes is not None:
        body.append(changes_html(changes))
    if audit is not None:
        body.append(_audit_table(audit, comparison))
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _record(header: ReportHeader) -> str:
    rows = [
        ("Compared", header.generated.isoformat(timespec="seconds")),
        ("Reader", header.app_version),
    ]
    cells = [f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows]
    cells += [_version_row(version) for version in (header.old, header.new)]
    cells.append(f"<tr><th>Options</th><td>{escape(options_text(header.options))}</td></tr>")
    return f"<table class='record'>{''.join(cells)}</table>"


def _version_row(version: VersionInfo) -> str:
    return (
        f"<tr><th>{escape(version.role)}</th><td>{escape(version.name)}<br>"
        f"SHA-256 of the {escape(version.hashed)}: <code>{version.sha256}</code></td></tr>"
    )


def _legend() -> str:
    keys = "".join(
        f"<span class='{entry.mark.value}' data-kind='{entry.key}' title='{escape(entry.help)}'>"
        f"{escape(entry.label)}</span> "
        for entry in LEGEND
    )
    return f"<p class='legend'>{keys.strip()}</p>"


def _versions(comparison: Comparison) -> str:
    old_marks, new_marks = old_highlights(comparison), new_highlights(comparison)
    rows = [
        f"<tr class='{block.kind.value}' data-block='{block.kind.value}' "
        f"title='{BLOCK_LABELS[block.kind]}'>"
        f"<td>{_cell(comparison.old.text, block.old, old_marks)}</td>"
        f"<td>{_cell(comparison.new.text, block.new, new_marks)}</td></tr>"
        for block in side_by_side(comparison)
    ]
    head = (
        f"<tr><th>Original: {escape(_heading(comparison, old=True))}</th>"
        f"<th>Revised: {escape(_heading(comparison, old=False))}</th></tr>"
    )
    return f"<table class='versions'>{head}{''.join(rows)}</table>"


def _heading(comparison: Comparison, old: bool) -> str:
    document = comparison.old if old else comparison.new
    return document.title or document.display_name


def _cell(text: str, span: Span | None, highlights: list[Highlight]) -> str:
    if span is None:
        return ""
    return "".join(_run_html(run) for run in runs_between(text, span.start, span.end, highlights))


def _run_html(run: Run) -> str:
    chunk = escape(run.text)
    if not run.marks or not run.text.strip():
        return chunk
    classes = " ".join(mark.value for mark in run.marks)
    kind = legend_entry(run.marks[-1]).key  # the word mark when a moved sentence holds one
    return f"<span class='{classes}' data-kind='{kind}'>{chunk}</span>"


def _audit_table(audit: QuoteAudit, comparison: Comparison) -> str:
    names = speaker_names(audit)
    cues = EntryCues(audit, comparison)
    rows = []
    for entry in audit.entries:
        words = wording(entry, comparison)
        credit = with_cue(speaker_label(entry, names), cues.words(entry))
        rows.append(
            f"<tr><td class='status {entry.status.value}'>{escape(entry_status_text(entry))}</td>"
            f"<td>{escape(credit)}</td>"
            f"<td>{_pieces(words.old, 'deleted', 'removed')}</td>"
            f"<td>{_pieces(words.new, 'inserted', 'added')}</td></tr>"
        )
    return (
        f"<h2>Quotes</h2><p class='stats'>{escape(quotes_line(audit))}</p>"
        "<table class='audit'><tr><th>Status</th><th>Speaker</th><th>Original</th>"
        f"<th>Revised</th></tr>{''.join(rows)}</table>"
    )


def _pieces(pieces: tuple[Piece, ...] | None, style: str, kind: str) -> str:
    if pieces is None:
        return ""
    return "".join(
        f"<span class='{style}' data-kind='{kind}'>{escape(p.text)}</span>"
        if p.changed
        else escape(p.text)
        for p in pieces
    )
