"""Words of the two texts as the comparison counts and compares them.

Each sentence is described once: its comparison key and its content words
(folded, stemmed, stopwords dropped; see `normalize.content_words`). Both texts
share one memo keyed by the sentence with its whitespace normalised, so a
sentence the new version kept, however reflowed, is described once; a word's
stem is worked out once per distinct word and looked up through C-level `map`.

A text's word total comes from the same pass: it is the sum of its sentences'
counts whenever only whitespace lies between and around them, which is what
the splitter leaves for any loader's text (otherwise the whole text is counted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.compare.normalize import WORD, Normalizer, fold_stem
from reader.documents.model import Span
from reader.documents.stopwords import STOPWORDS

_FEW_WORDS = 3
_CHECK_EVERY = 1024


class _Stems(dict[str, str]):
    def __missing__(self, word: str) -> str:
        stemmed = self[word] = fold_stem(word)
        return stemmed


@dataclass(frozen=True, slots=True)
class Described:
    """One text's sentences as the aligner sees them, and its word total."""

    keys: list[str]  # equal keys mean equal sentences under the options
    words: list[frozenset[str]]  # content words, for similarity
    total: int  # words in the whole text
    # Only whitespace lies between the sentences and around them, so no word
    # crosses a sentence boundary and the text's words are its sentences' words.
    separated: bool
    # Whether the text after each sentence, up to the next one, is blank (or empty).
    blank_after: list[bool]


class SentenceWords:
    """Describes the sentences of both texts of one comparison."""

    def __init__(self, normalizer: Normalizer) -> None:
        options = normalizer.options
        self._normalizer = normalizer
        self._flat_ok = options.ignore_whitespace
        # With only whitespace ignored, the whitespace-normalised sentence is its key.
        self._flat_is_key = options.ignore_whitespace and not (
            options.ignore_case or options.ignore_punctuation or options.ignore_quote_style
        )
        self._stems = _Stems()
        self._memo: dict[str, tuple[frozenset[str], int]] = {}

    def describe(
        self, text: str, sentences: Sequence[Span], check: Callable[[], None]
    ) -> Described:
        keys: list[str] = []
        words: list[frozenset[str]] = []
        memo = self._memo
        total = 0
        blank_after: list[bool] = []
        separated = True
        previous_end = 0
        for count, span in enumerate(sentences):
            if count % _CHECK_EVERY == 0:
                check()
            start, end = span.start, span.end
            gap = text[previous_end:start]
            if count:
                blank_after.append(not gap or gap.isspace())
            if separated:
                separated = gap.isspace() if gap or count else True
            previous_end = end
            piece = text[start:end]
            flat = " ".join(piece.split())
            found = memo.get(flat)
            if found is None:
                found = memo[flat] = self._content(flat)
            words.append(found[0])
            total += found[1]
            keys.append(flat if self._flat_is_key else self._key(piece, flat))
        tail = text[previous_end:]
        if sentences:
            blank_after.append(not tail or tail.isspace())
        separated = separated and (not tail or tail.isspace())
        if not separated:
            total = len(WORD.findall(text))
        return Described(keys, words, total, separated, blank_after)

    def _key(self, piece: str, flat: str) -> str:
        # Every key normalises whitespace last, so the flat sentence gives the same key.
        return self._normalizer.sentence_key(flat if self._flat_ok else piece)

    def _content(self, flat: str) -> tuple[frozenset[str], int]:
        """Content words and word count of a sentence (whitespace does not change either)."""
        found = WORD.findall(flat)
        stems = frozenset(map(self._stems.__getitem__, found))
        content = stems - STOPWORDS
        return (content if len(content) >= _FEW_WORDS else stems), len(found)


def count_in(text: str, start: int, end: int) -> int:
    """Words in text[start:end]."""
    return len(WORD.findall(text, start, end))
