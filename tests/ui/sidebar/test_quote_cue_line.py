"""A quote card's speaker line names the words that report the quote ('· declined')."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.sidebar.models import SEARCH_ROLE, QuoteListModel, QuoteRow


def row(cue: str) -> QuoteRow:
    return QuoteRow("verbatim", False, "Port authority", "to comment", "to comment", None, None,
                    0, cue=cue)  # fmt: skip


def test_the_cue_follows_the_speaker_on_the_card_and_for_screen_readers() -> None:
    model = QuoteListModel()
    model.set_rows([row("declined"), row("")])
    first, second = model.index(0, 0), model.index(1, 0)
    assert model.rows[0].credit == "Port authority · declined"
    assert "quote by Port authority · declined:" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "quote by Port authority:" in second.data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_quote_filter_finds_a_quote_by_its_cue() -> None:
    model = QuoteListModel()
    model.set_rows([row("said → admitted")])
    assert "admitted" in model.index(0, 0).data(SEARCH_ROLE)
