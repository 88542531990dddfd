"""Immutable results of a comparison, shared by the window, the CLI and the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reader.documents.model import Document, Span


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """What differences to ignore. Ignored differences count as equal words."""

    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_quote_style: bool = False
    # Whitespace and line reflow never change a word diff; kept for the record and the UI.
    ignore_whitespace: bool = True

    def to_json(self) -> dict[str, bool]:
        return {
            "ignore_case": self.ignore_case,
            "ignore_punctuation": self.ignore_punctuation,
            "ignore_quote_style": self.ignore_quote_style,
            "ignore_whitespace": self.ignore_whitespace,
        }


class BlockKind(StrEnum):
    EQUAL = "equal"
    CHANGED = "changed"
    MOVED = "moved"
    DELETED = "deleted"
    INSERTED = "inserted"


@dataclass(frozen=True, slots=True)
class Block:
    """One sentence-level alignment block: sentences old[i:j] face new[k:l].

    `old`/`new` are the character spans the sentences cover (None for a pure
    insertion or deletion); `old_sentences`/`new_sentences` are index ranges
    into `Comparison.old_sentences`/`new_sentences`.
    """

    kind: BlockKind
    old: Span | None
    new: Span | None
    score: float
    old_sentences: tuple[int, int] = (0, 0)
    new_sentences: tuple[int, int] = (0, 0)


class EditOp(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


@dataclass(frozen=True, slots=True)
class Edit:
    """A word-level edit. Equal edits have both spans; deletes only `old`; inserts only `new`.

    `moved` marks words that belong to a moved block.
    """

    op: EditOp
    old: Span | None
    new: Span | None
    moved: bool = False


@dataclass(frozen=True, slots=True)
class Stats:
    similarity: float
    words_old: int
    words_new: int
    words_equal: int
    words_deleted: int
    words_inserted: int
    words_moved: int
    degraded: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "similarity": round(self.similarity, 4),
            "words_old": self.words_old,
            "words_new": self.words_new,
            "words_equal": self.words_equal,
            "words_deleted": self.words_deleted,
            "words_inserted": self.words_inserted,
            "words_moved": self.words_moved,
            "degraded": self.degraded,
        }


@dataclass(frozen=True)
class Comparison:
    """Everything the engine found between two documents.

    `offset_map` translates code-point offsets between the versions; the
    window uses it to scroll the panes together and to jump to counterparts.
    """

    old: Document
    new: Document
    options: CompareOptions
    old_sentences: tuple[Span, ...]
    new_sentences: tuple[Span, ...]
    blocks: tuple[Block, ...]
    edits: tuple[Edit, ...]
    stats: Stats
    offset_map: Any = field(repr=False)  # reader.compare.offsets.OffsetMap
    # Which word diff ran: "fast-diff-match-patch" (C) or "diff-match-patch" (Python).
    word_diff: str = "diff-match-patch"

    def old_to_new(self, offset: int) -> int:
        return int(self.offset_map.old_to_new(offset))

    def new_to_old(self, offset: int) -> int:
        return int(self.offset_map.new_to_old(offset))
