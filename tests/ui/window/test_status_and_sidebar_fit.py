"""What the window's chrome shows fits it: the status bar's figures in whole parts (never half
a list of counts), the sidebar's summary in all its lines, and a toggle named for what it does.
"""

from __future__ import annotations

from conftest import wait_idle
from PySide6.QtWidgets import QToolBar, QToolButton

from reader.ui.window.status_bar import MORE, SummaryLabel
from reader.ui.window.status_text import GROUP_GAP, Part, join_parts

PARTS = [
    Part("44% similar"),
    Part("470 words removed", " · "),
    Part("113 added", " · "),
    Part("Quotes: 11 verbatim, 6 altered, 14 dropped, 2 added", GROUP_GAP),
    Part("What changed: 3 high, 27 medium, 41 low", GROUP_GAP),
]


def _kept_parts(shown: str) -> list[Part]:
    """The parts `shown` begins with, checking it holds nothing else but the closing mark."""
    kept: list[Part] = []
    for part in PARTS:
        if shown.startswith(join_parts([*kept, part])):
            kept.append(part)
    rest = shown.removeprefix(join_parts(kept))
    assert rest in ("", GROUP_GAP + MORE, MORE), f"a part was cut: {shown!r}"
    return kept


def test_the_summary_shows_whole_parts_and_the_tooltip_holds_all(qtbot) -> None:
    label = SummaryLabel()
    qtbot.addWidget(label)
    label.show()
    label.set_parts(PARTS)
    full = join_parts(PARTS)
    label.resize(label.fontMetrics().horizontalAdvance(full) + 20, 20)
    assert label.text() == full
    assert label.toolTip() == ""
    widths = {}
    for fraction in (0.9, 0.7, 0.5, 0.3, 0.1):
        label.resize(round(label.fontMetrics().horizontalAdvance(full) * fraction), 20)
        shown = label.text()
        widths[fraction] = len(_kept_parts(shown))
        assert shown.endswith(MORE)
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
        assert "41 low" in label.toolTip() and "44% similar" in label.toolTip()
        assert label.full_text() == full
    assert widths[0.9] == 4 and widths[0.1] == 0  # the last part goes first, then the others
    assert sorted(widths.values(), reverse=True) == list(widths.values())


def _whole_parts(shown: str, parts: list[Part]) -> bool:
    """`shown` is some of `parts` in their order, whole, with "…" standing for the rest."""
    at = 0
    for part in parts:
        for text in (part.gap + part.text, part.gap + MORE, part.text, MORE):
            if shown.startswith(text, at) and text:
                at += len(text)
                break
    if shown.endswith(GROUP_GAP + MORE) and at == len(shown) - len(GROUP_GAP + MORE):
        at = len(shown)
    return at == len(shown)


def test_minor_figures_give_way_before_the_quotes_and_the_changes(qtbot) -> None:
    parts = [Part(p.text, p.gap, minor=p.gap == " · ") for p in PARTS]
    label = SummaryLabel()
    qtbot.addWidget(label)
    label.show()
    label.set_parts(parts)
    full = join_parts(parts)
    metrics = label.fontMetrics()
    without = join_parts([parts[0], Part(MORE, " · "), *parts[3:]])
    label.resize(metrics.horizontalAdvance(without) + 4, 20)
    assert metrics.horizontalAdvance(full) > label.contentsRect().width()
    assert label.text() == without  # "44% similar · …     Quotes: …     What changed: …"
    assert "What changed: 3 high" in label.text() and "113 added" in label.toolTip()
    quotes = join_parts([parts[0], Part(MORE, " · "), parts[3]]) + GROUP_GAP + MORE
    label.resize(metrics.horizontalAdvance(quotes) + 4, 20)  # still too narrow: cut the end
    assert label.text() == quotes


def test_the_status_bar_never_cuts_a_part_at_any_window_width(
    window, sample_old, sample_new, qtbot, fake_quotes
):
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window)
    label = window.summary_label
    full = label.full_text()
    assert "What changed: " in full and "Quotes: " in full
    for width in (1600, 1400, 1200, 1024):
        window.resize(width, 800)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.waitUntil(lambda: label.width() < window.width() - 100)  # the bar's layout ran
        shown = label.text()
        assert _whole_parts(shown, label._parts), shown
        assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
        if shown != full:
            assert "What changed:" in label.toolTip()
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: label.text() == full)  # room again: everything shows


def test_the_sidebar_summary_keeps_all_its_lines_in_a_short_window(
    window, sample_old, sample_new, qtbot, fake_quotes
):
    window.resize(1024, 560)
    window.splitter.setSizes([780, 244])  # a narrow sidebar: the summary needs two lines
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window)
    sidebar = window.sidebar
    summary = sidebar.summary
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    assert summary.heightForWidth(summary.width()) > summary.fontMetrics().height()  # 2+ lines
    below = sidebar.filter_edit.mapTo(sidebar, sidebar.filter_edit.rect().topLeft()).y()
    assert summary.mapTo(sidebar, summary.rect().bottomLeft()).y() < below
    # the list follows the filters directly; the placeholder takes its place, not room above
    assert sidebar.quote_view.isVisible() and not sidebar.placeholder.isVisible()
    sidebar.clear("Finding quotes and speakers…")
    assert sidebar.placeholder.isVisible() and not sidebar.quote_view.isVisible()
    assert sidebar.list_stack.currentWidget() is sidebar.placeholder  # in the list's own place


def test_the_sidebar_toggle_is_named_for_the_whole_sidebar(window, qtbot):
    action = window.acts.sidebar
    bar = window.findChild(QToolBar, "mainToolbar")
    button = bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert action.iconText() == "Sidebar"
    assert "Sidebar" in action.text().replace("&", "")
    shortcut = action.shortcut().toString()
    assert shortcut and shortcut in action.toolTip()
    assert "quotes" in action.toolTip() and "changes" in action.toolTip()
    assert window.sidebar.isVisible()
    action.trigger()
    assert not window.sidebar.isVisible()  # both tabs go: Quotes and Changes
    action.trigger()
    assert window.sidebar.isVisible()
    tabs = window.sidebar.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Quotes", "Changes"]


def test_a_long_file_name_in_progress_keeps_its_ends_and_the_summary_its_room(window, qtbot):
    from reader.ui.window.status_bar import PROGRESS_MAX_PX

    name = "council-minutes-" + "very-long-part-" * 200 + "FINAL-v2.txt"
    window.status.show_progress(f"Opening {name}…")
    label = window.progress_label
    shown = label.text()
    assert shown.startswith("Opening council-minutes-") and shown.endswith("FINAL-v2.txt…")
    assert "…" in shown[:-1]  # the middle gave way
    assert label.fontMetrics().horizontalAdvance(shown) <= PROGRESS_MAX_PX
    assert name in label.toolTip() and label.full_text() == f"Opening {name}…"
    window.status.show_progress("Comparing…")
    assert label.text() == "Comparing…" and label.toolTip() == ""
