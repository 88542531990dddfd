"""Hedging changed inside an aligned pair: may -> will, "reportedly" dropped, a condition cut."""

from __future__ import annotations

from collections import Counter

from reader.changes.context import NEW, OLD, PairView
from reader.changes.lexicon import lexicon
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.words import Mark, bears_on_shared_words, hunk_change, words_of
from reader.documents.model import Span


def hedge_marks(words: list[str]) -> list[Mark]:
    """Hedges and boosters in a word list, and conditions ("subject to", "depending on").

    A hedge word after "as" reports an outcome, not a doubt ("as expected").
    """
    lex = lexicon()
    marks = []
    for index, word in enumerate(words):
        pair = " ".join(words[index : index + 2])
        if pair in lex.conditions:
            marks.append(Mark(index, pair, back=True))
        elif word in lex.conditions:  # "..., if an agreement is reached"
            marks.append(Mark(index, word, back=True))
        elif lex.hedge_of(word) is not None and not (index and words[index - 1] == "as"):
            marks.append(Mark(index, word))
    return marks


def _profile(words: list[str]) -> Counter[str]:
    return Counter(mark.key for mark in hedge_marks(words))


def _masked(view: PairView, side: str, span: Span | None) -> str:
    """Text of `span` with dates ("May 2025") and speech verbs ("confirmed") blanked:
    their words are not hedges there."""
    if span is None:
        return ""
    text = view.text(side, span)
    blanks = [d.span for d in view.dates(side) if d.span.overlaps(span)]
    blanks += [v.span for v in view.facts(side).verbs if v.introduces]
    chars = list(text)
    for blank in blanks:
        for at in range(max(blank.start, span.start), min(blank.end, span.end)):
            chars[at - span.start] = " "
    return "".join(chars)


def hedge_changes(view: PairView) -> list[Change]:
    old_all = words_of(_masked(view, OLD, view.pair.old))
    new_all = words_of(_masked(view, NEW, view.pair.new))
    if _profile(old_all) == _profile(new_all):
        return []
    changes = []
    for hunk in view.pair.hunks:
        old_hedges = _profile(words_of(_masked(view, OLD, hunk.old)))
        new_hedges = _profile(words_of(_masked(view, NEW, hunk.new)))
        if old_hedges == new_hedges:
            continue
        direction = _certainty(new_hedges) - _certainty(old_hedges)
        if direction == 0:
            continue  # "could" -> "might": as sure as before
        side = NEW if (new_hedges - old_hedges) else OLD
        side_words = new_all if side == NEW else old_all
        changed = set((new_hedges - old_hedges) | (old_hedges - new_hedges))
        if not bears_on_shared_words(view, side, side_words, hedge_marks(side_words), changed):
            continue
        if direction > 0:
            note = "The claim is stated more firmly (less hedged)."
        else:
            note = "The claim is hedged: stated less firmly."
        changes.append(hunk_change(view, hunk, ChangeKind.HEDGE, Severity.MEDIUM, note))
    return changes


def _certainty(hedges: Counter[str]) -> int:
    words = lexicon()
    return sum(
        count if words.hedge_of(word) == "certain" else -count for word, count in hedges.items()
    )
