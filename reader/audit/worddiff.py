"""The word-level changes between a quote and its counterpart."""

from __future__ import annotations

from difflib import SequenceMatcher

from reader.audit.words import Word
from reader.compare.model import Edit, EditOp
from reader.documents.model import Span


def word_diff(old: list[Word], new: list[Word]) -> tuple[Edit, ...]:
    """Equal, deleted and inserted runs of words, with their spans in each version."""
    matcher = SequenceMatcher(None, [w.key for w in old], [w.key for w in new], False)
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            edits.append(Edit(EditOp.EQUAL, _cover(old[i1:i2]), _cover(new[j1:j2])))
            continue
        if i2 > i1:
            edits.append(Edit(EditOp.DELETE, _cover(old[i1:i2]), None))
        if j2 > j1:
            edits.append(Edit(EditOp.INSERT, None, _cover(new[j1:j2])))
    return tuple(edits)


def _cover(words: list[Word]) -> Span:
    return Span(words[0].span.start, words[-1].span.end)
