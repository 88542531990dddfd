"""Word-level diff of two text ranges with diff-match-patch.

Each distinct token key (a word, a whitespace run or a punctuation mark, after
normalisation) becomes one character, the two character strings are diffed
and cleaned up semantically, and the result is mapped back to character spans.
So `finalising` → `finalizing` is one replaced word, not s → z.

The diff runs in C through `fast-diff-match-patch` (the C++ port, same
algorithm and cleanup) when it is installed, else in pure Python through
`diff-match-patch`; `WORD_DIFF_ENGINE` names the one in use.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from diff_match_patch import diff_match_patch

try:
    import fast_diff_match_patch as _fast
except ImportError:  # no wheel for this Python: the pure-Python port does the same work
    _fast = None

from reader.compare.model import Edit, EditOp
from reader.compare.normalize import TOKEN, Normalizer
from reader.documents.model import Span

_FIRST_CODE_POINT = 0x100
_SURROGATES = range(0xD800, 0xE000)
_LAST_CODE_POINT = 0x10FFFF
# Seconds one diff may take before diff-match-patch gives up (and we say so).
DIFF_TIMEOUT = 2.0

WORD_DIFF_ENGINE = "diff-match-patch" if _fast is None else "fast-diff-match-patch"
_OPS = {0: EditOp.EQUAL, -1: EditOp.DELETE, 1: EditOp.INSERT}
_FAST_OPS = {"=": 0, "-": -1, "+": 1}
Bounds = list[int]  # token i spans bounds[i]:bounds[i + 1]


class TokenTooManyError(Exception):
    """More distinct tokens than there are usable code points."""


class _TimedDiff(diff_match_patch):  # type: ignore[misc]
    """diff-match-patch that remembers when its deadline cut a diff short."""

    timed_out: bool = False

    def diff_bisect(self, text1: str, text2: str, deadline: float) -> Any:
        diffs = super().diff_bisect(text1, text2, deadline)
        if time.time() > deadline:
            self.timed_out = True
        return diffs


class _Chars(dict[str, str]):
    """Token -> character, each new token's character made by `make` and kept."""

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, token: str) -> str:
        char = self[token] = self._make(token)
        return char


