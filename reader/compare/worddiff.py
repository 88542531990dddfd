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
# Flat edits, made in the hot loops instead of `Edit` objects: (op, old start, old end,
# new start, new end). A deletion's new range is the empty one where it stands in the
# new text, and an insertion's old range likewise; `to_edit` makes them None.
FlatEdit = tuple[int, int, int, int, int]
EQUAL, DELETE, INSERT = 0, -1, 1
_OPS = {EQUAL: EditOp.EQUAL, DELETE: EditOp.DELETE, INSERT: EditOp.INSERT}
_FAST_OPS = {"=": EQUAL, "-": DELETE, "+": INSERT}
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
        return [
            to_edit(edit, moved) for edit in self.diff_flat(old.start, old.end, new.start, new.end)
        ]

    def diff_flat(
        self, old_start: int, old_end: int, new_start: int, new_end: int
    ) -> list[FlatEdit]:
        """`diff` as flat edits: what the engine uses, making no objects per edit."""
        old_bounds, old_chars = self._encode(self.old_text, old_start, old_end)
        new_bounds, new_chars = self._encode(self.new_text, new_start, new_end)
        if old_chars is None or new_chars is None:
            self.degraded = True
            return _replace_all(old_start, old_end, new_start, new_end)
        if old_chars == new_chars:
            if old_start == old_end and new_start == new_end:
                return []
            return [(EQUAL, old_start, old_end, new_start, new_end)]
        diffs = self._token_diff(old_chars, new_chars)
        return self._settle_ignored(_to_edits(diffs, old_bounds, new_bounds))

    def _token_diff(self, old_chars: str, new_chars: str) -> list[tuple[int, int]]:
        """(op, token count) runs, semantically cleaned up; marks a diff cut short."""
        if _fast is not None:
            started = time.process_time()
            runs = _fast.diff(
                old_chars,
                new_chars,
                timelimit=DIFF_TIMEOUT,
                checklines=False,
                cleanup="Semantic",
                counts_only=True,
            )
            # The C port does not say when its deadline hit; a diff that took that
            # long was most likely cut short. Its deadline is this process's CPU time (C's
            # clock()): wall time would also count what the machine gave other processes,
            # and a pair would read "degraded" under load and not on an idle machine.
            if time.process_time() - started >= DIFF_TIMEOUT:
                self.degraded = True
            return [(_FAST_OPS[op], count) for op, count in runs]
        self._dmp.timed_out = False
        diffs = self._dmp.diff_main(old_chars, new_chars, False)
        if self._dmp.timed_out:
            self.degraded = True
        self._dmp.diff_cleanupSemantic(diffs)
        return [(op, len(chars)) for op, chars in diffs]

    def _encode(self, text: str, start: int, end: int) -> tuple[Bounds, str | None]:
        """Token boundaries of a range and its character string (None if out of code points).

        The token pattern matches every character, so tokens tile the range and
        their boundaries are running sums of their lengths.
        """
        tokens = TOKEN.findall(text, start, end)
        bounds = list(accumulate(map(len, tokens), initial=start))
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

    def _settle_ignored(self, edits: list[FlatEdit]) -> list[FlatEdit]:
        """Deletions and insertions holding only ignored text become equal edits.

        A flat deletion's new range is already the empty one where it stands
        (and an insertion's old range), so only the op changes.
        """
        settled: list[FlatEdit] = []
        for edit in edits:
            op = edit[0]
            if (op == DELETE and self._ignored(self.old_text, edit[1], edit[2])) or (
                op == INSERT and self._ignored(self.new_text, edit[3], edit[4])
            ):
                op = EQUAL
                edit = (EQUAL, edit[1], edit[2], edit[3], edit[4])
            if settled and settled[-1][0] == op:  # edits of a range always touch
                last = settled[-1]
                edit = (op, last[1], edit[2], last[3], edit[4])
                settled[-1] = edit
            else:
                settled.append(edit)
        return settled

    def _ignored(self, text: str, start: int, end: int) -> bool:
        return self.normalizer.is_ignorable(text[start:end])


def _code_point(index: int) -> str:
    """The index-th usable character: skips the surrogate range, which is not text."""
    code = _FIRST_CODE_POINT + index
    if code >= _SURROGATES.start:
        code += len(_SURROGATES)
    if code > _LAST_CODE_POINT:
        raise TokenTooManyError(index)
    return chr(code)


def _to_edits(
    diffs: list[tuple[int, int]], old_bounds: Bounds, new_bounds: Bounds
) -> list[FlatEdit]:
    """Token runs to flat edits, consecutive runs of one op joined."""
    edits: list[FlatEdit] = []
    old_index = new_index = 0
    last_op = 2  # no op
    for op, count in diffs:
        old_start, new_start = old_bounds[old_index], new_bounds[new_index]
        if op != INSERT:
            old_index += count
        if op != DELETE:
            new_index += count
        edit = (op, old_start, old_bounds[old_index], new_start, new_bounds[new_index])
        if op == last_op:
            edit = (op, edits[-1][1], edit[2], edits[-1][3], edit[4])
            edits[-1] = edit
        else:
            edits.append(edit)
        last_op = op
    return edits


def to_edit(edit: FlatEdit, moved: bool) -> Edit:
    op, old_start, old_end, new_start, new_end = edit
    return Edit(
        _OPS[op],
        None if op == INSERT else Span(old_start, old_end),
        None if op == DELETE else Span(new_start, new_end),
        moved,
    )


def _replace_all(old_start: int, old_end: int, new_start: int, new_end: int) -> list[FlatEdit]:
    edits: list[FlatEdit] = []
    if old_end > old_start:
        edits.append((DELETE, old_start, old_end, new_start, new_start))
    if new_end > new_start:
        edits.append((INSERT, old_end, old_end, new_start, new_end))
    return edits
