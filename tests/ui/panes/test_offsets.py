"""Engine offsets (code points) against Qt positions (UTF-16 units), with text outside the BMP."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.documents.model import Span
from reader.ui.panes.offsets import OffsetMap

TEXTS = st.text(alphabet=st.sampled_from([*list("ab c\né"), "😀", "🌉", "𝔘", "中"]), max_size=60)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(TEXTS)
def test_to_qt_matches_utf16_length_of_prefix(text: str) -> None:
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        assert offsets.to_qt(i) == utf16_len(text[:i])


@given(TEXTS)
def test_from_qt_inverts_to_qt(text: str) -> None:
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        assert offsets.from_qt(offsets.to_qt(i)) == i
    assert offsets.qt_length == utf16_len(text)


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    offsets = OffsetMap("a😀b")
    assert [offsets.from_qt(p) for p in range(5)] == [0, 1, 1, 2, 3]


def test_pane_selects_the_right_characters_after_emoji(qtbot) -> None:
    from fakes import make_document

    from reader.ui.panes.article import prepare
    from reader.ui.panes.article_view import ArticleView

    text = "Bridge 🌉 opens 😀😀 today.\n\nThe mayor said “𝔘nity wins” again."
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(prepare(make_document(text)))
    start = text.index("𝔘nity")
    span = Span(start, start + len("𝔘nity wins"))
    view.select_span(span)
    selected = view.textCursor().selectedText().replace("\u2029", "\n")
    assert selected == "𝔘nity wins"
    assert view.selected_span() == span


@given(TEXTS, st.lists(st.integers(min_value=1, max_value=59), unique=True))
def test_inserted_breaks_keep_every_offset(text: str, cuts: list[int]) -> None:
    """With zero-width spaces shown before some characters, each character keeps its place."""
    from reader.ui.panes.article import with_breaks

    breaks = sorted(c for c in cuts if c < len(text))
    shown = with_breaks(text, breaks)
    offsets = OffsetMap(text, breaks)
    assert offsets.qt_length == utf16_len(shown)
    for i in range(len(text)):
        qt = offsets.to_qt(i)
        assert shown.encode("utf-16-le")[2 * qt : 2 * qt + 2] == text[i].encode("utf-16-le")[:2]
        assert offsets.from_qt(qt) == i
    for b in breaks:  # a position on a break belongs to the character after it
        assert offsets.from_qt(offsets.to_qt(b) - 1) == b


def test_a_long_token_is_broken_for_display_only(qtbot) -> None:
    from fakes import make_document
    from PySide6.QtWidgets import QApplication

    from reader.ui.panes.article import BREAK_EVERY, prepare
    from reader.ui.panes.article_view import ArticleView

    token = "x" * 100_000
    text = f"Title.\n\nBefore {token} after 😀 end."
    prepared = prepare(make_document(text))
    assert prepared.text == text  # the document's text is untouched
    marks = prepared.qt_text.count("\u200b") + prepared.qt_text.count("\u2029")
    assert marks == len(token) // BREAK_EVERY  # a few marks became block breaks (long line)
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    view.set_article(prepared)
    view.document().documentLayout().documentSize()  # lays the long token out
    start = text.index("after 😀")
    view.select_span(Span(start, start + len("after 😀")))
    assert view.textCursor().selectedText() == "after 😀"
    token_span = Span(text.index(token) + 1000, text.index(token) + 1600)
    view.select_span(token_span)
    view.copy()
    assert QApplication.clipboard().text() == "x" * 600  # no break marks copied
    assert view.selected_span() == token_span
