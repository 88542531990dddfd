"""Quotes changed in the window's Changes tab: the rows `reader-cli compare` lists (with the
quote audit, as the window has it). A trimmed quote is told once, never its cut words a
second time; a reworded quote is one medium row, not low wording fragments; a speaker
replaced with their title is one row, and an all-caps subhead holds no name.

The window runs the real pipeline: the ledger is made in the quote process, with the audit.
"""

from __future__ import annotations

import json

from conftest import wait_idle

from reader.cli import main
from reader.ui.changes_tab import ChangeRow

TRIMMED_OLD = (
    "The harbour board met on Monday.\n\n"
    "“The sea wall is sound. We do not expect any more leaks this winter,” Ruiz said.\n\n"
    "“We will rebuild the pier before the summer season begins,” she added.\n\n"
    "Boats left at dawn.\n"
)
TRIMMED_NEW = (
    "The harbour board met on Monday.\n\n"
    "“The sea wall is sound,” Ruiz said.\n\n"
    "“We will rebuild the pier,” she added.\n\n"
    "Boats left at dawn.\n"
)
REWORDED_OLD = (
    "The harbour board met on Monday.\n\n"
    "“We have had problems with the pumps in the past,” Ruiz said.\n\n"
    "LEE STEPS ASIDE\n\n"
    "“We will rebuild the pier,” said Ann Lee, the interim mayor of Porthaven.\n\n"
    "Boats left at dawn.\n"
)
REWORDED_NEW = (
    "The harbour board met on Monday.\n\n"
    "“We have had trouble with the pumps before,” Ruiz said.\n\n"
    "“We will rebuild the pier,” said Bo Roy, the former mayor of Porthaven.\n\n"
    "Boats left at dawn.\n"
)


def tab_rows_as_reported(window, qtbot, tmp_path, capsys, old_text: str, new_text: str):
    """The Changes tab's rows for the pair, checked to be the report's rows."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    window.open_pair(str(old), str(new))
    wait_idle(qtbot, window, timeout=180000)
    qtbot.waitUntil(lambda: window.session.changes is not None, timeout=180000)
    rows: list[ChangeRow] = window.sidebar.changes_panel.model.rows
    assert main(["compare", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["changes"]
    tab = [(r.kind.value, r.severity.value, r.old_text, r.new_text, r.note) for r in rows]
    report = [(c["kind"], c["severity"], c["old_text"], c["new_text"], c["note"]) for c in data]
    assert sorted(tab) == sorted(report)
    return rows


def test_the_tab_tells_a_trimmed_quote_once_as_the_report_does(
    window, qtbot, tmp_path, capsys
) -> None:
    rows = tab_rows_as_reported(window, qtbot, tmp_path, capsys, TRIMMED_OLD, TRIMMED_NEW)
    trims = [r for r in rows if r.note.startswith("The quote was trimmed")]
    assert len(trims) == 2 and {r.severity.value for r in trims} == {"medium"}
    assert not [r for r in rows if r.note in ("Sentence removed.", "Words removed.")]
    assert not [r for r in rows if r.kind.value in ("source", "negation")]


def test_the_tab_tells_a_reworded_quote_as_one_row_to_check_as_the_report_does(
    window, qtbot, tmp_path, capsys
) -> None:
    rows = tab_rows_as_reported(window, qtbot, tmp_path, capsys, REWORDED_OLD, REWORDED_NEW)
    [quote] = [r for r in rows if r.note.startswith("The quote was reworded")]
    assert quote.severity.value == "medium"
    assert (quote.old_text, quote.new_text) == (
        "problems with the pumps in the past",
        "trouble with the pumps before",
    )
    [speaker] = [r for r in rows if r.kind.value == "name"]
    assert speaker.severity.value == "high" and speaker.note.startswith("The speaker changed")
    assert [r.note for r in rows if r.severity.value == "low"] == ["Sentence removed."]
