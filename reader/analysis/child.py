"""spaCy, the quote audit and the change ledger in one child process.

A long article never starves a front end this way. spaCy's parser holds the GIL
for long stretches, and the audit of a 100k-word pair is a minute of pure
Python: on a thread of the window's process both froze its event loop. One
spawned child keeps the model loaded between comparisons and remembers the
quotes of the last few documents, so a changed option only re-audits. The child
starts loading the model as soon as it is started (a front end starts it while
its files load), and warms it up on a tiny pair if no request is waiting by
then. The audit goes back as soon as it is made and the ledger after it, so the
window lists quotes while the changed sentences are still being parsed. A request
left running by a cancelled caller is not waited for: the next request, or
`shutdown`, kills the child at once (a restarted child loads the model again, a
second or two, instead of finishing a stale audit that can take minutes).
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
import signal
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

from reader.analysis.findings import Findings
from reader.compare.model import CompareOptions
from reader.documents.model import Document, Span
from reader.quotes.model import QuoteSet

if TYPE_CHECKING:
    from reader.audit.model import QuoteAudit
    from reader.changes.model import Change

POLL_S = 0.05
PARENT_POLL_S = 1.0
CHILD_CACHE = 4
# The answer to a request: _AUDIT + the quote audit, then _LEDGER + the change ledger; or
# _FAILED + (summary, traceback) at any point, which ends it.
_AUDIT, _LEDGER, _FAILED = b"\x02", b"\x00", b"\x01"

Cancel = Callable[[], bool]
AuditReady = Callable[["QuoteAudit"], None]


def ignore_audit(_audit: QuoteAudit) -> None:
    """For callers that only want the finished findings."""


class ChildFailed(RuntimeError):
    """The quote step failed in the child; `details` holds the child's traceback."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


class NoChildProcess(OSError):
    """No process could be started here (a restricted sandbox): work in-thread instead."""


class QuoteChild:
    """The parent's handle on the child: start it early, audit pairs, kill it on close."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._busy = False  # a request was sent and its answer not yet read
        self._closed = False

    def start(self) -> None:
        """Spawn the child (it loads the model straight away); no-op if it is running."""
        with self._lock:
            self._closed = False
            self._ensure_started()

    def audit(
        self,
        old: Document,
        new: Document,
        options: CompareOptions,
        cancel: Cancel,
        audit_ready: AuditReady = ignore_audit,
    ) -> Findings | None:
        """The audit and ledger of a pair, computed in the child; None if `cancel()` turns
        true first. `audit_ready(audit)` is called (on this thread) as soon as the audit
        arrives, while the child still works on the ledger.

        Raises NoChildProcess if no process can be started (the caller then works
        in-thread) and ChildFailed if the child reports an error or dies.
        """
        with self._lock:
            self._closed = False
            conn = self._ready_connection()
            try:
                conn.send((old, new, options))
            except OSError as err:
                raise ChildFailed(f"the quote process could not be reached ({err})") from err
            self._busy = True
            return self._answer(conn, cancel, audit_ready)

    def shutdown(self) -> None:
        """Kill the child now, whatever it is doing (the front end is closing)."""
        self._closed = True
        process, conn = self._process, self._conn
        self._process, self._conn, self._busy = None, None, False
        _kill(process, conn)

    def is_running(self) -> bool:
        process = self._process
        return process is not None and process.is_alive()

    def _ready_connection(self) -> Connection:
        if self._busy and self._conn is not None:
            self._drop_stale_answer(self._conn)
        if self._busy or not self.is_running():
            _kill(self._process, self._conn)
            self._process, self._conn, self._busy = None, None, False
        conn = self._ensure_started()
        return conn

    def _drop_stale_answer(self, conn: Connection) -> None:
        """Read what a cancelled request left in the pipe; not busy if its end was there."""
        try:
            while self._busy and conn.poll(0):
                self._busy = conn.recv_bytes()[:1] == _AUDIT  # the ledger is still to come
        except (EOFError, OSError):
            pass  # the child is gone: the caller restarts it

    def _ensure_started(self) -> Connection:
        if self._conn is not None and self.is_running():
            return self._conn
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=serve, args=(child_end, os.getpid()), name="reader-quotes", daemon=True
        )
        try:
            process.start()
        except OSError as err:
            raise NoChildProcess(f"no quote process could be started ({err})") from err
        finally:
            child_end.close()
        self._process, self._conn = process, parent_end
        return parent_end

    def _answer(self, conn: Connection, cancel: Cancel, audit_ready: AuditReady) -> Findings | None:
        data = self._message(conn, cancel)
        if data is None:
            return None
        quote_audit: QuoteAudit = load_quietly(data)
        audit_ready(quote_audit)
        data = self._message(conn, cancel)
        if data is None:
            return None
        changes: tuple[Change, ...] = load_quietly(data)
        return Findings(quote_audit, changes)

    def _message(self, conn: Connection, cancel: Cancel) -> bytes | None:
        """The next part of the answer (without its tag); None if cancelled or closing."""
        try:
            while True:
                if cancel() or self._closed:
                    return None  # the child stays busy; the next request restarts it
                if conn.poll(POLL_S):
                    break
            data = conn.recv_bytes()
        except (EOFError, OSError) as err:
            self._busy = False
            if self._closed:
                return None
            raise ChildFailed(ended_message(self._process)) from err
        self._busy = data[:1] == _AUDIT
        if data[:1] == _FAILED:
            message, details = pickle.loads(data[1:])
            raise ChildFailed(message, details)
        return data[1:]


def ended_message(process: BaseProcess | None, wait_s: float = 2.0) -> str:
    """Why the quote process's pipe closed, in words a reader can act on.

    The pipe can close a moment before the process is reaped, so wait for it
    briefly: an exit status read at once is often not there yet (it read "None").
    """
    if process is not None and process.exitcode is None:
        process.join(timeout=wait_s)
    code = process.exitcode if process is not None else None
    again = "File ▸ Reload (F5) tries again."
    if code is None:
        return f"the quote process stopped answering before it gave any result. {again}"
    if code < 0:
        name = _signal_name(-code)
        hint = " (the system may have run out of memory)" if name == "SIGKILL" else ""
        return f"the quote process was stopped by {name}{hint}. {again}"
    return f"the quote process ended unexpectedly with exit code {code}. {again}"


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _kill(process: BaseProcess | None, conn: Connection | None) -> None:
    if process is not None and process.is_alive():
        process.kill()
        process.join(timeout=2)
    if conn is not None:
        # shutdown() runs on the GUI thread while a worker may be closing the same
        # pipe after a cancel: the second close finds the descriptor gone (EBADF).
        with contextlib.suppress(OSError):
            conn.close()


def load_quietly(data: bytes) -> Any:
    """Unpickle a big result with the collector paused, then freeze it.

    Tens of thousands of new objects otherwise set off full collections, each
    holding the GIL for 150-250 ms. The result lives until it is replaced, so
    there is nothing for the collector to find in it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


