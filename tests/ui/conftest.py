"""UI test fixtures: offscreen Qt, an isolated settings file, a window and a way to wait for it."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

import reader.ui  # noqa: F401  (PySide6 6.12 / Python 3.11 guard)

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from reader.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def pipeline(request):
    """The real pipeline (spaCy in its child process), or the fake one if `fake_quotes` is used."""
    if "fake_quotes" in request.fixturenames:
        yield request.getfixturevalue("fake_quotes")
        return
    from reader.analysis import LocalPipeline

    real = LocalPipeline()
    yield real
    real.shutdown()


@pytest.fixture
def window(qtbot, settings, pipeline):
    from reader.ui.window.main_window import MainWindow

    win = MainWindow(pipeline, settings=settings)
    qtbot.addWidget(win)
    for view in win.views.values():
        view.set_flash_duration(0)  # product timers keep their behaviour, not their time
    win.sync.set_resync_delay(0)
    win.resize(1400, 880)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.cancel()
    win.session.runner.wait_all(10000)


def wait_idle(qtbot, win, timeout: int = 60000, quotes: bool = True) -> None:
    """Wait until loads and the diff (and, if asked, the quote audit) are done."""

    def done() -> bool:
        runner = win.session.runner
        busy = any(runner.is_busy(slot) for slot in ("load_old", "load_new", "diff")) or (
            quotes and runner.is_busy("quotes")
        )
        assert not busy and win.diff is not None

    qtbot.waitUntil(done, timeout=timeout)
    for view in win.views.values():
        view.finish_runs()
    qtbot.waitUntil(lambda: settled(win), timeout=timeout)
    # Hiding the progress widgets posts a layout request; until it runs, the status bar's
    # summary still has the narrower room it had while work was shown.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def settled(win) -> bool:
    """No layout slice, pane re-facing or fading outline still to come."""
    views = win.views.values()
    pending = any(not v.pacer.is_done() or v.flash_running() for v in views)
    return not pending and not win.sync.resync_pending()


@pytest.fixture
def write(tmp_path):
    def _write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def fake_quotes():
    """A pipeline with the real comparison and deterministic quotes (regex, known speakers)."""
    import fakes

    return fakes.FakePipeline()
