"""Which stretch of one version faces which stretch of the other: change links and sync anchors.

A link joins a changed block to its counterpart (a removed or added block to
the point where it would have been); anchors are the monotone pairs of facing
offsets that synchronised scrolling interpolates between.
"""

from __future__ import annotations

from typing import NamedTuple

from reader.compare.model import Block, BlockKind, Comparison
from reader.documents.model import Span
from reader.present.marks import Mark

KIND_MARK = {
    BlockKind.CHANGED: Mark.REPLACED,
    BlockKind.DELETED: Mark.DELETED,
    BlockKind.INSERTED: Mark.INSERTED,
    BlockKind.MOVED: Mark.MOVED,
}


class Link(NamedTuple):
    """One non-equal block: its mark and the facing ranges (empty where it would have been)."""

    mark: str  # a Mark value
    old_start: int
    old_end: int
    new_start: int
    new_end: int


class Anchor(NamedTuple):
    """An old offset and the new offset that faces it."""

    old: int
    new: int


def build_links(comparison: Comparison) -> list[Link]:
    """One link per non-equal block; one-sided blocks get an empty span where they would be."""
    links: list[Link] = []
    for block in comparison.blocks:
        mark = KIND_MARK.get(block.kind)
        if mark is None:
            continue
        if block.old is not None:
            os_, oe = block.old.start, block.old.end
        elif block.new is not None:
            os_ = oe = comparison.new_to_old(block.new.start)
        else:
            continue
        if block.new is not None:
            ns, ne = block.new.start, block.new.end
        elif block.old is not None:
            ns = ne = comparison.old_to_new(block.old.start)
        else:
            continue
        links.append(Link(mark.value, os_, oe, ns, ne))
    return links


def sync_anchors(comparison: Comparison) -> list[Anchor]:
    """Monotone pairs of facing offsets, from sentences of equal blocks and ends of others."""
    pairs: list[Anchor] = [Anchor(0, 0)]
    old_s, new_s = comparison.old_sentences, comparison.new_sentences
    for block in comparison.blocks:
        pairs.extend(_block_anchors(comparison, block, old_s, new_s))
    pairs.append(Anchor(len(comparison.old.text), len(comparison.new.text)))
    pairs.sort()
    monotone: list[Anchor] = []
    for pair in pairs:
        if not monotone or (pair.old >= monotone[-1].old and pair.new >= monotone[-1].new):
            monotone.append(pair)
    return monotone


def _block_anchors(
    comparison: Comparison, block: Block, old_s: tuple[Span, ...], new_s: tuple[Span, ...]
) -> list[Anchor]:
    if block.kind is BlockKind.MOVED:
        return []
    if block.kind is BlockKind.EQUAL:
        i, j = block.old_sentences[0], block.new_sentences[0]
        count = min(block.old_sentences[1] - i, block.new_sentences[1] - j)
        out = [Anchor(old_s[i + k].start, new_s[j + k].start) for k in range(count)]
        if block.old is not None and block.new is not None:
            out.append(Anchor(block.old.end, block.new.end))
        return out
    if block.old is not None and block.new is not None:
        return [Anchor(block.old.start, block.new.start), Anchor(block.old.end, block.new.end)]
    if block.old is not None:
        at = comparison.old_to_new(block.old.start)
        return [Anchor(block.old.start, at), Anchor(block.old.end, at)]
    if block.new is not None:
        at = comparison.new_to_old(block.new.start)
        return [Anchor(at, block.new.start), Anchor(at, block.new.end)]
    return []
