"""`--report summary.html`: one standalone page about the whole corpus, with charts.

Each pair the page names links to that pair's own report (`reader-cli compare --format html`
output). Workers render those pages during the run and the database keeps them (zlib), so the
summary writes only the pages it links, into a folder beside it, with no engine and no
cluster needed: a summary of a million-pair corpus writes a few dozen files, not a million.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from reader import __version__
from reader.corpus import charts
from reader.corpus.summary_data import PairLine, SpeakerLine, SummaryData, read_summary

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { text-align: left; padding: 0.25em 0.6em; border-bottom: 1px solid #ddd; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #555; } svg { max-width: 100%; height: auto; }
"""


def write_summary(db: sqlite3.Connection, path: Path) -> list[Path]:
    """Write the page and the pair reports it links; returns every file written."""
    data = read_summary(db)
    folder = path.with_name(path.stem + "_pairs")
    linked = _linked(data)
    pages = _write_pair_reports(db, folder, linked)
    page = _page(data, f"{folder.name}/", path.name)
    path.write_text(page, encoding="utf-8")
    return [path, *pages]


def _linked(data: SummaryData) -> set[int]:
    ids = {p.pair_id for p in data.quote_pairs} | {p.pair_id for p in data.change_pairs or []}
    return ids | {pair_id for s in data.speakers for pair_id in s.pair_ids}


def _write_pair_reports(db: sqlite3.Connection, folder: Path, ids: Iterable[int]) -> list[Path]:
    written = []
    for pair_id in sorted(ids):
        row = db.execute("SELECT report FROM documents WHERE pair_id = ?", (pair_id,)).fetchone()
        if row is not None:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"pair-{pair_id}.html"
            target.write_bytes(zlib.decompress(row[0]))
            written.append(target)
    return written


def _page(data: SummaryData, base: str, title: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{escape(title)}"
        f"</title><style>{_STYLE}</style></head><body>",
        "<h1>Corpus audit</h1>",
        f"<p>{data.pairs_ok} pairs compared, {data.pairs_failed} failed, in {data.runs} "
        f"run(s). Made by reader-cli {__version__} on {stamp}.</p>",
        *_statuses(data),
        *_speakers(data.speakers, base),
        *_similarity(data.similarities),
        *_quote_pairs(data.quote_pairs, base),
        *_change_pairs(data.change_pairs, base),
        *_failures(data),
        "</body></html>\n",
    ]
    return "\n".join(parts)


def _statuses(data: SummaryData) -> list[str]:
    if not any(data.statuses.values()):
        return ["<h2>Quote audit</h2>", "<p class='note'>No quotes were found or audited.</p>"]
    return [
        "<h2>Quote audit across the corpus</h2>",
        "<p class='note'>Every quote of every pair, by what the rewrite did to it. "
        "A quote whose speaker changed is also counted under its wording status.</p>",
        charts.status_bars(data.statuses),
    ]


def _speakers(speakers: list[SpeakerLine], base: str) -> list[str]:
    if not speakers:
        return []
    series = {
        "altered": [s.altered for s in speakers],
        "dropped": [s.dropped for s in speakers],
        "speaker changed": [s.reattributed for s in speakers],
    }
    rows = [
        f"<tr><td>{escape(s.name)}</td><td class='n'>{s.altered}</td><td class='n'>{s.dropped}"
        f"</td><td class='n'>{s.reattributed}</td><td>"
        + ", ".join(f"<a href='{base}pair-{i}.html'>#{i}</a>" for i in s.pair_ids)
        + "</td></tr>"
        for s in speakers
    ]
    return [
        "<h2>Speakers whose quotes were most often altered, dropped or given to another "
        "speaker</h2>",
        "<p class='note'>Named as the original version names them; the same name in two "
        "pairs counts as one speaker.</p>",
        charts.speaker_bars([s.name for s in speakers], series),
        "<table><tr><th>speaker</th><th class='n'>altered</th><th class='n'>dropped</th>"
        "<th class='n'>speaker changed</th><th>pairs</th></tr>",
        *rows,
        "</table>",
    ]


def _similarity(values: list[float]) -> list[str]:
    if not values:
        return []
    return ["<h2>How similar the versions are</h2>", charts.similarity_histogram(values)]


def _pair_table(lines: list[PairLine], base: str, columns: tuple[str, ...]) -> list[str]:
    head = "".join(f"<th class='n'>{escape(c)}</th>" for c in columns)
    rows = [
        f"<tr><td><a href='{base}pair-{p.pair_id}.html'>{escape(_pair_name(p))}</a></td>"
        + "".join(f"<td class='n'>{v}</td>" for v in p.figures)
        + f"<td class='n'>{_similarity_text(p.similarity)}</td></tr>"
        for p in lines
    ]
    return [f"<table><tr><th>pair</th>{head}<th class='n'>similarity</th></tr>", *rows, "</table>"]


def _pair_name(pair: PairLine) -> str:
    return f"#{pair.pair_id} {Path(pair.old_path).name} \u2192 {Path(pair.new_path).name}"


def _similarity_text(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _quote_pairs(lines: list[PairLine], base: str) -> list[str]:
    if not lines:
        return []
    columns = ("altered", "dropped", "added", "speaker changed")  # the window's words
    return [
        "<h2>Pairs with the most quotes changed</h2>",
        *_pair_table(lines, base, columns),
    ]


def _change_pairs(lines: list[PairLine] | None, base: str) -> list[str]:
    if lines is None:
        return [
            "<h2>Pairs with the most high-severity changes</h2>",
            "<p class='note'>This database has no changes ledger: the Reader that made it "
            "did not list changes.</p>",
        ]
    if not lines:
        return ["<h2>Pairs with the most high-severity changes</h2>", "<p>None.</p>"]
    return [
        "<h2>Pairs with the most high-severity changes</h2>",
        *_pair_table(lines, base, ("high", "all changes")),
    ]


def _failures(data: SummaryData) -> list[str]:
    if not data.failures:
        return []
    rows = [
        f"<tr><td>{escape(Path(f.old_path).name)} \u2192 {escape(Path(f.new_path).name)}</td>"
        f"<td>{escape(f.error)}</td></tr>"
        for f in data.failures
    ]
    shown = f" (the first {len(rows)})" if data.pairs_failed > len(rows) else ""
    return [
        f"<h2>Pairs that failed{shown}</h2>",
        "<table><tr><th>pair</th><th>why</th></tr>",
        *rows,
        "</table>",
    ]
