"""Negation and speech verbs changed inside an aligned pair."""

from __future__ import annotations

from collections import Counter

from reader.changes.context import NEW, OLD, PairView
from reader.changes.hunks import Hunk
from reader.changes.lexicon import lexicon
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.style import spelling_key
from reader.changes.words import (
    Mark,
    bears_on_shared_words,
    content_near,
    hunk_change,
    spans_change,
    stem,
    text_or_none,
    words_of,
)
from reader.documents.model import Span

_NOR_REACH = 12  # words within which "nor" carries on a negation rather than adding one


def _negator_marks(words: list[str]) -> list[Mark]:
    """The negators of `words`: "not", "never", ...; a refusal with its "to" ("declined to
    threaten" says "did not threaten"); but not a "nor" that carries on a negation just
    before it ("would not threaten Moscow, nor would he say")."""
    words_list = lexicon()
    marks: list[Mark] = []
    for index, word in enumerate(words):
        refusal = word in words_list.refusals and words[index + 1 : index + 2] == ["to"]
        if not (refusal or word in words_list.negators):
            continue
        if word == "nor" and marks and index - marks[-1].index <= _NOR_REACH:
            continue
        marks.append(Mark(index, "not" if refusal else word))
    return marks


def _negated(words: list[str]) -> Counter[tuple[str, str]]:
    """Each negator with the stem of the word it bears on: ("not", "deplo")."""
    found: Counter[tuple[str, str]] = Counter()
    for mark in _negator_marks(words):
        near = content_near(words, mark)
        found[(mark.key, stem(near[0]) if near else "")] += 1
    return found


def _words(negated: Counter[tuple[str, str]]) -> Counter[str]:
    found: Counter[str] = Counter()
    for (word, _), count in negated.items():
        found[word] += count
    return found


def _count_negators(view: PairView, side: str, span: Span | None) -> int:
    return len(_negator_marks(words_of(view.text(side, span))))


def negation_changes(view: PairView) -> list[Change]:
    old_words, new_words = words_of(view.segment(OLD)), words_of(view.segment(NEW))
    old_negated, new_negated = _negated(old_words), _negated(new_words)
    if old_negated == new_negated:
        return []  # "did not" -> "didn't", or a sentence reordered around its "not"
    if old_negated.total() == new_negated.total() and _words(old_negated) != _words(new_negated):
        return []  # "have not won a trophy" -> "have won nothing": reworded, still negative
    if old_negated.total() == new_negated.total():
        return _moved_negations(view)
    changes = []
    for hunk in view.pair.hunks:
        lost = _count_negators(view, OLD, hunk.old)
        gained = _count_negators(view, NEW, hunk.new)
        if lost == gained:
            continue
        side = NEW if gained > lost else OLD
        side_words = new_words if side == NEW else old_words
        negators = set(lexicon().negators) | {"not"}
        if not bears_on_shared_words(view, side, side_words, _negator_marks(side_words), negators):
            continue
        what = "added" if gained > lost else "removed"
        note = f"A negation was {what}: the claim now says the opposite or something weaker."
        changes.append(hunk_change(view, hunk, ChangeKind.NEGATION, Severity.HIGH, note))
    return changes


def _moved_negations(view: PairView) -> list[Change]:
    """As many negators on both sides, bearing on other words: one change per negator that
    left one place and arrived at another ("sent ... and not into the strait" -> "would not
    be sent ... but into the strait")."""
    left = [h for h in view.pair.hunks if _count_negators(view, OLD, h.old)]
    arrived = [h for h in view.pair.hunks if _count_negators(view, NEW, h.new)]
    note = "The negation now bears on other words: check the claim still says the same."
    changes = []
    for index in range(max(len(left), len(arrived))):
        old_hunk = left[index] if index < len(left) else None
        new_hunk = arrived[index] if index < len(arrived) else None
        old = _side_span(view, OLD, old_hunk, new_hunk)
        new = _side_span(view, NEW, new_hunk, old_hunk)
        changes.append(spans_change(view, old, new, ChangeKind.NEGATION, Severity.MEDIUM, note))
    return changes


def _side_span(view: PairView, side: str, own: Hunk | None, partner: Hunk | None) -> Span | None:
    """The negator's words on `side`: its own hunk's, else what its partner hunk replaced."""
    hunk = own or partner
    if hunk is None:
        return None
    return text_or_none(view, side, hunk.old if side == OLD else hunk.new)


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
        old_top = _verbs_in(view, OLD, hunk.old, top=True)
        new_top = _verbs_in(view, NEW, hunk.new, top=True)
        if not (set(lost) & set(old_top) or set(gained) & set(new_top)):
            continue  # "said she feared" -> "said she was worried": the claim, not the verb
        if not (lost and gained):
            # "dismissed the poll, saying" -> "said" changed the verb; "said she feared" ->
            # "said she was worried" did not: "feared" was inside what "said" reports.
            lost = [v for v in lost if v in old_top]
            gained = [v for v in gained if v in new_top]
        before, after = (lost or old_verbs)[0], (gained or new_verbs)[0]
        loaded_before, loaded_after = words.is_loaded(before), words.is_loaded(after)
        direction = f"{_tone(loaded_before)} → {_tone(loaded_after)}"
        severity = Severity.MEDIUM if loaded_before or loaded_after else Severity.LOW
        note = f"The speech verb changed ({before} → {after}; {direction})."
        # Point at the two verbs, not the whole changed stretch around them.
        old = _verb_span(view, OLD, hunk.old, before)
        new = _verb_span(view, NEW, hunk.new, after)
        kind = ChangeKind.ATTRIBUTION_VERB
        changes.append(spans_change(view, old, new, kind, severity, note))
    return changes


def _verb_span(view: PairView, side: str, span: Span | None, lemma: str) -> Span | None:
    verbs = [v for v in view.facts(side).verbs if span is not None and v.span.overlaps(span)]
    return next((v.span for v in verbs if spelling_key(v.lemma) == lemma), span)


def _tone(loaded: bool) -> str:
    return "loaded" if loaded else "neutral"


def _verbs_in(view: PairView, side: str, span: Span | None, top: bool = False) -> list[str]:
    """Speech verbs in `span`; with `top`, only those no other speech verb reports."""
    if span is None:
        return []
    verbs = view.facts(side).verbs
    # One spelling for both sides: "criticised" -> "criticized" is the same verb.
    return [
        spelling_key(v.lemma) for v in verbs if v.span.overlaps(span) and not (top and v.nested)
    ]
