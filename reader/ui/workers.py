"""Slow work off the GUI thread: a function run on QThreadPool, its outcome handed to callbacks.

Each job carries the generation it was started for; results of older
generations are dropped, and starting a new job in the same slot cancels the
old one through its token (which the engine polls).
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


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
    """Signals: finished(generation, result), failed(generation, error, details),
    cancelled(generation). Lives on the GUI thread; emitted from the worker."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)
    cancelled = Signal(int)


Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]


class Job(QRunnable):
    """One piece of work and what to do with its outcome (Anki's QueryOp, in Qt terms)."""

    def __init__(
        self,
        slot: str,
        generation: int,
        work: Callable[[CancelToken], Any],
        cancelled_errors: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.slot = slot
        self.generation = generation
        self.work = work
        self.token = CancelToken()
        self.signals = JobSignals()
        self.cancelled_errors = cancelled_errors
        self.done = threading.Event()

    def run(self) -> None:
        try:
            if self.token.is_set():
                self._emit(self.signals.cancelled, self.generation)
                return
            result = self.work(self.token)
        except self.cancelled_errors:
            self._emit(self.signals.cancelled, self.generation)
        except BaseException as err:  # reported to the window, never lost in a thread
            self._emit(self.signals.failed, self.generation, err, traceback.format_exc())
        else:
            if self.token.is_set():
                self._emit(self.signals.cancelled, self.generation)
            else:
                self._emit(self.signals.finished, self.generation, result)
        finally:
            self.done.set()

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:  # Any: a PySide SignalInstance
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            signal.emit(*args)


class Runner(QObject):
    """Runs jobs in named slots: one live job per slot, a newer one cancels the older.

    Each job brings its own callbacks, called on the GUI thread for the slot's
    current job only: `done(result)`, `failed(error, details)`, `cancelled()`.
    Signal: busy_changed(bool).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.generations: dict[str, int] = {}
        self.live: dict[str, Job] = {}
        self._keep: set[Job] = set()
        self.cancelled_errors: tuple[type[BaseException], ...] = ()

    def start(
        self,
        slot: str,
        work: Callable[[CancelToken], T],
        done: Callable[[T], None],
        failed: Failed | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> Job:
        self.cancel(slot)
        generation = self.generations.get(slot, 0) + 1
        self.generations[slot] = generation
        job = Job(slot, generation, work, self.cancelled_errors)
        self._wire(job, done, failed, cancelled)
        self.live[slot] = job
        self._keep.add(job)
        self.pool.start(job)
        self.busy_changed.emit(True)
        return job

    def _wire(
        self,
        job: Job,
        done: Done,
        failed: Failed | None,
        cancelled: Callable[[], None] | None,
    ) -> None:
        def on_finished(generation: int, result: object) -> None:
            if self._retire(job, generation):
                done(result)

        def on_failed(generation: int, error: BaseException, details: str) -> None:
            if self._retire(job, generation) and failed is not None:
                failed(error, details)

        def on_cancelled(generation: int) -> None:
            if self._retire(job, generation) and cancelled is not None:
                cancelled()

        job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        job.signals.cancelled.connect(on_cancelled)

    def cancel(self, slot: str) -> None:
        job = self.live.pop(slot, None)
        if job is not None:
            job.token.cancel()
            self.generations[slot] = self.generations.get(slot, 0) + 1
        self._emit_busy()

    def cancel_all(self) -> None:
        for slot in list(self.live):
            self.cancel(slot)

    def is_busy(self, slot: str | None = None) -> bool:
        return bool(self.live) if slot is None else slot in self.live

    def is_current(self, slot: str, generation: int) -> bool:
        return self.generations.get(slot) == generation and slot in self.live

    def _retire(self, job: Job, generation: int) -> bool:
        """Forget a finished job; True if it was its slot's current one."""
        self._keep.discard(job)
        current = self.is_current(job.slot, generation)
        if current:
            del self.live[job.slot]
        self._emit_busy()
        return current

    def _emit_busy(self) -> None:
        self.busy_changed.emit(bool(self.live))

    def wait_all(self, msecs: int = 5000) -> bool:
        return bool(self.pool.waitForDone(msecs))


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
