"""UI test fixtures: offscreen Qt, an isolated settings file, a window and a way to wait for it."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import sys
from pathlib import Path

import pytest

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
def window(qtbot, settings):
    from reader.ui.main_window import MainWindow

    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1400, 880)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.cancel()
    win.session.runner.wait_all(10000)


def wait_idle(qtbot, win, timeout: int = 60000, quotes: bool = True) -> None:
    """Wait until loads and the diff (and, if asked, the quote audit) are done."""

    def done() -> bool:
        live = win.session.runner.live
        busy = any(k.startswith("load_") or k == "diff" for k in live) or (
            quotes and "quotes" in live
        )
        assert not busy and win.diff is not None

    qtbot.waitUntil(done, timeout=timeout)
    for view in win.views.values():
        view.finish_runs()
    qtbot.wait(10)


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
def fake_quotes(monkeypatch):
    """Deterministic quotes and audit (regex quotes, known speakers) over the real comparison."""
    import fakes

    from reader.ui import engine

    names = {k: v[0] for k, v in fakes.SPEAKERS.items()}
    monkeypatch.setattr(engine, "extract_quotes", lambda doc: fakes.fake_quotes(doc, names))
    monkeypatch.setattr(
        engine, "audit_quotes", lambda comp, oq, nq: fakes.fake_audit(comp, oq, nq, fakes.SPEAKERS)
    )
