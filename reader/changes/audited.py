"""What the quote audit knows, told in the ledger.

A quote the audit finds cut at its end ("“The wall is sound. We expect no leaks,” Ruiz
said." -> "“The wall is sound,” Ruiz said.") is one trimmed quote, whatever the sentence
alignment made of it: the cut words are named once (rows that only repeat them are left
out by `told_once`), and the speech tag that moved with the closing mark is no source
gained: the audit credits the quote to the same speaker in both versions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.audit.model import QuoteAudit
from reader.changes.detect_source import GAINED
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.quote_cuts import TRIMMED, quote_cut
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
    """`changes` with a trimmed-quote row for each quote the audit finds cut at its end
    that no row names as such, and without "gained a source" rows for a speaker the audit
    finds on both sides."""
    linked = _linked(audit)
    kept = [c for c in changes if not _same_speaker(c, linked)]
    trims = [row for link in linked if (row := _trim(link, kept, old_text, new_text))]
    return kept + trims


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


def _trim(link: _Linked, changes: Sequence[Change], old_text: str, new_text: str) -> Change | None:
    if link.new.kind not in _MARKED or link.old.kind is QuoteKind.INDIRECT:
        return None
    found = _tail_cut(link.entry, old_text, new_text)
    if found is None:
        return None
    cut, kept = found
    if any((q := quote_cut(c)) is not None and q.span.overlaps(cut) for c in changes):
        return None  # a moved closing mark already tells it
    telling = [c for c in changes if c.old is not None and c.old.overlaps(cut)]
    told = [c.old for c in telling if c.old is not None and c.kind not in _FACTS]
    if any(c.new for c in telling) or not _covered(old_text, cut, told):
        return None  # replaced, or the comparison removed other words: not this cut
    old_end, new_end = cut.end, link.new.span.end
    if any(span.end > cut.end for span in told):  # the speech tag went with the cut words
        old_end, new_end = _tag_end(link.old, cut.end), _tag_end(link.new, new_end)
    old, new = Span(kept.old_word.start, old_end), Span(kept.new_word.start, new_end)
    if not all(within(old_text, span, old) for span in told):
        return None  # a row removes more than the quote's words: it tells this cut already
    words = " ".join(old_text[cut.start : cut.end].split())
    shown = words if len(words) <= _SHOWN else words[: _SHOWN - 1] + "…"
    note = f"{TRIMMED}: it now ends sooner; these words were cut from it: “{shown}”."
    return Change(
        ChangeKind.WORDING, Severity.MEDIUM, old, new,
        old_text[old.start : old.end], new_text[new.start : new.end], note,
    )  # fmt: skip


def _covered(text: str, cut: Span, told: Sequence[Span]) -> bool:
    """Whether rows removing words tell every word of `cut`: the comparison agrees that
    these words, and not others the audit's word diff matched differently, were cut."""
    words = list(_WORD.finditer(text, cut.start, cut.end))
    return bool(words) and all(
        any(span.start <= w.start() and w.end() <= span.end for span in told) for w in words
    )


def _tag_end(quote: Quote, after: int) -> int:
    """Where the speech tag after the quote's words ends (`after` if it has none there)."""
    return max([span.end for span in _tag(quote) if span.start >= after], default=after)


@dataclass(frozen=True, slots=True)
class _Kept:
    old_word: Span  # the last word the quote keeps, in each version
    new_word: Span


def _tail_cut(entry: AuditEntry, old_text: str, new_text: str) -> tuple[Span, _Kept] | None:
    """The words cut from the end of an altered quote, and the last word it keeps: the word
    diff is kept words, then only deleted ones (punctuation aside)."""
    if entry.status is not AuditStatus.ALTERED:
        return None
    edits = [e for e in entry.word_diff if _has_words(e, old_text, new_text)]
    ops = [e.op for e in edits]
    if EditOp.INSERT in ops or EditOp.DELETE not in ops:
        return None
    first = ops.index(EditOp.DELETE)
    if first == 0 or EditOp.EQUAL in ops[first:]:
        return None
    deleted = [e.old for e in edits[first:] if e.old is not None]
    last = edits[first - 1]
    if last.old is None or last.new is None:
        return None
    kept = _Kept(_last_word(old_text, last.old), _last_word(new_text, last.new))
    return Span(deleted[0].start, deleted[-1].end), kept


def _has_words(edit: Edit, old_text: str, new_text: str) -> bool:
    span, text = (edit.old, old_text) if edit.old is not None else (edit.new, new_text)
    return span is not None and _WORD.search(text, span.start, span.end) is not None


def _last_word(text: str, span: Span) -> Span:
    found = list(_WORD.finditer(text, span.start, span.end))
    return Span(found[-1].start(), found[-1].end()) if found else span
