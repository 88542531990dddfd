"""The spaCy child process never outlives the window's process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

PARENT = """
import os
from reader.ui.quote_process import QuoteProcess
process = QuoteProcess()
print(process._run(lambda: False, os.getpid), flush=True)
os._exit(0)  # as if killed: the pool is never shut down
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_child_exits_when_its_parent_dies_without_shutting_down() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PARENT], capture_output=True, text=True, timeout=60, check=True
    )
    child = int(result.stdout.split()[-1])
    assert child != os.getpid()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(child)


WINDOW = """
import sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

samples = Path(sys.argv[1])
app = QApplication([])
folder = tempfile.mkdtemp()
window = MainWindow(settings=Settings(QSettings(folder + "/r.ini", QSettings.Format.IniFormat)))
window.show()
window.open_pair(samples / "harbour-original.txt", samples / "harbour-rewrite.txt")
deadline = time.monotonic() + 120
session = window.session
while time.monotonic() < deadline:
    app.processEvents()
    if session.audit is not None and not session.runner.live:
        break
    time.sleep(0.01)
print(len(session.audit.entries), "spacy" in sys.modules, flush=True)
session.cancel()
window.close()
"""


def test_the_window_process_never_imports_spacy() -> None:
    # spaCy runs in the helper process; importing it in the window's too costs ~100 MB.
    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, str(samples)],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
        env=env,
    )
    entries, spacy_imported = result.stdout.split()[-2:]
    assert int(entries) > 5  # the audit really ran (in the helper)
    assert spacy_imported == "False"
