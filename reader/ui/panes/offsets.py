"""The one place where engine offsets (code points) meet Qt offsets (UTF-16 units).

The engine counts Python code points; QTextDocument counts UTF-16 code units,
so every character outside the Basic Multilingual Plane (emoji, some CJK)
takes two Qt positions. The pane may also hold zero-width spaces the document
does not have (break opportunities in very long tokens, see `article.py`):
each takes one Qt position before the character it precedes. Everything in
`reader.ui` converts through `OffsetMap`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.analysis import Span


class OffsetMap:
    """Converts offsets of one text between code points and UTF-16 units.

    Stores only the code-point positions of astral characters, so a text in
    plain BMP characters (nearly every article) converts with no lookup.
    """

    __slots__ = ("_astral", "_astral_qt", "_breaks", "_breaks_qt", "length", "qt_length")

    def __init__(self, text: str, breaks: Sequence[int] = ()) -> None:
        """`breaks`: sorted code-point offsets with a zero-width space shown before them."""
        self._astral = (
            [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if _has_astral(text) else []
        )
        self._breaks = list(breaks)
        # Qt positions of each astral character and each inserted break.
        self._astral_qt = [self.to_qt(cp) for cp in self._astral]
        self._breaks_qt = [self.to_qt(cp) - 1 for cp in self._breaks]
        self.length = len(text)
        self.qt_length = self.length + len(self._astral) + len(self._breaks)

    def to_qt(self, offset: int) -> int:
        """Code-point offset -> UTF-16 position."""
        if not self._astral and not self._breaks:
            return offset
        return offset + bisect_left(self._astral, offset) + bisect_right(self._breaks, offset)

    def from_qt(self, position: int) -> int:
        """UTF-16 position -> code-point offset (a position inside a surrogate pair rounds down,
        one on an inserted break goes to the character after it)."""
        if not self._astral and not self._breaks:
            return position
        astral = bisect_left(self._astral_qt, position)
        return position - astral - bisect_left(self._breaks_qt, position)

    def span_to_qt(self, span: Span) -> tuple[int, int]:
        """A code-point span -> (start, end) in UTF-16 positions."""
        return self.to_qt(span.start), self.to_qt(span.end)


def _has_astral(text: str) -> bool:
    # str.isascii() is fast; for non-ASCII text, encode once to count units.
    if text.isascii():
        return False
    return len(text.encode("utf-16-le")) != 2 * len(text)
