"""The quote sidebar: models, filtering, and selecting a quote in both panes."""

from __future__ import annotations

import fakes
import pytest
from conftest import settled, wait_idle
from PySide6.QtCore import Qt

from reader.ui.sidebar.models import (
    ROW_ROLE,
    QuoteFilterProxy,
    QuoteListModel,
    SpeakerListModel,
    quote_rows,
    speaker_rows,
)


@pytest.fixture
def sample_pair(write):
    return write("old.txt", fakes.OLD_TEXT), write("new.txt", fakes.NEW_TEXT)


def test_models_pass_the_model_tester(qtmodeltester):
    _old, _new, comparison, audit = fakes.sample_results()
    model = QuoteListModel()
    model.set_rows(quote_rows(audit, comparison))
    qtmodeltester.check(model)
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    speakers = SpeakerListModel()
    speakers.set_rows(speaker_rows(audit))
    qtmodeltester.check(speakers)


def test_filter_by_status_and_text():
    _old, _new, comparison, audit = fakes.sample_results()
    model = QuoteListModel()
    model.set_rows(quote_rows(audit, comparison))
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_status("dropped")
    assert proxy.rowCount() == 1
    proxy.set_status("")
    proxy.set_text("wei")
    assert [proxy.index(i, 0).data() for i in range(proxy.rowCount())] == [
        "Every resident deserves a safe crossing,"
    ]


def test_tooltip_shows_word_diff():
    _old, _new, comparison, audit = fakes.sample_results()
    model = QuoteListModel()
    model.set_rows(quote_rows(audit, comparison))
    altered = next(i for i, r in enumerate(model.rows) if r.status == "altered")
    tip = model.index(altered, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<s" in tip and "like never before" in tip


def click_quote(qtbot, window, status: str):
    view = window.sidebar.quote_view
    proxy = window.sidebar.proxy
    row = next(
        i for i in range(proxy.rowCount()) if proxy.index(i, 0).data(ROW_ROLE).status == status
    )
    index = proxy.index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: settled(window))
    return proxy.index(row, 0).data(ROW_ROLE)


def test_clicking_a_quote_selects_it_in_both_panes(window, sample_pair, qtbot, fake_quotes):
    window.open_pair(*sample_pair)
    wait_idle(qtbot, window)
    assert window.sidebar.quotes.rowCount() == 3
    row = click_quote(qtbot, window, "altered")
    old, new = window.views["old"], window.views["new"]
    assert old.textCursor().selectedText() == row.old_text
    assert new.textCursor().selectedText() == row.new_text
    assert old.is_offset_visible(row.old_span.start)
    assert new.is_offset_visible(row.new_span.start)


def test_a_dropped_quote_shows_where_it_would_have_been(window, sample_pair, qtbot, fake_quotes):
    window.open_pair(*sample_pair)
    wait_idle(qtbot, window)
    row = click_quote(qtbot, window, "dropped")
    old, new = window.views["old"], window.views["new"]
    assert old.textCursor().selectedText() == row.old_text
    assert new.ghost() == window.diff.comparison.old_to_new(row.old_span.start)
    assert not new.textCursor().hasSelection()
    assert new.is_offset_visible(new.ghost())


def test_clicking_a_speaker_marks_their_mentions(window, sample_pair, qtbot, fake_quotes):
    window.open_pair(*sample_pair)
    wait_idle(qtbot, window)
    speakers = window.sidebar.speakers
    ruiz = next(i for i, r in enumerate(speakers.rows) if r.name == "Ana Ruiz")
    view = window.sidebar.speaker_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(speakers.index(ruiz, 0)).center(),
    )
    marked = [s.cursor.selectedText() for s in window.views["new"].extraSelections()]
    assert "Ruiz" in marked


def test_status_bar_counts_quotes(window, sample_pair, qtbot, fake_quotes):
    window.open_pair(*sample_pair)
    wait_idle(qtbot, window)
    label = window.summary_label
    assert "1 verbatim" not in label.full_text()
    # shown in full once the status bar has its width (busy widgets hidden)
    qtbot.waitUntil(lambda: "1 altered, 1 dropped, 1 added" in label.text())


def test_a_speaker_named_in_running_text_is_shown_capitalised():
    from reader.ui.sidebar.models import display_name

    assert display_name("council") == "Council"
    assert display_name("Mayor Ana Ruiz") == "Mayor Ana Ruiz"
    assert display_name("") == ""


def test_quotes_sort_by_severity_then_in_reading_order():
    _old, _new, comparison, audit = fakes.sample_results()
    model = QuoteListModel()
    model.set_rows(quote_rows(audit, comparison))
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
    assert [r.severity() for r in rows] == sorted(r.severity() for r in rows)
    assert [r.status for r in rows][:2] == ["unsupported", "dropped"]
    proxy.set_order("reading")
    rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
    assert [r.order for r in rows] == sorted(r.order for r in rows)


