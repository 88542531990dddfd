"""A very long paragraph is shown as several text blocks; offsets, selection, colours hold.

Qt lays out one block in one piece on the GUI thread (a paragraph of a million
characters held the window for seconds), so the pane cuts long paragraphs
into continuation blocks. These tests check the cut by its result (block
count and length), not by a clock; the speed is in benchmarks/README.md.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.documents.model import Span
from reader.present.marks import Highlight, Mark
from reader.ui.panes import block_splits
from reader.ui.panes.article import ZERO_WIDTH_SPACE, block_runs, prepare
from reader.ui.panes.block_splits import MAX_BLOCK_CHARS, PARAGRAPH_SEPARATOR, split_blocks

WORDS = ("The", "harbour", "council", "said", "on", "Tuesday", "that", "costs", "rose.")


def long_paragraph(chars: int) -> str:
    words: list[str] = []
    length = 0
    n = 0
    while length < chars:
        word = WORDS[n % len(WORDS)] + (str(n) if n % 7 == 0 else "")
        words.append(word)
        length += len(word) + 1
        n += 1
    return " ".join(words)


def _blocks_of(qt_text: str) -> list[str]:
    return qt_text.replace("\n", PARAGRAPH_SEPARATOR).split(PARAGRAPH_SEPARATOR)


def test_a_million_character_paragraph_becomes_short_blocks_with_the_same_positions() -> None:
    from fakes import make_document

    para = long_paragraph(1_000_000)
    text = f"Title.\n\n{para}\n\nLast words."
    prepared = prepare(make_document(text))
    blocks = _blocks_of(prepared.qt_text)
    assert len(prepared.qt_text) == len(text)  # one character for one: no offset moves
    assert len(blocks) == len(prepared.block_starts) > 1_000_000 // MAX_BLOCK_CHARS
    assert max(len(b) for b in blocks) <= MAX_BLOCK_CHARS
    cut = [i for i, ch in enumerate(prepared.qt_text) if ch == PARAGRAPH_SEPARATOR]
    assert all(text[i] == " " for i in cut)  # only spaces were replaced
    assert all(text[i - 1] == "." for i in cut)  # and only after a sentence's end
    assert prepared.continued == frozenset(range(3, len(blocks) - 2))
    assert prepared.text == text


def test_a_million_character_token_is_cut_at_its_break_marks() -> None:
    from fakes import make_document

    text = "Title.\n\nBefore " + "x" * 1_000_000 + " after."
    prepared = prepare(make_document(text))
    blocks = _blocks_of(prepared.qt_text)
    assert max(len(b) for b in blocks) <= MAX_BLOCK_CHARS
    assert len(blocks) > 1_000_000 // MAX_BLOCK_CHARS
    shown = prepared.qt_text.replace(PARAGRAPH_SEPARATOR, ZERO_WIDTH_SPACE)
    assert shown.replace(ZERO_WIDTH_SPACE, "") == text  # only break marks became separators
    assert prepared.offsets.qt_length == len(prepared.qt_text)


def test_a_word_without_break_marks_that_fills_the_cut_window_is_cut_before() -> None:
    """Words up to 2,000 characters get no break marks and can fill the stretch where a cut
    belongs (found by `make fuzz`: blocks of 3,011-3,198 characters)."""
    from fakes import make_document

    for text in (
        "\t" * 1345 + "x" * 1853,
        "Said. " * 300 + "中" * 1895 + " end.",
        "word " * 400 + "y" * 1999 + " more words.",
    ):
        prepared = prepare(make_document(text))
        blocks = _blocks_of(prepared.qt_text)
        assert max(len(b) for b in blocks) <= MAX_BLOCK_CHARS, [len(b) for b in blocks]
        assert len(prepared.qt_text) == len(text)


LINE_PIECES = st.sampled_from(
    ["a", "b.", " ", ". ", "\n", "\u2029", "\r", "😀", "\u00a0", "\u200b", "\ufdd0"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE_PIECES, max_size=300))
def test_block_starts_are_where_qt_starts_its_blocks(pieces: list[str]) -> None:
    """Whatever the text (Qt's own block breaks included), the pane's blocks are the listed ones."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    text = "".join(pieces)
    with (
        mock.patch.object(block_splits, "MAX_BLOCK_CHARS", 12),
        mock.patch.object(block_splits, "MIN_BLOCK_CHARS", 6),
    ):
        blocks = split_blocks(text)
    assert len(blocks.text) == len(text)
    for before, after in zip(text, blocks.text, strict=True):
        replaced = after == PARAGRAPH_SEPARATOR and (before.isspace() or before in "\u200b\ufdd0")
        assert after == before or replaced
    doc = QTextDocument()
    QTextCursor(doc).insertText(blocks.text)
    qt_starts = []
    block = doc.begin()
    while block.isValid():
        qt_starts.append(block.position())
        block = block.next()
    assert tuple(qt_starts) == blocks.starts
    assert doc.characterCount() - 1 == len(text.encode("utf-16-le")) // 2
    for number in blocks.continued:
        assert blocks.text[_index_before(blocks, number)] == PARAGRAPH_SEPARATOR


def _index_before(blocks: block_splits.Blocks, number: int) -> int:
    """The index in `blocks.text` of the separator that ends block `number - 1`."""
    target = blocks.starts[number] - 1
    position = 0
    for index, ch in enumerate(blocks.text):
        if position == target:
            return index
        position += 2 if ord(ch) > 0xFFFF else 1
    raise AssertionError(target)


def test_the_pane_keeps_selection_colours_copy_and_folds_across_the_cuts(qtbot) -> None:
    from fakes import make_document
    from PySide6.QtWidgets import QApplication

    from reader.ui.panes.article_view import ArticleView
    from reader.ui.panes.folding import Fold
    from reader.ui.window.findbar import find_all

    para = long_paragraph(60_000)
    text = f"Title.\n\n{para}\n\nAnother paragraph."
    prepared = prepare(make_document(text))
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_article(prepared)
    doc = view.document()
    assert doc.blockCount() == len(prepared.block_starts) > 60_000 // MAX_BLOCK_CHARS
    longest = max(doc.findBlockByNumber(n).length() for n in range(doc.blockCount()))
    assert longest <= MAX_BLOCK_CHARS + 1

    # A selection across a cut: the document's words, copied with their space.
    first_cut = prepared.qt_text.index(PARAGRAPH_SEPARATOR)
    span = Span(first_cut - 20, first_cut + 20)
    view.select_span(span)
    assert view.selected_span() == span
    view.copy()
    assert QApplication.clipboard().text() == text[span.start : span.end]
    assert "\n" not in QApplication.clipboard().text()
    # Find sees the phrase across the cut, as the reader does
    phrase = text[first_cut - 12 : first_cut + 12]
    assert Span(first_cut - 12, first_cut + 12) in find_all(view, phrase.upper())

    # Jump to a word deep in the paragraph: it is in view.
    deep = text.index("Tuesday", 50_000)
    view.center_on(deep)
    assert view.is_offset_visible(deep)
    assert 0 <= deep - view.offset_at_y(view.y_of_offset(deep) + 2) < 150  # its line

    # Colour a word in a late block: the run lands on that word.
    word = Span(deep, deep + len("Tuesday"))
    runs = block_runs(prepared, [Highlight(word, Mark.INSERTED)])
    view.set_runs(runs)
    view.finish_runs()
    ((number, (run,)),) = runs.items()
    block = doc.findBlockByNumber(number)
    assert number in prepared.continued
    assert block.text()[run.start : run.start + run.length] == "Tuesday"
    assert [(f.start, f.length) for f in block.layout().formats()] == [(run.start, run.length)]

    # 'Changes only' hiding: the paragraph's first block brings its continuations with it.
    view.set_visible_blocks({0, 2}, [Fold(2, 1, frozenset({9}))])
    shown = [doc.findBlockByNumber(n).isVisible() for n in range(doc.blockCount())]
    last_piece = doc.blockCount() - 3
    assert all(shown[2 : last_piece + 1])
    assert not shown[-1]  # "Another paragraph." stays hidden
    assert view.fold_rows.folds[0].anchor_block == last_piece  # the row sits under the paragraph
    view.set_visible_blocks({0}, [Fold(0, 2, frozenset({9}))])
    assert not any(doc.findBlockByNumber(n).isVisible() for n in range(2, doc.blockCount()))
