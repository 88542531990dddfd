"""Entry script of the frozen Reader: PyInstaller runs this file as __main__.

It starts `reader.app.main()`, which also answers `--self-test`. `--install-desktop` and
`--uninstall-desktop` add or remove the menu entry, icons and file types for
this copy of the app where it lies (see desktop_install.py).
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    # First: a spawned child (the window runs spaCy in one) re-runs this executable.
    multiprocessing.freeze_support()
    if sys.argv[1:2] in (["--install-desktop"], ["--uninstall-desktop"]):
        return desktop_integration(sys.argv[1])
    from reader.app import main as app_main

    return int(app_main() or 0)


def desktop_integration(flag: str) -> int:
    """`reader --install-desktop`: a menu entry, icons and file types for this copy, in place."""
    import desktop_install

    command = ["install", sys.executable] if flag == "--install-desktop" else ["uninstall"]
    return desktop_install.main(command)


if __name__ == "__main__":
    sys.exit(main())
