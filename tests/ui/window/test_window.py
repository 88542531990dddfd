"""The window end to end on the real engine: opening, highlighting, errors, options, navigation."""

from __future__ import annotations

from pathlib import Path

from conftest import settled, wait_idle
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QTextCursor

from reader.ui.panes.overlays import BAR_GAP, BAR_WIDTH, OUTLINE_PAD
from reader.ui.window import dialogs

OLD = "Council meets today.\n\nThe cat sat on the mat in the old town hall.\n\nVoters were calm.\n"
NEW = OLD.replace("cat", "dog") + "\nA new park opens soon.\n"


def formats_at(view, word: str) -> list[QColor]:
    """Background colours of highlight runs covering the first occurrence of `word`."""
    qt = view.offsets.to_qt(view.prepared.text.index(word))
    block = view.document().findBlock(qt)
    rel = qt - block.position()
    return [
        r.format.background().color()
        for r in block.layout().formats()
        if r.start <= rel and rel + len(word) <= r.start + r.length
    ]


def open_via_dialog(window, monkeypatch, qtbot, old, new) -> None:
    monkeypatch.setattr(dialogs, "ask_pair", lambda *a, **k: (str(old), str(new)))
    window.acts.open_pair.trigger()
    wait_idle(qtbot, window, quotes=False)


def test_open_pair_through_the_dialog_highlights_changed_words(window, write, monkeypatch, qtbot):
    open_via_dialog(window, monkeypatch, qtbot, write("a.txt", OLD), write("b.txt", NEW))
    old, new = window.views["old"], window.views["new"]
    assert "cat" in old.toPlainText() and "dog" in new.toPlainText()
    theme = window.theme
    assert QColor(theme.replaced_bg) in formats_at(old, "cat")
    assert QColor(theme.replaced_bg) in formats_at(new, "dog")
    assert QColor(theme.inserted_bg) in formats_at(new, "park")
    assert formats_at(new, "Voters") == []
    assert "b.txt" in window.panes["new"].header.meta.text()
    assert window.settings.recent_pairs()[0][1].endswith("b.txt")
    assert "similar" in window.summary_label.text()


def test_a_bad_file_shows_a_message_and_keeps_the_other_pane(window, write, qtbot, monkeypatch):
    open_via_dialog(window, monkeypatch, qtbot, write("a.txt", OLD), write("b.txt", NEW))
    before = window.views["old"].toPlainText()
    window.session.load_path("old", write("broken.txt", b""))
    qtbot.waitUntil(lambda: window.panes["old"].message.isVisible(), timeout=10000)
    assert "broken.txt" in window.panes["old"].message.text()
    assert window.views["old"].toPlainText() == before
    assert not window.panes["new"].message.isVisible()


def test_options_recompute_and_only_changed_paragraphs(window, write, qtbot, monkeypatch):
    open_via_dialog(
        window,
        monkeypatch,
        qtbot,
        write("a.txt", OLD),
        write("b.txt", NEW.replace("Voters", "VOTERS")),
    )
    assert formats_at(window.views["new"], "VOTERS")
    window.acts.ignore_case.setChecked(True)
    qtbot.waitUntil(lambda: window.diff.comparison.options.ignore_case, timeout=10000)
    wait_idle(qtbot, window, quotes=False)
    assert formats_at(window.views["new"], "VOTERS") == []
    assert window.settings.options().ignore_case
    window.acts.only_changed.setChecked(True)
    doc = window.views["new"].document()
    hidden = [b.text() for b in iter_blocks(doc) if not b.isVisible()]
    assert "VOTERS were calm." in hidden  # unchanged; the headline (first block) stays
    assert any("dog" in b.text() for b in iter_blocks(doc) if b.isVisible())
    window.acts.only_changed.setChecked(False)
    assert all(b.isVisible() for b in iter_blocks(doc))


def iter_blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_next_change_moves_both_panes(window, sample_old, sample_new, qtbot):
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window, quotes=False)
    links = window.diff.links
    for _ in range(3):
        window.acts.next_change.trigger()
    assert window.changes.index == 2  # from the top: first, second, third
    _mark, os_, _oe, ns, _ne = links[2]
    assert window.views["new"].is_offset_visible(ns)
    assert window.views["old"].is_offset_visible(os_)
    assert window.change_label.text() == f"Changed passage 3 of {len(links)}"


def test_the_current_change_is_outlined_and_keeps_its_word_colours(window, write, qtbot):
    old = write("a.txt", OLD)
    new = write("b.txt", NEW)
    window.open_pair(old, new)
    wait_idle(qtbot, window, quotes=False)
    window.acts.next_change.trigger()
    view = window.views["new"]
    span = view.current_span()
    assert span is not None and "dog" in view.prepared.text[span.start : span.end]
    assert window.change_label.text().startswith("Changed passage 1 of ")
    # no background fill over the change: the word colour is what the pixels show
    assert all(
        s.format.background().style() == Qt.BrushStyle.NoBrush for s in view.extraSelections()
    )
    qtbot.waitUntil(lambda: settled(window))
    image = view.viewport().grab().toImage()
    box = word_box(view, "dog")
    pixels = [
        image.pixelColor(x, y)
        for x in range(box.left(), box.right())
        for y in range(box.top(), box.bottom())
    ]
    word_colour = QColor(window.theme.replaced_bg)
    assert pixels.count(word_colour) > len(pixels) // 3
    bar_x = view.column_margin() - OUTLINE_PAD - BAR_GAP + BAR_WIDTH // 2
    assert image.pixelColor(bar_x, box.center().y()) == QColor(window.theme.accent)


