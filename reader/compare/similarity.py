"""Word-content similarity between sentences, and a cheap search for similar ones."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

Words = frozenset[str]

# A match is worth 2 per shared word and costs TAU per word on both sides, so a
# pairing pays off once its Dice similarity passes TAU.
TAU = 0.3
# What a shared word used by no other sentence of either text adds on top of its 2.
TELLING_BONUS = 1.0
# How many of a sentence's rarest words are looked up to find candidates.
_PROBE_WORDS = 6
# Words shared by more sentences than this are too common to find candidates with.
_MAX_POSTING = 64
_CANDIDATES_PER_SENTENCE = 4


def dice(a: Words, b: Words) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def match_gain(a: Words, b: Words) -> float:
    """What aligning two groups of sentences adds to an alignment's total; < 0 if unwise."""
    return 2 * len(a & b) - TAU * (len(a) + len(b))


def telling_gain(a: Words, b: Words, telling: Words) -> float:
    """`match_gain` with each shared telling word (see `Vocabulary.distinctive`) worth
    `TELLING_BONUS` more: a reworded sentence or a split half keeps its names and figures."""
    shared = a & b
    return 2 * len(shared) + TELLING_BONUS * len(shared & telling) - TAU * (len(a) + len(b))


@dataclass(frozen=True, slots=True)
class Candidate:
    score: float
    old: int
    new: int


class RareWordIndex:
    """Finds, for an old sentence, new sentences that share its rarest words."""

    def __init__(
        self,
        old_words: Sequence[Words],
        new_words: Sequence[Words],
        new_indices: Iterable[int],
        vocabulary: Vocabulary,
    ) -> None:
        self._old_words = old_words
        self._new_words = new_words
        self._frequency = vocabulary.frequency
        self._postings: defaultdict[str, list[int]] = defaultdict(list)
        for j in new_indices:
            for word in new_words[j]:
                self._postings[word].append(j)

    def best(self, i: int, min_score: float) -> list[Candidate]:
        """Up to a few new sentences most similar to old sentence `i`, best first."""
        words = self._old_words[i]
        # Probe with the rarest words that some new sentence here has at all; equally
        # rare words in alphabetical order, not the set's, which changes from run to run
        # with string hashing (and with it, which sentences were found).
        postings = self._postings
        shared = sorted(word for word in words if word in postings)
        probes = sorted(shared, key=self._frequency.__getitem__)[:_PROBE_WORDS]
        hits: Counter[int] = Counter()
        for word in probes:
            posting = postings[word]
            if len(posting) <= _MAX_POSTING:
                hits.update(posting)
        found = []
        for j, _ in hits.most_common(_CANDIDATES_PER_SENTENCE * 2):
            score = dice(words, self._new_words[j])
            if score >= min_score:
                found.append(Candidate(score, i, j))
        found.sort(key=lambda c: -c.score)
        return found[:_CANDIDATES_PER_SENTENCE]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Word statistics over both sides' sentences."""

    frequency: Counter[str]  # in how many sentences (old and new) a word appears
    distinctive: frozenset[str]  # words found in exactly one old and one new sentence

    @classmethod
    def build(cls, old_words: Sequence[Words], new_words: Sequence[Words]) -> Vocabulary:
        old_frequency = Counter(chain.from_iterable(old_words))
        new_frequency = Counter(chain.from_iterable(new_words))
        distinctive = frozenset(
            word
            for word, count in old_frequency.items()
            if count == 1 and new_frequency.get(word) == 1
        )
        frequency = old_frequency.copy()
        frequency.update(new_frequency)
        return cls(frequency, distinctive)
