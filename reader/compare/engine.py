"""compare_documents: sentences, alignment, word diff, offset map and statistics."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from reader.compare.align import Pairing, Sentences, align_sentences
from reader.compare.model import (
    Block,
    BlockKind,
    CompareOptions,
    Comparison,
    Edit,
    EditOp,
    Stats,
)
from reader.compare.normalize import Normalizer
from reader.compare.offsets import OffsetMapBuilder
from reader.compare.worddiff import WORD_DIFF_ENGINE, WordDiffer, append_merged
from reader.compare.words import TextWords
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
    old_words, new_words = TextWords(old.text), TextWords(new.text)
    check()
    pairings = align_sentences(
        _describe(old.text, old_words, old_sentences, normalizer, check),
        _describe(new.text, new_words, new_sentences, normalizer, check),
        check,
    )
    builder = _Builder(old, new, old_sentences, new_sentences, normalizer, check)
    builder.old_words, builder.new_words = old_words, new_words
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
        edits=tuple(builder.edits),
        stats=builder.stats(),
        offset_map=builder.offsets.build(),
        word_diff=WORD_DIFF_ENGINE,
    )


def _checker(cancel: Callable[[], bool] | None) -> Callable[[], None]:
    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled

    return check


def _describe(
    text: str,
    text_words: TextWords,
    sentences: Sequence[Span],
    normalizer: Normalizer,
    check: Callable[[], None],
) -> Sentences:
    keys: list[str] = []
    words: list[frozenset[str]] = []
    for count, span in enumerate(sentences):
        if count % 1024 == 0:
            check()
        keys.append(normalizer.sentence_key(text[span.start : span.end]))
        words.append(text_words.content(span.start, span.end))
    return Sentences(keys, words)


@dataclass
class _Counts:
    equal: int = 0
    deleted: int = 0
    inserted: int = 0
    moved: int = 0


@dataclass
class _Builder:
    """Turns pairings into blocks and edits, keeping the offset map and counts up to date."""

    old: Document
    new: Document
    old_sentences: tuple[Span, ...]
    new_sentences: tuple[Span, ...]
    normalizer: Normalizer
    check: Callable[[], None]
    blocks: list[Block] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    counts: _Counts = field(default_factory=_Counts)
    # Where the last non-moved region ended: deletions and insertions collapse there.
    old_at: int = 0
    new_at: int = 0
    old_words: TextWords = field(default_factory=lambda: TextWords(""))
    new_words: TextWords = field(default_factory=lambda: TextWords(""))

    def __post_init__(self) -> None:
        self.differ = WordDiffer(self.old.text, self.new.text, self.normalizer)
        self.offsets = OffsetMapBuilder(self.old.text, self.new.text)
        # Each sentence's slot runs from its start to the next sentence's start,
        # so the slots of a side tile its text after the leading prefix.
        self.old_slots = [s.start for s in self.old_sentences] + [len(self.old.text)]
        self.new_slots = [s.start for s in self.new_sentences] + [len(self.new.text)]

    def add_prefix(self) -> None:
        """Text before the first sentence (usually nothing, or whitespace)."""
        old, new = Span(0, self.old_slots[0]), Span(0, self.new_slots[0])
        self._add_region(self.differ.diff(old, new), old, new, moved=False)

    def add(self, pairing: Pairing) -> None:
        old = Span(self.old_slots[pairing.old[0]], self.old_slots[pairing.old[1]])
        new = Span(self.new_slots[pairing.new[0]], self.new_slots[pairing.new[1]])
        kind = pairing.kind
        if kind is BlockKind.DELETED:
            edits = [Edit(EditOp.DELETE, old, None)]
        elif kind is BlockKind.INSERTED:
            edits = [Edit(EditOp.INSERT, None, new)]
        elif kind is BlockKind.EQUAL and self._only_ignored_between(pairing, old, new):
            edits = [Edit(EditOp.EQUAL, old, new)]
        else:
            edits = self.differ.diff(old, new, moved=kind is BlockKind.MOVED)
            if kind is not BlockKind.MOVED:
                changed = any(edit.op is not EditOp.EQUAL for edit in edits)
                kind = BlockKind.CHANGED if changed else BlockKind.EQUAL
        self._add_region(edits, old, new, moved=kind is BlockKind.MOVED)
        self.blocks.append(self._block(pairing, kind))

    def _only_ignored_between(self, pairing: Pairing, old: Span, new: Span) -> bool:
        """Whether the text between and after equal sentences differs only in ignored ways."""
        if self.old.text[old.start : old.end] == self.new.text[new.start : new.end]:
            return True
        if not self.normalizer.options.ignore_whitespace:
            return False
        old_gaps = _gaps(self.old.text, self.old_sentences, self.old_slots, pairing.old)
        new_gaps = _gaps(self.new.text, self.new_sentences, self.new_slots, pairing.new)
        return all(gap.isspace() or not gap for gap in (*old_gaps, *new_gaps))

    def _add_region(self, edits: list[Edit], old: Span, new: Span, moved: bool) -> None:
        if not edits:
            return
        old_at = old.start if len(old) else self.old_at
        new_at = new.start if len(new) else self.new_at
        self.offsets.add_region(edits, old_at, new_at)
        if not moved:
            self.old_at, self.new_at = old.end if len(old) else old_at, new_at + len(new)
        else:
            self.old_at = old.end
        for edit in edits:
            self._count(edit)
            append_merged(self.edits, edit)

    def _count(self, edit: Edit) -> None:
        if edit.op is EditOp.INSERT and edit.new is not None:
            self.counts.inserted += self.new_words.count(edit.new.start, edit.new.end)
            return
        if edit.old is None:
            return
        words = self.old_words.count(edit.old.start, edit.old.end)
        if edit.op is EditOp.EQUAL:
            self.counts.equal += words
        else:
            self.counts.deleted += words
        if edit.moved:
            self.counts.moved += words

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
        words_old = self.old_words.total
        words_new = self.new_words.total
        total = words_old + words_new
        counts = self.counts
        return Stats(
            similarity=2 * counts.equal / total if total else 1.0,
            words_old=words_old,
            words_new=words_new,
            words_equal=counts.equal,
            words_deleted=counts.deleted,
            words_inserted=counts.inserted,
            words_moved=counts.moved,
            degraded=self.differ.degraded,
        )


def _sentence_span(sentences: Sequence[Span], indices: tuple[int, int]) -> Span | None:
    if indices[0] == indices[1]:
        return None
    return Span(sentences[indices[0]].start, sentences[indices[1] - 1].end)


def _gaps(
    text: str, sentences: Sequence[Span], slots: Sequence[int], indices: tuple[int, int]
) -> list[str]:
    """The text after each sentence up to the next one's start."""
    return [text[sentences[i].end : slots[i + 1]] for i in range(*indices)]
