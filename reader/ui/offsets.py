"""The one place where engine offsets (code points) meet Qt offsets (UTF-16 units).

The engine counts Python code points; QTextDocument counts UTF-16 code units,
so every character outside the Basic Multilingual Plane (emoji, some CJK)
takes two Qt positions. Everything in `reader.ui` converts through `OffsetMap`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.analysis import Span


class OffsetMap:
    """Converts offsets of one text between code points and UTF-16 units.

    Stores only the code-point positions of astral characters, so a text in
    plain BMP characters (nearly every article) converts with no lookup.
    """

    __slots__ = ("_astral", "_astral_qt", "length", "qt_length")

    def __init__(self, text: str) -> None:
        self._astral = (
            [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if _has_astral(text) else []
        )
        # Qt position of each astral character: its code-point index plus the
        # number of astral characters before it.
        self._astral_qt = [cp + n for n, cp in enumerate(self._astral)]
        self.length = len(text)
        self.qt_length = self.length + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """Code-point offset -> UTF-16 position."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """UTF-16 position -> code-point offset (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return position
        before = bisect_right(self._astral_qt, position - 1)
        return position - before

    def span_to_qt(self, span: Span) -> tuple[int, int]:
        """A code-point span -> (start, end) in UTF-16 positions."""
        return self.to_qt(span.start), self.to_qt(span.end)


def _has_astral(text: str) -> bool:
    # str.isascii() is fast; for non-ASCII text, encode once to count units.
    if text.isascii():
        return False
    return len(text.encode("utf-16-le")) != 2 * len(text)
