"""A quote card shows the quote's own words: a quote over the hard line breaks of wire copy
loses none of them, and one too long for its card ends in "…" after a whole word."""

from __future__ import annotations

from conftest import wait_idle

from reader.ui.sidebar.delegates import QUOTE_LINES, card_lines, quote_font

# Written for this test: one sentence, hard-wrapped at about 45 columns as e-mailed copy is.
WRAPPED = """Harbour plan approved

Ana Ruiz, the mayor, told reporters on Monday
that "the council is sure the new container
yard will bring two hundred jobs to the
harbour and the town before the end of next
year," and left.
"""

LONG = (
    "Harbour plan approved\n\n"
    '"The council is sure the new container yard will bring two hundred jobs to the harbour, '
    "and the town will see the first of them before the end of next year, when the cranes "
    'arrive and the quay road is finished," said Mayor Ana Ruiz.\n'
)


def _words(text: str) -> list[str]:
    return text.replace("“", " ").replace("”", " ").split()


def _card(window, qtbot, write, text: str) -> tuple[list[str], str]:
    window.open_pair(write("old.txt", text), write("new.txt", text))
    wait_idle(qtbot, window)
    view = window.sidebar.quote_view
    row = window.sidebar.quotes.rows[0]
    width = view.viewport().width() - 2 * 12
    return card_lines(row, quote_font(), width), row.text


def test_a_hard_wrapped_quote_keeps_every_word_on_its_card(window, qtbot, write, fake_quotes):
    lines, quote = _card(window, qtbot, write, WRAPPED)
    assert "\n" in quote  # the file's own line breaks are in the quote
    assert all("\n" not in line for line in lines)
    assert _words(" ".join(lines)) == _words(quote)
    assert lines[0].startswith("“the council") and lines[-1].endswith("next year,”")


def test_a_quote_too_long_for_its_card_ends_in_an_ellipsis(window, qtbot, write, fake_quotes):
    window.resize(900, 880)  # a narrow sidebar: the quote needs more than three lines
    lines, quote = _card(window, qtbot, write, LONG)
    assert len(lines) == QUOTE_LINES
    assert lines[-1].endswith("…") and "…" not in " ".join(lines)[:-1]
    shown = _words(" ".join(lines)[:-1])
    assert shown == _words(quote)[: len(shown)]  # whole words, in order, none left out


def test_the_card_and_the_summary_use_the_reports_words(window, qtbot, write, fake_quotes):
    import fakes

    window.open_pair(write("old.txt", fakes.OLD_TEXT), write("new.txt", fakes.NEW_TEXT))
    wait_idle(qtbot, window)
    sidebar = window.sidebar
    assert sidebar.summary.text() == "3 quotes: 1 altered, 1 dropped, 1 added"
    assert sidebar.chips.buttons["unsupported"].text() == "Added 1"
    cut = next(row for row in sidebar.quotes.rows if row.status == "altered")
    assert cut.status_text == "Altered · trimmed"  # "like never before" cut from its end
    assert cut.badge_label("altered") == "Altered · trimmed"
    from PySide6.QtCore import Qt

    at = sidebar.quotes.rows.index(cut)
    tip = sidebar.quotes.index(at, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Altered · trimmed</b> — Words cut from its start or end, none added" in tip
    assert "with a new speaker" not in sidebar.summary.text()


def test_badges_wrap_to_the_cards_width(qtbot):
    from reader.ui.sidebar.delegates import QuoteDelegate, badge_lines
    from reader.ui.sidebar.models import QuoteRow

    row = QuoteRow("altered", True, "A → B", "a b", "a c", None, None, 0,
                   attribution="attribution_removed", alteration="words added")  # fmt: skip
    assert row.badges() == ["altered", "speaker_changed", "attribution_removed"]
    assert row.status_text == "Altered · words added · Speaker changed · Attribution removed"
    assert len(badge_lines(row, 2000)) == 1
    narrow = badge_lines(row, 150)
    assert [b for line in narrow for b in line] == row.badges() and len(narrow) == 3
    delegate = QuoteDelegate()
    assert delegate._measure(row, 174).height() > delegate._measure(row, 2024).height()
