"""spaCy in a child process, so parsing a long article never starves the window of the GIL.

spaCy's parser holds the GIL for long stretches; on a worker *thread* that
froze the event loop for up to half a second on 100k-word articles. One
persistent spawned process keeps the model loaded between comparisons. If
processes cannot be started, extraction falls back to the calling thread.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import threading
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from reader.documents.model import Document
from reader.ui import engine

POLL_S = 0.05


def _extract_in_child(document: Document) -> Any:
    return engine.extract_quotes(document)


_ENGINE_EXTRACT = engine.extract_quotes


class QuoteProcess:
    def __init__(self) -> None:
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._broken = False

    def extract(self, document: Document, cancelled: Any) -> Any:
        """Quotes of `document`; returns None if `cancelled()` turns true first."""
        if engine.extract_quotes is not _ENGINE_EXTRACT or self._broken:
            return engine.extract_quotes(document)  # replaced (tests) or no processes
        try:
            future = self._executor().submit(_extract_in_child, document)
            while True:
                try:
                    return future.result(timeout=POLL_S)
                except concurrent.futures.TimeoutError:
                    if cancelled():
                        future.cancel()
                        return None
        except (BrokenProcessPool, OSError, RuntimeError):
            self._broken = True
            self.shutdown()
            return engine.extract_quotes(document)

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=1, mp_context=context
                )
            return self._pool

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


_shared: QuoteProcess | None = None


def shared() -> QuoteProcess:
    global _shared
    if _shared is None:
        _shared = QuoteProcess()
    return _shared
