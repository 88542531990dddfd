"""Progress of a corpus run: a redrawn bar on a terminal, a plain line now and then elsewhere."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

_BAR = 28


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """Counts pairs done and failed; draws on `stream`. `clock` is injectable for tests."""

    def __init__(
        self,
        total: int,
        stream: TextIO,
        *,
        tty: bool,
        every: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream
        self._tty = tty
        self._every = every
        self._clock = clock
        self._start = clock()
        self._last = self._start

    def update(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        now = self._clock()
        if self._tty:
            self._stream.write("\r" + self.line(now))
            self._stream.flush()
        elif now - self._last >= self._every or self.done == self.total:
            self._stream.write(self.line(now) + "\n")
            self._stream.flush()
            self._last = now

    def line(self, now: float) -> str:
        elapsed = now - self._start
        left = self.total - self.done
        eta = _duration(elapsed / self.done * left) if self.done else "?"
        text = f"{self.done}/{self.total} pairs, {self.failed} failed, ETA {eta}"
        if not self._tty:
            return f"audit-corpus: {text} ({_duration(elapsed)} elapsed)"
        filled = _BAR * self.done // max(self.total, 1)
        return f"[{'#' * filled}{'.' * (_BAR - filled)}] {text}  "

    def close(self) -> None:
        if self._tty and self.done:
            self._stream.write("\n")
            self._stream.flush()
