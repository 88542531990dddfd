"""Highlight runs on a long article, applied stretch by stretch from the visible block on."""

from __future__ import annotations

from fakes import make_document

from reader.ui.panes.article import Run, prepare
from reader.ui.panes.article_view import ArticleView
from reader.ui.panes.run_slices import STRETCH_CHARS

PARAGRAPHS = 800


def long_article() -> str:
    # About 64k characters: several stretches, so slices must split and wrap round.
    line = "Paragraph {n} says the harbour council met again and argued about the budget."
    return "\n\n".join(line.format(n=n) for n in range(PARAGRAPHS)) + "\n"


def shown_view(qtbot, text: str) -> ArticleView:
    view = ArticleView()
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    view.set_article(prepare(make_document(text)), headline=False)
    layout = view.document().documentLayout()
    layout.blockBoundingRect(view.document().lastBlock())  # all laid out, as after the pacer
    qtbot.waitUntil(view.pacer.is_done)
    return view


def test_every_block_gets_its_runs_and_stays_laid_out(qtbot) -> None:
    text = long_article()
    assert len(text) > 2 * STRETCH_CHARS
    view = shown_view(qtbot, text)
    doc = view.document()
    middle = doc.findBlockByNumber(PARAGRAPHS)  # blocks alternate text and blank lines
    view.verticalScrollBar().setValue(int(doc.documentLayout().blockBoundingRect(middle).top()))
    # "harbour" in every other text block; the visible ones are coloured first.
    runs = {
        n: [Run(text.split("\n")[n].index("harbour"), 7, "replaced")]
        for n in range(0, 2 * PARAGRAPHS, 4)
    }
    view.set_runs(runs)
    qtbot.waitUntil(view.runs_done, timeout=20000)

    for number in range(doc.blockCount()):
        block = doc.findBlockByNumber(number)
        starts = [(r.start, r.length) for r in block.layout().formats()]
        assert starts == [(s, n) for s, n, _ in runs.get(number, [])], number
        if block.length() > 1:
            # setFormats drops a block's lines; its stretch must have been laid out again.
            assert block.layout().lineCount() > 0, number


def test_new_runs_clear_blocks_coloured_before(qtbot) -> None:
    view = shown_view(qtbot, long_article())
    view.set_runs({n: [Run(0, 9, "replaced")] for n in range(0, 2 * PARAGRAPHS, 2)})
    view.finish_runs()
    view.set_runs({4: [Run(0, 9, "deleted")]})
    view.finish_runs()
    coloured = [
        n
        for n in range(view.document().blockCount())
        if view.document().findBlockByNumber(n).layout().formats()
    ]
    assert coloured == [4]
