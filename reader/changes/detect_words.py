"""Negation, hedging, speech verbs and scare quotes changed inside an aligned pair."""

from __future__ import annotations

import re
from collections import Counter

from reader.changes.context import NEW, OLD, PairView
from reader.changes.hunks import Hunk
from reader.changes.lexicon import lexicon
from reader.changes.model import Change, ChangeKind, Severity
from reader.documents.model import Span

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


def _change(view: PairView, hunk: Hunk, kind: ChangeKind, severity: Severity, note: str) -> Change:
    return Change(
        kind=kind,
        severity=severity,
        old=hunk.old,
        new=hunk.new,
        old_text=view.text(OLD, hunk.old),
        new_text=view.text(NEW, hunk.new),
        note=note,
    )


def _hunk_words(view: PairView, hunk: Hunk) -> tuple[list[str], list[str]]:
    return words_of(view.text(OLD, hunk.old)), words_of(view.text(NEW, hunk.new))


_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "yet",
        "even",
        "ever",
        "always",
        "also",
        "still",
        "just",
        "that",
        "this",
        "it",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "as",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
    ]
)


def _content_near(words: list[str], index: int) -> list[str]:
    """Content words a negator or hedge bears on: the next few, else the ones before it."""
    after = [w for w in words[index + 1 : index + 4] if w not in _FUNCTION_WORDS]
    if after:
        return after
    return [w for w in words[max(0, index - 2) : index] if w not in _FUNCTION_WORDS]


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word.rstrip("s")


def _bears_on_shared_words(
    view: PairView, side: str, hunk_words: list[str], hits: set[str]
) -> bool:
    """Whether a negator or hedge in a hunk modifies words both versions have.

    "would not be affected" -> "would be affected" flips a claim both make; "insisted he had
    never taken a penny", a clause only one version has, is new wording, not a flip.
    """
    other = NEW if side == OLD else OLD
    other_stems = {_stem(w) for w in words_of(view.segment(other))}
    side_words = words_of(view.segment(side))
    for index, word in enumerate(side_words):
        if word in hits and word in hunk_words:
            near = _content_near(side_words, index)
            if any(_stem(w) in other_stems for w in near):
                return True
    return False


def _negated(words: list[str]) -> Counter[tuple[str, str]]:
    """Each negator with the stem of the word it bears on: ("not", "deplo")."""
    negators = lexicon().negators
    found: Counter[tuple[str, str]] = Counter()
    for index, word in enumerate(words):
        if word in negators:
            near = _content_near(words, index)
            found[(word, _stem(near[0]) if near else "")] += 1
    return found


def _words(negated: Counter[tuple[str, str]]) -> Counter[str]:
    found: Counter[str] = Counter()
    for (word, _), count in negated.items():
        found[word] += count
    return found


def negation_changes(view: PairView) -> list[Change]:
    negators = lexicon().negators
    old_negated = _negated(words_of(view.segment(OLD)))
    new_negated = _negated(words_of(view.segment(NEW)))
    if old_negated == new_negated:
        return []  # "did not" -> "didn't", or a sentence reordered around its "not"
    if old_negated.total() == new_negated.total() and _words(old_negated) != _words(new_negated):
        return []  # "have not won a trophy" -> "have won nothing": reworded, still negative
    moved = old_negated.total() == new_negated.total()
    changes = []
    for hunk in view.pair.hunks:
        old_words, new_words = _hunk_words(view, hunk)
        lost = sum(w in negators for w in old_words)
        gained = sum(w in negators for w in new_words)
        if moved and (lost or gained):
            note = "The negation now bears on other words: check the claim still says the same."
            changes.append(_change(view, hunk, ChangeKind.NEGATION, Severity.MEDIUM, note))
            continue
        if lost == gained:
            continue
        side = NEW if gained > lost else OLD
        words = new_words if side == NEW else old_words
        if not _bears_on_shared_words(view, side, words, set(negators)):
            continue
        what = "added" if gained > lost else "removed"
        note = f"A negation was {what}: the claim now says the opposite or something weaker."
        changes.append(_change(view, hunk, ChangeKind.NEGATION, Severity.HIGH, note))
    return changes


def _hedge_profile(words: list[str]) -> Counter[str]:
    words_list = lexicon()
    return Counter(w for w in words if words_list.hedge_of(w) is not None)


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
    if _hedge_profile(old_all) == _hedge_profile(new_all):
        return []
    changes = []
    for hunk in view.pair.hunks:
        old_words = words_of(_masked(view, OLD, hunk.old))
        new_words = words_of(_masked(view, NEW, hunk.new))
        old_hedges, new_hedges = _hedge_profile(old_words), _hedge_profile(new_words)
        if old_hedges == new_hedges:
            continue
        direction = _certainty(new_hedges) - _certainty(old_hedges)
        if direction == 0:
            continue  # "could" -> "might": as sure as before
        side = NEW if (new_hedges - old_hedges) else OLD
        words = new_words if side == NEW else old_words
        changed = set((new_hedges - old_hedges) | (old_hedges - new_hedges))
        if not _bears_on_shared_words(view, side, words, changed):
            continue
        if direction > 0:
            note = "The claim is stated more firmly (less hedged)."
        else:
            note = "The claim is hedged: stated less firmly."
        changes.append(_change(view, hunk, ChangeKind.HEDGE, Severity.MEDIUM, note))
    return changes


