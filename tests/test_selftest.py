"""`reader --self-test`'s engine half: it passes here and names the step that fails."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader import __version__, selftest


def _engine_ready() -> bool:
    """The self-test drives the whole engine; skip while a piece is still being written."""
    import importlib

    wanted = {
        "reader.documents": "load_document",
        "reader.compare": "compare_documents",
        "reader.quotes": "extract_quotes",
        "reader.audit": "audit_quotes",
    }
    return all(hasattr(importlib.import_module(m), name) for m, name in wanted.items())


needs_engine = pytest.mark.skipif(not _engine_ready(), reason="engine not complete yet")


@pytest.fixture(scope="module")
def self_test_run() -> subprocess.CompletedProcess[str]:
    """One run in a fresh interpreter, as the frozen app runs it (and to see its imports)."""
    code = (
        "import sys\n"
        "from reader.selftest import run_self_test\n"
        "ok, summary = run_self_test()\n"
        "print(ok); print(summary)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'PyQt5', 'PyQt6'}))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)


@needs_engine
def test_self_test_passes_with_a_one_line_summary(
    self_test_run: subprocess.CompletedProcess[str],
) -> None:
    ok, summary, _qt = self_test_run.stdout.splitlines()
    assert ok == "True", summary
    assert summary.startswith(f"reader {__version__} self-test OK: model en_core_web_")
    assert "similarity 0." in summary
    assert " quotes " in summary


def test_self_test_imports_no_qt(self_test_run: subprocess.CompletedProcess[str]) -> None:
    assert self_test_run.stdout.splitlines()[-1] == "[]"


def test_self_test_writes_nothing_on_stderr(
    self_test_run: subprocess.CompletedProcess[str],
) -> None:
    # `make package-check` fails the frozen app on any stderr output (warnings included).
    assert self_test_run.stderr == ""


def test_bundled_sample_pair_is_found() -> None:
    old, new = selftest.check_resources()
    assert old.name == "harbour-original.txt"
    assert new.name == "harbour-rewrite.txt"


def test_a_failing_step_is_named_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise OSError("model files\nare missing")

    monkeypatch.setattr(selftest, "check_model", broken)
    ok, summary = selftest.run_self_test()
    assert not ok
    assert summary == (
        f"reader {__version__} self-test FAILED at spaCy model: model files are missing"
    )


def test_a_missing_resource_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "SAMPLE_NEW", "samples/no-such-file.txt")
    ok, summary = selftest.run_self_test()
    assert not ok
    assert "FAILED at resources: bundled resource no-such-file.txt is missing" in summary


def test_the_qt_check_fails_when_the_real_window_cannot_be_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.ui.selftest import qt_self_test
    from reader.ui.window import main_window

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError("MainWindow() missing a required argument")

    monkeypatch.setattr(main_window, "MainWindow", broken)
    ok, line = qt_self_test()
    assert not ok
    assert line == "Qt self-test FAILED: MainWindow() missing a required argument"


def test_main_exit_status_follows_the_verdict(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "run_self_test", lambda: (False, "reader self-test FAILED"))
    assert selftest.main() == 1
    assert capsys.readouterr().out == "reader self-test FAILED\n"
    monkeypatch.setattr(selftest, "run_self_test", lambda: (True, "reader self-test OK"))
    assert selftest.main() == 0


def test_reader_self_test_flag_checks_engine_and_qt_headless(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "self-test OK" in lines[0]
    assert re.fullmatch(r"Qt \S+ OK: platform \w+, MainWindow painted, SVG icon rendered", lines[1])
