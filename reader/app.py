"""`reader [OLD NEW]`: open the window, optionally on a pair of files.

With no files, the first launch opens the bundled sample pair and later
launches reopen the last pair. Nothing slow happens before the window shows:
files load and spaCy starts on worker threads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Compare two versions of a news article and audit its quotes.",
    )
    parser.add_argument("old", nargs="?", help="the original version")
    parser.add_argument("new", nargs="?", help="the revised version")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample pair")
    args, _qt_args = parser.parse_known_args(list(argv))
    if args.old and not args.new:
        parser.error("give two files (original and revised), or none")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the spaCy child process in a frozen bundle
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)

    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401  (guards PySide6 6.12 on Python 3.11 before Qt is used)
    from reader.ui.main_window import MainWindow
    from reader.ui.workers import settle_heap

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.crash.install()
    window.show()
    open_initial(window, args)
    settle_heap()
    return app.exec()


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