def _certainty(hedges: Counter[str]) -> int:
    words = lexicon()
    return sum(
        count if words.hedge_of(word) == "certain" else -count for word, count in hedges.items()
    )


def attribution_changes(view: PairView) -> list[Change]:
    """A speech verb replaced by another: said -> claimed, insisted -> said."""
    words = lexicon()
    changes = []
    for hunk in view.pair.hunks:
        old_verbs = _verbs_in(view, OLD, hunk.old)
        new_verbs = _verbs_in(view, NEW, hunk.new)
        if not old_verbs or not new_verbs or set(old_verbs) == set(new_verbs):
            continue
        lost = [v for v in old_verbs if v not in new_verbs]
        gained = [v for v in new_verbs if v not in old_verbs]
        before, after = (lost or old_verbs)[0], (gained or new_verbs)[0]
        loaded_before, loaded_after = words.is_loaded(before), words.is_loaded(after)
        direction = f"{_tone(loaded_before)} → {_tone(loaded_after)}"
        severity = Severity.MEDIUM if loaded_before or loaded_after else Severity.LOW
        note = f"The speech verb changed ({before} → {after}; {direction})."
        changes.append(_change(view, hunk, ChangeKind.ATTRIBUTION_VERB, severity, note))
    return changes


def _tone(loaded: bool) -> str:
    return "loaded" if loaded else "neutral"


def _verbs_in(view: PairView, side: str, span: Span | None) -> list[str]:
    if span is None:
        return []
    return [v.lemma for v in view.facts(side).verbs if v.span.overlaps(span)]


# A short phrase in quote marks: straight or curly, double or single.
_QUOTED = re.compile(
    r"(?:(?<![\w'’])[‘'](?P<single>[^‘’'\n]{1,60}?)[’'](?![\w])"
    r"|[“\"](?P<double>[^“”\"\n]{1,60}?)[”\"])"
)
_MAX_WORDS = 6
_CUE_WINDOW = 40  # characters after a quote in which a speech verb makes it a real quote


def scare_quote_changes(view: PairView) -> list[Change]:
    changes = []
    for side in (OLD, NEW):
        other = NEW if side == OLD else OLD
        other_text = view.segment(other)
        for span, inner in _short_quotes(view, side):
            if view.hunk_index(side, Span(span.start, span.start + 1)) is None:
                continue  # the opening mark is unchanged
            if _quoted_in(other_text, inner) or inner not in other_text:
                continue  # still quoted there, or the words themselves changed
            if _attributed(view, side, span):
                continue
            changes.append(_scare_change(view, side, span, inner, other_text))
    return changes


def _short_quotes(view: PairView, side: str) -> list[tuple[Span, str]]:
    base = view.base(side)
    found = []
    for match in _QUOTED.finditer(view.segment(side)):
        inner = match.group("single") or match.group("double") or ""
        if 0 < len(inner.split()) <= _MAX_WORDS and sum(c.isalpha() for c in inner) > 1:
            found.append((Span(base + match.start(), base + match.end()), inner))
    return found


def _quoted_in(text: str, inner: str) -> bool:
    return any((m.group("single") or m.group("double")) == inner for m in _QUOTED.finditer(text))


def _attributed(view: PairView, side: str, span: Span) -> bool:
    """A speech verb earlier in the same sentence, or just after the quote ("..., she said")."""
    base = view.base(side)
    before = view.segment(side)[: span.start - base]
    sentence_start = base + max(before.rfind(". "), before.rfind("? "), before.rfind("! "), -1) + 1
    window = Span(sentence_start, span.end + _CUE_WINDOW // 2)
    return any(v.span.overlaps(window) for v in view.facts(side).verbs)


def _scare_change(view: PairView, side: str, span: Span, inner: str, other_text: str) -> Change:
    other_side = NEW if side == OLD else OLD
    at = other_text.index(inner) + view.base(other_side)
    other_span = Span(at, at + len(inner))
    added = side == NEW
    old, new = (other_span, span) if added else (span, other_span)
    what = "added around" if added else "removed from"
    note = f"Quote marks {what} “{inner}”, which no one is quoted as saying."
    return Change(
        kind=ChangeKind.SCARE_QUOTE,
        severity=Severity.MEDIUM,
        old=old,
        new=new,
        old_text=view.text(OLD, old),
        new_text=view.text(NEW, new),
        note=note,
    )
