"""Document pairs with known sentence alignment, built from the MSR Paraphrase corpus.

Each pair of MSRP sentences judged paraphrases by people is one "unit": its
first sentence goes into the old document, and the new document gets the same
sentence, its paraphrase, nothing (deleted), the paraphrase somewhere else
(moved), the sentence or its paraphrase split in two at a comma, or two or three units' paraphrases
merged into one sentence; paraphrases of unused pairs are inserted. Sentences
are grouped into paragraphs; the reflow set hard-wraps the new text and copies
only part of the old one. The gold links follow from the construction.

Nothing of the corpus is stored in the repository: it is read at run time from
`MSRP_DIR` (a folder with `msr_paraphrase_*.txt`, or the bare git mirror of
galsang/ABCNN).
"""

from __future__ import annotations

import random
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_WORD = re.compile(r"[a-z0-9]+")
_SHORT = frozenset(
    "a an the of to in on at by for and or but is are was were be it its that".split()  # noqa: SIM905
)
_WRAP = 72


@dataclass(frozen=True)
class Unit:
    old: str
    new: str


@dataclass
class Pair:
    """One old/new document pair and its gold alignment, by constructed sentence id."""

    old_text: str = ""
    new_text: str = ""
    old_spans: list[tuple[int, int]] = field(default_factory=list)
    new_spans: list[tuple[int, int]] = field(default_factory=list)
    links: set[tuple[int, int]] = field(default_factory=set)
    moved: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    inserted: set[int] = field(default_factory=set)
    merges: list[tuple[tuple[int, ...], int]] = field(default_factory=list)
    splits: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)


def read_units(source: Path, split: str) -> list[Unit]:
    """Paraphrase pairs of one MSRP split ("train" or "test"), one sentence each side."""
    name = f"msr_paraphrase_{split}.txt"
    if (source / "HEAD").is_file() and (source / "objects").is_dir():
        text = subprocess.run(
            ["git", f"--git-dir={source}", "show", f"HEAD:MSRP_Corpus/{name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    else:
        path = source / name if (source / name).is_file() else source / "MSRP_Corpus" / name
        text = path.read_text(encoding="utf-8-sig")
    units = []
    for line in text.splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) == 5 and fields[0].strip() == "1":
            units.append(Unit(_sentence(fields[3]), _sentence(fields[4])))
    return units


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1:] in ".!?\"'" else text + "."


def overlap(unit: Unit) -> float:
    """Dice on lower-cased words without the shortest function words (not the engine's)."""
    a, b = (set(_WORD.findall(s.lower())) - _SHORT for s in (unit.old, unit.new))
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


@dataclass
class _Draft:
    """Both sides before layout: old sentences, and new ones as (text, old ids, moved)."""

    old: list[str] = field(default_factory=list)
    new: list[tuple[str, tuple[int, ...], bool]] = field(default_factory=list)


_OPS = (
    ("equal", 0.25),
    ("paraphrase", 0.33),
    ("delete", 0.08),
    ("move", 0.08),
    ("split", 0.08),
    ("merge2", 0.10),
    ("merge3", 0.08),
)


