"""Synchronised scrolling through the alignment, and stale work being cancelled or dropped."""

from __future__ import annotations

import threading
import time

from conftest import wait_idle

from reader import analysis
from reader.ui.panes.sync import sync_fraction
from reader.ui.workers import Runner


def paragraph(i: int) -> str:
    return (
        f"Paragraph {i} reports that item number {i} was discussed at length by the board. "
        f"Members of the public asked about item {i} and were told to wait for a decision."
    )


def long_pair() -> tuple[str, str]:
    old = [paragraph(i) for i in range(60)]
    new = (
        old[:10]
        + [f"An inserted note {k} explains what changed in the plans this week." for k in range(12)]
        + old[10:45]
        + old[47:]
    )
    return "\n\n".join(old) + "\n", "\n\n".join(new) + "\n"


def middle_sentence(view) -> str:
    y = view.scroll_y() + view.viewport_height() / 2
    offset = view.offset_at_y(y)
    text = view.prepared.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end]


def test_scrolling_one_pane_faces_the_aligned_paragraph(window, write, qtbot):
    old, new = long_pair()
    window.open_pair(write("old.txt", old), write("new.txt", new))
    wait_idle(qtbot, window, quotes=False)
    for target in (0.3, 0.55, 0.8):
        bar = window.views["old"].verticalScrollBar()
        bar.setValue(int(bar.maximum() * target))
        qtbot.waitUntil(lambda: middle_sentence(window.views["new"]).startswith("Paragraph"))
        facing_old = middle_sentence(window.views["old"])
        assert facing_old.startswith("Paragraph")
        qtbot.waitUntil(lambda want=facing_old: middle_sentence(window.views["new"]) == want)
    # and the other way round
    bar = window.views["new"].verticalScrollBar()
    bar.setValue(int(bar.maximum() * 0.4))
    qtbot.waitUntil(
        lambda: middle_sentence(window.views["old"]) == middle_sentence(window.views["new"])
    )


def test_sync_toggle_and_ends(window, write, qtbot):
    old, new = long_pair()
    window.open_pair(write("old.txt", old), write("new.txt", new))
    wait_idle(qtbot, window, quotes=False)
    o, n = window.views["old"].verticalScrollBar(), window.views["new"].verticalScrollBar()
    o.setValue(o.maximum())
    assert n.value() == n.maximum()
    o.setValue(0)
    assert n.value() == 0
    window.acts.sync.setChecked(False)
    o.setValue(o.maximum() // 2)
    assert n.value() == 0


def test_sync_fraction_slides_to_the_edges():
    assert sync_fraction(0, 1000, 400) == 0.0
    assert sync_fraction(500, 1000, 400) == 0.5
    assert sync_fraction(1000, 1000, 400) == 1.0


def test_a_new_comparison_cancels_the_old_one_and_drops_its_result(
    window, write, qtbot, fake_quotes
):
    started, tokens = threading.Event(), []

    def slow_compare(old, new, options, cancel):
        tokens.append(cancel)
        if len(tokens) == 1:
            started.set()
            for _ in range(1000):  # up to ~10 s, like an engine checking its flag
                if cancel():
                    break
                time.sleep(0.01)
            # finish anyway (as an engine that ignores the flag would): must be dropped
        return analysis.compare(old, new, options)

    fake_quotes.compare_hook = slow_compare
    window.open_pair(write("a.txt", "One two three.\n"), write("b.txt", "One two four.\n"))
    qtbot.waitUntil(started.is_set, timeout=10000)
    first_diffs = []
    window.session.diff_ready.connect(first_diffs.append)
    window.acts.ignore_case.setChecked(True)  # recompute while the first run is still going
    wait_idle(qtbot, window, quotes=False)
    qtbot.waitUntil(lambda: not window.session.runner.pool.activeThreadCount(), timeout=15000)
    assert tokens[0].is_set()
    assert len(first_diffs) == 1 and first_diffs[0].comparison.options.ignore_case


def test_runner_drops_stale_results(qtbot):
    runner = Runner()
    results = []
    gate = threading.Event()
    runner.start("job", lambda token: (gate.wait(5), "old")[1], results.append)
    runner.start("job", lambda token: "new", results.append)
    gate.set()
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    assert runner.wait_all()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert results == ["new"]


def test_each_job_reports_to_its_own_callbacks(qtbot):
    runner = Runner()
    done, failed = [], []
    runner.start("a", lambda token: 1, done.append, lambda err, details: failed.append(err))
    runner.start("b", lambda token: 1 / 0, done.append, lambda err, details: failed.append(err))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert done == [1]
    assert len(failed) == 1 and isinstance(failed[0], ZeroDivisionError)
