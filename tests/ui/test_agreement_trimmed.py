"""The window and both reports agree on a quote the rewrite cut to less than half: one
altered entry with the cut words shown as removed, not a dropped and a new quote."""

from __future__ import annotations

from collections import Counter

from conftest import wait_idle
from test_agreement import _html_audit, _text_audit, _window_audit

from reader.report.html_report import render_html
from reader.report.json_report import comparison_json
from reader.report.text_report import render_text

OLD = (
    "The harbour board met on Monday.\n\n"
    "Mayor Ana Ruiz spoke after the vote. “The new bridge will carry trains, buses and "
    "bicycles across the river by next spring,” Ruiz said.\n\n"
    "The new ferry timetable starts in June.\n"
)
NEW = (
    "The harbour board met on Monday.\n\n"
    "Mayor Ana Ruiz spoke after the vote. “The new bridge will carry trains,” Ruiz said.\n\n"
    "The new ferry timetable starts in June.\n"
)


def test_window_and_reports_agree_on_a_quote_cut_short(window, qtbot, tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    window.open_pair(old, new)
    wait_idle(qtbot, window, timeout=120000)
    comparison, audit = window.diff.comparison, window.session.audit
    assert audit is not None
    text, html = render_text(comparison, audit), render_html(comparison, audit)
    rows = _window_audit(window)
    assert Counter(rows) == Counter(_html_audit(html)) == Counter(_text_audit(text))
    assert rows == [("Altered · trimmed", "Ana Ruiz · said")]
    for where in (window.summary_label.full_text(), text):
        assert "0 dropped" in where and "0 added" in where and "1 altered" in where
    entries = comparison_json(comparison, audit)["audit"]
    assert [(e["status"], e["old"] is not None, e["new"] is not None) for e in entries] == [
        ("altered", True, True)
    ]
    assert "buses and bicycles across the river by next spring" in html
