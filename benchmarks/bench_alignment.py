"""Sentence-alignment quality on document pairs built from the MSR Paraphrase corpus.

    MSRP_DIR=/path/to/ABCNN/repo .venv/bin/python benchmarks/bench_alignment.py [--split test]

Sets (see `alignment_corpus`): *standard* (paraphrase pairs at random), *hard*
(the third of pairs with the least word overlap), *reflow* (a partial,
hard-wrapped copy with blank lines between paragraphs) and *wrapped* (the same
without blank lines). Each is scored for Reader's engine and for a plain
difflib sentence aligner, in the same run with a fixed seed: link F1 over
(old sentence, new sentence) links, moved precision / recall over old
sentences, deleted and inserted F1, and the recall of merges (2:1, 3:1) and
splits (1:2), a merge or split counting when all its links are found.
Tune on `--split train`; report `--split test`.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment_corpus import Pair, Unit, build_pair, build_reflow_pair, overlap, read_units

from reader.compare import BlockKind, compare_documents
from reader.documents import Document, paragraph_spans
from reader.documents.segment import split_sentences

_SEED = 13
_DOCS = 40
_UNITS = 30
Link = tuple[int, int]


@dataclass
class Found:
    """An aligner's output in constructed sentence ids."""

    links: set[Link] = field(default_factory=set)
    moved: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    inserted: set[int] = field(default_factory=set)


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=dict)  # name -> [hit, found, gold]
    seconds: float = 0.0

    def add(self, name: str, found: set[int] | set[Link], gold: set[int] | set[Link]) -> None:
        row = self.counts.setdefault(name, [0, 0, 0])
        row[0] += len(found & gold)
        row[1] += len(found)
        row[2] += len(gold)

    def recall(self, name: str, hits: int, total: int) -> None:
        row = self.counts.setdefault(name, [0, 0, 0])
        row[0] += hits
        row[2] += total

    def precision(self, name: str) -> str:
        hit, found, _ = self.counts.get(name, [0, 0, 0])
        return f"{hit / found:.3f}" if found else "–"

    def recall_of(self, name: str) -> str:
        hit, _, gold = self.counts.get(name, [0, 0, 0])
        return f"{hit / gold:.3f}" if gold else "–"

    def f1(self, name: str) -> str:
        hit, found, gold = self.counts.get(name, [0, 0, 0])
        return f"{2 * hit / (found + gold):.3f}" if found + gold else "–"