# -- in the child ------------------------------------------------------------------------


def serve(conn: Connection, parent_pid: int) -> None:
    """The child's loop: load the model at once, then answer one request at a time."""
    _exit_with_parent(parent_pid)
    requested = threading.Event()
    warm = threading.Thread(target=_load_model, args=(requested,), name="model-load", daemon=True)
    warm.start()  # reading requests meanwhile keeps the parent's send from blocking
    cache = _QuoteCache()
    while True:
        try:
            old, new, options = conn.recv()
        except (EOFError, OSError):
            return
        requested.set()
        warm.join()

        def send_audit(audit: QuoteAudit) -> None:
            conn.send_bytes(_AUDIT + pickle.dumps(audit, pickle.HIGHEST_PROTOCOL))

        try:
            changes = cache.read(old, new, options, send_audit)
            answer = _LEDGER + pickle.dumps(changes, pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # reported to the parent, which shows it
            summary = f"{type(err).__name__}: {err}"
            answer = _FAILED + pickle.dumps((summary, traceback.format_exc()))
        conn.send_bytes(answer)


def _load_model(requested: threading.Event) -> None:
    from reader.quotes.pipeline import get_pipeline

    get_pipeline()
    if not requested.is_set():  # a waiting request warms everything up itself
        _warm_up()


# A pair with a quote, a speaker and a changed word: auditing it imports the audit and
# the ledger and runs spaCy's first parse (about 0.15 s slower than later ones) before
# the window's first request, which then finds everything warm. When the request came
# while the model loaded, the warm-up would only delay it, so it is skipped.
_WARM_OLD = '"We will not back down," the mayor said on Monday. The council met.'
_WARM_NEW = '"We will not back down," the mayor said on Tuesday. The council met.'


def _warm_up() -> None:
    from reader.documents import document_from_text

    old, new = document_from_text(_WARM_OLD), document_from_text(_WARM_NEW)
    _QuoteCache().read(old, new, CompareOptions(), ignore_audit)


class _QuoteCache:
    """Quotes of the last few documents, so a changed option only re-audits."""

    def __init__(self) -> None:
        self._quotes: dict[tuple[str, tuple[Span, ...]], QuoteSet] = {}

    def quotes(self, document: Document) -> QuoteSet:
        from reader.quotes import extract_quotes

        key = (document.text, document.paragraphs)
        if key not in self._quotes:
            if len(self._quotes) >= CHILD_CACHE:
                self._quotes.pop(next(iter(self._quotes)))
            self._quotes[key] = extract_quotes(document)
        return self._quotes[key]

    def read(
        self, old: Document, new: Document, options: CompareOptions, audit_ready: AuditReady
    ) -> tuple[Change, ...]:
        """The audit, handed to `audit_ready` at once, then the change ledger (both parse
        with the model loaded here).

        Comparing again here (about a second) saves sending the comparison across.
        """
        from reader.audit import audit_quotes
        from reader.changes.ledger import find_changes
        from reader.compare import compare_documents

        comparison = compare_documents(old, new, options)
        audit = audit_quotes(comparison, self.quotes(old), self.quotes(new))
        audit_ready(audit)
        return tuple(find_changes(comparison, audit=audit))


def _exit_with_parent(parent_pid: int) -> None:
    """Leave when the parent is gone, however it ended (a killed parent shuts nothing down)."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
