"""A file changed on disk shows a bar with Reload; Reload shows the new text."""

from __future__ import annotations

from conftest import wait_idle
from PySide6.QtCore import Qt

OLD = "The council met today.\n\nIt approved the plan.\n"
NEW = "The council met today.\n\nIt rejected the plan.\n"


def test_a_changed_file_offers_a_reload(window, write, qtbot):
    old, new = write("001.txt", OLD), write("000.txt", NEW)
    window.open_pair(old, new)
    wait_idle(qtbot, window, quotes=False)
    bar = window.panes["old"].message
    assert not bar.isVisible()
    old.write_text(OLD.replace("approved", "postponed"), encoding="utf-8")
    qtbot.waitUntil(bar.isVisible, timeout=10000)
    assert bar.text() == "001.txt changed on disk"
    assert bar.action_button.text() == "Reload"
    assert "approved" in window.views["old"].toPlainText()  # nothing reloads by itself
    assert not window.panes["new"].message.isVisible()
    qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "postponed" in window.views["old"].toPlainText(), timeout=10000)
    wait_idle(qtbot, window, quotes=False)
    assert not bar.isVisible()


def test_a_file_saved_by_rename_is_still_watched(window, write, qtbot, tmp_path):
    old, new = write("001.txt", OLD), write("000.txt", NEW)
    window.open_pair(old, new)
    wait_idle(qtbot, window, quotes=False)
    temp = tmp_path / "new.tmp"
    temp.write_text(NEW + "\nA third paragraph.\n", encoding="utf-8")
    temp.replace(new)
    bar = window.panes["new"].message
    qtbot.waitUntil(bar.isVisible, timeout=10000)
    assert bar.text() == "000.txt changed on disk"
    bar.hide()
    new.write_text(NEW, encoding="utf-8")
    qtbot.waitUntil(bar.isVisible, timeout=10000)


def test_f5_reloads_both_files(window, write, qtbot):
    old, new = write("001.txt", OLD), write("000.txt", NEW)
    window.open_pair(old, new)
    wait_idle(qtbot, window, quotes=False)
    new.write_text(NEW.replace("rejected", "delayed"), encoding="utf-8")
    window.acts.reload.trigger()
    qtbot.waitUntil(lambda: "delayed" in window.views["new"].toPlainText(), timeout=10000)
