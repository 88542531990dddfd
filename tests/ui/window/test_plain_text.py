"""Text from documents and servers is shown literally: markup in a title or message opens nothing.

Each path gets `<img src="file:///…/red.png">` pointing at a real, bright red image:
if Qt took the text for rich text it would load and paint that file. The widgets
are grabbed and must show no red, and their text must be the markup itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from reader.documents.model import Document, Span
from reader.ui.panes.pane import MessageBar, PaneHeader
from reader.ui.plain import plain_tooltip
from reader.ui.sidebar.models import SpeakerListModel, SpeakerRow


@pytest.fixture
def markup(tmp_path) -> str:
    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    path = tmp_path / "secret.png"
    assert image.save(str(path))
    return f'<img src="{Path(path).as_uri()}" width=60 height=60><h1>VERIFIED</h1>'


def red_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) == QColor(255, 0, 0)
    )


def shows_literally(tip: str, text: str) -> bool:
    doc = QTextDocument()
    doc.setHtml(tip)
    return text in doc.toPlainText()


def test_pane_title_and_source_are_plain(qtbot, markup):
    header = PaneHeader("old")
    qtbot.addWidget(header)
    header.resize(900, 200)
    doc = Document(text="Body.", paragraphs=(Span(0, 5),), title=markup, source_url=markup)
    header.set_document(doc)
    header.show()
    qtbot.waitExposed(header)
    assert header.title.text() == markup
    assert red_pixels(header) == 0
    for tip in (header.title.toolTip(), header.meta.toolTip()):
        assert "<img" not in tip and shows_literally(tip, markup)


def test_message_bar_is_plain(qtbot, markup):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.resize(900, 200)
    bar.show_message(f"example.org answered 404 {markup}")
    qtbot.waitExposed(bar)
    assert markup in bar.text()
    assert red_pixels(bar) == 0


def test_window_labels_and_dialog_texts_are_plain(window, markup):
    window.sidebar.set_notice(markup)
    window.sidebar.set_busy(markup)
    window.status.show_progress(f"Fetching {markup}…")
    labels = [window.sidebar.notice, window.sidebar.placeholder, window.progress_label]
    labels += window.findChildren(QLabel)
    for label in labels:
        if markup in label.text():
            assert red_pixels(label) == 0
    assert red_pixels(window) == 0


def test_speaker_tooltip_is_plain(markup):
    model = SpeakerListModel()
    model.set_rows([SpeakerRow("s1", markup, markup, 1, 0, (), ())])
    tip = model.index(0, 0).data(3)  # ToolTipRole
    assert "<img" not in tip and shows_literally(tip, markup)


def test_error_box_is_plain(qtbot, markup, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.window import dialogs

    seen = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.textFormat(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    dialogs.show_error(None, "Export failed", markup)
    assert seen and seen[0][1] == markup
    from PySide6.QtCore import Qt

    assert seen[0][0] == Qt.TextFormat.PlainText


def test_plain_tooltip_escapes():
    assert plain_tooltip("") == ""
    assert shows_literally(plain_tooltip("a < b & <b>c</b>"), "a < b & <b>c</b>")