def test_severity_puts_a_changed_speaker_first():
    from reader.ui.sidebar.models import QuoteRow

    def row(status, changed=False, order=0):
        return QuoteRow(status, changed, "X", "a", "a", None, None, order)

    rows = [row("verbatim", order=1), row("altered"), row("verbatim", True, 5), row("dropped")]
    assert [r.severity() for r in sorted(rows, key=QuoteRow.severity)] == [0, 2, 3, 4]


def test_quote_text_is_shown_with_balanced_marks():
    from reader.present.quote_text import quote_display

    assert quote_display("Trump's 'very constructive efforts") == (
        "“Trump's 'very constructive efforts'”"
    )
    assert quote_display("He said ‘no way") == "“He said ‘no way’”"
    assert quote_display("“already quoted”") == "“already quoted”"
    assert quote_display("rock 'n' roll in the '90s") == "“rock 'n' roll in the '90s”"
    assert quote_display("I'm against it.") == "“I'm against it.”"


def test_chips_count_each_status_and_filter(window, sample_pair, qtbot, fake_quotes):
    window.open_pair(*sample_pair)
    wait_idle(qtbot, window)
    chips = window.sidebar.chips
    assert chips.buttons[""].text() == "All 3"
    assert chips.buttons["dropped"].text() == "Dropped 1"
    assert not chips.buttons["verbatim"].isEnabled()
    qtbot.mouseClick(chips.buttons["dropped"], Qt.MouseButton.LeftButton)
    proxy = window.sidebar.proxy
    assert [proxy.index(i, 0).data(ROW_ROLE).status for i in range(proxy.rowCount())] == ["dropped"]
    qtbot.mouseClick(chips.buttons[""], Qt.MouseButton.LeftButton)
    assert proxy.rowCount() == 3


def test_the_speakers_list_shows_six_rows_at_the_default_size(window, qtbot):
    from reader.ui.sidebar.delegates import SpeakerDelegate

    window.resize(1360, 860)
    qtbot.waitUntil(
        lambda: window.sidebar.speaker_view.viewport().height() >= 6 * SpeakerDelegate.row_height()
    )


def test_a_credit_removed_or_added_is_a_badge_beside_the_status(qtbot):
    from PySide6.QtGui import QImage, QPainter

    from reader.ui.sidebar.delegates import paint_badge
    from reader.ui.sidebar.models import QuoteRow
    from reader.ui.theme import LIGHT

    removed = QuoteRow("verbatim", False, "X → Unattributed", "a", "a", None, None, 0,
                       attribution="attribution_removed")  # fmt: skip
    assert removed.badges() == ["verbatim", "attribution_removed"]
    assert removed.status_text == "Verbatim · Attribution removed"
    assert not removed.has("speaker_changed") and removed.has("verbatim")
    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    widths = [paint_badge(painter, 0, 0, badge, LIGHT) for badge in removed.badges()]
    painter.end()
    assert all(width > 20 for width in widths)
    assert widths[1] > widths[0]  # "ATTRIBUTION REMOVED" is longer than "VERBATIM"


def test_speaker_counts_are_the_quote_lists_rows(sample_old, sample_new):
    # The sample's invented claim holds a quoted phrase: one audit row, so one quote for
    # its speaker here too (the quote list and the speakers list must not disagree).
    from reader import analysis

    comparison, audit = analysis.analyse_pair(analysis.load(sample_old), analysis.load(sample_new))
    rows = {row.name: row for row in speaker_rows(audit)}
    assert (rows["Industry observers"].old_quotes, rows["Industry observers"].new_quotes) == (0, 1)
    listed = quote_rows(audit, comparison)
    credited_new = sum(1 for e in audit.entries if e.new is not None and e.speaker_new)
    credited_old = sum(1 for e in audit.entries if e.old is not None and e.speaker_old)
    assert sum(r.new_quotes for r in rows.values()) == credited_new
    assert sum(r.old_quotes for r in rows.values()) == credited_old
    assert len(listed) == len(audit.entries)


def test_chips_wrap_whole_in_the_narrowest_sidebar(window, sample_pair, qtbot, fake_quotes):
    from PySide6.QtWidgets import QSplitter

    from reader.ui.window.layout import SIDEBAR_MIN_WIDTH

    window.open_pair(*sample_pair)
    wait_idle(qtbot, window)
    splitter = window.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([2000, SIDEBAR_MIN_WIDTH])
    chips = window.sidebar.chips
    qtbot.waitUntil(lambda: window.sidebar.width() <= SIDEBAR_MIN_WIDTH + 1)
    qtbot.waitUntil(lambda: chips.buttons["verbatim"].geometry().bottom() < chips.height())
    boxes = [button.geometry() for button in chips.buttons.values()]
    assert all(chips.rect().contains(box) for box in boxes)  # no chip is cut off
    assert all(b.width() >= b.sizeHint().width() for b in chips.buttons.values())
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert len({box.top() for box in boxes}) >= 2  # wrapped onto more lines
