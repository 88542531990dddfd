"""The rare-word search finds the same sentences whatever order a set iterates in.

String hashing changes from run to run, and with it the order of a set of words:
the window's process and its quote process would otherwise align a pair differently.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.compare.similarity import RareWordIndex, Vocabulary

OLD = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel")


class _Ordered(frozenset[str]):
    """A word set that iterates in a given order (as another hash seed might)."""

    order: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)


def _words(order: tuple[str, ...]) -> _Ordered:
    words = _Ordered(order)
    words.order = order
    return words


def _found(order: tuple[str, ...]) -> list[tuple[int, float]]:
    old = [_words(order)]
    # Every word is as rare as every other; more are shared than are probed.
    new = [frozenset(OLD[:6]), frozenset(OLD[6:])]
    index = RareWordIndex(old, new, range(len(new)), Vocabulary.build(old, new))
    return [(c.new, c.score) for c in index.best(0, 0.3)]


def test_equally_rare_words_are_probed_in_the_same_order_whatever_the_set_order() -> None:
    assert _found(OLD) == _found(tuple(reversed(OLD)))
    assert [new for new, _ in _found(OLD)] == [0]  # probed: the six first alphabetically
