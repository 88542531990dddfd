"""A trimmed quote in the window's Changes tab: the one row `reader-cli compare` lists (with
the quote audit, as the window has it), never the cut words a second time.

The window runs the real pipeline: the ledger is made in the quote process, with the audit.
"""

from __future__ import annotations

import json

from conftest import wait_idle

from reader.cli import main
from reader.ui.changes_tab import ChangeRow

OLD = (
    "The harbour board met on Monday.\n\n"
    "“The sea wall is sound. We do not expect any more leaks this winter,” Ruiz said.\n\n"
    "“We will rebuild the pier before the summer season begins,” she added.\n\n"
    "Boats left at dawn.\n"
)
NEW = (
    "The harbour board met on Monday.\n\n"
    "“The sea wall is sound,” Ruiz said.\n\n"
    "“We will rebuild the pier,” she added.\n\n"
    "Boats left at dawn.\n"
)


def test_the_tab_tells_a_trimmed_quote_once_as_the_report_does(
    window, qtbot, tmp_path, capsys
) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    window.open_pair(str(old), str(new))
    wait_idle(qtbot, window, timeout=180000)
    qtbot.waitUntil(lambda: window.session.changes is not None, timeout=180000)
    rows: list[ChangeRow] = window.sidebar.changes_panel.model.rows
    assert main(["compare", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)["changes"]
    tab = [(r.kind.value, r.severity.value, r.old_text, r.new_text, r.note) for r in rows]
    report = [(c["kind"], c["severity"], c["old_text"], c["new_text"], c["note"]) for c in data]
    assert sorted(tab) == sorted(report)
    trims = [r for r in rows if r.note.startswith("The quote was trimmed")]
    assert len(trims) == 2 and {r.severity.value for r in trims} == {"medium"}
    assert not [r for r in rows if r.note in ("Sentence removed.", "Words removed.")]
    assert not [r for r in rows if r.kind.value in ("source", "negation")]
