"""Numbers, dates and names that changed, appeared or disappeared in an aligned pair.

A fact that leaves one sentence but is still somewhere in the other version
(a number repeated elsewhere, a name moved to another sentence) is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from reader.changes.context import NEW, OLD, PairView, name_in
from reader.changes.hunks import Hunk
from reader.changes.lexicon import lexicon
from reader.changes.model import Change, ChangeKind, Severity
from reader.changes.style import spelling_key
from reader.changes.words import words_of
from reader.documents.model import Span
from reader.documents.stopwords import FUNCTION_WORDS


@dataclass(frozen=True, slots=True)
class Fact:
    span: Span
    text: str
    key: Hashable


@dataclass(frozen=True, slots=True)
class FactRules:
    kind: ChangeKind
    label: str  # "number", "date", "name" in notes
    facts: Callable[[PairView, str], list[Fact]]
    # Whether a fact of one side is present in the other side's pair text / whole document.
    in_pair: Callable[[PairView, Fact, str], bool]
    in_document: Callable[[PairView, Fact, str], bool]


def _numbers(view: PairView, side: str) -> list[Fact]:
    return [Fact(m.span, m.text, m.key) for m in view.numbers(side)]


def _dates(view: PairView, side: str) -> list[Fact]:
    return [Fact(d.span, d.text, d.key) for d in view.dates(side)]


def _names(view: PairView, side: str) -> list[Fact]:
    return [Fact(e.span, e.text, e.text) for e in view.facts(side).entities]


def _other(side: str) -> str:
    return NEW if side == OLD else OLD


def _number_in_pair(view: PairView, fact: Fact, side: str) -> bool:
    return any(other.key == fact.key for other in _numbers(view, _other(side)))


def _number_in_document(view: PairView, fact: Fact, side: str) -> bool:
    index = view.new_doc if side == OLD else view.old_doc
    return fact.key in index.number_keys


def _date_in_pair(view: PairView, fact: Fact, side: str) -> bool:
    return any(other.key == fact.key for other in _dates(view, _other(side)))


def _date_in_document(view: PairView, fact: Fact, side: str) -> bool:
    index = view.new_doc if side == OLD else view.old_doc
    return fact.key in index.date_keys


def _name_in_pair(view: PairView, fact: Fact, side: str) -> bool:
    return name_in(fact.text, view.segment(_other(side)))


def _name_in_document(view: PairView, fact: Fact, side: str) -> bool:
    index = view.new_doc if side == OLD else view.old_doc
    return index.has_name(fact.text)


NUMBER_RULES = FactRules(
    ChangeKind.NUMBER, "number", _numbers, _number_in_pair, _number_in_document
)
DATE_RULES = FactRules(ChangeKind.DATE, "date", _dates, _date_in_pair, _date_in_document)
NAME_RULES = FactRules(ChangeKind.NAME, "name", _names, _name_in_pair, _name_in_document)


def fact_changes(view: PairView, rules: FactRules) -> list[Change]:
    lost = _unmatched(view, rules, OLD)
    gained = _unmatched(view, rules, NEW)
    changes: list[Change] = []
    # A fact lost and one gained in the same hunk, neither found in the other version at all:
    # the fact was replaced ("Porto" -> "Benfica"; not "told the BBC" -> "troops in Ukraine").
    for old_hunk, old_fact in list(lost):
        if rules.in_document(view, old_fact, OLD):
            continue
        for new_hunk, new_fact in gained:
            if old_hunk == new_hunk and not rules.in_document(view, new_fact, NEW):
                changes.append(_replaced(rules, old_fact, new_fact))
                lost.remove((old_hunk, old_fact))
                gained.remove((new_hunk, new_fact))
                break
    for _, fact in lost:
        if not rules.in_document(view, fact, OLD):
            changes.append(_one_sided(rules, fact, OLD))
    for _, fact in gained:
        if not rules.in_document(view, fact, NEW):
            changes.append(_one_sided(rules, fact, NEW))
    return changes


def _unmatched(view: PairView, rules: FactRules, side: str) -> list[tuple[int, Fact]]:
    """Facts in changed words of `side` that the other side of the pair does not have."""
    found = []
    for fact in rules.facts(view, side):
        hunk = view.hunk_index(side, fact.span)
        if hunk is None:
            continue
        if view.aligned and rules.in_pair(view, fact, side):
            continue
        found.append((hunk, fact))
    return found


def _replaced(rules: FactRules, old: Fact, new: Fact) -> Change:
    return Change(
        kind=rules.kind,
        severity=Severity.HIGH,
        old=old.span,
        new=new.span,
        old_text=old.text,
        new_text=new.text,
        note=f"The {rules.label} changed: “{old.text}” → “{new.text}”.",
    )


def _one_sided(rules: FactRules, fact: Fact, side: str) -> Change:
    removed = side == OLD
    verb = "was removed" if removed else "was added"
    other = "new" if removed else "old"
    return Change(
        kind=rules.kind,
        severity=Severity.MEDIUM,
        old=fact.span if removed else None,
        new=None if removed else fact.span,
        old_text=fact.text if removed else "",
        new_text="" if removed else fact.text,
        note=f"The {rules.label} “{fact.text}” {verb}; the {other} version never has it.",
    )


_NEAR = 30  # characters around a hunk in which a name makes a role word a title


def role_changes(view: PairView) -> list[Change]:
    """A title or role added to or dropped from a named person or body."""
    changes = []
    for hunk in view.pair.hunks:
        old_roles = _role_words(view.text(OLD, hunk.old))
        new_roles = _role_words(view.text(NEW, hunk.new))
        if old_roles == new_roles and not _qualifies_role(view, hunk):
            continue
        if not (_near_name(view, hunk.old, hunk.new) or _in_speaker(view, hunk.old, hunk.new)):
            continue
        # Only the words one side has: "chief executive, Colin Amery, apologised" -> "Colin
        # Amery apologized" is the role dropped; the rest is listed on its own.
        old = _distinct(view, OLD, hunk.old, hunk.new) or hunk.old
        new = _distinct(view, NEW, hunk.new, hunk.old)
        if new is None and hunk.old is None:
            new = hunk.new
        old_text, new_text = view.text(OLD, old), view.text(NEW, new)
        changes.append(
            Change(
                kind=ChangeKind.NAME,
                severity=Severity.MEDIUM,
                old=old,
                new=new,
                old_text=old_text,
                new_text=new_text,
                note=role_note("A title or role", old_text, new_text),
            )
        )
    return changes


def role_note(what: str, old_text: str, new_text: str) -> str:
    if not new_text:
        return f"{what} was dropped: “{old_text}”."
    if not old_text:
        return f"{what} was added: “{new_text}”."
    return f"{what} changed: “{old_text}” → “{new_text}”."


_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def _distinct(view: PairView, side: str, span: Span | None, other: Span | None) -> Span | None:
    """From the first to the last word of `span` that the other side's hunk lacks."""
    if span is None:
        return None
    other_side = NEW if side == OLD else OLD
    other_words = {spelling_key(w.lower()) for w in _TOKEN.findall(view.text(other_side, other))}
    text = view.text(side, span)
    own = [m for m in _TOKEN.finditer(text) if spelling_key(m.group().lower()) not in other_words]
    if not own:
        return None
    return Span(span.start + own[0].start(), span.start + own[-1].end())


