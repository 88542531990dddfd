"""Reader never writes to the files it opens; preferences reach the disk as they change;
dropping a file on a pane opens it."""

from __future__ import annotations

import hashlib
import os

from conftest import wait_idle
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reader.ui.window import dialogs

OLD = (
    'Council approves the bridge.\n\n"It will join our towns," said Mayor Ana Ruiz.\n\n'
    "Work starts in spring.\n"
)
NEW = OLD.replace("spring", "autumn") + '\n"We are ready," said engineer Li Wei.\n'


def fingerprint(path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def test_a_whole_session_leaves_the_opened_files_untouched(
    window, write, tmp_path, qtbot, monkeypatch, fake_quotes
):
    old, new = write("old.txt", OLD), write("new.txt", NEW)
    before = {p: fingerprint(p) for p in (old, new)}
    listing = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "export" / "report.html"
    out.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(out))

    window.open_pair(old, new)
    wait_idle(qtbot, window)
    assert window.sidebar.quotes.rowCount() >= 2
    window.sidebar.select_row(0)
    window.acts.next_change.trigger()
    window.acts.ignore_case.setChecked(True)
    wait_idle(qtbot, window)
    window.acts.export.trigger()
    assert "autumn" in out.read_text(encoding="utf-8")
    window.acts.swap.trigger()
    wait_idle(qtbot, window)
    window.close()

    assert {p: fingerprint(p) for p in (old, new)} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "export") == listing


def test_preferences_are_on_disk_as_soon_as_they_change(window, write, qtbot, tmp_path):
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    wait_idle(qtbot, window, quotes=False)
    window.acts.ignore_punctuation.setChecked(True)
    window.acts.zoom_in.trigger()
    on_disk = QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat)
    assert str(on_disk.value("options/ignore_punctuation")).lower() == "true"
    assert float(on_disk.value("view/font_size")) == window.views["old"].point_size()
    assert "b.txt" in str(on_disk.value("recent/pairs"))


def drop_files(widget, paths) -> bool:
    """Send a drag-enter and a drop carrying file URLs, as the window system would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        pos.toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_dropping_a_file_on_a_pane_opens_it_on_that_side(window, write, qtbot):
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    wait_idle(qtbot, window, quotes=False)
    dropped = write("dropped.txt", "A dropped article about the harbour.\n")
    assert drop_files(window.views["old"].viewport(), [dropped])
    qtbot.waitUntil(lambda: "dropped article" in window.views["old"].toPlainText(), timeout=10000)
    assert "dropped.txt" in window.panes["old"].header.meta.text()
    assert "autumn" in window.views["new"].toPlainText()  # the other side is kept
    wait_idle(qtbot, window, quotes=False)
    assert window.diff.comparison.old.path == dropped


def test_dropping_text_that_is_not_a_file_is_ignored(window, qtbot):
    mime = QMimeData()
    mime.setText("just some words")
    viewport = window.views["new"].viewport()
    pos = QPoint(10, 10)
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)  # delivered at once: nothing to wait for
    assert not window.session.is_busy()
    assert window.views["new"].toPlainText() == ""
