"""Sentence alignment old ↔ new: equal, changed, moved, deleted and inserted sentences.

1. Exact anchors: sentences equal after normalisation, kept in order (patience).
2. Each gap between anchors is aligned by similarity (see `gaps`), allowing
   paraphrase, splits (1:2) and merges (2:1).
3. Deleted and inserted sentences left over are matched against each other
   through an index of rare words; matches become moves.
Every step is close to linear in the number of sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.compare.anchors import Candidate, exact_anchors, longest_increasing, unique_pairs
from reader.compare.gaps import GapContext, Step, align_gap
from reader.compare.model import BlockKind
from reader.compare.moves import find_moves
from reader.compare.similarity import RareWordIndex, Vocabulary, Words

# Similar sentences weigh less than equal ones in the anchor chain, however similar.
_SIMILAR_WEIGHT_CAP = 0.95
# Similar enough to vote on the order of anchors (weakly: the weight is the similarity).
_CHAIN_MIN = 0.3
# Anchors whose diagonals differ by this many sentences may have an equal sentence out of
# place between them; smaller shifts are a deletion or insertion or two.
_JUMP = 3


@dataclass(frozen=True, slots=True)
class Sentences:
    """What the aligner knows about one side's sentences."""

    keys: Sequence[str]  # equal keys mean equal after normalisation
    words: Sequence[Words]  # content words, for similarity


@dataclass(frozen=True, slots=True)
class Pairing:
    """A sentence-level block before it gets character spans: old[o0:o1] faces new[n0:n1]."""

    kind: BlockKind
    old: tuple[int, int]
    new: tuple[int, int]
    score: float


def align_sentences(
    old: Sentences, new: Sentences, check: Callable[[], None] = lambda: None
) -> list[Pairing]:
    """Blocks in old order, with insertions where they fall in the new order.

    Moved blocks sit at their old position.
    """
    vocabulary = Vocabulary.build(old.words, new.words)
    context = GapContext(old.keys, new.keys, old.words, new.words, vocabulary, check)
    steps: list[Step] = []
    previous = (-1, -1)
    anchors = exact_anchors(old.keys, new.keys, _similar(old, new, vocabulary))
    for i, j in [*anchors, (len(old.keys), len(new.keys))]:
        check()
        steps.extend(align_gap(context, previous[0] + 1, i, previous[1] + 1, j))
        if i < len(old.keys):
            steps.append(Step((i, i + 1), (j, j + 1), 1.0))
        previous = (i, j)
    moves = find_moves(steps, old.keys, new.keys, context)
    steps, moves = settle_in_place(steps, moves)
    return _to_pairings(steps, moves, old, new)


def _similar(old: Sentences, new: Sentences, vocabulary: Vocabulary) -> list[Candidate]:
    """Paraphrase candidates between sentences that have no unique equal counterpart,
    looked for only around jumps of the equal sentences' chain: elsewhere the chain
    keeps to one diagonal, and no equal sentence on it can be out of place."""
    exact = unique_pairs(old.keys, new.keys)
    old_near, new_near = _near_jumps(longest_increasing(exact), len(old.keys), len(new.keys))
    taken_old, taken_new = {i for i, _ in exact}, {j for _, j in exact}
    free_new = [j for j in sorted(new_near) if j not in taken_new]
    if not free_new:
        return []
    index = RareWordIndex(old.words, new.words, free_new, vocabulary)
    return [
        Candidate(i, found.new, min(found.score, _SIMILAR_WEIGHT_CAP))
        for i in sorted(old_near)
        if i not in taken_old
        for found in index.best(i, _CHAIN_MIN)
    ]


def _near_jumps(
    chain: list[tuple[int, int]], old_count: int, new_count: int
) -> tuple[set[int], set[int]]:
    """Old and new sentences from the anchor before a jump (consecutive anchors whose
    diagonals differ by `_JUMP` or more) to the anchor after the next one."""
    bounds = [(-1, -1), *chain, (old_count, new_count)]
    old_near: set[int] = set()
    new_near: set[int] = set()
    for k in range(1, len(bounds)):
        (i0, j0), (i1, j1) = bounds[k - 1], bounds[k]
        if abs((i1 - i0) - (j1 - j0)) < _JUMP:
            continue
        first, last = bounds[max(k - 2, 0)], bounds[min(k + 1, len(bounds) - 1)]
        old_near.update(range(max(first[0], 0), min(last[0] + 1, old_count)))
        new_near.update(range(max(first[1], 0), min(last[1] + 1, new_count)))
    return old_near, new_near


