"""One shortcut per action: no key is claimed twice, F5 reloads, Ctrl+= zooms."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


def all_keys(window) -> Counter[str]:
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            keys[key.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    return keys


def test_no_key_is_claimed_by_two_actions(window):
    keys = all_keys(window)
    assert keys, "the window has shortcuts"
    assert [k for k, n in keys.items() if n > 1] == []


def test_f5_reloads_and_compare_again_has_its_own_key(window):
    assert QKeySequence("F5") in window.acts.reload.shortcuts()
    assert QKeySequence("F5") not in window.acts.recompute.shortcuts()
    assert not window.acts.recompute.shortcut().isEmpty()


def test_ctrl_equals_zooms_in(window, qtbot):
    assert QKeySequence("Ctrl+=") in window.acts.zoom_in.shortcuts()
    size = window.views["new"].point_size()
    window.views["new"].setFocus()
    qtbot.keyClick(
        window.views["new"],
        "=",
        modifier=Qt.KeyboardModifier.ControlModifier,
    )
    assert window.views["new"].point_size() == size + 1


def test_a_wide_window_keeps_the_toolbar_labels_and_the_legend(window, qtbot):
    from PySide6.QtWidgets import QToolBar, QToolButton

    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.width() == 1440)
    bar = window.findChild(QToolBar, "mainToolbar")
    styles = {
        a.objectName(): bar.widgetForAction(a).toolButtonStyle()
        for a in bar.actions()
        if isinstance(bar.widgetForAction(a), QToolButton)
    }
    assert styles["action_open_pair"] == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert styles["action_next_change"] == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    legend_right = window.legend.mapTo(window, window.legend.rect().topRight()).x()
    assert window.legend.isVisible() and legend_right <= window.width()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert bar.widgetForAction(window.acts.next_change).toolButtonStyle() == (
        Qt.ToolButtonStyle.ToolButtonIconOnly
    )
