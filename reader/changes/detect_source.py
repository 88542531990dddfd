"""A claim that lost, gained or swapped its source ("according to police", "analysts said")."""

from __future__ import annotations

import re

from reader.changes.context import NEW, OLD, PairView
from reader.changes.dates import find_dates
from reader.changes.facts import Source
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.style import spelling_key
from reader.changes.words import stem, words_of
from reader.documents.model import Span
from reader.documents.stopwords import FUNCTION_WORDS

_FUNCTION_STEMS = frozenset(stem(w) for w in FUNCTION_WORDS)
GAINED = "The claim gained a source"

_WORD = re.compile(r"\w+(?=['’]s\b)|\w+")
_ARTICLES = frozenset({"the", "a", "an", "s"})


def source_changes(view: PairView) -> list[Change]:
    swapped = _swapped_in_place(view)
    taken = {s.span for pair in swapped for s in pair}
    lost = [s for s in _unmatched(view, OLD) if s.span not in taken]
    gained = [s for s in _unmatched(view, NEW) if s.span not in taken]
    changes = [_replaced(view, old, new) for old, new in swapped]
    for old in [s for s in lost if not s.is_pronoun]:
        named = [s for s in gained if not s.is_pronoun]
        if named:
            new = named[0]
            lost.remove(old)
            gained.remove(new)
            changes.append(_replaced(view, old, new))
    # "Smith said" -> "she said" keeps the source; only a pronoun on both sides can pair up.
    while lost and gained:
        lost.pop(0)
        gained.pop(0)
    lost = [s for s in lost if _claim_kept(view, s, OLD) and not _renamed(view, s, OLD)]
    gained = [s for s in gained if not _renamed(view, s, NEW)]
    changes.extend(_one_sided(view, source, OLD) for source in lost)
    changes.extend(_one_sided(view, source, NEW) for source in gained)
    return changes + _new_claims(view)


def _swapped_in_place(view: PairView) -> list[tuple[Source, Source]]:
    """One named speaker replaced by another in the same changed words ("Obama said" ->
    "Kerry said"), even when the old speaker is named elsewhere in the new sentence."""
    swapped = []
    for hunk in view.pair.hunks:
        olds = _named_in(view.old_facts.sources, hunk.old)
        news = _named_in(view.new_facts.sources, hunk.new)
        if len(olds) == 1 and len(news) == 1 and not _same(olds[0], news[0]):
            swapped.append((olds[0], news[0]))
    return swapped


def _named_in(sources: list[Source] | tuple[Source, ...], span: Span | None) -> list[Source]:
    if span is None:
        return []
    return [s for s in sources if not s.is_pronoun and s.who.overlaps(span)]


def _new_claims(view: PairView) -> list[Change]:
    """A claim the old text never made, hung on a speaker it already quotes ("..., adding
    that Moscow maintains an open invitation"): the words put in their mouth."""
    changes = []
    for source in view.new_facts.sources:
        if source.claim is None or source.verb is None or source.nested:
            continue
        if view.hunk_index(NEW, source.verb) is None:
            continue  # the speech verb is unchanged: the claim was reworded, not added
        if not any(_same(source, old) for old in view.old_facts.sources):
            continue  # a new source: listed as gained
        if _claim_kept(view, source, NEW):
            continue
        who, verb = view.text(NEW, source.who), view.text(NEW, source.verb)
        note = f"A new claim, attributed to {who} (“{verb}”); the old version does not make it."
        said = Span(
            min(source.verb.start, source.claim.start), max(source.verb.end, source.claim.end)
        )
        changes.append(
            Change(
                kind=ChangeKind.SOURCE,
                severity=Severity.MEDIUM,
                old=None,
                new=said,
                old_text="",
                new_text=view.text(NEW, said),
                note=note,
            )
        )
    return changes


def _renamed(view: PairView, source: Source, side: str) -> bool:
    """A pronoun source whose claim the other side hangs on someone too ("He said the shop
    would reopen" -> "Hamid Rashidi said the shop would reopen"): the same source named."""
    if not source.is_pronoun or source.claim is None:
        return False
    claim = _content_stems(view.text(side, source.claim))
    other_side = NEW if side == OLD else OLD
    for other in view.facts(other_side).sources:
        if other.claim is not None:
            shared = claim & _content_stems(view.text(other_side, other.claim))
            if claim and len(shared) * 2 >= len(claim):
                return True
    return False


def _content_stems(text: str) -> set[str]:
    return {stem(w) for w in words_of(text)} - _FUNCTION_STEMS