def _to_pairings(
    steps: list[Step], moves: list[Step], old: Sentences, new: Sentences
) -> list[Pairing]:
    move_at = {move.old[0]: move for move in moves}
    moved_old = {i for move in moves for i in range(*move.old)}
    moved_new = {j for move in moves for j in range(*move.new)}
    pairings: list[Pairing] = []
    for step in steps:
        if step.is_match:
            kind = BlockKind.EQUAL if _same_keys(old, new, step) else BlockKind.CHANGED
            _append(pairings, Pairing(kind, step.old, step.new, step.score))
        elif step.old[0] < step.old[1]:
            move = move_at.get(step.old[0])
            if move is not None:
                pairings.append(Pairing(BlockKind.MOVED, move.old, move.new, move.score))
            elif step.old[0] not in moved_old:
                _append(pairings, Pairing(BlockKind.DELETED, step.old, step.new, 0.0))
        elif step.new[0] not in moved_new:
            _append(pairings, Pairing(BlockKind.INSERTED, step.old, step.new, 0.0))
    return pairings


def settle_in_place(steps: list[Step], moves: list[Step]) -> tuple[list[Step], list[Step]]:
    """Matches found among left-over sentences that sit between the same in-order
    matches did not move: they become changed pairs in place (in-order ones only)."""
    old_run: dict[int, int] = {}
    new_run: dict[int, int] = {}
    run = 0
    for step in steps:
        if step.is_match:
            run += 1
            continue
        old_run.update(dict.fromkeys(range(*step.old), run))
        new_run.update(dict.fromkeys(range(*step.new), run))
    in_place = [
        m
        for m in moves
        if old_run.get(m.old[0], -1) == old_run.get(m.old[1] - 1, -2) == new_run.get(m.new[0])
        and new_run.get(m.new[0]) == new_run.get(m.new[1] - 1)
    ]
    ordered = {(m.old[0], m.new[0]) for m in in_place}
    kept = set(longest_increasing(sorted(ordered)))
    settled = [m for m in in_place if (m.old[0], m.new[0]) in kept]
    if not settled:
        return steps, moves
    return _rebuild(steps, settled), [m for m in moves if m not in settled]


def _rebuild(steps: list[Step], settled: list[Step]) -> list[Step]:
    """Steps with each settled pair matched where it stands among its run's left-overs."""
    taken_old = {i for m in settled for i in range(*m.old)}
    taken_new = {j for m in settled for j in range(*m.new)}
    pending = sorted(settled, key=lambda m: m.old[0])
    out: list[Step] = []
    run: list[Step] = []
    for step in [*steps, None]:
        if step is not None and not step.is_match:
            run.append(step)
            continue
        out.extend(_merge_run(run, pending, taken_old, taken_new))
        run = []
        if step is not None:
            out.append(step)
    return out


def _merge_run(
    run: list[Step], pending: list[Step], taken_old: set[int], taken_new: set[int]
) -> list[Step]:
    if not run:
        return []
    olds = [s for s in run if s.old[0] < s.old[1] and s.old[0] not in taken_old]
    news = [s for s in run if s.new[0] < s.new[1] and s.new[0] not in taken_new]
    lo = min(s.old[0] for s in run)
    hi = max(s.old[1] for s in run)
    pairs = [m for m in pending if lo <= m.old[0] < hi]
    out: list[Step] = []
    for pair in [*pairs, None]:
        limit_old = pair.old[0] if pair else hi + 1
        limit_new = pair.new[0] if pair else 1 << 62
        while olds and olds[0].old[0] < limit_old:
            out.append(olds.pop(0))
        while news and news[0].new[0] < limit_new:
            out.append(news.pop(0))
        if pair is not None:
            out.append(pair)
    return out


def _same_keys(old: Sentences, new: Sentences, step: Step) -> bool:
    (o0, o1), (n0, n1) = step.old, step.new
    if o1 - o0 == 1 and n1 - n0 == 1:
        return old.keys[o0] == new.keys[n0]
    return list(old.keys[o0:o1]) == list(new.keys[n0:n1])


def _append(pairings: list[Pairing], pairing: Pairing) -> None:
    """Add a block, joining it to the previous one when both are runs of the same kind."""
    last = pairings[-1] if pairings else None
    if (
        last is not None
        and pairing.kind in _JOINABLE
        and last.kind == pairing.kind
        and last.old[1] == pairing.old[0]
        and last.new[1] == pairing.new[0]
    ):
        old, new = (last.old[0], pairing.old[1]), (last.new[0], pairing.new[1])
        pairings[-1] = Pairing(last.kind, old, new, last.score)
        return
    pairings.append(pairing)


_JOINABLE = frozenset({BlockKind.EQUAL, BlockKind.DELETED, BlockKind.INSERTED})
