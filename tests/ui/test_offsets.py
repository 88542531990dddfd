"""Engine offsets (code points) against Qt positions (UTF-16 units), with text outside the BMP."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.documents.model import Span
from reader.ui.offsets import OffsetMap

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

    from reader.ui.article import prepare
    from reader.ui.article_view import ArticleView

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
