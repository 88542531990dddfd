"""compare_documents: sentences, alignment, word diff, offset map and statistics."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from reader.compare.align import Pairing, Sentences, align_sentences
from reader.compare.model import Block, BlockKind, CompareOptions, Comparison, Edit, Stats
from reader.compare.normalize import Normalizer
from reader.compare.offsets import OffsetMapBuilder
from reader.compare.worddiff import (
    DELETE,
    EQUAL,
    INSERT,
    WORD_DIFF_ENGINE,
    FlatEdit,
    WordDiffer,
    to_edit,
)
from reader.compare.words import Described, SentenceWords, count_in
from reader.documents.model import Document, Span
from reader.documents.segment import document_sentences

_CHECK_EVERY = 64


class Cancelled(Exception):
    """The caller asked the comparison to stop."""


def compare_documents(
    old: Document,
    new: Document,
    options: CompareOptions = CompareOptions(),  # noqa: B008 - frozen, so sharing is safe
    cancel: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare two documents sentence by sentence and word by word.

    `cancel` is polled now and then; when it returns True, `Cancelled` is raised.
    """
    with _collector_paused():
        return _compare(old, new, options, cancel)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The engine makes many small objects and no garbage cycles worth chasing
    mid-run: the cyclic collector's passes over them cost about a tenth of its time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _compare(
    old: Document, new: Document, options: CompareOptions, cancel: Callable[[], bool] | None
) -> Comparison:
    check = _checker(cancel)
    normalizer = Normalizer(options)
    old_sentences = document_sentences(old)
    new_sentences = document_sentences(new)
    check()
    describer = SentenceWords(normalizer)
    old_described = describer.describe(old.text, old_sentences, check)
    new_described = describer.describe(new.text, new_sentences, check)
    pairings = align_sentences(
        Sentences(old_described.keys, old_described.words),
        Sentences(new_described.keys, new_described.words),
        check,
    )
    builder = _Builder(
        old, new, old_sentences, new_sentences, normalizer, old_described, new_described
    )
    builder.add_prefix()
    for count, pairing in enumerate(pairings):
        if count % _CHECK_EVERY == 0:
            check()
        builder.add(pairing)
    return Comparison(
        old=old,
        new=new,
        options=options,
        old_sentences=old_sentences,
        new_sentences=new_sentences,
        blocks=tuple(builder.blocks),
        edits=tuple(builder.edits()),
        stats=builder.stats(),
        offset_map=builder.offsets.build(),
        word_diff=WORD_DIFF_ENGINE,
    )


def _checker(cancel: Callable[[], bool] | None) -> Callable[[], None]:
    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled

    return check


@dataclass
class _Counts:
    equal: int = 0
    deleted: int = 0
    inserted: int = 0
    moved: int = 0


# A flat edit of the result, with whether it belongs to a moved block.
_Merged = tuple[int, int, int, int, int, bool]


