"""More screenshots for people to look at: the narrow window, the seed pair, changes only,
the current change, and the HTML report (a Qt render). Saved under test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ARTIFACTS, ROOT, settled, wait_idle
from PySide6.QtWidgets import QTextBrowser, QToolBar

from reader.report.html_report import render_html

# The seed pair sits beside the checkout (../shared/seeds); READER_SEEDS names another folder.
SEEDS = Path(os.environ.get("READER_SEEDS") or ROOT.parent / "shared" / "seeds")


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: settled(window), timeout=5000)


def save(widget, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10000
    return path


def test_narrow_window_keeps_every_tool_and_readable_panes(window, sample_old, sample_new, qtbot):
    window.resize(1024, 700)
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    for side in ("old", "new"):
        assert window.panes[side].width() >= 260
    toolbar = window.findChild(QToolBar, "mainToolbar")
    bar_right = toolbar.mapTo(window, toolbar.rect().topRight()).x()
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is None or not action.isVisible():
            continue
        assert button.isVisible(), action.text()  # every tool fits: nothing pushed off the bar
        assert button.mapTo(window, button.rect().topRight()).x() <= bar_right
    assert window.legend.isVisible()
    window.acts.next_change.trigger()
    window.acts.next_change.trigger()
    settle(qtbot, window)
    save(window, "window-narrow-1024x700.png")


def test_changes_only_screenshot(window, sample_old, sample_new, qtbot):
    window.resize(1440, 900)
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window, quotes=False)
    window.acts.only_changed.setChecked(True)
    window.acts.next_change.trigger()
    settle(qtbot, window)
    save(window, "window-changes-only.png")


@pytest.mark.skipif(
    not SEEDS.is_dir(),
    reason=f"no seed pair at {SEEDS} (put it in ../shared/seeds beside the checkout, "
    "or set READER_SEEDS to its folder)",
)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_seed_pair_screenshot(window, qtbot, theme):
    old = next(SEEDS.glob("001_*.txt"))
    new = next(SEEDS.glob("000_*.txt"))
    window.settings.set_theme(theme)
    window.apply_theme()
    window.resize(1440, 900)
    window.open_pair(old, new)
    wait_idle(qtbot, window)
    window.acts.next_change.trigger()
    settle(qtbot, window)
    save(window, f"seed-window-{theme}.png")


def test_html_report_screenshot(window, sample_old, sample_new, qtbot):
    window.open_pair(sample_old, sample_new)
    wait_idle(qtbot, window)
    html = render_html(window.diff.comparison, window.session.audit)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "report.html").write_text(html, encoding="utf-8")
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setOpenLinks(False)
    browser.resize(1200, 1400)
    browser.setHtml(html)
    browser.show()
    qtbot.waitExposed(browser)
    save(browser, "report-qt-render.png")