class WordDiffer:
    """Diffs text ranges of one old and one new text; one instance per comparison."""

    def __init__(
        self,
        old_text: str,
        new_text: str,
        normalizer: Normalizer,
    ) -> None:
        self.old_text = old_text
        self.new_text = new_text
        self.normalizer = normalizer
        self.degraded = False
        self._char_of_key: dict[str, str] = {}
        # A cache: token -> its key's char, filled in first-seen order.
        self._char_of_token = _Chars(self._new_token)
        self._dmp = _TimedDiff()
        self._dmp.Diff_Timeout = DIFF_TIMEOUT

    def diff(self, old: Span, new: Span, moved: bool = False) -> list[Edit]:
        """Edits covering old and new exactly, in order on both sides."""
        old_bounds, old_chars = self._encode(self.old_text, old)
        new_bounds, new_chars = self._encode(self.new_text, new)
        if old_chars is None or new_chars is None:
            self.degraded = True
            return _replace_all(old, new, moved)
        if old_chars == new_chars:
            return [Edit(EditOp.EQUAL, old, new, moved)] if len(old) or len(new) else []
        diffs = self._token_diff(old_chars, new_chars)
        edits = _to_edits(diffs, old_bounds, new_bounds, moved)
        return self._settle_ignored(edits, old.start, new.start, moved)

    def _token_diff(self, old_chars: str, new_chars: str) -> list[tuple[int, int]]:
        """(op, token count) runs, semantically cleaned up; marks a diff cut short."""
        if _fast is not None:
            started = time.perf_counter()
            runs = _fast.diff(
                old_chars,
                new_chars,
                timelimit=DIFF_TIMEOUT,
                checklines=False,
                cleanup="Semantic",
                counts_only=True,
            )
            # The C port does not say when its deadline hit; a diff that took that
            # long was most likely cut short.
            if time.perf_counter() - started >= DIFF_TIMEOUT:
                self.degraded = True
            return [(_FAST_OPS[op], count) for op, count in runs]
        self._dmp.timed_out = False
        diffs = self._dmp.diff_main(old_chars, new_chars, False)
        if self._dmp.timed_out:
            self.degraded = True
        self._dmp.diff_cleanupSemantic(diffs)
        return [(op, len(chars)) for op, chars in diffs]

    def _encode(self, text: str, span: Span) -> tuple[Bounds, str | None]:
        """Token boundaries of a range and its character string (None if out of code points).

        The token pattern matches every character, so tokens tile the range and
        their boundaries are running sums of their lengths.
        """
        tokens = TOKEN.findall(text, span.start, span.end)
        bounds = list(accumulate(map(len, tokens), initial=span.start))
        try:
            chars = "".join(map(self._char_of_token.__getitem__, tokens))
        except TokenTooManyError:
            return bounds, None
        return bounds, chars

    def _new_token(self, token: str) -> str:
        key = self.normalizer.token_key(token)
        char = self._char_of_key.get(key)
        if char is None:
            char = self._char_of_key[key] = _code_point(len(self._char_of_key))
        return char

    def _settle_ignored(
        self, edits: list[Edit], old_at: int, new_at: int, moved: bool
    ) -> list[Edit]:
        """Deletions and insertions holding only ignored text become equal edits."""
        settled: list[Edit] = []
        for edit in edits:
            if edit.op is EditOp.DELETE and edit.old is not None and self._ignored(edit.old, True):
                edit = Edit(EditOp.EQUAL, edit.old, Span(new_at, new_at), moved)
            elif (
                edit.op is EditOp.INSERT and edit.new is not None and self._ignored(edit.new, False)
            ):
                edit = Edit(EditOp.EQUAL, Span(old_at, old_at), edit.new, moved)
            if edit.old is not None:
                old_at = edit.old.end
            if edit.new is not None:
                new_at = edit.new.end
            append_merged(settled, edit)
        return settled

    def _ignored(self, span: Span, in_old: bool) -> bool:
        text = self.old_text if in_old else self.new_text
        return self.normalizer.is_ignorable(text[span.start : span.end])


def _code_point(index: int) -> str:
    """The index-th usable character: skips the surrogate range, which is not text."""
    code = _FIRST_CODE_POINT + index
    if code >= _SURROGATES.start:
        code += len(_SURROGATES)
    if code > _LAST_CODE_POINT:
        raise TokenTooManyError(index)
    return chr(code)


def _to_edits(
    diffs: list[tuple[int, int]],
    old_bounds: Bounds,
    new_bounds: Bounds,
    moved: bool,
) -> list[Edit]:
    edits: list[Edit] = []
    old_index = new_index = 0
    for op, count in diffs:
        old_span = new_span = None
        if op != 1:
            old_span = Span(old_bounds[old_index], old_bounds[old_index + count])
            old_index += count
        if op != -1:
            new_span = Span(new_bounds[new_index], new_bounds[new_index + count])
            new_index += count
        append_merged(edits, Edit(_OPS[op], old_span, new_span, moved))
    return edits


def append_merged(edits: list[Edit], edit: Edit) -> None:
    """Append, joining an edit to the previous one when they have the same op and touch."""
    if edits:
        last = edits[-1]
        if last.op is edit.op and last.moved == edit.moved and _touch(last, edit):
            edits[-1] = Edit(
                edit.op, _join(last.old, edit.old), _join(last.new, edit.new), edit.moved
            )
            return
    edits.append(edit)


def _touch(first: Edit, second: Edit) -> bool:
    old_ok = (first.old is None) == (second.old is None) and (
        first.old is None or second.old is None or first.old.end == second.old.start
    )
    new_ok = (first.new is None) == (second.new is None) and (
        first.new is None or second.new is None or first.new.end == second.new.start
    )
    return old_ok and new_ok


def _join(first: Span | None, second: Span | None) -> Span | None:
    if first is None or second is None:
        return None
    return Span(first.start, second.end)


def _replace_all(old: Span, new: Span, moved: bool) -> list[Edit]:
    edits = []
    if len(old):
        edits.append(Edit(EditOp.DELETE, old, None, moved))
    if len(new):
        edits.append(Edit(EditOp.INSERT, None, new, moved))
    return edits
