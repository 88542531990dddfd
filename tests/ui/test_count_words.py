"""Each count in the window says what it counts: the ledger's changes, or the diff's passages."""

from __future__ import annotations

from reader.analysis import ChangeKind, Severity
from reader.ui.changes_tab import ChangeRow, changes_summary
from reader.ui.window.change_cursor import ChangeCursor


def _row(kind: ChangeKind, severity: Severity, order: int) -> ChangeRow:
    return ChangeRow(kind, severity, None, None, "old words", "new words", "A note.", order)


def test_the_tab_gives_the_whole_total_and_says_what_it_hides():
    rows = [
        _row(ChangeKind.STYLE, Severity.LOW, 0),
        _row(ChangeKind.WORDING, Severity.LOW, 1),
        _row(ChangeKind.NAME, Severity.HIGH, 2),
    ]
    assert changes_summary(rows, hidden_style=True) == (
        "3 changes (1 high, 0 medium, 2 low); 2 listed, 1 style edit hidden"
    )
    assert changes_summary(rows, hidden_style=False) == "3 changes (1 high, 0 medium, 2 low)"
    two_styles = [*rows, _row(ChangeKind.STYLE, Severity.LOW, 3)]
    assert changes_summary(two_styles, hidden_style=True).endswith(
        "; 2 listed, 2 style edits hidden"
    )
    assert changes_summary(rows[2:], hidden_style=True) == "1 change (1 high, 0 medium, 0 low)"


def test_next_change_counts_changed_passages():
    cursor = ChangeCursor()
    cursor.reset(1)
    assert cursor.label() == "1 changed passage"
    cursor.step(+1)
    assert cursor.label() == "Changed passage 1 of 1"
