"""The spaCy child process: started early, killed at once on close, restarted for a new pair."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader import analysis
from reader.analysis.child import QuoteChild, ended_message

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"

PARENT = """
import os
from reader.analysis.child import QuoteChild
child = QuoteChild()
child.start()
print(child._process.pid, flush=True)
os._exit(0)  # as if killed: nothing is shut down
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for(condition, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_child_exits_when_its_parent_dies_without_shutting_down() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PARENT], capture_output=True, text=True, timeout=60, check=True
    )
    child = int(result.stdout.split()[-1])
    assert child != os.getpid()
    assert _wait_for(lambda: not _alive(child), timeout=10)


@pytest.fixture
def sample_pair():
    old = analysis.load(SAMPLES / "harbour-original.txt")
    new = analysis.load(SAMPLES / "harbour-rewrite.txt")
    return old, new


@pytest.fixture
def big_pair(sample_pair):
    """A pair whose audit keeps the child busy for many seconds."""
    old, new = sample_pair
    return (
        analysis.load_text("\n\n".join([old.text] * 40)),
        analysis.load_text("\n\n".join([new.text] * 40)),
    )


@pytest.fixture
def child():
    handle = QuoteChild()
    yield handle
    handle.shutdown()


def test_start_runs_the_child_before_any_request(child) -> None:
    child.start()
    assert child.is_running()


def test_the_child_audits_a_pair_as_the_in_process_pipeline_does(child, sample_pair) -> None:
    old, new = sample_pair
    options = analysis.CompareOptions()
    found = child.audit(old, new, options, analysis.never)
    here = analysis.analyse_pair(old, new, options)
    assert found is not None and here.audit is not None
    assert [e.status for e in found.audit.entries] == [e.status for e in here.audit.entries]
    assert len(found.audit.entries) > 5
    # the ledger beside it, made with the audit as the child makes it
    assert list(found.changes) == analysis.find_changes(here.comparison, audit=here.audit)
    assert found.changes


def test_the_audit_is_handed_over_before_the_ledger_is_made(child, sample_pair) -> None:
    seen = []
    found = child.audit(
        *sample_pair,
        analysis.CompareOptions(),
        analysis.never,
        lambda audit: seen.append((audit, child._busy)),
    )
    assert found is not None and len(seen) == 1
    early, busy_then = seen[0]
    assert busy_then  # the child was still working on the ledger when the audit came
    assert [e.status for e in early.entries] == [e.status for e in found.audit.entries]
    assert not child._busy


def test_cancelling_after_the_audit_restarts_the_child_still_making_the_ledger(
    child, big_pair, sample_pair
) -> None:
    cancel = threading.Event()
    found = child.audit(
        *big_pair, analysis.CompareOptions(), cancel.is_set, lambda _a: cancel.set()
    )
    assert found is None and child._busy
    first = child._process.pid
    again = child.audit(*sample_pair, analysis.CompareOptions(), analysis.never)
    assert again is not None and again.changes
    assert child._process.pid != first


def test_a_stale_answer_is_drained_only_when_its_end_has_arrived() -> None:
    import multiprocessing
    import pickle

    from reader.analysis import child as child_module

    ours, theirs = multiprocessing.Pipe()
    handle = QuoteChild()
    handle._busy = True
    theirs.send_bytes(child_module._AUDIT + pickle.dumps("audit"))
    handle._drop_stale_answer(ours)
    assert handle._busy  # the ledger is still to come: the child must be restarted
    theirs.send_bytes(child_module._LEDGER + pickle.dumps(()))
    handle._drop_stale_answer(ours)
    assert not handle._busy  # the whole stale answer is read: the child is free


def _busy_audit(child, big_pair) -> threading.Event:
    """Start an audit of `big_pair` on a thread and cancel it once the child has it."""
    cancel = threading.Event()
    thread = threading.Thread(
        target=child.audit, args=(*big_pair, analysis.CompareOptions(), cancel.is_set)
    )
    thread.start()
    assert _wait_for(lambda: child._busy)
    return cancel


def test_shutdown_kills_a_busy_child_at_once(child, big_pair) -> None:
    child.start()
    process = child._process
    _busy_audit(child, big_pair)
    child.shutdown()
    assert not process.is_alive()  # killed, not waited for


def test_a_new_pair_restarts_a_child_still_busy_with_a_cancelled_one(
    child, big_pair, sample_pair
) -> None:
    child.start()
    first = child._process.pid
    _busy_audit(child, big_pair).set()
    found = child.audit(*sample_pair, analysis.CompareOptions(), analysis.never)
    assert found is not None and len(found.audit.entries) > 5
    assert child._process.pid != first and not _alive(first)


def test_a_failure_in_the_child_is_reported_with_its_traceback(child) -> None:
    bad = analysis.Document(text=None, paragraphs=())  # no text at all: the comparison fails
    with pytest.raises(analysis.ChildFailed) as raised:
        child.audit(bad, bad, analysis.CompareOptions(), analysis.never)
    assert "Traceback" in raised.value.details


WINDOW = """
import sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reader.analysis import LocalPipeline
from reader.ui.window.main_window import MainWindow
from reader.ui.settings import Settings

samples = Path(sys.argv[1])
app = QApplication([])
folder = tempfile.mkdtemp()
pipeline = LocalPipeline()
pipeline.start()
settings = Settings(QSettings(folder + "/r.ini", QSettings.Format.IniFormat))
window = MainWindow(pipeline, settings=settings)
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
window.close()
print(pipeline.child_running(), flush=True)
"""


def test_the_window_process_never_imports_spacy_and_close_ends_the_child() -> None:
    # spaCy runs in the helper process; importing it in the window's too costs ~100 MB.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", WINDOW, str(SAMPLES)],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
        env=env,
    )
    entries, spacy_imported, child_running = result.stdout.split()[-3:]
    assert int(entries) > 5  # the audit really ran (in the helper)
    assert spacy_imported == "False"
    assert child_running == "False"


def _exit_with(code: int) -> None:
    os._exit(code)


def _wait_for_ever() -> None:
    threading.Event().wait()


def test_a_quote_process_that_ends_is_described_by_its_real_status() -> None:
    context = multiprocessing.get_context("spawn")
    for target, args, words in (
        (_exit_with, (3,), "exit code 3"),
        (_wait_for_ever, (), "stopped by SIGKILL"),
    ):
        process = context.Process(target=target, args=args, daemon=True)
        process.start()
        if words.endswith("SIGKILL"):
            process.kill()
        message = ended_message(process, wait_s=30)
        assert words in message and "None" not in message and "Reload" in message
    assert "None" not in ended_message(None) and "Reload" in ended_message(None)
