"""A self-contained HTML page of a comparison: both versions side by side and the quote audit."""

from __future__ import annotations

import itertools
from html import escape

from reader import __version__
from reader.audit.model import QuoteAudit
from reader.compare.model import Comparison
from reader.documents.model import Document
from reader.present.marks import Highlight, Mark, new_highlights, old_highlights
from reader.report.wording import entry_speaker_label, entry_wording, speaker_names

_STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 1200px;
       color: #222; line-height: 1.55; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
.panes { display: grid; grid-template-columns: 1fr 1fr; gap: 2em; }
.pane h2 { margin-top: 0; }
.deleted { background: #fbd3d0; text-decoration: line-through; }
.inserted { background: #cdeccf; }
.replaced { background: #fde7b0; }
.moved { background: #dde3fb; }
.stats, .legend { color: #555; font-family: sans-serif; font-size: 0.9em; }
table { border-collapse: collapse; font-family: sans-serif; font-size: 0.9em; width: 100%; }
td, th { border-bottom: 1px solid #ddd; padding: 0.4em; text-align: left; vertical-align: top; }
.status { font-weight: bold; white-space: nowrap; }
.verbatim { color: #1b7a32; } .altered { color: #9a6a00; }
.dropped, .unsupported { color: #b3261e; }
"""


def render_html(comparison: Comparison, audit: QuoteAudit | None = None) -> str:
    title = f"Reader: {comparison.old.display_name} vs {comparison.new.display_name}"
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p class='stats'>{escape(_stats_line(comparison))}</p>",
        "<p class='legend'><span class='deleted'>deleted</span> "
        "<span class='inserted'>inserted</span> <span class='replaced'>replaced</span> "
        "<span class='moved'>moved</span></p>",
        "<div class='panes'>",
        _pane("Old", comparison.old, old_highlights(comparison)),
        _pane("New", comparison.new, new_highlights(comparison)),
        "</div>",
    ]
    if audit is not None:
        body.append(_audit_table(audit, comparison))
    body.append(f"<p class='stats'>Made with Reader {escape(__version__)}.</p>")
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _stats_line(comparison: Comparison) -> str:
    s = comparison.stats
    return (
        f"Similarity {s.similarity:.0%} · {s.words_equal} words equal · {s.words_deleted} deleted"
        f" · {s.words_inserted} inserted · {s.words_moved} moved"
    )


def _pane(label: str, document: Document, highlights: list[Highlight]) -> str:
    heading = f"{label}: {document.title or document.display_name}"
    paragraphs = [
        f"<p>{_marked_html(document.text, paragraph.start, paragraph.end, highlights)}</p>"
        for paragraph in document.paragraphs
    ]
    return f"<div class='pane'><h2>{escape(heading)}</h2>{''.join(paragraphs)}</div>"


def _marked_html(text: str, start: int, end: int, highlights: list[Highlight]) -> str:
    """Escape text[start:end], wrapping each character run in the classes that cover it."""
    boundaries = {start, end}
    inside = [h for h in highlights if h.span.start < end and h.span.end > start]
    for h in inside:
        boundaries.update(x for x in (h.span.start, h.span.end) if start < x < end)
    cuts = sorted(boundaries)
    pieces = []
    for a, b in itertools.pairwise(cuts):
        marks = _marks_at(inside, a)
        chunk = escape(text[a:b])
        if marks:
            chunk = f"<span class='{' '.join(m.value for m in marks)}'>{chunk}</span>"
        pieces.append(chunk)
    return "".join(pieces)


def _marks_at(highlights: list[Highlight], offset: int) -> list[Mark]:
    return sorted({h.mark for h in highlights if h.span.contains(offset)}, key=lambda m: m.value)


def _audit_table(audit: QuoteAudit, comparison: Comparison) -> str:
    names = speaker_names(audit)
    rows = []
    for entry in audit.entries:
        status = entry.status.value + (" · speaker changed" if entry.speaker_changed else "")
        old_words, new_words = entry_wording(entry, comparison)
        rows.append(
            f"<tr><td class='status {entry.status.value}'>{escape(status)}</td>"
            f"<td>{escape(entry_speaker_label(entry, names))}</td>"
            f"<td>{escape(old_words)}</td><td>{escape(new_words)}</td></tr>"
        )
    return (
        "<h2>Quotes</h2><table><tr><th>Status</th><th>Speaker</th><th>Old</th><th>New</th></tr>"
        + "".join(rows)
        + "</table>"
    )