@dataclass
class _Builder:
    """Turns pairings into blocks and edits, keeping the offset map up to date.

    Edits are kept flat (see `worddiff.FlatEdit`) and joined as they come; `Edit`
    objects are made once, for the result.
    """

    old: Document
    new: Document
    old_sentences: tuple[Span, ...]
    new_sentences: tuple[Span, ...]
    normalizer: Normalizer
    old_described: Described
    new_described: Described
    blocks: list[Block] = field(default_factory=list)
    merged: list[_Merged] = field(default_factory=list)
    # Where the last non-moved region ended: deletions and insertions collapse there.
    old_at: int = 0
    new_at: int = 0

    def __post_init__(self) -> None:
        # Whether equal words must be counted edit by edit: when the old text's sentences
        # are separated by whitespace, no word crosses a region, old edits tile the text,
        # and the equal words are all the old words that were not deleted.
        self.count_equal = not self.old_described.separated
        self.differ = WordDiffer(self.old.text, self.new.text, self.normalizer)
        self.offsets = OffsetMapBuilder(self.old.text, self.new.text)
        # Each sentence's slot runs from its start to the next sentence's start,
        # so the slots of a side tile its text after the leading prefix.
        self.old_slots = [s.start for s in self.old_sentences] + [len(self.old.text)]
        self.new_slots = [s.start for s in self.new_sentences] + [len(self.new.text)]

    def add_prefix(self) -> None:
        """Text before the first sentence (usually nothing, or whitespace)."""
        old_end, new_end = self.old_slots[0], self.new_slots[0]
        self._add_region(self.differ.diff_flat(0, old_end, 0, new_end), 0, old_end, 0, new_end)

    def add(self, pairing: Pairing) -> None:
        old_start, old_end = self.old_slots[pairing.old[0]], self.old_slots[pairing.old[1]]
        new_start, new_end = self.new_slots[pairing.new[0]], self.new_slots[pairing.new[1]]
        kind = pairing.kind
        edits: list[FlatEdit]
        if kind is BlockKind.DELETED:
            edits = [(DELETE, old_start, old_end, new_start, new_start)]
        elif kind is BlockKind.INSERTED:
            edits = [(INSERT, old_start, old_start, new_start, new_end)]
        elif kind is BlockKind.EQUAL and self._only_ignored_between(
            pairing, old_start, old_end, new_start, new_end
        ):
            edits = [(EQUAL, old_start, old_end, new_start, new_end)]
        else:
            edits = self.differ.diff_flat(old_start, old_end, new_start, new_end)
            if kind is not BlockKind.MOVED:
                changed = any(edit[0] != EQUAL for edit in edits)
                kind = BlockKind.CHANGED if changed else BlockKind.EQUAL
        moved = kind is BlockKind.MOVED
        self._add_region(edits, old_start, old_end, new_start, new_end, moved)
        self.blocks.append(self._block(pairing, kind))

    def _only_ignored_between(
        self, pairing: Pairing, old_start: int, old_end: int, new_start: int, new_end: int
    ) -> bool:
        """Whether the text between and after equal sentences differs only in ignored ways."""
        if self.old.text[old_start:old_end] == self.new.text[new_start:new_end]:
            return True
        if not self.normalizer.options.ignore_whitespace:
            return False
        old_blank, new_blank = self.old_described.blank_after, self.new_described.blank_after
        return all(old_blank[i] for i in range(*pairing.old)) and all(
            new_blank[j] for j in range(*pairing.new)
        )

    def _add_region(
        self,
        edits: list[FlatEdit],
        old_start: int,
        old_end: int,
        new_start: int,
        new_end: int,
        moved: bool = False,
    ) -> None:
        if not edits:
            return
        old_at = old_start if old_end > old_start else self.old_at
        new_at = new_start if new_end > new_start else self.new_at
        self.offsets.add_region(edits, old_at, new_at)
        if not moved:
            self.old_at = old_end if old_end > old_start else old_at
            self.new_at = new_end if new_end > new_start else new_at
        else:
            self.old_at = old_end
        self._merge(edits, moved)

    def _count(self) -> _Counts:
        """Words of the result's edits (a word cut between two by odd paragraphs counts twice)."""
        old_text, new_text, counts = self.old.text, self.new.text, _Counts()
        for op, old_start, old_end, new_start, new_end, moved in self.merged:
            if op == INSERT:
                counts.inserted += count_in(new_text, new_start, new_end)
            elif op == DELETE:
                words = count_in(old_text, old_start, old_end)
                counts.deleted += words
                if moved:
                    counts.moved += words
            elif moved or self.count_equal:
                words = count_in(old_text, old_start, old_end)
                counts.equal += words
                if moved:
                    counts.moved += words
        return counts

    def _merge(self, edits: list[FlatEdit], moved: bool) -> None:
        """Append, joining an edit to the last one when they have the same op and touch."""
        merged = self.merged
        for edit in edits:
            op = edit[0]
            if merged:
                last = merged[-1]
                if (
                    last[0] == op
                    and last[5] == moved
                    and (op == INSERT or last[2] == edit[1])
                    and (op == DELETE or last[4] == edit[3])
                ):
                    merged[-1] = (op, last[1], edit[2], last[3], edit[4], moved)
                    continue
            merged.append((op, edit[1], edit[2], edit[3], edit[4], moved))

    def edits(self) -> list[Edit]:
        return [to_edit(edit[:5], edit[5]) for edit in self.merged]

    def _block(self, pairing: Pairing, kind: BlockKind) -> Block:
        return Block(
            kind=kind,
            old=_sentence_span(self.old_sentences, pairing.old),
            new=_sentence_span(self.new_sentences, pairing.new),
            score=round(pairing.score, 4),
            old_sentences=pairing.old,
            new_sentences=pairing.new,
        )

    def stats(self) -> Stats:
        """Word counts: equal + deleted = old words and equal + inserted = new words,
        moved or not; words_moved counts the old words of moved blocks on top."""
        words_old, words_new = self.old_described.total, self.new_described.total
        total = words_old + words_new
        counts = self._count()
        equal = counts.equal if self.count_equal else words_old - counts.deleted
        return Stats(
            similarity=2 * equal / total if total else 1.0,
            words_old=words_old,
            words_new=words_new,
            words_equal=equal,
            words_deleted=counts.deleted,
            words_inserted=counts.inserted,
            words_moved=counts.moved,
            degraded=self.differ.degraded,
        )


def _sentence_span(sentences: Sequence[Span], indices: tuple[int, int]) -> Span | None:
    if indices[0] == indices[1]:
        return None
    return Span(sentences[indices[0]].start, sentences[indices[1] - 1].end)
