"""The window, `--format text` and `--format html` of the sample pair say the same thing.

Every figure of the status bar, every legend word, every quote's status and
speaker label: read from the live window and from both reports, then compared.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from pathlib import Path

from conftest import wait_idle
from PySide6.QtCore import Qt

from reader.present.legend import LEGEND, legend_key
from reader.present.marks import Mark
from reader.present.quotes import STATUS_LABELS
from reader.present.stats import word_count_text
from reader.report.html_report import render_html
from reader.report.json_report import comparison_json
from reader.report.text_report import render_text

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _html_audit(html: str) -> list[tuple[str, str]]:
    cells = re.findall(r"<tr><td class='status [a-z]+'>(.*?)</td><td>(.*?)</td>", html)
    return [(unescape(status), unescape(speaker)) for status, speaker in cells]


def _text_audit(text: str) -> list[tuple[str, str]]:
    lines = text.split("\nQuotes: ", 1)[1].splitlines()[1:]
    found = [re.match(r"  \[(.+?)\] (.+?): \u201c", line) for line in lines]
    return [(match.group(1), match.group(2)) for match in found if match]


def test_window_text_and_html_agree_on_every_figure_and_label(window, qtbot):
    window.open_pair(SAMPLES / "harbour-original.txt", SAMPLES / "harbour-rewrite.txt")
    wait_idle(qtbot, window, timeout=120000)
    comparison, audit = window.diff.comparison, window.session.audit
    assert audit is not None
    text = render_text(comparison, audit)
    html = render_html(comparison, audit)
    summary = window.summary_label.full_text()  # what it shows, or holds in its tooltip

    # figures: each number the status bar shows, worded the same in both reports
    stats = comparison.stats
    figures = [
        f"{round(stats.similarity * 100)}% similar",
        f"{stats.words_deleted:,} words removed",
        f"{stats.words_inserted:,} added",
        f"{stats.words_moved:,} moved",
        f"{stats.words_equal:,} unchanged",
    ]
    counts = Counter(entry.status.value for entry in audit.entries)
    figures += [
        f"{counts[s]} {STATUS_LABELS[s].lower()}" for s in ("verbatim", "altered", "dropped")
    ]
    figures.append(f"{counts['unsupported']} added")  # one word for it everywhere
    for figure in figures:
        assert figure in summary, figure
        assert figure in text.splitlines()[0] or figure in text, figure
        assert figure in html, figure

    # each pane header's length: the JSON's words_old/words_new, and what the text report's
    # figures add up to (removed + unchanged, added + unchanged; its first line: the quotes'
    # line has an "added" of its own)
    figure = {
        key: int(value.replace(",", ""))
        for value, key in re.findall(
            r"([\d,]+) (?:words? )?(removed|added|unchanged)", text.splitlines()[0]
        )
    }
    json_stats = comparison_json(comparison, audit)["stats"]
    lengths = {
        "old": (json_stats["words_old"], figure["removed"] + figure["unchanged"]),
        "new": (json_stats["words_new"], figure["added"] + figure["unchanged"]),
    }
    for side, (from_json, from_text) in lengths.items():
        assert from_json == from_text
        meta = window.panes[side].header.meta.text()
        assert meta.endswith(f"  ·  {word_count_text(from_json)}"), (side, meta)

    # legend words: the window's legend, the HTML legend, the text legend line
    window_legend = [line.split(":")[0] for line in window.legend.toolTip().splitlines()]
    html_legend = re.findall(
        r"<span class='[a-z]+' data-kind='([a-z]+)'[^>]*>([A-Za-z]+)</span>", html
    )
    assert window_legend == [label for _key, label in html_legend[:4]]
    assert [key for key, _label in html_legend[:4]] == [e.key for e in LEGEND]
    legend_line = text.splitlines()[1]
    assert all(label in legend_line for label in window_legend)

    # marks: the kinds the panes colour are the kinds the HTML marks
    window_kinds = {
        legend_key(Mark(mark))
        for side in (window.diff.old, window.diff.new)
        for *_, mark in side.marks
    }
    html_kinds = set(
        re.findall(r"data-kind='([a-z]+)'>", html.split("<table class='versions'>")[1])
    )
    assert window_kinds == html_kinds - {"removed", "added"} | (window_kinds & {"removed", "added"})
    assert {"removed", "added", "reworded", "moved"} <= window_kinds

    # quotes: each row's status and speaker label, as the window shows them
    model = window.sidebar.quotes
    window_rows = []
    for i in range(model.rowCount()):
        index = model.index(i, 0)
        accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
        status, speaker = re.match(r"(.+?) quote by (.+?): ", accessible).groups()
        window_rows.append((status, speaker))
    assert Counter(window_rows) == Counter(_html_audit(html))
    assert len(window_rows) == len(audit.entries) > 5
    assert Counter(window_rows) == Counter(_text_audit(text))
    assert ("Verbatim · Speaker changed", "Priya Lund → Helen Marsh · said → added") in window_rows
    # how an altered quote changed, where the audit's word diff says: a cut opening sentence
    assert ("Altered · trimmed", "Helen Marsh · said") in window_rows
    assert ("Altered · reworded", "Dan Okafor · said") in window_rows
    assert ("Added", "Industry observers · say") in window_rows


def _window_audit(window) -> list[tuple[str, str]]:
    model = window.sidebar.quotes
    rows = []
    for i in range(model.rowCount()):
        accessible = model.index(i, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        rows.append(re.match(r"(.+?) quote by (.+?): ", accessible).groups())
    return rows


def test_window_text_and_html_agree_on_a_credit_removed_and_added(window, qtbot, tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        "The harbour board met on Monday.\n\n"
        "“We will rebuild the north pier before the winter storms,” said Mayor Ana Ruiz.\n\n"
        "The new ferry timetable starts in June.\n",
        encoding="utf-8",
    )
    new.write_text(
        "The harbour board met on Monday.\n\n"
        "We will rebuild the north pier before the winter storms.\n\n"
        "The new ferry timetable starts in June, Councillor Sam Park said.\n",
        encoding="utf-8",
    )
    window.open_pair(old, new)
    wait_idle(qtbot, window, timeout=120000)
    comparison, audit = window.diff.comparison, window.session.audit
    assert audit is not None
    text = render_text(comparison, audit)
    html = render_html(comparison, audit)
    rows = _window_audit(window)
    assert Counter(rows) == Counter(_html_audit(html)) == Counter(_text_audit(text))
    assert set(rows) == {
        ("Verbatim · Attribution removed", "Ana Ruiz → Unattributed · said → —"),
        ("Verbatim · Attribution added", "Unattributed → Councillor Sam Park · — → said"),
    }
    figures = ("1 attribution removed", "1 attribution added")
    for where in (window.summary_label.text(), text, html):
        assert all(figure in where for figure in figures), where
    assert "unknown speaker" not in text + html