def word_box(view, word: str) -> QRect:
    """The pixel box (viewport) of the first occurrence of `word`."""
    qt = view.offsets.to_qt(view.prepared.text.index(word))
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt)
    start = view.cursorRect(cursor)
    cursor.setPosition(qt + len(word))
    end = view.cursorRect(cursor)
    return QRect(start.left() + 1, start.top(), end.left() - start.left() - 2, start.height())


def test_next_at_the_last_change_leaves_a_note_then_wraps(window, write, qtbot):
    window.open_pair(write("a.txt", OLD), write("b.txt", NEW))
    wait_idle(qtbot, window, quotes=False)
    count = len(window.diff.links)
    for _ in range(count):
        window.acts.next_change.trigger()
    assert window.changes.index == count - 1
    window.acts.next_change.trigger()
    assert window.changes.index == count - 1
    assert "Last change" in window.statusBar().currentMessage()
    window.acts.next_change.trigger()
    assert window.changes.index == 0


def test_swap_sides(window, write, qtbot, monkeypatch):
    open_via_dialog(window, monkeypatch, qtbot, write("a.txt", OLD), write("b.txt", NEW))
    window.acts.swap.trigger()
    qtbot.waitUntil(lambda: "park" in window.views["old"].toPlainText(), timeout=10000)
    wait_idle(qtbot, window, quotes=False)
    assert QColor(window.theme.deleted_bg) in formats_at(window.views["old"], "park")


def test_swap_sides_swaps_the_counts_exactly(window, qtbot, monkeypatch):
    samples = Path(__file__).resolve().parents[3] / "resources" / "samples"
    old, new = samples / "harbour-original.txt", samples / "harbour-rewrite.txt"
    open_via_dialog(window, monkeypatch, qtbot, old, new)
    before = window.session.diff.comparison.stats
    shown = window.summary_label.text()
    assert f"{before.words_deleted} words removed" in shown
    window.acts.swap.trigger()
    qtbot.waitUntil(lambda: window.session.diff.comparison.old.path == new, timeout=10000)
    wait_idle(qtbot, window, quotes=False)
    after = window.session.diff.comparison.stats
    assert (after.words_deleted, after.words_inserted) == (
        before.words_inserted,
        before.words_deleted,
    )
    assert f"{before.words_inserted} words removed" in window.summary_label.text()
    assert f"{before.words_deleted} added" in window.summary_label.text()


def test_find_bar_selects_match_in_chosen_pane(window, write, qtbot, monkeypatch):
    open_via_dialog(window, monkeypatch, qtbot, write("a.txt", OLD), write("b.txt", NEW))
    window.acts.find.trigger()
    window.findbar.side.setCurrentIndex(1)  # original
    window.findbar.edit.setText("mat")
    assert window.views["old"].textCursor().selectedText() == "mat"
    assert window.findbar.count.text() == "1 of 1"


def test_find_counts_across_both_panes(window, write, qtbot, monkeypatch):
    open_via_dialog(window, monkeypatch, qtbot, write("a.txt", OLD), write("b.txt", NEW))
    window.views["old"].setFocus()
    window.acts.find.trigger()
    bar = window.findbar
    bar.edit.setText("the")  # "The cat sat on the mat in the old town hall." on each side
    assert bar.count.text() == "1 of 6  (3 in the original, 3 in the revised)"
    assert window.views["old"].textCursor().selectedText() == "The"
    for expected in ("2 of 6", "3 of 6", "4 of 6"):
        bar.search(forward=True)
        assert bar.count.text().startswith(expected)
    assert window.views["new"].textCursor().selectedText() == "The"
    bar.search(forward=True)
    bar.search(forward=True)
    bar.search(forward=True)
    assert bar.count.text().startswith("1 of 6")  # wraps
    bar.search(forward=False)
    assert bar.count.text().startswith("6 of 6")


def test_zoom_changes_both_panes_and_is_saved(window):
    size = window.views["old"].point_size()
    window.acts.zoom_in.trigger()
    assert window.views["old"].point_size() == window.views["new"].point_size() == size + 1
    assert window.settings.font_size() == size + 1


def test_paste_as_old(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("Pasted words here.\n\nSecond paragraph.")
    window.acts.paste_old.trigger()
    qtbot.waitUntil(lambda: "Pasted words" in window.views["old"].toPlainText(), timeout=10000)