_NEXT_WORD = re.compile(r"\s*([\w'’]+)")


def _qualifies_role(view: PairView, hunk: Hunk) -> bool:
    """Words replaced right before an unchanged role word: "Labour MP" -> "Conservative MP",
    "former minister" -> "minister"."""
    changed = words_of(view.text(OLD, hunk.old)) + words_of(view.text(NEW, hunk.new))
    if not set(changed) - FUNCTION_WORDS:
        return False
    for side, span, at in ((OLD, hunk.old, hunk.old_at), (NEW, hunk.new, hunk.new_at)):
        source = view.old_text if side == OLD else view.new_text
        if span is not None and not source[span.end - 1].isalnum():
            return False  # "..., a decision." ends a clause: the next word is not its title
        after = _NEXT_WORD.match(source, span.end if span is not None else at)
        if after is None or after.group(1).lower() not in lexicon().roles:
            return False
    return True


def _role_words(text: str) -> list[str]:
    words = [w.lower().strip(".,;:'’\"“”") for w in text.split()]
    roles = lexicon().roles
    return sorted(spelling_key(w) for w in words if w in roles)


def _in_speaker(view: PairView, old: Span | None, new: Span | None) -> bool:
    """Whether the words are part of who a claim is attributed to ("the minister's spokesman")."""
    for side, span in ((OLD, old), (NEW, new)):
        if span is not None and any(s.who.overlaps(span) for s in view.facts(side).sources):
            return True
    return False


def _near_name(view: PairView, old: Span | None, new: Span | None) -> bool:
    for side, span in ((OLD, old), (NEW, new)):
        if span is None:
            continue
        near = Span(max(0, span.start - _NEAR), span.end + _NEAR)
        if any(e.span.overlaps(near) for e in view.facts(side).entities):
            return True
    return False


def without_overlaps(changes: Sequence[Change], others: Sequence[Change]) -> list[Change]:
    """Role changes that are not just a title dropped with its name ("Dr Alan Pierce")."""
    kept = []
    for change in changes:
        if not any(_share(change, other) and _titles(change, other) for other in others):
            kept.append(change)
    return kept


_GLUE = re.compile(r"[\s,]+")


def _titles(role: Change, name: Change) -> bool:
    """Whether a role word of `role` sits right before or after the name `name` names."""
    for role_span, text, name_span in (
        (role.old, role.old_text, name.old),
        (role.new, role.new_text, name.new),
    ):
        if role_span is None or name_span is None:
            continue
        before = text[: max(0, name_span.start - role_span.start)]
        after = text[max(0, name_span.end - role_span.start) :]
        last_before = _GLUE.sub(" ", before).split()[-1:]
        first_after = _GLUE.sub(" ", after).split()[:1]
        roles = lexicon().roles
        if any(w.lower().strip("'’") in roles for w in last_before + first_after):
            return True
    return False


def _share(a: Change, b: Change) -> bool:
    old = a.old is not None and b.old is not None and a.old.overlaps(b.old)
    new = a.new is not None and b.new is not None and a.new.overlaps(b.new)
    return old or new


def names_outside(
    changes: Sequence[Change], old_spans: Sequence[Span], new_spans: Sequence[Span]
) -> list[Change]:
    """Drop name changes that are really a source change (the speaker's name)."""
    kept = []
    for change in changes:
        hit_old = change.old is not None and any(change.old.overlaps(s) for s in old_spans)
        hit_new = change.new is not None and any(change.new.overlaps(s) for s in new_spans)
        if not (hit_old or hit_new):
            kept.append(change)
    return kept
