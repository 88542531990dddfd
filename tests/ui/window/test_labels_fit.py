"""Labels that must not lose their point in a narrow window: a long file name gives up its
middle (never the word count), and the toolbar keeps "Ignore:" before its three toggles."""

from __future__ import annotations

from conftest import wait_idle
from PySide6.QtWidgets import QLabel, QToolBar

LONG = "city-paper_2016-09-17_council-votes-on-the-harbour-plan-after-long-debate"


def test_a_long_file_name_loses_its_middle_not_the_word_count(window, write, qtbot):
    old = write(f"{LONG}.old.txt", "Harbour plan passes.\n\nThe council voted on Monday.\n")
    new = write(f"{LONG}.new.txt", "Harbour plan passes.\n\nThe council voted on Tuesday.\n")
    window.resize(1400, 900)
    window.open_pair(old, new)
    wait_idle(qtbot, window, quotes=False)
    for side in ("old", "new"):
        meta = window.panes[side].header.meta
        shown = meta.text()
        assert shown.endswith("  ·  8 words"), shown
        assert "…" in shown and shown.startswith("city-paper")  # the middle went
        assert ".txt" in shown.split("  ·  ")[0]  # the end tells the two files apart
        assert meta.fontMetrics().horizontalAdvance(shown) <= meta.contentsRect().width()
        assert f"{LONG}.{side}.txt" in meta.toolTip()
    window.resize(2400, 900)
    meta = window.panes["new"].header.meta
    qtbot.waitUntil(lambda: "…" not in meta.text())  # room again: the whole name
    assert meta.text() == f"{LONG}.new.txt  ·  8 words"


def test_the_ignore_label_stays_in_a_narrow_window(window, qtbot):
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() <= 1000)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    label = toolbar.findChild(QLabel, "ignoreLabel")
    assert label.isVisible() and label.text() == "Ignore:"
    legend = window.legend  # and the colour key still fits beside it, whole
    qtbot.waitUntil(lambda: legend.mapTo(window, legend.rect().topRight()).x() <= window.width())
    assert legend.width() >= legend.sizeHint().width()
    case = toolbar.widgetForAction(window.acts.ignore_case)
    assert case.isVisible()
    assert (
        label.mapTo(window, label.rect().topRight()).x()
        <= case.mapTo(window, case.rect().topLeft()).x()
    )