def _owner(spans: list[tuple[int, int]]) -> Callable[[int, int], int]:
    """Which constructed sentence an engine sentence span belongs to (by its middle)."""
    starts = [s for s, _ in spans]

    def find(start: int, end: int) -> int:
        from bisect import bisect_right

        return max(bisect_right(starts, (start + end) // 2) - 1, 0)

    return find


def engine_found(pair: Pair) -> Found:
    old = Document(pair.old_text, paragraph_spans(pair.old_text))
    new = Document(pair.new_text, paragraph_spans(pair.new_text))
    result = compare_documents(old, new)
    old_of, new_of = _owner(pair.old_spans), _owner(pair.new_spans)
    olds = [old_of(s.start, s.end) for s in result.old_sentences]
    news = [new_of(s.start, s.end) for s in result.new_sentences]
    found = Found()
    for block in result.blocks:
        o = _unique(olds[i] for i in range(*block.old_sentences))
        n = _unique(news[j] for j in range(*block.new_sentences))
        if block.kind is BlockKind.DELETED:
            found.deleted.update(o)
        elif block.kind is BlockKind.INSERTED:
            found.inserted.update(n)
        else:
            found.links.update(_links(o, n, block.kind is not BlockKind.CHANGED))
            if block.kind is BlockKind.MOVED:
                found.moved.update(o)
    return found


def difflib_found(pair: Pair) -> Found:
    """difflib.SequenceMatcher over sentences; replaced runs pair up one to one when the
    sentences' words are at least 40 % alike."""
    old_spans = split_sentences(pair.old_text)
    new_spans = split_sentences(pair.new_text)
    old_keys = [" ".join(pair.old_text[s.start : s.end].split()) for s in old_spans]
    new_keys = [" ".join(pair.new_text[s.start : s.end].split()) for s in new_spans]
    old_of, new_of = _owner(pair.old_spans), _owner(pair.new_spans)
    olds = [old_of(s.start, s.end) for s in old_spans]
    news = [new_of(s.start, s.end) for s in new_spans]
    found = Found()
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i0, i1, j0, j1 in matcher.get_opcodes():
        pairs = list(zip(range(i0, i1), range(j0, j1), strict=False))
        if tag == "replace":
            pairs = [(i, j) for i, j in pairs if _alike(old_keys[i], new_keys[j])]
        elif tag != "equal":
            pairs = []
        found.links.update((olds[i], news[j]) for i, j in pairs)
        found.deleted.update(olds[i] for i in range(i0, i1) if i not in {p[0] for p in pairs})
        found.inserted.update(news[j] for j in range(j0, j1) if j not in {p[1] for p in pairs})
    return found


def _alike(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio() >= 0.4


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(ids))


def _links(old: list[int], new: list[int], positional: bool) -> set[Link]:
    if positional and len(old) == len(new):
        return set(zip(old, new, strict=True))
    return {(i, j) for i in old for j in new}


def score(tally: Tally, pair: Pair, found: Found) -> None:
    tally.add("link", found.links, pair.links)
    tally.add("moved", found.moved, pair.moved)
    tally.add("deleted", found.deleted, pair.deleted)
    tally.add("inserted", found.inserted, pair.inserted)
    # A deleted sentence also linked elsewhere is not counted as deleted by the links.
    for olds, new in pair.merges:
        name = f"merge{len(olds)}"
        tally.recall(name, all((i, new) in found.links for i in olds), 1)
    for old, news in pair.splits:
        tally.recall("split", all((old, j) in found.links for j in news), 1)
    tally.recall("false moves", len(found.moved - pair.moved), 0)


def build_sets(units: list[Unit], rng: random.Random) -> dict[str, list[Pair]]:
    ranked = sorted(units, key=overlap)
    hard = ranked[: len(ranked) // 3]
    return {
        "standard": [build_pair(units, rng, _UNITS) for _ in range(_DOCS)],
        "hard (low-overlap paraphrase)": [build_pair(hard, rng, _UNITS) for _ in range(_DOCS)],
        "reflow + partial copy": [
            build_reflow_pair(units, rng, _UNITS, blank=True) for _ in range(_DOCS // 2)
        ],
        "hard-wrapped, no blank lines": [
            build_reflow_pair(units, rng, _UNITS, blank=False) for _ in range(_DOCS // 2)
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=("train", "test"))
    args = parser.parse_args()
    source = os.environ.get("MSRP_DIR")
    if not source or not Path(source).exists():
        print("bench_alignment: set MSRP_DIR to the MSR Paraphrase corpus (or its git mirror)")
        return
    units = read_units(Path(source), args.split)
    sets = build_sets(units, random.Random(_SEED))
    print(f"MSRP {args.split}: {len(units)} paraphrase pairs, seed {_SEED}\n")
    print(
        "| set | aligner | link F1 | moved P / R | false moves | deleted F1 | inserted F1 "
        "| merge 2:1 R | merge 3:1 R | split 1:2 R | time |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, pairs in sets.items():
        for aligner, run in (("Reader", engine_found), ("difflib", difflib_found)):
            tally = Tally()
            for pair in pairs:
                started = time.process_time()
                found = run(pair)
                tally.seconds += time.process_time() - started
                score(tally, pair, found)
            _print_row(name, aligner, tally)


def _print_row(name: str, aligner: str, t: Tally) -> None:
    moved = f"{t.precision('moved')} / {t.recall_of('moved')}"
    false_moves = t.counts["false moves"][0] if aligner == "Reader" else "–"
    print(
        f"| {name} | {aligner} | {t.f1('link')} | {moved} | {false_moves} | {t.f1('deleted')} "
        f"| {t.f1('inserted')} | {t.recall_of('merge2')} | {t.recall_of('merge3')} "
        f"| {t.recall_of('split')} | {t.seconds:.2f} s |",
        flush=True,
    )


if __name__ == "__main__":
    main()
