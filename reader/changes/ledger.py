"""find_changes: the ledger of a comparison, in document order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.changes.audited import audited
from reader.changes.context import NEW, OLD, DocumentIndex, PairView
from reader.changes.credited import credit_quotes
from reader.changes.detect_facts import (
    DATE_RULES,
    NAME_RULES,
    NUMBER_RULES,
    fact_changes,
    names_outside,
    role_changes,
    role_note,
    without_overlaps,
)
from reader.changes.detect_hedges import hedge_changes
from reader.changes.detect_quotes import QuoteMarks, lone_mark_change, quote_mark_changes
from reader.changes.detect_source import new_claim_sources, source_changes
from reader.changes.detect_words import attribution_changes, negation_changes
from reader.changes.facts import SideFacts, Source
from reader.changes.hunks import Hunk, Pair, changed_pairs
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.parse import side_facts
from reader.changes.style import is_style_only, quote_count, same_words
from reader.changes.told_once import told_once
from reader.changes.words import text_or_none, words_of
from reader.compare.model import BlockKind, Comparison
from reader.documents.model import Span
from reader.documents.stopwords import FUNCTION_WORDS

_WORD = re.compile(r"\w+(?:['’]\w+)*")

if TYPE_CHECKING:
    from spacy.language import Language

    from reader.audit.model import QuoteAudit

_NO_FACTS = SideFacts()


def find_changes(
    comparison: Comparison,
    nlp: Language | None = None,
    use_model: bool = True,
    audit: QuoteAudit | None = None,
) -> list[Change]:
    """Typed changes between the two versions: facts, sources and framing, then wording.

    Only the sides of non-equal blocks are parsed. Without a model (or with
    `use_model=False`) names and speech verbs come from word lists instead. With the
    quote `audit`, a scare-quote row names whom the audit credits the marked words to, and a
    quote the audit finds cut at its end is one trimmed-quote row. A change is told once:
    rows that only repeat a trimmed quote's cut words are left out.
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

    def order(change: Change) -> tuple[int, int]:
        return _position(change, comparison)

    ordered = sorted(changes, key=order)
    found = _first_mentions(list(dict.fromkeys(ordered)))  # never the same row twice
    if audit is not None:
        found = credit_quotes(found, audit)
        found = sorted(audited(found, audit, old_text, new_text), key=order)
    return told_once(found, old_text, new_text)  # nor the same change in two rows


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
    quotes: list[QuoteMarks] = []
    narrowed: list[Change] = []
    if view.aligned:
        sources = source_changes(view)
        old_who = [s.old for s in sources if s.old is not None]
        new_who = [s.new for s in sources if s.new is not None]
        plain_roles = without_overlaps(role_changes(view), names)
        roles = [r for c in plain_roles if (r := _speaker_role(view, c)) is not None]
        names = names_outside([*names, *roles], old_who, new_who)
        names, roles = _one_speaker_row(names, roles)
        narrowed = roles
        quotes = quote_mark_changes(view)
        typed += [
            *sources,
            *negation_changes(view),
            *hedge_changes(view),
            *attribution_changes(view),
        ]
    if view.aligned:
        typed += names
        return typed + [q.change for q in quotes] + _rest(view, typed, quotes, narrowed)
    if view.pair.new is not None:
        # An added claim's source row names who it is hung on: no second row for that name.
        claims = new_claim_sources(view)
        names = names_outside(names, [], [c.new for c in claims if c.new is not None])
        typed += claims
    return typed + names + _whole_sentences(view.pair, comparison)


def _speaker_role(view: PairView, change: Change) -> Change | None:
    """A role change in the name of whoever a claim is hung on: a different person may now be
    speaking ("Putin's spokesman told" -> "Putin remarked"), so it ranks high.

    None when the speaker reads the same on both sides ("The mayor" -> "the mayor"): the
    role word only moved within the sentence; the words around it are listed as wording."""
    old = _speaker_in(view.old_facts.sources, change.old)
    new = _speaker_in(view.new_facts.sources, change.new)
    if old is None and new is None:
        return change
    # Point at who is speaking, not the whole changed stretch ("Putin's spokesman" -> "Putin"),
    # on both sides: "Detective Inspector Carla Moss" -> "Carla Moss".
    if new is None and old is not None:
        new = _counterpart(view.new_facts.sources, view.text(OLD, old))
    if old is None and new is not None:
        old = _counterpart(view.old_facts.sources, view.text(NEW, new))
    old, new = old or change.old, new or change.new
    old_text, new_text = view.text(OLD, old), view.text(NEW, new)
    if old_text and new_text and same_words(old_text.lower(), new_text.lower()):
        return None
    note = role_note("The speaker's title or role", old_text, new_text)
    return replace(
        change,
        severity=Severity.HIGH,
        old=old,
        new=new,
        old_text=old_text,
        new_text=new_text,
        note=f"{note} {_CHECK_SPEAKER}",
    )