def _same(a: Source, b: Source) -> bool:
    """The same source in other words: "Smith" and "John Smith, the minister", or "Putin's
    spokesman" and "Putin" (a role change, which the name check reports)."""
    a_words, b_words = _words(a.text), _words(b.text)
    if not a_words or not b_words:
        return a.key == b.key
    if a_words <= b_words or b_words <= a_words:
        return True
    return bool(_proper(a.text) & _proper(b.text))


def _words(text: str) -> set[str]:
    return {spelling_key(w.lower()) for w in _WORD.findall(text)} - _ARTICLES


def _proper(text: str) -> set[str]:
    """Capitalised words that name someone: not articles, and not dates ("on Friday")."""
    dates = {m.text for m in find_dates(text)}
    return {w for w in _WORD.findall(text) if w[0].isupper() and w not in dates} - {
        "The",
        "A",
        "An",
    }


def _unmatched(view: PairView, side: str) -> list[Source]:
    other = view.facts(NEW if side == OLD else OLD).sources
    found = []
    for source in view.facts(side).sources:
        if view.hunk_index(side, source.span) is None:
            continue
        if source.nested and (side == OLD or _claim_kept(view, source, side)):
            continue  # inside what another source says ("said she feared"), unless it is new
        if any(_same(source, o) for o in other):
            continue
        found.append(source)
    return found


def _claim_kept(view: PairView, source: Source, side: str) -> bool:
    """Whether the other side still makes the claim (half its content words are there).

    A source cut together with what it said is not a claim left unattributed; a source
    added with a claim the old text never made is a new claim, not a new source for it.
    Unknown (no clause in the parse): assume it is kept.
    """
    if source.claim is None:
        return True
    claim = _content_stems(view.text(side, source.claim))
    if not claim:
        return True
    other = {stem(w) for w in words_of(view.segment(NEW if side == OLD else OLD))}
    return len(claim & other) * 2 >= len(claim)


def _replaced(view: PairView, old: Source, new: Source) -> Change:
    return Change(
        kind=ChangeKind.SOURCE,
        severity=Severity.HIGH,
        old=old.span,
        new=new.span,
        old_text=view.text(OLD, old.span),
        new_text=view.text(NEW, new.span),
        note=f"The claim's source changed: “{old.text}” → “{new.text}”.",
    )


_AUXILIARIES = frozenset(
    [
        "would",
        "will",
        "did",
        "does",
        "do",
        "could",
        "can",
        "should",
        "shall",
        "might",
        "may",
        "must",
        "had",
        "has",
        "have",
    ]
)
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _as_written(view: PairView, side: str, span: Span) -> Span:
    """The source's words as a reader would quote them: "would he say", not "he say", when
    an auxiliary stands before the speaker ("nor would he say outright")."""
    base = view.base(side)
    before = view.segment(side)[max(0, span.start - base - 20) : span.start - base]
    match = _WORD_BEFORE.search(before)
    if match is None or match.group(1).lower() not in _AUXILIARIES:
        return span
    return Span(span.start - len(before) + match.start(), span.end)


def _one_sided(view: PairView, source: Source, side: str) -> Change:
    lost = side == OLD
    span = _as_written(view, side, source.span)
    text = view.text(side, span)
    if lost:
        note = f"The claim lost its source (“{text}”): it now stands unattributed."
    elif _claim_kept(view, source, side):
        note = f"{GAINED} (“{text}”)."
    else:
        note = _new_claim_note(view.text(side, source.who))
    return Change(
        kind=ChangeKind.SOURCE,
        severity=Severity.HIGH if lost else Severity.MEDIUM,
        old=span if lost else None,
        new=None if lost else span,
        old_text=text if lost else "",
        new_text="" if lost else text,
        note=note,
    )


def new_claim_sources(view: PairView) -> list[Change]:
    """An added sentence whose claim is hung on a source ("analysts suggest ..."): the
    reader should check who that is, since the old version never made the claim."""
    changes = []
    for source in view.new_facts.sources:
        if source.is_pronoun:
            continue
        text = view.text(NEW, source.span)
        who = view.text(NEW, source.who)
        changes.append(
            Change(
                kind=ChangeKind.SOURCE,
                severity=Severity.MEDIUM,
                old=None,
                new=source.span,
                old_text="",
                new_text=text,
                note=_new_claim_note(who),
            )
        )
    return changes


def _new_claim_note(who: str) -> str:
    """Who a new claim is hung on, by name: "Mr. Sharpton", not "Mr. Sharpton said"."""
    return f"A new claim, attributed to {' '.join(who.split())}; the old version does not make it."