def build_pair(units: list[Unit], rng: random.Random, count: int, moves: bool = True) -> Pair:
    """A document pair from `count` units, each edited as `_OPS` says, plus insertions."""
    chosen = rng.sample(units, count + count // 8)
    spare, chosen = chosen[count:], chosen[:count]
    draft = _Draft()
    moving: list[tuple[str, tuple[int, ...]]] = []
    k = 0
    while k < len(chosen):
        op = rng.choices([o for o, _ in _OPS], [w for _, w in _OPS])[0]
        if op == "move" and not moves:
            op = "paraphrase"
        width = {"merge2": 2, "merge3": 3}.get(op, 1)
        group = chosen[k : k + width]
        olds = tuple(range(len(draft.old), len(draft.old) + len(group)))
        draft.old.extend(u.old for u in group)
        k += len(group)
        if op == "equal":
            draft.new.append((group[0].old, olds, False))
        elif op == "paraphrase" or (op.startswith("merge") and len(group) == 1):
            draft.new.append((group[0].new, olds, False))
        elif op == "move":
            moving.append((rng.choice((group[0].old, group[0].new)), olds))
        elif op == "split":  # an editor's split, of the sentence or of its paraphrase
            _split_into(draft, rng.choice((group[0].old, group[0].new)), olds)
        elif op.startswith("merge"):
            merged = "; ".join(u.new.rstrip(".") for u in group[:-1]) + "; " + group[-1].new
            draft.new.append((merged, olds, False))
        if spare and rng.random() < 0.12:
            draft.new.append((spare.pop().new, (), False))
    for text, olds in moving:
        _place_far(draft, text, olds, rng)
    return _lay_out(draft, rng, reflow=False)


def _split_into(draft: _Draft, text: str, olds: tuple[int, ...]) -> None:
    """Two sentences cut at a comma near the middle (the paraphrase if there is none)."""
    commas = [m.start() for m in re.finditer(r", ", text)]
    middle = [c for c in commas if 0.3 * len(text) < c < 0.7 * len(text)]
    if not middle:
        draft.new.append((text, olds, False))
        return
    cut = middle[0]
    second = text[cut + 2 :]
    draft.new.append((text[:cut] + ".", olds, False))
    draft.new.append((second[0].upper() + second[1:], olds, False))


def _place_far(draft: _Draft, text: str, olds: tuple[int, ...], rng: random.Random) -> None:
    """Put a moved sentence at least four slots away from where it would have stood."""
    home = next((s for s, (_, o, _) in enumerate(draft.new) if o and o[0] > olds[0]), None)
    home = len(draft.new) if home is None else home
    places = [
        s for s in range(len(draft.new) + 1) if abs(s - home) >= 4 and not _inside_split(draft, s)
    ]
    if not places:
        draft.new.insert(home, (text, olds, False))
        return
    draft.new.insert(rng.choice(places), (text, olds, True))


def _inside_split(draft: _Draft, slot: int) -> bool:
    """Whether a sentence put at `slot` would stand between the halves of a split."""
    return 0 < slot < len(draft.new) and draft.new[slot - 1][1] == draft.new[slot][1]


def build_reflow_pair(units: list[Unit], rng: random.Random, count: int, blank: bool) -> Pair:
    """An old web extraction (one paragraph per line) and a partial, hard-wrapped copy."""
    chosen = rng.sample(units, count)
    draft = _Draft(old=[u.old for u in chosen])
    first = rng.randrange(0, count // 4)
    last = count - rng.randrange(0, count // 4)
    for i in range(first, last):
        if rng.random() < 0.06:
            continue  # dropped
        draft.new.append((chosen[i].old if rng.random() < 0.8 else chosen[i].new, (i,), False))
    return _lay_out(draft, rng, reflow=True, blank=blank)


def _lay_out(draft: _Draft, rng: random.Random, reflow: bool, blank: bool = True) -> Pair:
    pair = Pair()
    old_breaks = _paragraph_breaks(len(draft.old), rng)
    pair.old_text, pair.old_spans = _render(draft.old, old_breaks, "\n" if reflow else "\n\n")
    new_breaks = _paragraph_breaks(len(draft.new), rng)
    texts = [text for text, _, _ in draft.new]
    pair.new_text, pair.new_spans = _render(texts, new_breaks, "\n\n" if blank else "\n")
    if reflow:
        pair.new_text = _hard_wrap(pair.new_text)
    _gold(pair, draft)
    return pair


def _paragraph_breaks(count: int, rng: random.Random) -> set[int]:
    breaks, at = set(), 0
    while at < count:
        at += rng.randint(2, 5)
        breaks.add(at)
    return breaks


def _render(
    sentences: list[str], breaks: set[int], separator: str
) -> tuple[str, list[tuple[int, int]]]:
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for index, sentence in enumerate(sentences):
        if index:
            gap = separator if index in breaks else " "
            pieces.append(gap)
            at += len(gap)
        spans.append((at, at + len(sentence)))
        pieces.append(sentence)
        at += len(sentence)
    return "".join(pieces), spans


def _hard_wrap(text: str) -> str:
    """Spaces become line breaks at the wrap width: offsets do not change."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for index, char in enumerate(chars):
        if char == "\n":
            line_start, last_space = index + 1, -1
        elif char == " ":
            if index - line_start > _WRAP and last_space > line_start:
                chars[last_space] = "\n"
                line_start = last_space + 1
            last_space = index
    return "".join(chars)


def _gold(pair: Pair, draft: _Draft) -> None:
    covered: set[int] = set()
    by_old: dict[tuple[int, ...], list[int]] = {}
    for j, (_, olds, moved) in enumerate(draft.new):
        if not olds:
            pair.inserted.add(j)
            continue
        covered.update(olds)
        by_old.setdefault(olds, []).append(j)
        pair.links.update((i, j) for i in olds)
        if moved:
            pair.moved.update(olds)
    for olds, news in by_old.items():
        if len(olds) > 1:
            pair.merges.append((olds, news[0]))
        elif len(news) > 1:
            pair.splits.append((olds[0], tuple(news)))
    pair.deleted = set(range(len(draft.old))) - covered
