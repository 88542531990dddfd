"""The C word diff is "degraded" by the CPU time it spent, as its own deadline is, not by wall
time: a pair's JSON must not depend on how busy the machine was while it was compared."""

from __future__ import annotations

import time

import pytest

from reader.compare import worddiff
from reader.compare.model import CompareOptions, EditOp
from reader.compare.normalize import Normalizer
from reader.documents.model import Span


class _StalledWallClock:
    """`time` as a process sees it when it is descheduled for 10 s around every call."""

    process_time = staticmethod(time.process_time)

    def __init__(self) -> None:
        self.now = 0.0

    def _tick(self) -> float:
        self.now += 10.0
        return self.now

    def perf_counter(self) -> float:
        return self._tick()

    def monotonic(self) -> float:
        return self._tick()

    def time(self) -> float:
        return self._tick()


@pytest.mark.skipif(worddiff._fast is None, reason="the C port (fast-diff-match-patch) is absent")
def test_a_stall_in_wall_time_does_not_make_a_finished_diff_degraded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = "The council said the harbour plan would cost far more than it first said."
    new = "The council said the harbour plan could cost much more than it first said."
    monkeypatch.setattr(worddiff, "time", _StalledWallClock())
    differ = worddiff.WordDiffer(old, new, Normalizer(CompareOptions()))
    edits = differ.diff(Span(0, len(old)), Span(0, len(new)))
    removed = [old[e.old.start : e.old.end] for e in edits if e.op is EditOp.DELETE and e.old]
    assert removed == ["would", "far"]  # the diff ran to its end
    assert not differ.degraded
