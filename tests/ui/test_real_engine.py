"""The window on the bundled sample pair with the real engine and spaCy: every quote jumps."""

from __future__ import annotations

from pathlib import Path

from conftest import settled, wait_idle
from PySide6.QtCore import Qt

from reader.ui.sidebar.models import ROW_ROLE

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _click_row(qtbot, window, row: int):
    view, proxy = window.sidebar.quote_view, window.sidebar.proxy
    index = proxy.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: settled(window))
    return index.data(ROW_ROLE)


def test_every_quote_of_the_sample_pair_jumps_in_both_panes(window, qtbot):
    window.open_pair(SAMPLES / "harbour-original.txt", SAMPLES / "harbour-rewrite.txt")
    wait_idle(qtbot, window, timeout=120000)
    proxy = window.sidebar.proxy
    assert proxy.rowCount() >= 20
    statuses = {proxy.index(i, 0).data(ROW_ROLE).status for i in range(proxy.rowCount())}
    assert {"verbatim", "altered", "dropped", "unsupported"} <= statuses
    comparison = window.diff.comparison
    sides = (
        (window.views["old"], comparison.old.text, "old_span"),
        (window.views["new"], comparison.new.text, "new_span"),
    )
    for i in range(proxy.rowCount()):
        row = _click_row(qtbot, window, i)
        for view, text, which in sides:
            span = getattr(row, which)
            if span is None:
                continue  # one-sided: the other pane marks where the words would have been
            words = text[span.start : span.end].replace("\n", "\u2029")  # Qt's paragraph mark
            assert view.textCursor().selectedText() == words, (i, row.status, which)
            assert view.is_offset_visible(span.start), (i, row.status, which)
