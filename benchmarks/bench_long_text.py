"""GUI-thread cost of one very long paragraph or token in a pane (issue 16), in CPU time.

For each case a real `ArticleView` (offscreen) takes in the text, lays it out,
colours a changed word every ~100 characters, and scrolls to the middle. The
figures are the GUI thread's CPU time (`time.thread_time`, load-proof) for
`set_article`, the longest single event-loop step while Qt lays out and the
highlights are applied in slices, and the scroll with its repaint. Preparing
the text (`prepare`) runs on a worker thread in the window and is shown apart.

    .venv/bin/python benchmarks/bench_long_text.py               # all cases
    .venv/bin/python benchmarks/bench_long_text.py para1M        # one
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_compare  # noqa: E402


def _paragraph(chars: int) -> str:
    article = bench_compare.make_article(chars // 5, seed=7)
    return " ".join(s for para in article for s in para)[:chars]


CASES: dict[str, Callable[[], str]] = {
    "token100k": lambda: "Title.\n\nBefore " + "x" * 100_000 + " after.",
    "token1M": lambda: "Title.\n\nBefore " + "x" * 1_000_000 + " after.",
    "para100k": lambda: "Title.\n\n" + _paragraph(100_000),
    "para1M": lambda: "Title.\n\n" + _paragraph(1_000_000),
    "para20M": lambda: "Title.\n\n" + _paragraph(1_000_000) * 20,  # the text files' size cap
}


def measure(name: str, text: str) -> str:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from reader.analysis import Span, load_text
    from reader.present.marks import Highlight, Mark
    from reader.ui.panes.article import block_runs, prepare
    from reader.ui.panes.article_view import ArticleView

    app = QApplication.instance() or QApplication([])
    view = ArticleView()
    view.resize(700, 800)
    view.show()
    app.processEvents()
    document = load_text(text)
    clock = time.thread_time()
    prepared = prepare(document)
    prepare_s = time.thread_time() - clock
    clock = time.thread_time()
    view.set_article(prepared)
    set_s = time.thread_time() - clock
    marks = [Highlight(Span(i, i + 5), Mark.INSERTED) for i in range(10, len(text) - 10, 97)]
    view.set_runs(block_runs(prepared, marks))
    longest = total = 0.0
    while True:
        clock = time.thread_time()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        step = time.thread_time() - clock
        longest, total = max(longest, step), total + step
        if view.runs_done() and view.pacer.is_done():
            break
    clock = time.thread_time()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    view.viewport().repaint()
    scroll_s = time.thread_time() - clock
    blocks = view.document().blockCount()
    view.close()
    return (
        f"| {name} | {len(text):,} | {blocks:,} | {prepare_s * 1000:.0f} ms | "
        f"{set_s * 1000:.0f} ms | {longest * 1000:.0f} ms | {total * 1000:.0f} ms | "
        f"{scroll_s * 1000:.0f} ms |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help=f"some of: {', '.join(CASES)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.cases) - set(CASES)
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(
        "| case | characters | blocks | prepare (worker) | set_article | longest step "
        "| all steps | scroll + paint |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.cases or CASES:
        print(measure(name, CASES[name]()), flush=True)


if __name__ == "__main__":
    main()
