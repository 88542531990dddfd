"""Slow work off the GUI thread: a pure function run on QThreadPool, its result sent back by signal.

Each job carries the generation it was started for; the receiver drops
results from older generations, and starting a new job of the same kind
cancels the old one through its token (which the engine polls).
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CancelToken:
    """A flag the engine can poll: call it, or ask `is_set()` / `cancelled`."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def __bool__(self) -> bool:
        return self._event.is_set()


class JobSignals(QObject):
    """Signals: finished(kind, generation, result), failed(kind, generation, error, details),
    cancelled(kind, generation). Lives on the GUI thread; emitted from the worker."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, object, str)
    cancelled = Signal(str, int)


class Job(QRunnable):
    def __init__(
        self,
        kind: str,
        generation: int,
        fn: Callable[[CancelToken], Any],
        cancelled_errors: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.kind = kind
        self.generation = generation
        self.fn = fn
        self.token = CancelToken()
        self.signals = JobSignals()
        self.cancelled_errors = cancelled_errors
        self.done = threading.Event()

    def run(self) -> None:
        try:
            if self.token.is_set():
                self._emit(self.signals.cancelled, self.kind, self.generation)
                return
            result = self.fn(self.token)
        except self.cancelled_errors:
            self._emit(self.signals.cancelled, self.kind, self.generation)
        except BaseException as err:  # reported to the window, never lost in a thread
            self._emit(self.signals.failed, self.kind, self.generation, err, traceback.format_exc())
        else:
            if self.token.is_set():
                self._emit(self.signals.cancelled, self.kind, self.generation)
            else:
                self._emit(self.signals.finished, self.kind, self.generation, result)
        finally:
            self.done.set()

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            signal.emit(*args)


class Runner(QObject):
    """Starts jobs by kind; one live job per kind, newer ones cancel older ones.

    Signals: finished/failed/cancelled re-emitted for current-generation jobs only,
    and busy_changed(bool).
    """

    finished = Signal(str, object)
    failed = Signal(str, object, str)
    cancelled = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.generations: dict[str, int] = {}
        self.live: dict[str, Job] = {}
        self._keep: set[Job] = set()
        self.cancelled_errors: tuple[type[BaseException], ...] = ()

    def start(self, kind: str, fn: Callable[[CancelToken], Any]) -> Job:
        self.cancel(kind)
        generation = self.generations.get(kind, 0) + 1
        self.generations[kind] = generation
        job = Job(kind, generation, fn, self.cancelled_errors)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.live[kind] = job
        self._keep.add(job)
        self.pool.start(job)
        self.busy_changed.emit(True)
        return job

    def cancel(self, kind: str) -> None:
        job = self.live.pop(kind, None)
        if job is not None:
            job.token.cancel()
            self.generations[kind] = self.generations.get(kind, 0) + 1
        self._emit_busy()

    def cancel_all(self) -> None:
        for kind in list(self.live):
            self.cancel(kind)

    def is_busy(self, kind: str | None = None) -> bool:
        return bool(self.live) if kind is None else kind in self.live

    def is_current(self, kind: str, generation: int) -> bool:
        return self.generations.get(kind) == generation and kind in self.live

    def _retire(self, kind: str, generation: int) -> bool:
        """Forget a finished job; True if it was the current one."""
        for job in list(self._keep):
            if job.kind == kind and job.generation == generation:
                self._keep.discard(job)
        current = self.is_current(kind, generation)
        if current:
            del self.live[kind]
        self._emit_busy()
        return current

    def _emit_busy(self) -> None:
        self.busy_changed.emit(bool(self.live))

    def _on_finished(self, kind: str, generation: int, result: object) -> None:
        if self._retire(kind, generation):
            self.finished.emit(kind, result)

    def _on_failed(self, kind: str, generation: int, error: object, details: str) -> None:
        if self._retire(kind, generation):
            self.failed.emit(kind, error, details)

    def _on_cancelled(self, kind: str, generation: int) -> None:
        if self._retire(kind, generation):
            self.cancelled.emit(kind)

    def wait_all(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


GIL_SWITCH_S = 0.001


def share_the_gil() -> None:
    """Make a busy worker hand the GIL over after 1 ms instead of 5.

    The GUI thread needs the GIL for every Python slot, paint and timer in an
    event loop pass; behind a worker running pure Python each of those waited
    up to a whole switch interval.
    """
    sys.setswitchinterval(GIL_SWITCH_S)


def settle_heap() -> None:
    """Move every object alive now out of the garbage collector's sight (`gc.freeze`).

    A full collection scans every tracked object while holding the GIL, so with
    a long article, its comparison and Qt's wrappers alive, one triggered by
    allocations on a worker thread froze the window for 100-160 ms. Frozen
    objects are still freed by reference counting; only reference cycles among
    them wait for `release_heap()` (the engine's results hold none). Call on the
    GUI thread after each result is in place.
    """
    gc.freeze()


def release_heap() -> None:
    """Let the collector see everything again (the window is closing)."""
    gc.unfreeze()
