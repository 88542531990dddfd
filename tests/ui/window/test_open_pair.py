"""Open Pair keeps the reader's order however the files were picked; drops go where dropped."""

from __future__ import annotations

from conftest import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from test_files_untouched import drop_files

from reader.ui.window import dialogs
from reader.ui.window.pair_dialog import PairDialog

OLD = "The council met today.\n\nIt approved the plan.\n"
NEW = "The council met today.\n\nIt rejected the plan.\n"


def test_each_field_is_one_version_and_the_dialog_says_which(qtbot, tmp_path):
    a, b = str(tmp_path / "first.txt"), str(tmp_path / "second.txt")
    dialog = PairDialog(recent=[a], browse=lambda _w, _c: [b])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not ok.isEnabled()
    dialog.fields["old"].setEditText(a)  # a recent file, typed or picked
    qtbot.mouseClick(dialog.findChild(QPushButton, "pairBrowse_new"), Qt.MouseButton.LeftButton)
    assert dialog.paths() == (a, b)
    assert ok.isEnabled()
    assert "first.txt will be compared as the Original" in dialog.summary.text()


def test_two_files_from_one_browse_fill_both_fields_in_view_and_swap_turns_them(qtbot, tmp_path):
    a, b = str(tmp_path / "original.txt"), str(tmp_path / "rewrite.txt")
    # Shift+Up in a file dialog lists the second file picked first
    dialog = PairDialog(recent=[], browse=lambda _w, _c: [b, a])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "pairBrowse_old"), Qt.MouseButton.LeftButton)
    assert dialog.paths() == (b, a)
    assert dialog.summary.text().startswith("rewrite.txt will be compared as the Original")
    qtbot.mouseClick(dialog.findChild(QPushButton, "pairSwap"), Qt.MouseButton.LeftButton)
    assert dialog.paths() == (a, b)


def test_the_window_opens_the_pair_in_the_dialogs_order(window, write, qtbot, monkeypatch):
    old, new = write("z-original.txt", OLD), write("a-revised.txt", NEW)
    seen = {}

    def fake_ask(parent, recent, initial):
        seen["initial"] = initial
        return str(old), str(new)

    monkeypatch.setattr(dialogs, "ask_pair", fake_ask)
    window.acts.open_pair.trigger()
    wait_idle(qtbot, window, quotes=False)
    assert window.diff.comparison.old.path == old
    assert window.diff.comparison.new.path == new
    window.acts.open_pair.trigger()  # the dialog starts from the open pair
    assert seen["initial"] == (str(old), str(new))


def test_two_files_dropped_on_a_pane_the_first_goes_there(window, write, qtbot):
    first, second = write("first.txt", OLD), write("second.txt", NEW)
    assert drop_files(window.views["new"].viewport(), [first, second])
    wait_idle(qtbot, window, quotes=False)
    assert window.diff.comparison.new.path == first
    assert window.diff.comparison.old.path == second