_CHECK_SPEAKER = "Check who is speaking."


def _one_speaker_row(
    names: Sequence[Change], roles: Sequence[Change]
) -> tuple[list[Change], list[Change]]:
    """A speaker replaced with their title ("said Ann Lee, the interim chair" -> "said Bo
    Roy, the former chair") is one change: the speaker's row, naming both, tells the name
    replaced inside it, which is not listed again."""
    merged = {
        id(r): _speaker_changed(r)
        for r in roles
        if r.note.endswith(_CHECK_SPEAKER) and any(_inside(n, r) for n in names)
    }
    kept = [
        merged.get(id(c), c)
        for c in names
        if id(c) in merged or not any(_inside(c, r) for r in roles if id(r) in merged)
    ]
    return kept, [merged.get(id(r), r) for r in roles]


def _inside(name: Change, role: Change) -> bool:
    """A name replaced (on both sides) within a speaker's role row."""
    if name is role or name.kind is not ChangeKind.NAME or name.old is None or name.new is None:
        return False
    if role.old is None or role.new is None:
        return False
    return (
        role.old.start <= name.old.start and name.old.end <= role.old.end
        and role.new.start <= name.new.start and name.new.end <= role.new.end
    )  # fmt: skip


def _speaker_changed(role: Change) -> Change:
    note = role_note("The speaker", role.old_text, role.new_text)
    return replace(role, note=f"{note} {_CHECK_SPEAKER}")


def _counterpart(sources: Sequence[Source], who: str) -> Span | None:
    """The other side's speaker with the same last name ("Carla Moss" for "Detective
    Inspector Carla Moss")."""
    words = who.split()
    return next((s.who for s in sources if s.text.split()[-1:] == words[-1:]), None)


def _speaker_in(sources: Sequence[Source], span: Span | None) -> Span | None:
    if span is None:
        return None
    return next((s.who for s in sources if s.who.overlaps(span)), None)


def _rest(
    view: PairView,
    typed: Sequence[Change],
    quotes: Sequence[QuoteMarks],
    narrowed: Sequence[Change],
) -> list[Change]:
    """Hunks no typed change covers: style when only spelling, punctuation, quote marks or
    case changed, else wording; and the words a speaker's role change, narrowed to the
    speaker, leaves over."""
    rest = []
    for hunk in view.pair.hunks:
        covering = [change for change in typed if _covers(change, hunk)]
        if covering:
            if any(change in narrowed for change in covering) or _one_side_bare(
                view, hunk, covering
            ):
                rest += _left_over(view, hunk, covering)
            continue
        old, new = view.text(OLD, hunk.old), view.text(NEW, hunk.new)
        if same_words(old, new) and any(_holds_mark(q, hunk) for q in quotes):
            continue  # one of the marks a scare quote or a quote-marking change lists
        # Judge style on whole numbers: "1.5 million" -> "1,500,000" diffs as ".5 million".
        whole_old = view.text(OLD, _with_numbers(view, OLD, hunk.old, hunk.old_at))
        whole_new = view.text(NEW, _with_numbers(view, NEW, hunk.new, hunk.new_at))
        # Quote marks alone added, dropped or moved are style: a scare quote or a quote a
        # speaker is credited with is listed by the quote-mark check.
        style = is_style_only(whole_old, whole_new) or same_words(old, new)
        lone = lone_mark_change(view, hunk) if style else None
        rest.append(lone or _plain(view, hunk, style))
    return rest


def _covers(change: Change, hunk: Hunk) -> bool:
    old = change.old is not None and hunk.old is not None and change.old.overlaps(hunk.old)
    new = change.new is not None and hunk.new is not None and change.new.overlaps(hunk.new)
    return old or new


