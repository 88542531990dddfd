"""The window's Changes tab, `reader-cli compare` (text and JSON) and the exported HTML list
the same changes for the bundled sample pair, and a row selects its words in both panes.

The window runs the real pipeline (the ledger is parsed with spaCy in the quote process),
the CLI runs in this process with the same model: issue 14's "the sidebar tab, text, JSON
and HTML outputs show the same list".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import wait_idle
from PySide6.QtCore import Qt

from reader.cli import main
from reader.present.changes import wording
from reader.ui.changes_tab import ROW_ROLE, ChangeRow, wording_of

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
PAIR = (str(SAMPLES / "harbour-original.txt"), str(SAMPLES / "harbour-rewrite.txt"))
ORDER = {"high": 0, "medium": 1, "low": 2}


def _cli(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    # With the quotes, as the window has them: the ledger tells a quote the audit finds
    # trimmed or reworded as one row.
    assert main(["compare", *PAIR, *options]) == 0
    return capsys.readouterr().out


def _ledger_section(html: str) -> str:
    found = re.search(r"<section class='ledger'>.*?</section>", html, re.S)
    assert found is not None
    return found.group(0)


@pytest.fixture
def opened(window, qtbot):
    window.open_pair(*PAIR)
    wait_idle(qtbot, window, timeout=180000)
    assert window.session.changes is not None
    window.sidebar.tabs.setCurrentWidget(window.sidebar.changes_panel)
    return window


def test_the_tab_lists_what_the_cli_and_the_report_list(opened, capsys) -> None:
    panel = opened.sidebar.changes_panel
    rows: list[ChangeRow] = panel.model.rows
    data = json.loads(_cli(capsys, "--format", "json"))["changes"]
    assert len(rows) == len(data) > 10
    # the same changes, grouped by severity the way the tab groups them
    from_json = sorted(data, key=lambda c: ORDER[c["severity"]])
    tab = [
        {
            "kind": r.kind.value,
            "severity": r.severity.value,
            "old": r.old_span.as_list() if r.old_span else None,
            "new": r.new_span.as_list() if r.new_span else None,
            "old_text": r.old_text,
            "new_text": r.new_text,
            "note": r.note,
        }
        for r in rows
    ]
    assert tab == from_json
    # the same words: each row's wording and note is a line of the text checklist, in order
    text = [line.strip().removeprefix("[ ] ") for line in _cli(capsys).splitlines()]
    at = 0
    for row in rows:
        words = f"{row.severity.value:<6} {row.kind.value:<16} {wording_of(row)}  {row.note}"
        at = (
            next(i for i in range(at, len(text)) if text[i].strip().removeprefix("[ ] ") == words)
            + 1
        )
    # the window's export carries the same "What changed" section as reader-cli's HTML
    assert _ledger_section(opened.files.report_html()) == _ledger_section(
        _cli(capsys, "--format", "html")
    )
    # the status bar and the tab give the reports' total in the reports' words (the bar in
    # its tooltip if the window is too narrow to show them); the tab says what it hides
    counts = Counter(r.severity.value for r in rows)
    figures = f"{counts['high']} high, {counts['medium']} medium, {counts['low']} low"
    total = f"{len(rows)} changes ({figures}"
    assert f"What changed: {total})" in opened.summary_label.full_text()
    [what_changed] = [line for line in text if line.startswith("What changed:")]
    assert what_changed.startswith(f"What changed: {total}, of which")
    shown = [r for r in rows if r.kind.value != "style"]
    assert len(panel.visible_rows()) == len(shown) < len(rows)
    hidden = len(rows) - len(shown)
    assert panel.counts.text() == f"{total}); {len(shown)} listed, {hidden} style edits hidden"


def test_clicking_a_change_selects_its_words_in_both_panes(opened, qtbot) -> None:
    panel = opened.sidebar.changes_panel
    view, proxy = panel.view, panel.proxy
    both = next(
        i
        for i in range(proxy.rowCount())
        if (r := proxy.index(i, 0).data(ROW_ROLE)).old_span and r.new_span and r.old_text.strip()
    )
    index = proxy.index(both, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    row: ChangeRow = index.data(ROW_ROLE)
    old, new = opened.views["old"], opened.views["new"]
    qtbot.waitUntil(lambda: new.selected_span() is not None)
    assert old.selected_span() == row.old_span
    assert new.selected_span() == row.new_span
    comparison = opened.diff.comparison
    assert comparison.old.text[row.old_span.start : row.old_span.end] == row.old_text
    assert comparison.new.text[row.new_span.start : row.new_span.end] == row.new_text
    assert old.is_offset_visible(row.old_span.start)
    assert new.is_offset_visible(row.new_span.start)
    assert wording_of(row) == wording(opened.session.changes[row.order])
