"""'Changes only': hide the same unchanged paragraphs on both sides, folded into thin rows.

Paragraphs are grouped with their counterparts through the alignment (an old
paragraph and every new paragraph its text maps into share a group, and the
reverse), so a group is shown or hidden on both sides at once: the panes never
drift apart, and a paragraph whose counterpart changed (even only in quote
marks) stays in view. A run of hidden paragraphs becomes one fold row,
"4 unchanged paragraphs", which expands its groups on both sides when clicked.
No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reader.analysis import Span

SIDES = ("old", "new")


@dataclass(frozen=True)
class SideParagraphs:
    """One side's paragraphs: their spans, pane block numbers, and which ones changed."""

    spans: Sequence[Span]
    blocks: Sequence[int]
    changed: Sequence[bool]


@dataclass(frozen=True)
class Fold:
    """A run of hidden paragraphs on one side, drawn as a row below `anchor_block`."""

    anchor_block: int
    count: int
    groups: frozenset[int]


@dataclass(frozen=True)
class FoldPlan:
    visible: dict[str, set[int]] = field(default_factory=dict)
    folds: dict[str, list[Fold]] = field(default_factory=dict)


def paragraph_groups(
    old: Sequence[Span],
    new: Sequence[Span],
    old_to_new: Callable[[int], int],
    new_to_old: Callable[[int], int],
) -> tuple[list[int], list[int]]:
    """A group id for each old and each new paragraph (union of aligned counterparts)."""
    parent = list(range(len(old) + len(new)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        parent[find(a)] = find(b)

    for i, span in enumerate(old):
        for j in _overlapping(new, _mapped(span, old_to_new)):
            join(i, len(old) + j)
    for j, span in enumerate(new):
        for i in _overlapping(old, _mapped(span, new_to_old)):
            join(i, len(old) + j)
    roots = [find(i) for i in range(len(parent))]
    return roots[: len(old)], roots[len(old) :]


def _mapped(span: Span, convert: Callable[[int], int]) -> tuple[int, int]:
    last = max(span.start, span.end - 1)
    a, b = convert(span.start), convert(last)
    return min(a, b), max(a, b)


def _overlapping(spans: Sequence[Span], bounds: tuple[int, int]) -> list[int]:
    lo, hi = bounds
    return [k for k, s in enumerate(spans) if s.start <= hi and lo < s.end]


def plan_folds(
    sides: dict[str, SideParagraphs], groups: dict[str, list[int]], expanded: set[int]
) -> FoldPlan:
    """Which blocks each pane shows, and its fold rows. Block 0 (the headline) always shows."""
    shown: set[int] = set(expanded)
    for side in SIDES:
        paragraphs = sides[side]
        for k, changed in enumerate(paragraphs.changed):
            if changed or paragraphs.blocks[k] == 0:
                shown.add(groups[side][k])
    plan = FoldPlan()
    for side in SIDES:
        plan.visible[side], plan.folds[side] = _side_plan(sides[side], groups[side], shown)
    return plan


def _side_plan(
    paragraphs: SideParagraphs, groups: list[int], shown: set[int]
) -> tuple[set[int], list[Fold]]:
    visible = {0}
    folds: list[Fold] = []
    anchor, count = 0, 0
    hidden_groups: set[int] = set()
    for k, block in enumerate(paragraphs.blocks):
        if groups[k] in shown:
            if count:
                folds.append(Fold(anchor, count, frozenset(hidden_groups)))
                count, hidden_groups = 0, set()
            visible.add(block)
            anchor = block
        else:
            count += 1
            hidden_groups.add(groups[k])
    if count:
        folds.append(Fold(anchor, count, frozenset(hidden_groups)))
    return visible, folds


def fold_label(fold: Fold) -> str:
    noun = "paragraph" if fold.count == 1 else "paragraphs"
    return f"⋯  {fold.count} unchanged {noun} — click to show"


def side_paragraphs(
    paragraphs: Sequence[Span],
    block_of: Callable[[int], int],
    coloured_blocks: Iterable[int],
    changes: Sequence[Span],
) -> SideParagraphs:
    """Paragraph spans with their pane blocks; changed = has coloured words or a change."""
    blocks = [block_of(p.start) for p in paragraphs]
    coloured = set(coloured_blocks)
    starts = sorted((c.start, c.end) for c in changes if c.end > c.start)
    changed = [
        blocks[k] in coloured or any(s < p.end and p.start < e for s, e in starts)
        for k, p in enumerate(paragraphs)
    ]
    return SideParagraphs(tuple(paragraphs), blocks, changed)
