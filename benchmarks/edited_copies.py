"""Edited copies of PolNeAR articles with known quote edits, for the audit benchmarks.

Each article's gold attributions (content of at least three words, each in its own
sentences) get one edit each, in turn: keep, trim (the last ~40 % of the words cut),
reword (two words replaced), drop (its sentences deleted) or speaker swap (a named
source replaced by another name from the article; a one-word name only if the article
also capitalises it mid-sentence); one fabricated attributed sentence
(direct or reported, by a person the article names) is added, and every third copy is
also hard-wrapped at 72 columns (line re-wrap: nothing else may change). Scored in
benchmarks/quote_audit_real.py.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.polnear import Article, Attribution
from reader.documents.model import Span

KINDS = ("keep", "trim", "reword", "drop", "swap")
WORD = re.compile(r"\w+(?:['’]\w+)*")
PRONOUNS = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "him",
        "her",
        "them",
        "his",
        "their",
        "its",
        "one",
    ]
)
REPLACEMENTS = ("entirely", "roughly", "plainly", "quietly", "several", "certain")
FABRICATED = (
    ("indirect", "{name} said that the campaign would open {n} field offices in rural counties."),
    ("direct", "“We will publish every page of the audit within {n} days,” {name} said."),
    ("indirect", "{name} told supporters that {n} volunteers had signed up overnight."),
    ("direct", "“Nobody in this state will pay more than {n} dollars for it,” {name} said."),
)
WRAP_WIDTH = 72


@dataclass(frozen=True, slots=True)
class Edit:
    old: Span  # replaced in the old text (empty for an insertion)
    text: str  # the new text


@dataclass(frozen=True, slots=True)
class Event:
    kind: str
    direct: bool
    old_words: tuple[Span, ...]  # the gold content in the old text (empty: fabrication)
    zone: Span | None  # the edited sentences in the old text
    new_words: Span | None = None  # fabricated words, in the new text
    cut: Span | None = None  # the old words a trim or reword removed or replaced


@dataclass(frozen=True, slots=True)
class EditedPair:
    name: str
    old: str
    new: str
    events: tuple[Event, ...]
    new_zones: tuple[Span, ...]  # edited places in the new text


def make_pair(article: Article, number: int) -> EditedPair:
    from reader.documents.segment import split_sentences

    rng = random.Random(zlib.crc32(article.name.encode()))
    text = article.text
    sentences = split_sentences(text)
    names = _source_names(article)
    edits: list[Edit] = []
    events: list[Event] = []
    taken: list[Span] = []
    kinds = list(KINDS)
    rng.shuffle(kinds)
    turn = 0
    for attribution in article.attributions:
        words = [w for s in attribution.content for w in WORD.finditer(text, s.start, s.end)]
        if len(words) < 3:
            continue
        zone = _zone(sentences, attribution.extent)
        if any(zone.overlaps(t) for t in taken) or _other_inside(article, attribution, zone):
            continue
        kind = kinds[turn % len(kinds)]
        edit = _edit_for(kind, article, attribution, zone, names, rng)
        if edit is None:
            kind, edit = "keep", None
        turn += 1
        taken.append(zone)
        cut = edit.old if edit is not None and kind in ("trim", "reword") else None
        events.append(
            Event(kind, article.is_direct(attribution), attribution.content, zone, cut=cut)
        )
        if edit is not None:
            edits.append(edit)
    fabricated = _fabrication(article, sentences, taken, names, rng)
    if fabricated is not None:
        edits.append(fabricated[0])
    new, mapped = _apply(text, edits)
    new_zones = [mapped[i] for i in range(len(edits))]
    if fabricated is not None:
        inserted = new_zones[-1]
        start = inserted.start + fabricated[1].start
        events.append(
            Event("fabricate", fabricated[2], (), None, Span(start, start + len(fabricated[1])))
        )
    if number % 3 == 2:
        new = _rewrap(new)
        events = [Event("rewrap", e.direct, e.old_words, e.zone) if e.kind == "keep" else e
                  for e in events]  # fmt: skip
    return EditedPair(article.name, text, new, tuple(events), tuple(new_zones))


def _zone(sentences: Sequence[Span], extent: Span) -> Span:
    hit = [s for s in sentences if s.overlaps(extent)] or [extent]
    return Span(hit[0].start, hit[-1].end)


def _other_inside(article: Article, attribution: Attribution, zone: Span) -> bool:
    """Another attribution in the same sentences would share the edit: skip those."""
    return any(a is not attribution and a.extent.overlaps(zone) for a in article.attributions)


def _source_names(article: Article) -> list[str]:
    names: list[str] = []
    for a in article.attributions:
        text = " ".join(article.text[s.start : s.end] for s in a.source)
        if _is_name(text) and text not in names:
            names.append(text)
    return names


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in words)
        and text.lower() not in PRONOUNS
        and len(text) > 3
    )


def _proper(text: str, name: str) -> bool:
    """A name of one word only if the article also writes it capitalised after a lower-case
    word or a comma: a proper noun, not a sentence opener such as "Some" or "Critics" (a swap
    to those names nobody the audit could know)."""
    name = name.strip()
    if len(name.split()) > 1:
        return True
    return re.search(r"[a-z,;] " + re.escape(name) + r"\b", text) is not None


def _edit_for(
    kind: str,
    article: Article,
    attribution: Attribution,
    zone: Span,
    names: list[str],
    rng: random.Random,
) -> Edit | None:
    text = article.text
    last = attribution.content[-1]
    words = list(WORD.finditer(text, last.start, last.end))
    if kind == "keep":
        return None
    if kind == "trim" and len(words) >= 6:
        keep = max(3, round(len(words) * 0.6))
        return Edit(Span(words[keep - 1].end(), words[-1].end()), "")
    if kind == "reword" and len(words) >= 6:
        inner = [w for w in words[1:-1] if len(w.group()) >= 4 and w.group().islower()]
        if len(inner) < 2:
            return None
        first, second = sorted(rng.sample(inner, 2), key=lambda w: w.start())
        a, b = rng.sample(REPLACEMENTS, 2)
        middle = text[first.end() : second.start()]
        return Edit(Span(first.start(), second.end()), a + middle + b)
    if kind == "drop":
        end = zone.end
        while end < len(text) and text[end] == " ":
            end += 1
        return Edit(Span(zone.start, end), "")
    if kind == "swap" and len(attribution.source) == 1:
        source = attribution.source[0]
        said = text[source.start : source.end]
        others = [
            n
            for n in names
            if n.split()[-1] != said.split()[-1] and n not in said and _proper(text, n)
        ]
        if _is_name(said) and _proper(text, said) and others:
            return Edit(source, rng.choice(others))
    return None


def _fabrication(
    article: Article,
    sentences: Sequence[Span],
    taken: list[Span],
    names: list[str],
    rng: random.Random,
) -> tuple[Edit, Span, bool] | None:
    """An invented attributed sentence after a sentence no event touches."""
    if not names:
        return None
    free = [s for s in sentences[2:] if not any(s.overlaps(t) for t in taken)]
    if not free:
        return None
    after = rng.choice(free)
    form, template = rng.choice(FABRICATED)
    sentence = template.format(name=rng.choice(names), n=rng.randint(12, 90))
    if form == "direct":
        words = Span(1, sentence.index("”"))
    else:
        head = sentence.index(" that ") + 6 if " that " in sentence else sentence.index(" ") + 1
        words = Span(head, len(sentence) - 1)
    return (
        Edit(Span(after.end, after.end), " " + sentence),
        Span(words.start + 1, words.end + 1),
        (form == "direct"),
    )


def _apply(text: str, edits: list[Edit]) -> tuple[str, dict[int, Span]]:
    """The edited text, and where each edit's new text is in it."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i].old.start, edits[i].old.end))
    pieces: list[str] = []
    mapped: dict[int, Span] = {}
    position = 0
    length = 0
    for i in order:
        edit = edits[i]
        pieces.append(text[position : edit.old.start])
        length += edit.old.start - position
        mapped[i] = Span(length, length + len(edit.text))
        pieces.append(edit.text)
        length += len(edit.text)
        position = edit.old.end
    pieces.append(text[position:])
    return "".join(pieces), mapped


def _rewrap(text: str) -> str:
    """Hard line breaks at WRAP_WIDTH columns inside paragraphs (spaces become newlines)."""
    chars = list(text)
    column = 0
    last_space = -1
    for i, char in enumerate(chars):
        if char == "\n":
            column, last_space = 0, -1
            continue
        if char == " ":
            last_space = i
        column += 1
        if column > WRAP_WIDTH and last_space >= 0:
            chars[last_space] = "\n"
            column = i - last_space
            last_space = -1
    return "".join(chars)
