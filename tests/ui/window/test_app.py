"""The `reader` command: arguments, --version, and opening the sample pair on first launch."""

from __future__ import annotations

import pytest
from conftest import wait_idle

from reader import __version__
from reader.app import open_initial, parse_args
from reader.ui.window.main_window import sample_paths


def test_version(capsys):
    from reader.app import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_one_file_is_an_error():
    with pytest.raises(SystemExit):
        parse_args(["only-one.txt"])


def test_sample_pair_is_found_with_original_first():
    old, new = sample_paths()
    assert "original" in old.name and new.suffix == ".txt" and new != old


def test_first_launch_opens_the_sample(window, qtbot):
    assert window.settings.first_launch()
    open_initial(window, parse_args([]))
    wait_idle(qtbot, window, quotes=False)
    assert "original" in window.panes["old"].header.meta.text()
    assert not window.settings.first_launch()


def test_later_launch_reopens_last_pair(window, write, qtbot):
    old, new = write("x.txt", "Alpha beta.\n"), write("y.txt", "Alpha gamma.\n")
    window.settings.mark_launched()
    window.settings.add_recent_pair(old, new)
    open_initial(window, parse_args([]))
    wait_idle(qtbot, window, quotes=False)
    assert "y.txt" in window.panes["new"].header.meta.text()


STARTS_BEFORE_QT = """
import os, sys
from reader import analysis, app

def start(self):
    print("PySide6" in sys.modules, flush=True)
    os._exit(0)

analysis.LocalPipeline.start = start
app.main(["old.txt", "new.txt"])
"""


def test_the_quote_process_starts_before_qt_is_imported():
    # spaCy loads in the quote process while Qt loads here: the first quotes come sooner.
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", STARTS_BEFORE_QT],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
    )
    assert result.stdout.split() == ["False"]
