"""Words of one text as the comparison counts and compares them.

The similarity's view of a word (folded, stemmed) is worked out once per
distinct word and looked up through C-level `map` afterwards, so describing
sentences costs a regex call and a few set operations each.
"""

from __future__ import annotations

from reader.compare.normalize import STOPWORDS, WORD, fold_stem

_FEW_WORDS = 3


class _Stems(dict[str, str]):
    def __missing__(self, word: str) -> str:
        stemmed = self[word] = fold_stem(word)
        return stemmed


class TextWords:
    """Counts and content words of ranges of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.total = len(WORD.findall(text))
        self._stems = _Stems()

    def count(self, start: int, end: int) -> int:
        return len(WORD.findall(self.text, start, end))

    def content(self, start: int, end: int) -> frozenset[str]:
        """What similarity is measured on; see `normalize.content_words`."""
        words = WORD.findall(self.text, start, end)
        stems = frozenset(map(self._stems.__getitem__, words))
        content = stems - STOPWORDS
        return content if len(content) >= _FEW_WORDS else stems
