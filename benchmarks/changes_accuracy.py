"""How well does the change ledger find what an editor would list?

    .venv/bin/python benchmarks/changes_accuracy.py              # the evaluation set
    .venv/bin/python benchmarks/changes_accuracy.py --details    # also list misses and extras
    .venv/bin/python benchmarks/changes_accuracy.py --split check2
    .venv/bin/python benchmarks/changes_accuracy.py --timing     # also CPU time on ~1k words

Reads the pairs and gold in benchmarks/data/changes/ (format and annotation guide in
its README), runs reader.changes.find_changes on each pair as the CLI does, and prints
precision and recall per kind for each split (dev: tuned on; check1 and check: held out
for one run each, then fixed; check2: written last and scored once before its fixes;
sample: the bundled harbour pair). A ledger entry matches a gold entry of the same kind when
their spans overlap on at least one side; each gold entry matches at most one entry.
Also checks that no style entry is above low severity.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reader.changes import Change, ChangeKind, Severity, find_changes  # noqa: E402
from reader.compare import compare_documents  # noqa: E402
from reader.documents import load_document  # noqa: E402
from reader.documents.model import Span  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "changes"
KINDS = [str(kind) for kind in ChangeKind]
TARGET_PRECISION, TARGET_RECALL = 0.90, 0.85


@dataclass(frozen=True)
class GoldChange:
    kind: str
    old: Span | None
    new: Span | None
    label: str


@dataclass
class Counts:
    found: Counter[str] = field(default_factory=Counter)  # ledger entries per kind
    gold: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    style_above_low: int = 0


class GoldError(Exception):
    """A gold file that does not fit its texts."""


def locate(text: str, snippet: str | None, nth: int | None, where: str) -> Span | None:
    if snippet is None:
        return None
    starts = []
    at = text.find(snippet)
    while at >= 0:
        starts.append(at)
        at = text.find(snippet, at + 1)
    if not starts:
        raise GoldError(f"{where}: {snippet!r} is not in the text")
    if nth is None and len(starts) > 1:
        raise GoldError(f"{where}: {snippet!r} occurs {len(starts)} times; give its _nth")
    index = (nth or 1) - 1
    if index >= len(starts):
        raise GoldError(f"{where}: {snippet!r} has no occurrence {nth}")
    return Span(starts[index], starts[index] + len(snippet))


def load_gold(path: Path, old_text: str, new_text: str) -> list[GoldChange]:
    data = json.loads(path.read_text(encoding="utf-8"))
    changes = []
    for number, item in enumerate(data["changes"], 1):
        where = f"{path.name} change {number}"
        if item["kind"] not in KINDS:
            raise GoldError(f"{where}: unknown kind {item['kind']!r}")
        old = locate(old_text, item.get("old"), item.get("old_nth"), where)
        new = locate(new_text, item.get("new"), item.get("new_nth"), where)
        if old is None and new is None:
            raise GoldError(f"{where}: neither side is given")
        label = f"{item.get('old')!r} -> {item.get('new')!r}"
        changes.append(GoldChange(item["kind"], old, new, label))
    return changes


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and (a.overlaps(b) or (a == b))


def score(found: list[Change], gold: list[GoldChange], counts: Counts, skip: set[str]) -> None:
    unmatched = list(gold)
    for change in found:
        kind = str(change.kind)
        if change.kind is ChangeKind.STYLE and change.severity is not Severity.LOW:
            counts.style_above_low += 1
        if kind in skip:
            continue
        counts.found[kind] += 1
        hit = next(
            (
                g
                for g in unmatched
                if g.kind == kind and (_overlap(g.old, change.old) or _overlap(g.new, change.new))
            ),
            None,
        )
        if hit is None:
            counts.extras.append(f"{kind}: {change.old_text!r} -> {change.new_text!r}")
        else:
            unmatched.remove(hit)
            counts.matched[kind] += 1
    for item in gold:
        if item.kind not in skip:
            counts.gold[item.kind] += 1
    counts.misses.extend(f"{g.kind}: {g.label}" for g in unmatched if g.kind not in skip)


def run_pair(gold_path: Path, counts: Counts) -> float:
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    old_doc = load_document((gold_path.parent / data["old"]).resolve())
    new_doc = load_document((gold_path.parent / data["new"]).resolve())
    gold = load_gold(gold_path, old_doc.text, new_doc.text)
    started = time.process_time()
    found = find_changes(compare_documents(old_doc, new_doc))
    elapsed = time.process_time() - started
    skip = set() if data.get("wording_annotated", True) else {"wording"}
    before_misses, before_extras = len(counts.misses), len(counts.extras)
    score(found, gold, counts, skip)
    tag = gold_path.name.removesuffix(".gold.json")
    counts.misses[before_misses:] = [f"{tag}: miss {m}" for m in counts.misses[before_misses:]]
    counts.extras[before_extras:] = [f"{tag}: extra {e}" for e in counts.extras[before_extras:]]
    return elapsed


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def table(title: str, counts: Counts) -> list[str]:
    lines = [
        f"### {title}",
        "",
        "| kind | gold | found | matched | precision | recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind in KINDS:
        gold, found, matched = counts.gold[kind], counts.found[kind], counts.matched[kind]
        if gold or found:
            row = f"| {kind} | {gold} | {found} | {matched} | "
            lines.append(row + f"{_ratio(matched, found)} | {_ratio(matched, gold)} |")
    typed = [k for k in KINDS if k not in ("wording", "style")]
    total_g = sum(counts.gold[k] for k in typed)
    total_f = sum(counts.found[k] for k in typed)
    total_m = sum(counts.matched[k] for k in typed)
    lines.append(
        f"| **typed kinds** | {total_g} | {total_f} | {total_m} | "
        f"{_ratio(total_m, total_f)} | {_ratio(total_m, total_g)} |"
    )
    lines.append("")
    lines.append(f"Style entries above low severity: {counts.style_above_low}.")
    return lines


def timing(data: Path, words: int = 1000) -> str:
    """The ledger alone (after the comparison, model loaded) on pairs joined to ~`words` words."""
    from reader.documents import document_from_text

    old_parts: list[str] = []
    new_parts: list[str] = []
    for path in sorted(data.glob("*.gold.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        old_parts.append((path.parent / item["old"]).resolve().read_text(encoding="utf-8"))
        new_parts.append((path.parent / item["new"]).resolve().read_text(encoding="utf-8"))
        if len(" ".join(old_parts).split()) >= words:
            break
    old = document_from_text("\n\n".join(old_parts))
    new = document_from_text("\n\n".join(new_parts))
    comparison = compare_documents(old, new)
    find_changes(comparison)  # warm up
    runs, word_lists = [], []
    for _ in range(3):
        started = time.process_time()
        found = find_changes(comparison)
        runs.append(time.process_time() - started)
        started = time.process_time()
        find_changes(comparison, use_model=False)
        word_lists.append(time.process_time() - started)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"Ledger on a {len(old.text.split())}-word pair, every sentence changed "
        f"({len(found)} changes): best of 3 {min(runs):.2f} s CPU with the spaCy parse of the "
        f"changed sentences, {min(word_lists):.2f} s without it (load average {load:.1f})."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--split", choices=["dev", "check1", "check", "check2", "sample"], action="append"
    )
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--timing", action="store_true", help="also time a ~1k-word pair")
    args = parser.parse_args(argv)
    by_split: dict[str, list[Path]] = {}
    for path in sorted(args.data.glob("*.gold.json")):
        split = json.loads(path.read_text(encoding="utf-8"))["split"]
        by_split.setdefault(split, []).append(path)
    from reader.quotes.pipeline import get_pipeline

    if get_pipeline() is None:
        print("note: no spaCy model installed; names and sources come from word lists")
    out: list[str] = []
    for split in args.split or ["dev", "check1", "check", "check2", "sample"]:
        counts = Counts()
        seconds = [run_pair(path, counts) for path in by_split.get(split, [])]
        title = f"{split}: {len(seconds)} pair(s), {sum(counts.gold.values())} gold changes"
        out += table(title, counts)
        out.append(f"Ledger CPU time per pair: max {max(seconds, default=0):.2f} s.\n")
        if args.details:
            out += [f"- {line}" for line in counts.misses + counts.extras] + [""]
    if args.timing:
        out.append(timing(args.data))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
