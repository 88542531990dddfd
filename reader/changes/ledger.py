"""find_changes: the ledger of a comparison, in document order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.changes.context import NEW, OLD, DocumentIndex, PairView
from reader.changes.detect_facts import (
    DATE_RULES,
    NAME_RULES,
    NUMBER_RULES,
    fact_changes,
    names_outside,
    role_changes,
    without_overlaps,
)
from reader.changes.detect_source import new_claim_sources, source_changes
from reader.changes.detect_words import (
    attribution_changes,
    hedge_changes,
    negation_changes,
    scare_quote_changes,
)
from reader.changes.facts import SideFacts
from reader.changes.hunks import Hunk, Pair, changed_pairs
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.parse import side_facts
from reader.changes.style import is_style_only, quote_count, same_words
from reader.compare.model import BlockKind, Comparison
from reader.documents.model import Span

if TYPE_CHECKING:
    from spacy.language import Language

_NO_FACTS = SideFacts()


def find_changes(
    comparison: Comparison, nlp: Language | None = None, use_model: bool = True
) -> list[Change]:
    """Typed changes between the two versions: facts, sources and framing, then wording.

    Only the sides of non-equal blocks are parsed. Without a model (or with
    `use_model=False`) names and speech verbs come from word lists instead.
    """
    pairs = changed_pairs(comparison)
    if nlp is None and use_model:
        nlp = _english_pipeline(comparison)
    old_text, new_text = comparison.old.text, comparison.new.text
    old_facts = side_facts(old_text, [p.old for p in pairs if p.old is not None], nlp)
    new_facts = side_facts(new_text, [p.new for p in pairs if p.new is not None], nlp)
    old_index, new_index = DocumentIndex(old_text), DocumentIndex(new_text)
    changes: list[Change] = []
    for pair in pairs:
        view = PairView(
            pair,
            old_text,
            new_text,
            old_facts.get(pair.old.start, _NO_FACTS) if pair.old else _NO_FACTS,
            new_facts.get(pair.new.start, _NO_FACTS) if pair.new else _NO_FACTS,
            old_index,
            new_index,
        )
        changes.extend(pair_changes(view, comparison))
    return _first_mentions(sorted(changes, key=lambda c: _position(c, comparison)))


_FACTS = frozenset({ChangeKind.NUMBER, ChangeKind.DATE, ChangeKind.NAME})


def _first_mentions(changes: list[Change]) -> list[Change]:
    """A fact removed (or added) in several places is listed once, where it first goes."""
    seen: set[tuple[ChangeKind, str, str]] = set()
    kept = []
    for change in changes:
        if change.kind in _FACTS and (change.old is None) != (change.new is None):
            key = (change.kind, change.old_text.lower(), change.new_text.lower())
            if key in seen:
                continue
            seen.add(key)
        kept.append(change)
    return kept


def _english_pipeline(comparison: Comparison) -> Language | None:
    from reader.quotes.language import guess_language
    from reader.quotes.pipeline import get_pipeline

    if guess_language(comparison.old.text + "\n" + comparison.new.text) != "en":
        return None
    return get_pipeline()


def _position(change: Change, comparison: Comparison) -> tuple[int, int]:
    if change.new is not None:
        at = change.new.start
    else:
        assert change.old is not None
        at = comparison.old_to_new(change.old.start)
    return (at, change.old.start if change.old is not None else -1)


def pair_changes(view: PairView, comparison: Comparison) -> list[Change]:
    typed = [
        *fact_changes(view, NUMBER_RULES),
        *fact_changes(view, DATE_RULES),
    ]
    names = [*fact_changes(view, NAME_RULES)]
    if view.aligned:
        sources = source_changes(view)
        old_who = [s.old for s in sources if s.old is not None]
        new_who = [s.new for s in sources if s.new is not None]
        roles = [_speaker_role(view, c) for c in without_overlaps(role_changes(view), names)]
        names = names_outside([*names, *roles], old_who, new_who)
        typed += [
            *sources,
            *negation_changes(view),
            *hedge_changes(view),
            *attribution_changes(view),
            *scare_quote_changes(view),
        ]
    typed += names
    if view.aligned:
        return typed + _rest(view, typed)
    if view.pair.new is not None:
        typed += new_claim_sources(view)
    return typed + _whole_sentences(view.pair, comparison)


def _speaker_role(view: PairView, change: Change) -> Change:
    """A role change in the name of whoever a claim is hung on: a different person may now be
    speaking ("Putin's spokesman told" -> "Putin remarked"), so it ranks high."""
    speakers = [(s.who, change.old) for s in view.old_facts.sources]
    speakers += [(s.who, change.new) for s in view.new_facts.sources]
    if not any(span is not None and who.overlaps(span) for who, span in speakers):
        return change
    note = change.note.replace("A title or role changed", "The speaker's title or role changed")
    return replace(change, severity=Severity.HIGH, note=note + " Check who is speaking.")


def _rest(view: PairView, typed: Sequence[Change]) -> list[Change]:
    """Hunks no typed change covers: style when only spelling, punctuation or case changed."""
    rest = []
    quotes_kept = quote_count(view.segment(OLD)) == quote_count(view.segment(NEW))
    for hunk in view.pair.hunks:
        if any(_covers(change, hunk) for change in typed):
            continue
        old, new = view.text(OLD, hunk.old), view.text(NEW, hunk.new)
        # Judge style on whole numbers: "1.5 million" -> "1,500,000" diffs as ".5 million".
        whole_old = view.text(OLD, _with_numbers(view, OLD, hunk.old, hunk.old_at))
        whole_new = view.text(NEW, _with_numbers(view, NEW, hunk.new, hunk.new_at))
        style = is_style_only(whole_old, whole_new) or (
            same_words(old, new) and quotes_kept  # a quote mark moved: 'a "national' -> '"a'
        )
        rest.append(_plain(hunk.old, hunk.new, old, new, style))
    return rest


def _covers(change: Change, hunk: Hunk) -> bool:
    old = change.old is not None and hunk.old is not None and change.old.overlaps(hunk.old)
    new = change.new is not None and hunk.new is not None and change.new.overlaps(hunk.new)
    return old or new


def _with_numbers(view: PairView, side: str, span: Span | None, at: int) -> Span:
    """`span` (or the empty span at `at`) grown over the numbers it touches."""
    grown = span if span is not None else Span(at, at)
    for mention in view.numbers(side):
        if mention.span.start <= grown.end and mention.span.end >= grown.start:
            grown = Span(min(grown.start, mention.span.start), max(grown.end, mention.span.end))
    return grown


def _plain(old_span: Span | None, new_span: Span | None, old: str, new: str, style: bool) -> Change:
    if style:
        kind, note = ChangeKind.STYLE, "Style only: spelling, punctuation, quote marks or case."
    elif same_words(old, new):
        kind, note = ChangeKind.WORDING, "Quote marks added or removed."
    elif not old:
        kind, note = ChangeKind.WORDING, "Words added."
    elif not new:
        kind, note = ChangeKind.WORDING, "Words removed."
    else:
        kind, note = ChangeKind.WORDING, "Reworded."
    return Change(kind, Severity.LOW, old_span, new_span, old, new, note)


def _whole_sentences(pair: Pair, comparison: Comparison) -> list[Change]:
    """A deleted or inserted block: one wording change per sentence."""
    removed = pair.kind is BlockKind.DELETED
    text = comparison.old.text if removed else comparison.new.text
    sentences = comparison.old_sentences if removed else comparison.new_sentences
    span = pair.old if removed else pair.new
    assert span is not None
    changes = []
    for sentence in sentences:
        if sentence.start >= span.start and sentence.end <= span.end:
            words = text[sentence.start : sentence.end]
            note = "Sentence removed." if removed else "Sentence added."
            old, new = (sentence, None) if removed else (None, sentence)
            old_text, new_text = (words, "") if removed else ("", words)
            changes.append(
                Change(ChangeKind.WORDING, Severity.LOW, old, new, old_text, new_text, note)
            )
    return changes
