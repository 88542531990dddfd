"""Benchmark the comparison engine on long, realistic article pairs.

    .venv/bin/python benchmarks/bench_compare.py [--sizes 1000,10000,100000,300000] [--repeat 3]

For each size a seeded generator writes an "old" article of about that many
words and an edited "new" one (words replaced, sentences deleted, inserted and
moved, a paragraph moved, a paragraph rewritten, lines reflowed). Each size
runs in its own process so the peak memory is that size's alone. The table
compares with `git diff --no-index --word-diff` on the same files; it prints
as Markdown. The engine and the CLI are timed `--repeat` times and the fastest
run counts, so other processes' load inflates the figures less.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

DEFAULT_SIZES = (1000, 10000, 100000, 300000)

_PEOPLE = (
    "Prime Minister Ana Ortega",
    "the finance minister, Tomas Berg",
    "Mayor Lena Kowalski",
    "Dr. Priya Natarajan",
    "Sir Malcolm Reid",
    "Gen. Omar Haddad",
    "the union leader Jo Banks",
    "Mr. Felix Adeyemi",
    "Senator Ruth Calloway",
    "the U.S. envoy, Mark Ellison",
    "the chief executive, Hana Mori",
    "police commissioner Dev Anand",
    "Prof. Ingrid Holm",
)
_GROUPS = (
    "the coalition",
    "opposition parties",
    "the central bank",
    "regional governors",
    "aid agencies",
    "local residents",
    "the health service",
    "port workers",
    "investors",
    "the city council",
    "farmers' groups",
    "the electoral commission",
    "teachers' unions",
)
_VERBS = (
    "said",
    "warned",
    "argued",
    "insisted",
    "confirmed",
    "denied",
    "suggested",
    "acknowledged",
    "announced",
    "told reporters",
    "claimed",
    "stressed",
    "conceded",
    "predicted",
)
_TOPICS = (
    "the new budget",
    "the harbour expansion",
    "rising energy prices",
    "the ceasefire talks",
    "the flood defences",
    "the hospital waiting lists",
    "the rail strike",
    "the tax reform",
    "the trade agreement",
    "the housing shortage",
    "the election timetable",
    "the water supply",
    "the school closures",
    "the fishing quotas",
    "the airport runway",
    "the pension changes",
)
_OUTCOMES = (
    "would cost far more than planned",
    "was finalising its plans",
    "could be delayed until spring",
    "had been agreed in principle",
    "was not the government's priority",
    "would need a referendum",
    "was already running behind schedule",
    "might collapse within weeks",
    "would be reviewed by an independent panel",
    "had support from most of the public",
    "was unlikely to pass before the summer",
    "would create about {n} jobs",
)
_PLACES = (
    "in the capital",
    "along the northern coast",
    "in the border towns",
    "across the region",
    "at the summit in Geneva",
    "in parliament on Tuesday",
    "at a press conference",
    "during a visit to the docks",
    "in an interview on Friday",
    "outside the ministry",
)
_QUOTES = (
    "We will not accept a deal at any price",
    "This is the first concrete step",
    "Nobody should be surprised by these figures",
    "The numbers simply do not add up",
    "We have been working intensively on this for months",
    "It is not for them to decide",
    "Our patience is not unlimited",
    "There is light at the end of the tunnel",
)
_TEMPLATES = (
    "{Person} {verb} that {topic} {outcome}.",
    "{Group} {verb} {place} that {topic} {outcome}.",
    "Speaking {place}, {person} {verb}: '{quote}.'",
    "According to figures published on {day}, {topic} {outcome}, with costs of {n}.{d} million.",
    "{Person}, who met {group} {place}, {verb} that {topic} {outcome}.",
    "Critics of {topic} {verb} it {outcome}, and {group} agreed.",
    "'{quote},' {person} {verb} {place}.",
    "Is {topic} worth it? {Group} {verb} that it {outcome}.",
    "The row over {topic} began in Jan. {day_n} when {group} {verb} that it {outcome}.",
    "{Person} and {person2} {verb} that {topic} {outcome} {place}.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_REPLACEMENTS = {
    "said": "stated",
    "warned": "cautioned",
    "finalising": "finalizing",
    "would": "could",
    "far": "much",
    "plans": "proposals",
    "agreed": "settled",
    "public": "electorate",
    "months": "weeks",
    "first": "initial",
    "new": "fresh",
    "region": "area",
}
_SUBSTITUTES = (*_REPLACEMENTS.values(), "reportedly", "also", "meanwhile", "officials")


def _sentence(rng: random.Random) -> str:
    person, person2 = rng.sample(_PEOPLE, 2)
    text = rng.choice(_TEMPLATES).format(
        person=person,
        person2=person2,
        Person=_capital(person),
        group=rng.choice(_GROUPS),
        Group=_capital(rng.choice(_GROUPS)),
        verb=rng.choice(_VERBS),
        topic=rng.choice(_TOPICS),
        outcome=rng.choice(_OUTCOMES),
        place=rng.choice(_PLACES),
        quote=rng.choice(_QUOTES),
        day=rng.choice(_DAYS),
        day_n=rng.randint(2, 28),
        n=rng.randint(12, 990),
        d=rng.randint(0, 9),
    )
    return text.replace("{n}", str(rng.randint(100, 9000)))


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def make_article(words: int, seed: int) -> list[list[str]]:
    """Paragraphs of sentences, about `words` words in all."""
    rng = random.Random(seed)
    paragraphs: list[list[str]] = []
    total = 0
    while total < words:
        paragraph = [_sentence(rng) for _ in range(rng.randint(1, 5))]
        total += sum(len(s.split()) for s in paragraph)
        paragraphs.append(paragraph)
    return paragraphs


def edit_article(paragraphs: list[list[str]], seed: int) -> list[list[str]]:
    """A plausible next version: the kinds of edits a news desk makes."""
    rng = random.Random(seed)
    edited = [list(p) for p in paragraphs]
    for paragraph in edited:
        for index, sentence in enumerate(paragraph):
            paragraph[index] = _reword(sentence, rng, rate=0.03)
    for _ in range(max(1, len(edited) // 25)):  # deletions
        paragraph = rng.choice(edited)
        if len(paragraph) > 1:
            paragraph.pop(rng.randrange(len(paragraph)))
    for _ in range(max(1, len(edited) // 25)):  # insertions
        paragraph = rng.choice(edited)
        paragraph.insert(rng.randrange(len(paragraph) + 1), _sentence(rng))
    for _ in range(max(1, len(edited) // 40)):  # single sentences moved elsewhere
        source, target = rng.choice(edited), rng.choice(edited)
        if len(source) > 1:
            target.insert(rng.randrange(len(target) + 1), source.pop(rng.randrange(len(source))))
    if len(edited) > 4:  # a paragraph moved, a paragraph rewritten
        moved = edited.pop(rng.randrange(len(edited)))
        edited.insert(rng.randrange(len(edited)), moved)
        index = rng.randrange(len(edited))
        edited[index] = [_reword(s, rng, rate=0.3) for s in edited[index]]
    return edited


def _reword(sentence: str, rng: random.Random, rate: float) -> str:
    words = sentence.split(" ")
    for index, word in enumerate(words):
        if word in _REPLACEMENTS and rng.random() < rate * 8:
            words[index] = _REPLACEMENTS[word]
        elif rng.random() < rate / 3:
            words[index] = word.upper() if rng.random() < 0.2 else rng.choice(_SUBSTITUTES)
    return " ".join(words)


def render(paragraphs: list[list[str]], reflow: bool) -> str:
    blocks = [" ".join(p) for p in paragraphs]
    if reflow:
        blocks = [textwrap.fill(b, width=72) for b in blocks]
    return "\n\n".join(blocks) + "\n"


def write_pair(words: int, folder: Path) -> tuple[Path, Path]:
    article = make_article(words, seed=words)
    old_path, new_path = folder / f"old_{words}.txt", folder / f"new_{words}.txt"
    old_path.write_text(render(article, reflow=False), encoding="utf-8")
    new_path.write_text(
        render(edit_article(article, seed=words + 1), reflow=True), encoding="utf-8"
    )
    return old_path, new_path


def run_engine(old_path: Path, new_path: Path, repeat: int = 1) -> dict[str, float]:
    """Runs in the child process: load, compare, report time and peak memory.

    With `repeat` > 1 the pair is compared that many times and the fastest run
    counts (wall and CPU each), which keeps other processes' load out of the figure.
    """
    from reader.compare import compare_documents, paragraph_spans
    from reader.documents.model import Document

    warm_up = Document(text="A warm-up. Of imports and patterns.", paragraphs=())
    compare_documents(warm_up, warm_up)  # a long-lived app pays these once
    old_text = old_path.read_text(encoding="utf-8")
    new_text = new_path.read_text(encoding="utf-8")
    elapsed = cpu = float("inf")
    result = None
    for _ in range(repeat):
        result = None  # one comparison in memory at a time: the peak is one run's
        started = time.perf_counter()
        cpu_started = time.process_time()
        old = Document(text=old_text, paragraphs=paragraph_spans(old_text))
        new = Document(text=new_text, paragraphs=paragraph_spans(new_text))
        result = compare_documents(old, new)
        elapsed = min(elapsed, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
        del old, new
    assert result is not None
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": elapsed,
        "cpu": cpu,
        "word_diff": result.word_diff,
        "peak_mb": peak_kib / 1024,
        "words": result.stats.words_old,
        "blocks": len(result.blocks),
        "edits": len(result.edits),
        "moved": sum(1 for b in result.blocks if b.kind.value == "moved"),
        "similarity": result.stats.similarity,
        "degraded": result.stats.degraded,
    }


def time_cli(old_path: Path, new_path: Path, repeat: int = 1) -> tuple[float, float]:
    """Wall and CPU seconds of the whole `reader-cli compare --no-quotes --no-changes
    --format json`: the comparison's own path (the change ledger runs spaCy; it is
    measured on its own, not here). The fastest of `repeat` runs."""
    command = [
        *(sys.executable, "-m", "reader.cli", "compare"),
        *("--no-quotes", "--no-changes", "--format", "json"),
    ]
    wall = cpu = float("inf")
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        arguments = [*command, str(old_path), str(new_path)]
        subprocess.run(arguments, stdout=subprocess.DEVNULL, check=True)
        wall = min(wall, time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        cpu = min(cpu, used)
    return wall, cpu


def time_git(old_path: Path, new_path: Path) -> float | None:
    git = shutil.which("git")
    if git is None:
        return None
    command = [git, "diff", "--no-index", "--word-diff", "--no-color", str(old_path), str(new_path)]
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per measurement; the fastest counts"
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = run_engine(Path(args.child[0]), Path(args.child[1]), args.repeat)
        print(json.dumps(result))
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"load average at start: {os.getloadavg()[0]:.1f} (1 min); fastest of {args.repeat}")
    print(
        "| words (old) | engine (CPU) | reader-cli json (CPU) | peak memory | blocks | moved "
        "| similarity | git --word-diff | engine / git |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="bench_compare_") as folder:
        word_diff = "none"
        for size in sizes:
            old_path, new_path = write_pair(size, Path(folder))
            repeat = ("--repeat", str(args.repeat))
            child = subprocess.run(
                [sys.executable, __file__, *repeat, "--child", str(old_path), str(new_path)],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(child.stdout)
            git = time_git(old_path, new_path)
            cli_wall, cli_cpu = time_cli(old_path, new_path, args.repeat)
            ratio = f"{result['seconds'] / git:.1f}×" if git else "n/a"
            git_text = f"{git * 1000:.0f} ms" if git is not None else "n/a"
            flag = " (degraded)" if result["degraded"] else ""
            print(
                f"| {result['words']:,} | {result['seconds'] * 1000:,.0f} ms "
                f"({result['cpu'] * 1000:,.0f}){flag} | {cli_wall * 1000:,.0f} ms "
                f"({cli_cpu * 1000:,.0f}) | {result['peak_mb']:.0f} MB | {result['blocks']:,} "
                f"| {result['moved']} | {result['similarity']:.3f} | {git_text} | {ratio} |",
                flush=True,
            )
            word_diff = result["word_diff"]
    print(f"\nword diff: {word_diff}; load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
