"""Which change is current, and where Next and Previous go (no Qt: plain rules, easy to test).

Nothing current: Next goes to the first change, Previous to the last. At the
last change Next does not jump back at once: it leaves a note, and the next
press wraps to the first (as Meld does); the same at the first change going back.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """Where a press of Next/Previous lands: an index to show (or None) and a note."""

    index: int | None
    note: str = ""


class ChangeCursor:
    def __init__(self) -> None:
        self.count = 0
        self.index = -1
        self._wrap_pending = 0  # +1 or -1: the next press in that direction wraps

    def reset(self, count: int) -> None:
        self.count, self.index, self._wrap_pending = count, -1, 0

    def set_index(self, index: int) -> None:
        """A change chosen directly (link map, overview)."""
        if 0 <= index < self.count:
            self.index, self._wrap_pending = index, 0

    def step(self, direction: int) -> Step:
        if self.count == 0:
            return Step(None, "No changes between the two versions.")
        if self.index < 0:
            return self._land(0 if direction > 0 else self.count - 1)
        target = self.index + direction
        if 0 <= target < self.count:
            return self._land(target)
        if self._wrap_pending == direction:
            return self._land(0 if direction > 0 else self.count - 1)
        self._wrap_pending = direction
        if direction > 0:
            return Step(None, "Last change reached — press Next again to go to the first.")
        return Step(None, "First change reached — press Previous again to go to the last.")

    def _land(self, index: int) -> Step:
        self.index, self._wrap_pending = index, 0
        return Step(index)

    def label(self) -> str:
        """'Changed passage 3 of 41' for the status bar ('' with nothing to step through).

        Next/Previous step through the diff's changed passages, not the ledger's
        changes (one passage can hold several), so the words say passages.
        """
        if self.count == 0 or self.index < 0:
            return passages(self.count) if self.count else ""
        return f"Changed passage {self.index + 1:,} of {self.count:,}"


def passages(count: int) -> str:
    return f"{count:,} changed passage" + ("" if count == 1 else "s")
