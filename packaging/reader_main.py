"""Entry script of the frozen Reader: PyInstaller runs this file as __main__.

It starts `reader.app.main()`. `--self-test` is handled here as well until
reader/app.py grows its own flag (it signals that by defining `qt_self_test`),
so `make package-check` works either way. `--install-desktop` and
`--uninstall-desktop` add or remove the menu entry, icons and file types for
this copy of the app where it lies (see desktop_install.py).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from typing import TextIO


def main() -> int:
    # First: a spawned child (the window runs spaCy in one) re-runs this executable.
    multiprocessing.freeze_support()
    if "--self-test" in sys.argv[1:] and not _app_handles_self_test():
        return self_test()
    if sys.argv[1:2] in (["--install-desktop"], ["--uninstall-desktop"]):
        return desktop_integration(sys.argv[1])
    from reader.app import main as app_main

    return int(app_main() or 0)


def _app_handles_self_test() -> bool:
    try:
        import reader.app
    except ImportError:
        return False
    return hasattr(reader.app, "qt_self_test")


def self_test() -> int:
    """Engine check, then Qt check; OK lines on stdout, a failure on stderr; exit 0 or 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qt_selftest import qt_self_test

    from reader.selftest import run_self_test

    for check in (run_self_test, qt_self_test):
        ok, summary = check()
        _say(summary, sys.stdout if ok else sys.stderr)
        if not ok:
            return 1
    return 0


def desktop_integration(flag: str) -> int:
    """`reader --install-desktop`: a menu entry, icons and file types for this copy, in place."""
    import desktop_install

    command = ["install", sys.executable] if flag == "--install-desktop" else ["uninstall"]
    return desktop_install.main(command)


def _say(line: str, stream: TextIO | None) -> None:
    # A windowed Windows build has no console: sys.stdout is None there.
    if stream is not None:
        print(line, file=stream, flush=True)


if __name__ == "__main__":
    sys.exit(main())
