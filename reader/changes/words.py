"""Word-level helpers the negation, hedge and speech-verb detectors share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.changes.context import NEW, OLD, PairView
from reader.changes.hunks import Hunk
from reader.changes.model import Change, ChangeKind, Severity
from reader.documents.model import Span
from reader.documents.stopwords import FUNCTION_WORDS

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def words_of(text: str) -> list[str]:
    """Lower-case words with "n't" and "cannot" split, so "didn't" holds a "not"."""
    words = []
    for word in _WORD.findall(text):
        low = word.lower().replace("’", "'")
        if low.endswith("n't"):
            words.extend([low[:-3], "not"])
        elif low == "cannot":
            words.extend(["can", "not"])
        else:
            words.append(low)
    return words


@dataclass(frozen=True, slots=True)
class Mark:
    """A negator or hedge at `index` in a word list; `back` when it qualifies what comes
    before it ("..., subject to funding" conditions the clause it follows)."""

    index: int
    key: str
    back: bool = False


def content_near(words: Sequence[str], mark: Mark) -> list[str]:
    """Content words a negator or hedge bears on: the next few, else the ones before it."""
    reach = 3 if mark.back else 2
    before = [w for w in words[max(0, mark.index - reach) : mark.index] if w not in FUNCTION_WORDS]
    if mark.back:
        return before
    after = [w for w in words[mark.index + 1 : mark.index + 4] if w not in FUNCTION_WORDS]
    return after or before


def stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word.rstrip("s")


def bears_on_shared_words(
    view: PairView, side: str, side_words: list[str], marks: list[Mark], hits: set[str]
) -> bool:
    """Whether a negator or hedge (a mark of `side_words` whose key is in `hits`) modifies
    words both versions have.

    "would not be affected" -> "would be affected" flips a claim both make; "insisted he had
    never taken a penny", a clause only one version has, is new wording, not a flip.
    """
    other = NEW if side == OLD else OLD
    other_stems = {stem(w) for w in words_of(view.segment(other))}
    for mark in marks:
        if mark.key in hits and any(stem(w) in other_stems for w in content_near(side_words, mark)):
            return True
    return False


_QUOTE_MARKS = "\"'“”‘’«»„"


def text_or_none(view: PairView, side: str, span: Span | None) -> Span | None:
    """`span` without quote marks and spaces at its ends, or None when it holds no word (a
    lone quote mark is not the wording of a negation or a hedge)."""
    if span is None:
        return None
    text = view.text(side, span)
    if not any(c.isalnum() for c in text):
        return None
    start, end = 0, len(text)
    while text[start] in _QUOTE_MARKS or text[start].isspace():
        start += 1
    while text[end - 1] in _QUOTE_MARKS or text[end - 1].isspace():
        end -= 1
    return Span(span.start + start, span.start + end)


def hunk_change(
    view: PairView, hunk: Hunk, kind: ChangeKind, severity: Severity, note: str
) -> Change:
    old, new = text_or_none(view, OLD, hunk.old), text_or_none(view, NEW, hunk.new)
    return spans_change(view, old, new, kind, severity, note)


def spans_change(
    view: PairView,
    old: Span | None,
    new: Span | None,
    kind: ChangeKind,
    severity: Severity,
    note: str,
) -> Change:
    return Change(
        kind=kind,
        severity=severity,
        old=old,
        new=new,
        old_text=view.text(OLD, old),
        new_text=view.text(NEW, new),
        note=note,
    )
