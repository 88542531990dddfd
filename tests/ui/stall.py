"""Measure how long the GUI event loop goes without running, and what was running instead.

A 5 ms QTimer on the GUI thread records the longest gap between its ticks, in
wall time and in the GUI thread's own CPU time (`time.thread_time`: the work
that blocked the loop, whatever the machine's load did to the wall clock).
A plain thread samples every thread's Python stack while the GUI thread is
late, and notes when it could not run itself (a thread holding the GIL in a
long C call starves it too). `faulthandler` can dump stacks without the GIL:
pass `dump_to` to re-arm it on every tick, so a stall longer than
`dump_after_s` writes every thread's traceback to that file.
"""

from __future__ import annotations

import collections
import faulthandler
import sys
import threading
import time
import traceback
from typing import IO

from PySide6.QtCore import QObject, QTimer

TICK_MS = 5
LATE_S = 0.04


def _stack(frame: object, depth: int = 6) -> str:
    lines = traceback.format_stack(frame)[-depth:]  # type: ignore[arg-type]
    return " <- ".join(
        line.strip().splitlines()[0].replace("File ", "") for line in reversed(lines)
    )


class StallMonitor(QObject):
    """Start it, do the work, stop it; then read `longest`, `gaps` and `samples`."""

    def __init__(self, dump_to: IO[str] | None = None, dump_after_s: float = 0.08) -> None:
        super().__init__()
        self.longest = 0.0
        self.longest_cpu = 0.0  # the GUI thread's CPU time in the longest-working gap
        self._last_cpu = 0.0
        self.gaps: list[tuple[float, float]] = []  # (when, length) of gaps over LATE_S
        self.samples: collections.Counter[str] = collections.Counter()
        self.starved: list[tuple[float, float, str]] = []  # the sampler itself could not run
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._dump_to, self._dump_after = dump_to, dump_after_s
        self._main = threading.main_thread().ident
        self._last = 0.0
        self._t0 = 0.0
        self._running = False
        self._sampler: threading.Thread | None = None

    def start(self) -> None:
        self._t0 = self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._running = True
        self._timer.start()
        self._sampler = threading.Thread(target=self._sample_loop, daemon=True)
        self._sampler.start()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        if self._dump_to is not None:
            faulthandler.cancel_dump_traceback_later()
        if self._sampler is not None:
            self._sampler.join(1)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = now - self._last
        self._last = now
        self.longest = max(self.longest, gap)
        self.longest_cpu = max(self.longest_cpu, cpu - self._last_cpu)
        self._last_cpu = cpu
        if gap > LATE_S:
            self.gaps.append((now - self._t0 - gap, gap))
        if self._dump_to is not None:
            faulthandler.dump_traceback_later(self._dump_after, file=self._dump_to)

    def _sample_loop(self) -> None:
        before = time.perf_counter()
        while self._running:
            time.sleep(0.005)
            now = time.perf_counter()
            if now - before > LATE_S:
                self._note_starved(now, now - before)
            before = now
            if now - self._last > LATE_S:
                self._sample()

    def _sample(self) -> None:
        frames = sys._current_frames()
        main = frames.get(self._main or 0)
        if main is not None:
            self.samples["GUI: " + _stack(main)] += 1

    def _note_starved(self, now: float, length: float) -> None:
        frames = sys._current_frames()
        me = threading.get_ident()
        where = "; ".join(
            f"[{ident}] {_stack(frame, 3)}" for ident, frame in frames.items() if ident != me
        )
        self.starved.append((now - self._t0 - length, length, where))

    def report(self, top: int = 12) -> str:
        lines = [
            f"longest gap {self.longest * 1000:.0f} ms (GUI thread CPU: longest"
            f" {self.longest_cpu * 1000:.0f} ms); gaps over {LATE_S * 1000:.0f} ms:"
        ]
        lines += [f"  at {at:6.2f} s: {length * 1000:5.0f} ms" for at, length in self.gaps]
        lines.append("GUI thread while late (5 ms samples):")
        lines += [f"  {n:4d}  {where}" for where, n in self.samples.most_common(top)]
        lines.append("sampler starved (GIL held elsewhere):")
        lines += [
            f"  at {at:6.2f} s: {length * 1000:5.0f} ms  {where}"
            for at, length, where in self.starved
        ]
        return "\n".join(lines)
