"""'Changes only' in the window: builds the fold plan from the open pair and applies it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from reader.analysis import Span
from reader.ui.panes.article import PreparedText
from reader.ui.panes.folding import Fold, FoldPlan, paragraph_groups, plan_folds, side_paragraphs
from reader.ui.session import SIDES

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


class WindowFolds:
    def __init__(self, window: MainWindow) -> None:
        self.w = window
        self._only_changed = False
        self._expanded_groups: set[int] = set()

    @property
    def on(self) -> bool:
        return self._only_changed

    def reset(self) -> None:
        """A new comparison: every fold starts closed."""
        self._expanded_groups = set()

    def set_on(self, on: bool) -> None:
        self._only_changed = on
        self._expanded_groups = set()
        self.w.settings.set_flag("only_changed", on)
        self.apply()

    def apply(self) -> None:
        plan = self.plan() if self._only_changed else None
        for side in SIDES:
            if plan is None:
                self.w.views[side].set_visible_blocks(None)
            else:
                self.w.views[side].set_visible_blocks(plan.visible[side], plan.folds[side])
        QTimer.singleShot(0, lambda: self.w.sync.sync_from(1))

    def plan(self) -> FoldPlan | None:
        docs, preps = self.w.session.documents, self.w.session.prepared
        diff = self.w.diff
        if diff is None:
            return None
        sides, groups = {}, {}
        spans = {
            "old": [Span(link[1], link[2]) for link in diff.links],
            "new": [Span(link[3], link[4]) for link in diff.links],
        }
        for side in SIDES:
            doc, prep = docs[side], preps[side]
            if doc is None or prep is None:
                return None
            runs = (diff.old if side == "old" else diff.new).runs
            finder = _block_finder(prep)
            sides[side] = side_paragraphs(prep.paragraphs, finder, runs.keys(), spans[side])
        comparison = diff.comparison
        groups["old"], groups["new"] = paragraph_groups(
            sides["old"].spans, sides["new"].spans, comparison.old_to_new, comparison.new_to_old
        )
        return plan_folds(sides, groups, self._expanded_groups)

    def expand(self, fold: Fold) -> None:
        self._expanded_groups |= fold.groups
        self.apply()


def _block_finder(prepared: PreparedText) -> Callable[[int], int]:
    return lambda offset: prepared.block_of(prepared.offsets.to_qt(offset))
