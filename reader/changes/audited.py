"""What the quote audit knows, told in the ledger.

A quote the audit finds cut at its end ("“The wall is sound. We expect no leaks,” Ruiz
said." -> "“The wall is sound,” Ruiz said."), or run on there, is one trimmed (grown)
quote, whatever the sentence alignment made of it: the cut words are named once (rows
that only repeat them are left out by `told_once`), and the speech tag that moved with the
closing mark is no source gained: the audit credits the quote to the same speaker in both
versions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.audit.model import QuoteAudit
from reader.changes.context import NEW, OLD
from reader.changes.detect_source import GAINED
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.quote_cuts import GREW, TRIMMED, quote_cut
from reader.changes.reworded import reworded_quotes
from reader.changes.told_once import within
from reader.compare.model import Edit, EditOp
from reader.documents.model import Span
from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind

_FACTS = frozenset({ChangeKind.NUMBER, ChangeKind.DATE, ChangeKind.NAME})
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Quote marks on the new side: the words are the speaker's own, so a cut is a trimmed quote
# (a reported claim cut short is plain wording).
_MARKED = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL})
_SHOWN = 80


@dataclass(frozen=True, slots=True)
class _Linked:
    """An audit entry with both its quotes."""

    entry: AuditEntry
    old: Quote
    new: Quote


def audited(
    changes: Sequence[Change], audit: QuoteAudit, old_text: str, new_text: str
) -> list[Change]:
    """`changes` with a trimmed (or grown) quote's row for each quote the audit finds cut
    (or run on) at its end that no row names as such, a reworded quote's row for each
    quote it finds altered inside its marks (`reworded_quotes`), and without "gained a
    source" rows for a speaker the audit finds on both sides."""
    linked = _linked(audit)
    kept = [c for c in changes if not _same_speaker(c, linked)]
    ends = [row for link in linked if (row := _end_row(link, kept, old_text, new_text))]
    return reworded_quotes(kept + ends, audit, old_text, new_text)


def _linked(audit: QuoteAudit) -> list[_Linked]:
    old = {q.id: q for q in audit.old_quotes.quotes}
    new = {q.id: q for q in audit.new_quotes.quotes}
    return [
        _Linked(entry, old[entry.old], new[entry.new])
        for entry in audit.entries
        if entry.old in old and entry.new in new and not entry.speaker_changed
    ]


def _tag(quote: Quote) -> list[Span]:
    return [span for span in (quote.speaker_mention, quote.cue) if span is not None]


def _same_speaker(change: Change, linked: Sequence[_Linked]) -> bool:
    """A source "gained" where the new quote's speech tag stands, though the audit credits
    the old quote to the same speaker."""
    if change.kind is not ChangeKind.SOURCE or not change.note.startswith(GAINED):
        return False
    span = change.new
    return span is not None and any(
        link.entry.speaker_old is not None
        and link.entry.speaker_old == link.entry.speaker_new
        and any(part.overlaps(span) for part in _tag(link.new))
        for link in linked
    )


def _end_row(
    link: _Linked, changes: Sequence[Change], old_text: str, new_text: str
) -> Change | None:
    """The row of a quoted speaker's words cut from (added to) the end of the quote, when
    the comparison's own rows tell exactly those words, one-sided."""
    if link.new.kind not in _MARKED or link.old.kind is QuoteKind.INDIRECT:
        return None
    tail = _tail(link.entry, old_text, new_text)
    if tail is None:
        return None
    side, other = (OLD, NEW) if tail.cut else (NEW, OLD)
    texts = {OLD: old_text, NEW: new_text}
    if any((q := quote_cut(c)) and q.side == side and q.span.overlaps(tail.words) for c in changes):
        return None  # a moved closing mark already tells it
    telling = [c for c in changes if (span := _on(c, side)) and span.overlaps(tail.words)]
    told = [span for c in telling if c.kind not in _FACTS and (span := _on(c, side)) is not None]
    if any(_on(c, other) for c in telling) or not _covered(texts[side], tail.words, told):
        return None  # replaced, or the comparison removed (added) other words: not this cut
    if _touched(changes, OLD, tail.old_word) or _touched(changes, NEW, tail.new_word):
        return None  # the word the audit keeps is one the comparison removed or added
    ends = {OLD: link.old.span.end, NEW: link.new.span.end, side: tail.words.end}
    if any(span.end > tail.words.end for span in told):  # the speech tag went with the words
        ends = {OLD: _tag_end(link.old, ends[OLD]), NEW: _tag_end(link.new, ends[NEW])}
    old, new = Span(tail.old_word.start, ends[OLD]), Span(tail.new_word.start, ends[NEW])
    if not all(within(texts[side], span, old if tail.cut else new) for span in told):
        return None  # a row removes (adds) more than the quote's words: it tells them already
    note = _note(tail.cut, texts[side][tail.words.start : tail.words.end])
    return Change(
        ChangeKind.WORDING, Severity.MEDIUM, old, new,
        old_text[old.start : old.end], new_text[new.start : new.end], note,
    )  # fmt: skip


