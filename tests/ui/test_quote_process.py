"""The spaCy child process never outlives the window's process."""

from __future__ import annotations

import os
import subprocess
import sys
import time

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
