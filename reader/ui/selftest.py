"""The Qt half of `reader --self-test`: prove the Qt plugins load in this build.

Creates the QApplication (offscreen unless QT_QPA_PLATFORM says otherwise),
renders the app icon through the SVG icon engine, and shows, paints and closes the
app's own main window (no stand-in: if it cannot be built, the check fails). A
frozen bundle that lost its platform plugin, the SVG plugins or a Qt library
fails here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from importlib.resources import as_file, files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from reader.ui.window.main_window import MainWindow


def qt_self_test() -> tuple[bool, str]:
    """Return (passed, one line): Qt version, platform, window class, icon check."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return True, _check()
    except Exception as error:  # any failure becomes the one-line verdict
        detail = " ".join(str(error).split()) or type(error).__name__
        return False, f"Qt self-test FAILED: {detail}"


# Said by the offscreen platform plugin whenever a window is shown; not a fault.
BENIGN_MESSAGES = frozenset({"This plugin does not support propagateSizeHints()"})


def _check() -> str:
    from PySide6.QtCore import qInstallMessageHandler, qVersion
    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401 - applies the PySide6 6.12 refcount guard before any Qt call

    messages: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, text: messages.append(text))
    try:
        summary = _exercise(QApplication.instance() or QApplication([sys.argv[0]]))
    finally:
        qInstallMessageHandler(previous)
    warnings = [m for m in messages if m not in BENIGN_MESSAGES]
    if warnings:
        raise RuntimeError(f"Qt warned: {' | '.join(warnings)}")
    return f"Qt {qVersion()} OK: {summary}"


def _exercise(app: QCoreApplication) -> str:
    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory(prefix="reader-self-test-") as scratch:
        # The window reads and writes QSettings: keep the user's own settings untouched.
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, scratch)
        return _show_window(app)


def _show_window(app: QCoreApplication) -> str:
    from PySide6.QtGui import QGuiApplication, QIcon

    with as_file(files("reader.resources").joinpath("icons", "reader.svg")) as svg:
        icon = QIcon(str(svg))
        if icon.pixmap(64, 64).isNull():
            raise RuntimeError("the SVG app icon did not render (Qt SVG plugins missing?)")
    window = _main_window()
    window.setWindowIcon(icon)
    window.resize(900, 600)
    window.show()
    app.processEvents()
    shot = window.grab()
    window.close()
    window.deleteLater()
    app.processEvents()
    if shot.isNull():
        raise RuntimeError("the main window could not be painted")
    platform = QGuiApplication.platformName()
    return f"platform {platform}, {type(window).__name__} painted, SVG icon rendered"


def _main_window() -> MainWindow:
    """The app's own main window; failing to build it fails the self-test (no stand-in)."""
    from reader.analysis import LocalPipeline
    from reader.ui.window.main_window import MainWindow

    return MainWindow(LocalPipeline())  # shows no pair, so no quote process is started
