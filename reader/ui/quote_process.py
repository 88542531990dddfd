"""spaCy and the quote audit in a child process, so a long article never starves the window.

spaCy's parser holds the GIL for long stretches; on a worker *thread* that
froze the event loop for up to half a second on 100k-word articles. The
audit that follows is a minute of pure Python at that size. One persistent
spawned process keeps the model loaded between comparisons and remembers the
quotes of the last few documents, so changing a comparison option only
re-audits. If processes cannot be started, the work falls back to the
calling thread.
"""

from __future__ import annotations

import concurrent.futures
import gc
import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from reader.documents.model import Document
from reader.ui import engine

POLL_S = 0.05
PARENT_POLL_S = 1.0
CHILD_CACHE = 4


def _extract_in_child(document: Document) -> Any:
    return engine.extract_quotes(document)


_child_quotes: dict[tuple[str, Any], Any] = {}


def _cached_extract(document: Document) -> Any:
    """In the child: quotes of a document it has seen before come from memory."""
    key = (document.text, document.paragraphs)
    if key not in _child_quotes:
        if len(_child_quotes) >= CHILD_CACHE:
            _child_quotes.pop(next(iter(_child_quotes)))
        _child_quotes[key] = engine.extract_quotes(document)
    return _child_quotes[key]


def _audit_in_child(old: Document, new: Document, options: Any) -> Any:
    """Quotes of both versions and their audit, all in the child.

    The audit of a 100k-word pair runs for a minute of pure Python and builds
    hundreds of thousands of objects: in the window's process that meant the
    GIL handed back and forth and long garbage collections. Comparing again
    here costs about a second and saves sending the comparison across.
    """
    comparison = engine.compare_documents(old, new, options)
    audit = engine.audit_quotes(comparison, _cached_extract(old), _cached_extract(new))
    return pickle.dumps(audit, protocol=pickle.HIGHEST_PROTOCOL)


def _load_quietly(data: bytes) -> Any:
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


_ENGINE_EXTRACT = engine.extract_quotes
_ENGINE_AUDIT = engine.audit_quotes
_ENGINE_COMPARE = engine.compare_documents


class QuoteProcess:
    def __init__(self) -> None:
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._broken = False

    def extract(self, document: Document, cancelled: Any) -> Any:
        """Quotes of `document`; returns None if `cancelled()` turns true first."""
        if engine.extract_quotes is not _ENGINE_EXTRACT or self._broken:
            return engine.extract_quotes(document)  # replaced (tests) or no processes
        return self._run(cancelled, _extract_in_child, document)

    def can_audit(self) -> bool:
        """True if the whole quote audit can run in the child (the real engine, processes)."""
        real = (
            engine.extract_quotes is _ENGINE_EXTRACT
            and engine.audit_quotes is _ENGINE_AUDIT
            and engine.compare_documents is _ENGINE_COMPARE
        )
        return real and not self._broken

    def audit(self, old: Document, new: Document, options: Any, cancelled: Any) -> Any:
        """The QuoteAudit of a pair, computed in the child; None if cancelled first."""
        data = self._run(cancelled, _audit_in_child, old, new, options)
        return None if data is None else _load_quietly(data)

    def _run(self, cancelled: Any, fn: Any, *args: Any) -> Any:
        try:
            future = self._executor().submit(fn, *args)
            while True:
                try:
                    return future.result(timeout=POLL_S)
                except concurrent.futures.TimeoutError:
                    if cancelled():
                        future.cancel()
                        return None
        except (BrokenProcessPool, OSError, RuntimeError) as err:
            if isinstance(err, RuntimeError) and not _is_pool_error(err):
                raise  # the engine failed: a report, not a silent fallback
            self._broken = True
            self.shutdown()
            return fn(*args)

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=context,
                    initializer=_exit_with_parent,
                    initargs=(os.getpid(),),
                )
            return self._pool

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _exit_with_parent(parent_pid: int) -> None:
    """Runs in the child: leave when the window's process is gone, however it ended.

    A parent killed by a signal never shuts the pool down, and the idle child would
    otherwise keep the spaCy model in memory indefinitely.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _is_pool_error(err: BaseException) -> bool:
    return isinstance(err, BrokenProcessPool) or "cannot schedule new futures" in str(err)


_shared: QuoteProcess | None = None


def shared() -> QuoteProcess:
    global _shared
    if _shared is None:
        _shared = QuoteProcess()
    return _shared
