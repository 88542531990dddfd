"""Finding moves: deleted sentences that reappear, possibly reworded, elsewhere in the new text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.compare.gaps import GapContext, Step, union_of
from reader.compare.similarity import Candidate, RareWordIndex, match_gain

# Far from its old place a sentence needs more in common to count as the same one.
# "Telling" words are used by both texts only in these two sentences: a reworded
# sentence keeps its names and numbers, while stock phrases are shared by many.
# (minimum similarity, telling words needed), any one rule suffices:
_MOVE_RULES = ((0.7, 0), (0.5, 1), (0.15, 2))
MOVE_FLOOR = min(rule[0] for rule in _MOVE_RULES)


def find_moves(
    steps: Sequence[Step], old_keys: Sequence[str], new_keys: Sequence[str], ctx: GapContext
) -> list[Step]:
    """Moves, each covering consecutive old and consecutive new sentences, in old order."""
    deleted = [i for step in steps if not step.is_match for i in range(*step.old)]
    inserted = [j for step in steps if not step.is_match for j in range(*step.new)]
    if not deleted or not inserted:
        return []
    pairs = _exact_pairs(deleted, inserted, old_keys, new_keys)
    free_old = [i for i in deleted if i not in pairs]
    free_new = set(inserted) - set(pairs.values())
    pairs.update(_similar_pairs(free_old, sorted(free_new), ctx))
    moves = _grow_moves(pairs, set(deleted), set(inserted), ctx)
    return _join_runs(moves, ctx)


def _exact_pairs(
    deleted: list[int], inserted: list[int], old_keys: Sequence[str], new_keys: Sequence[str]
) -> dict[int, int]:
    waiting: defaultdict[str, list[int]] = defaultdict(list)
    for j in reversed(inserted):
        waiting[new_keys[j]].append(j)
    pairs: dict[int, int] = {}
    for i in deleted:
        queue = waiting.get(old_keys[i])
        if queue:
            pairs[i] = queue.pop()
    return pairs


def _similar_pairs(free_old: list[int], free_new: list[int], ctx: GapContext) -> dict[int, int]:
    if not free_old or not free_new:
        return {}
    index = RareWordIndex(ctx.old_words, ctx.new_words, free_new, ctx.vocabulary)
    candidates: list[Candidate] = []
    for count, i in enumerate(free_old):
        if count % 256 == 0:
            ctx.check()
        candidates.extend(c for c in index.best(i, MOVE_FLOOR) if _is_move(c, ctx))
    candidates.sort(key=lambda c: (-c.score, c.old, c.new))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for candidate in candidates:
        if candidate.old not in pairs and candidate.new not in taken:
            pairs[candidate.old] = candidate.new
            taken.add(candidate.new)
    return pairs


def _is_move(candidate: Candidate, ctx: GapContext) -> bool:
    shared = ctx.old_words[candidate.old] & ctx.new_words[candidate.new]
    telling = len(shared & ctx.vocabulary.distinctive)
    return any(candidate.score >= least and telling >= words for least, words in _MOVE_RULES)


def _grow_moves(
    pairs: dict[int, int], deleted: set[int], inserted: set[int], ctx: GapContext
) -> list[Step]:
    """Let each 1:1 move take in an unmatched neighbour when that explains more words.

    This finds a moved sentence that was also split in two or merged with another.
    """
    free_old = deleted - pairs.keys()
    free_new = inserted - set(pairs.values())
    moves: list[Step] = []
    for i in sorted(pairs):
        old, new = (i, i + 1), (pairs[i], pairs[i] + 1)
        for grow_old, forward in ((True, True), (True, False), (False, True), (False, False)):
            free = free_old if grow_old else free_new
            span = old if grow_old else new
            extra = span[1] if forward else span[0] - 1
            if extra not in free:
                continue
            grown = (span[0], extra + 1) if forward else (extra, span[1])
            if not _explains_rest(ctx, old, new, extra, grow_old):
                continue
            before = _gain(ctx, old, new)
            after = _gain(ctx, grown, new) if grow_old else _gain(ctx, old, grown)
            if after > before:
                free.discard(extra)
                if grow_old:
                    old = grown
                else:
                    new = grown
        moves.append(Step(old, new, ctx.score(old, new)))
    return moves


def _explains_rest(
    ctx: GapContext, old: tuple[int, int], new: tuple[int, int], extra: int, extra_is_old: bool
) -> bool:
    """Whether the extra sentence matches what the move does not explain yet on the other side."""
    old_words, new_words = union_of(ctx.old_words, old), union_of(ctx.new_words, new)
    if extra_is_old:
        return match_gain(ctx.old_words[extra], new_words - old_words) > 0
    return match_gain(ctx.new_words[extra], old_words - new_words) > 0


def _join_runs(moves: list[Step], ctx: GapContext) -> list[Step]:
    """Join moves of consecutive sentences to consecutive places: a moved paragraph."""
    joined: list[Step] = []
    for move in moves:
        if joined and joined[-1].old[1] == move.old[0] and joined[-1].new[1] == move.new[0]:
            last = joined.pop()
            old, new = (last.old[0], move.old[1]), (last.new[0], move.new[1])
            move = Step(old, new, ctx.score(old, new))
        joined.append(move)
    return joined


def _gain(ctx: GapContext, old: tuple[int, int], new: tuple[int, int]) -> float:
    return match_gain(union_of(ctx.old_words, old), union_of(ctx.new_words, new))
