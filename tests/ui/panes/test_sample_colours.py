"""On the bundled sample pair, a deleted paragraph is all Removed and an inserted one all Added.

The sample's answer key (resources/samples/README.md): original paragraph 6 (Okafor's
"not stand by") is dropped entirely and rewrite paragraph 11 ("Industry observers say …")
is new. Neither may be painted Reworded, whatever stands next to it.
"""

from __future__ import annotations

import re

from conftest import wait_idle
from PySide6.QtGui import QColor

DROPPED = 'Okafor added that his members would "not stand by"'
ADDED = "Industry observers say the yard could make Kelsby"


def word_colours(view, paragraph_start: str) -> list[str | None]:
    """The highlight colour of each word of the paragraph that starts with `paragraph_start`."""
    text = view.prepared.text
    start = text.index(paragraph_start)
    end = text.index("\n", start)
    block = view.document().findBlock(view.offsets.to_qt(start))
    ranges = block.layout().formats()
    colours: list[str | None] = []
    for word in re.finditer(r"\w+", text[start:end]):
        rel = view.offsets.to_qt(start + word.start()) - block.position()
        hit = [r for r in ranges if r.start <= rel < r.start + r.length]
        colours.append(hit[0].format.background().color().name() if hit else None)
    return colours


def test_the_deleted_and_inserted_paragraphs_keep_their_colours(
    window, sample_old, sample_new, qtbot
):
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window, quotes=False)
    theme = window.theme
    removed = word_colours(window.views["old"], DROPPED)
    added = word_colours(window.views["new"], ADDED)
    assert removed and set(removed) == {QColor(theme.deleted_bg).name()}
    assert added and set(added) == {QColor(theme.inserted_bg).name()}
