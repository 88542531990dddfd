"""`reader [OLD NEW]`: open the window, optionally on a pair of files.

With no files, the first launch opens the bundled sample pair and later
launches reopen the last pair. Nothing slow happens before the window shows:
files load on worker threads and spaCy in its own process, started first.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__, qt_platform

if TYPE_CHECKING:
    from reader.analysis import LocalPipeline
    from reader.ui.window.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Compare two versions of a news article and audit its quotes.",
    )
    parser.add_argument("old", nargs="?", help="the original version")
    parser.add_argument("new", nargs="?", help="the revised version")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample pair")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation headless and exit"
    )
    args, _qt_args = parser.parse_known_args(list(argv))
    if args.old and not args.new:
        parser.error("give two files (original and revised), or none")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the spaCy child process in a frozen bundle
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.self_test:
        return self_test()
    platform_problem = qt_platform.check()
    if platform_problem:
        print(platform_problem, file=sys.stderr)
        return 1

    pipeline = start_pipeline()
    from PySide6.QtWidgets import QApplication

    from reader.ui.window.main_window import MainWindow
    from reader.ui.workers import settle_heap

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("io.github.reader_diff.Reader")  # Wayland id: menu, icon
    window = MainWindow(pipeline)
    window.crash.install()
    window.show()
    open_initial(window, args)
    settle_heap()
    try:
        return app.exec()
    finally:
        pipeline.shutdown()


def start_pipeline() -> LocalPipeline:
    """The quote process, started before Qt is even imported: it loads spaCy (about a
    second of CPU) while Qt, the window and the files load in this process."""
    from reader.analysis import LocalPipeline

    pipeline = LocalPipeline()
    pipeline.start()
    return pipeline


def self_test() -> int:
    """Engine check, then Qt check: OK lines on stdout, a failure on stderr; exit 0 or 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.selftest import run_self_test
    from reader.ui.selftest import qt_self_test

    for check in (run_self_test, qt_self_test):
        ok, line = check()
        stream = sys.stdout if ok else sys.stderr
        if stream is not None:  # a windowed Windows build has no console
            print(line, file=stream, flush=True)
        if not ok:
            return 1
    return 0


def open_initial(window: MainWindow, args: argparse.Namespace) -> None:
    settings = window.settings
    if args.old and args.new:
        window.open_pair(Path(args.old), Path(args.new))
    elif args.sample or settings.first_launch():
        window.open_sample()
    else:
        recent = [
            p for p in settings.recent_pairs() if Path(p[0]).is_file() and Path(p[1]).is_file()
        ]
        if recent:
            window.open_pair(*recent[0])
        else:
            window.open_sample()
    settings.mark_launched()


if __name__ == "__main__":
    raise SystemExit(main())
