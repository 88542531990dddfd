"""The window's "Changes" tab: grouping, the kind filter, hidden style edits and row clicks."""

from __future__ import annotations

from typing import Any

from changes_helpers import ledger
from PySide6.QtCore import Qt

from reader.changes import ChangeKind, Severity
from reader.ui.changes_tab import ChangesPanel, change_rows, changes_summary

OLD = (
    "Police said 26 allies met on Thursday. The harbour is finalising plans. "
    "The plant may close soon."
)
NEW = "Officials said 25 allies met. The harbor is finalizing plans. The plant will close soon."


def _panel(qtbot: Any) -> tuple[ChangesPanel, list[Any]]:
    panel = ChangesPanel()
    qtbot.addWidget(panel)
    changes = ledger(OLD, NEW)
    panel.set_changes(changes)
    return panel, changes


def test_rows_are_grouped_by_severity_in_document_order_within(qtbot: Any) -> None:
    panel, changes = _panel(qtbot)
    rows = change_rows(changes)
    order = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    assert [order[r.severity] for r in rows] == sorted(order[r.severity] for r in rows)
    highs = [r.order for r in rows if r.severity is Severity.HIGH]
    assert highs == sorted(highs)
    assert len(panel.model.rows) == len(changes)


def test_style_edits_are_hidden_by_default_and_can_be_shown(qtbot: Any) -> None:
    panel, changes = _panel(qtbot)
    styles = sum(c.kind is ChangeKind.STYLE for c in changes)
    assert styles == 2
    assert panel.hide_style.isChecked()
    assert all(r.kind is not ChangeKind.STYLE for r in panel.visible_rows())
    assert "2 style edits hidden" in panel.summary()
    panel.hide_style.setChecked(False)
    assert len(panel.visible_rows()) == len(changes)


def test_the_kind_filter_keeps_one_kind(qtbot: Any) -> None:
    panel, _ = _panel(qtbot)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(ChangeKind.NUMBER.value))
    rows = panel.visible_rows()
    assert rows and {r.kind for r in rows} == {ChangeKind.NUMBER}
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(ChangeKind.STYLE.value))
    assert {r.kind for r in panel.visible_rows()} == {ChangeKind.STYLE}  # shown when asked for


def test_clicking_a_row_emits_its_spans(qtbot: Any) -> None:
    panel, _ = _panel(qtbot)
    panel.show()
    first = panel.proxy.index(0, 0)
    with qtbot.waitSignal(panel.change_activated) as signal:
        rect = panel.view.visualRect(first)
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = signal.args[0]
    assert row.severity is Severity.HIGH
    assert NEW[row.new_span.start : row.new_span.end] == row.new_text


def test_summary_counts_and_empty_ledger(qtbot: Any) -> None:
    panel, changes = _panel(qtbot)
    rows = change_rows(changes)
    text = changes_summary(rows, hidden_style=False)
    assert text == f"{len(changes)} changes (2 high, 2 medium, 2 low)"
    panel.set_changes([])
    assert panel.placeholder.text() == "No changes found."
    panel.set_changes(None, "Reading the article…")
    assert panel.placeholder.text() == "Reading the article…" and not panel.model.rows
