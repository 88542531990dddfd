"""The outline round a jumped-to change fades; its duration is set, not slept through."""

from __future__ import annotations

from reader.analysis import Span
from reader.ui.panes.article_view import FLASH_MS, ArticleView


def test_the_outline_fades_over_the_set_duration(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.setPlainText("The harbour plan was approved.")
    view.flash(Span(4, 11))
    assert view.flash_running()  # for FLASH_MS
    qtbot.waitUntil(lambda: view.flash_strength > 0.5)  # drawn, and still fading
    assert FLASH_MS > 0
    view.set_flash_duration(0)
    view.flash(Span(4, 11))
    qtbot.waitUntil(lambda: not view.flash_running())
    assert view.flash_strength == 0.0