def _one_side_bare(view: PairView, hunk: Hunk, covering: Sequence[Change]) -> bool:
    """Whether one side of a hunk has a clause no typed change touches ("enemy of NATO" ->
    ", adding that Moscow maintains ...": the name removed must not hide the words added)."""
    for side, span in ((OLD, hunk.old), (NEW, hunk.new)):
        spans = [c.old if side == OLD else c.new for c in covering]
        if span is None or any(s is not None and s.overlaps(span) for s in spans):
            continue
        if len(set(words_of(view.text(side, span))) - FUNCTION_WORDS) >= _CLAUSE_WORDS:
            return True
    return False


_CLAUSE_WORDS = 3  # content words that make a bare side a clause of its own, not a stray word


def _holds_mark(quote: QuoteMarks, hunk: Hunk) -> bool:
    span = hunk.old if quote.side == OLD else hunk.new
    return span is not None and any(mark.overlaps(span) for mark in quote.marks)


def _left_over(view: PairView, hunk: Hunk, covering: Sequence[Change]) -> list[Change]:
    """Words of a hunk outside the typed changes that cover part of it ("as expected, but
    governor" -> "but", where only "governor" is the speaker's role)."""
    old_words = _outside(view, OLD, hunk.old, [c.old for c in covering])
    new_words = _outside(view, NEW, hunk.new, [c.new for c in covering])
    old_said = [view.text(OLD, w) for w in old_words]
    new_said = [view.text(NEW, w) for w in new_words]
    if sorted(w.lower() for w in old_said) == sorted(w.lower() for w in new_said):
        return []  # the same words around the role, perhaps reordered: nothing else changed
    if not set(words_of(" ".join(old_said + new_said))) - FUNCTION_WORDS:
        return []
    old = Span(old_words[0].start, old_words[-1].end) if old_words else None
    new = Span(new_words[0].start, new_words[-1].end) if new_words else None
    old_text, new_text = view.text(OLD, old), view.text(NEW, new)
    if is_style_only(" ".join(old_said), " ".join(new_said)):
        note = "Style only: spelling, punctuation, quote marks or case."
        return [Change(ChangeKind.STYLE, Severity.LOW, old, new, old_text, new_text, note)]
    note = "Reworded." if old and new else ("Words added." if new else "Words removed.")
    return [Change(ChangeKind.WORDING, Severity.LOW, old, new, old_text, new_text, note)]


def _outside(view: PairView, side: str, span: Span | None, taken: list[Span | None]) -> list[Span]:
    """The words of `span` that no `taken` span overlaps."""
    if span is None:
        return []
    inside = [t for t in taken if t is not None]
    words = [
        Span(span.start + m.start(), span.start + m.end())
        for m in _WORD.finditer(view.text(side, span))
    ]
    return [w for w in words if not any(t.overlaps(w) for t in inside)]


def _with_numbers(view: PairView, side: str, span: Span | None, at: int) -> Span:
    """`span` (or the empty span at `at`) grown over the numbers it touches."""
    grown = span if span is not None else Span(at, at)
    for mention in view.numbers(side):
        if mention.span.start <= grown.end and mention.span.end >= grown.start:
            grown = Span(min(grown.start, mention.span.start), max(grown.end, mention.span.end))
    return grown


def _plain(view: PairView, hunk: Hunk, style: bool) -> Change:
    old_span, new_span = hunk.old, hunk.new
    if style:
        kind, note = ChangeKind.STYLE, "Style only: spelling, punctuation, quote marks or case."
        old, new = view.text(OLD, old_span), view.text(NEW, new_span)
        if quote_count(old) != quote_count(new) and same_words(old, new):
            note = "Quote marks added or removed; the words are the same."
    else:
        # A lone quote mark beside the words that changed is not part of their wording.
        old_span, new_span = text_or_none(view, OLD, old_span), text_or_none(view, NEW, new_span)
        if old_span is None and new_span is None:
            old_span, new_span = hunk.old, hunk.new
        old, new = view.text(OLD, old_span), view.text(NEW, new_span)
        kind = ChangeKind.WORDING
        note = "Words added." if not old else "Words removed." if not new else "Reworded."
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