def _note(cut: bool, words: str) -> str:
    words = " ".join(words.split())
    shown = words if len(words) <= _SHOWN else words[: _SHOWN - 1] + "…"
    if cut:
        return f"{TRIMMED}: it now ends sooner; these words were cut from it: “{shown}”."
    return f"{GREW}: it now runs on, with these words added to it: “{shown}”."


def _touched(changes: Sequence[Change], side: str, word: Span) -> bool:
    """Whether a one-sided row on `side` (words removed or added) holds `word`."""
    return any(
        (span := _on(c, side)) is not None and _on(c, NEW if side == OLD else OLD) is None
        and span.overlaps(word)
        for c in changes
    )  # fmt: skip


def _on(change: Change, side: str) -> Span | None:
    return change.old if side == OLD else change.new


def _covered(text: str, cut: Span, told: Sequence[Span]) -> bool:
    """Whether rows removing (adding) words tell every word of `cut`: the comparison agrees
    that these words, and not others the audit's word diff matched differently, changed."""
    words = list(_WORD.finditer(text, cut.start, cut.end))
    return bool(words) and all(
        any(span.start <= w.start() and w.end() <= span.end for span in told) for w in words
    )


def _tag_end(quote: Quote, after: int) -> int:
    """Where the speech tag after the quote's words ends (`after` if it has none there)."""
    return max([span.end for span in _tag(quote) if span.start >= after], default=after)


@dataclass(frozen=True, slots=True)
class _Tail:
    """Words cut from (or added to) the end of a quote, and the last word both versions
    keep before them."""

    cut: bool  # cut from the old quote; else added in the new one
    words: Span  # on the old side if cut, else on the new
    old_word: Span
    new_word: Span


def _tail(entry: AuditEntry, old_text: str, new_text: str) -> _Tail | None:
    """An altered quote whose word diff is kept words and then only deleted ones, or only
    inserted ones (punctuation aside)."""
    if entry.status is not AuditStatus.ALTERED:
        return None
    edits = [e for e in entry.word_diff if _has_words(e, old_text, new_text)]
    ops = [e.op for e in edits]
    first = next((i for i, op in enumerate(ops) if op is not EditOp.EQUAL), None)
    if first is None or first == 0 or len(set(ops[first:])) != 1:
        return None
    cut = ops[first] is EditOp.DELETE
    spans = [span for e in edits[first:] if (span := e.old if cut else e.new) is not None]
    last = edits[first - 1]
    if last.old is None or last.new is None or not spans:
        return None
    words = Span(spans[0].start, spans[-1].end)
    return _Tail(cut, words, _last_word(old_text, last.old), _last_word(new_text, last.new))


def _has_words(edit: Edit, old_text: str, new_text: str) -> bool:
    span, text = (edit.old, old_text) if edit.old is not None else (edit.new, new_text)
    return span is not None and _WORD.search(text, span.start, span.end) is not None


def _last_word(text: str, span: Span) -> Span:
    found = list(_WORD.finditer(text, span.start, span.end))
    return Span(found[-1].start(), found[-1].end()) if found else span
