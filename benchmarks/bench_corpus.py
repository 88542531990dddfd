"""Benchmark corpus audits: pairs per minute, sequential vs 1 and 2 Dask workers.

    .venv/bin/python benchmarks/bench_corpus.py [--pairs 200] [--words 1000]
    .venv/bin/python benchmarks/bench_corpus.py --make-pairs DIR [--pairs 20]

Writes `--pairs` generated article pairs of about `--words` words each (the generator of
bench_compare.py, a different seed per pair), then times, each as its own command:
`reader-cli compare --pairs --format jsonl` (one process, the sequential baseline) and
`reader-cli audit-corpus --workers 1` and `--workers 2` (a local Dask cluster, from start-up
to the last row written), and resuming the finished 2-worker run. Wall times include
starting Python and loading spaCy in every process. CPU time per pair (user + system) is far
less sensitive to other jobs on the machine than wall time: it is given for the whole
command, for its worker processes and for the command's own process (client, scheduler and
nannies). Peak memory per worker is sampled every 0.2 s from the process tree. Every JSONL
output is checked byte for byte against the sequential one. Prints a Markdown table with the
machine's 1-minute load average before and after each mode.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_compare import edit_article, make_article, render

CLI = [sys.executable, "-m", "reader.cli"]


def make_pairs(folder: Path, count: int, words: int) -> Path:
    """`count` old/new article pairs and the pairs file listing them."""
    for side in ("old", "new"):
        (folder / side).mkdir(parents=True, exist_ok=True)
    lines = []
    for number in range(count):
        article = make_article(words, seed=10_000 + number)
        name = f"{number:04d}.txt"
        (folder / "old" / name).write_text(render(article, reflow=False), encoding="utf-8")
        edited = render(edit_article(article, seed=20_000 + number), reflow=number % 2 == 0)
        (folder / "new" / name).write_text(edited, encoding="utf-8")
        lines.append(f"old/{name}\tnew/{name}")
    pairs = folder / "pairs.tsv"
    pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pairs


@dataclass
class Measure:
    seconds: float
    main_mb: float  # the command's own process, peak sampled RSS
    worker_mb: list[float]  # each Dask worker process, peak sampled RSS
    load: tuple[float, float]  # 1-minute load average before and after
    cpu: float  # CPU seconds of the command and every process it waited for (its workers)
    main_cpu: float  # CPU seconds of the command's own process (last sample, < 0.2 s short)


class _Sampler(threading.Thread):
    """Peak RSS of every process under `pid`, sampled until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peaks: dict[int, float] = {}
        self.workers: set[int] = set()
        self.main_cpu = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.2):
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            try:
                times = self.root.cpu_times()
                self.main_cpu = times.user + times.system
            except psutil.Error:
                return
            for process in processes:
                try:
                    rss = process.memory_info().rss / 2**20
                    if process.pid != self.root.pid and "spawn_main" in " ".join(process.cmdline()):
                        self.workers.add(process.pid)
                except psutil.Error:
                    continue
                self.peaks[process.pid] = max(rss, self.peaks.get(process.pid, 0.0))


def timed(command: list[str]) -> Measure:
    before = os.getloadavg()[0]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = _Sampler(child.pid)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}):\n{error}")
    workers = [sampler.peaks[pid] for pid in sorted(sampler.workers)]
    cpu = usage.ru_utime + usage.ru_stime
    load = (before, os.getloadavg()[0])
    main_mb = sampler.peaks.get(child.pid, usage.ru_maxrss / 1024)  # ru_maxrss: all processes
    return Measure(seconds, main_mb, workers, load, cpu, sampler.main_cpu)


def _row(label: str, pairs: int, measure: Measure, base: float) -> str:
    rate = pairs / measure.seconds * 60
    memory = ", ".join(f"{mb:.0f}" for mb in measure.worker_mb) or f"{measure.main_mb:.0f}"
    load = f"{measure.load[0]:.1f} → {measure.load[1]:.1f}"
    if measure.worker_mb:  # the command's own process, then its workers
        split = f"{measure.main_cpu / pairs:.3f} + {(measure.cpu - measure.main_cpu) / pairs:.3f}"
    else:
        split = "(one process)"
    return (
        f"| {label} | {measure.seconds:.1f} | {rate:.1f} | {base / measure.seconds:.2f}× "
        f"| {measure.cpu / pairs:.3f} | {split} | {memory} | {measure.main_mb:.0f} | {load} |"
    )


def run(count: int, words: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        folder = Path(tmp)
        pairs = make_pairs(folder, count, words)
        seq = timed(
            [
                *CLI,
                "compare",
                "--pairs",
                str(pairs),
                "--format",
                "jsonl",
                "-o",
                str(folder / "seq.jsonl"),
            ]
        )
        rows = [_row("sequential `compare --pairs`", count, seq, seq.seconds)]
        identical = []
        for workers in (1, 2):
            db, jsonl = folder / f"w{workers}.sqlite", folder / f"w{workers}.jsonl"
            args = ["audit-corpus", str(pairs), "--db", str(db), "--workers", str(workers)]
            measure = timed([*CLI, *args, "--jsonl", str(jsonl)])
            rows.append(_row(f"`audit-corpus --workers {workers}`", count, measure, seq.seconds))
            identical.append(jsonl.read_bytes() == (folder / "seq.jsonl").read_bytes())
        resume = timed([*CLI, *args])
    print(f"{count} pairs of about {words} words; {os.cpu_count()} cores\n")
    print(
        "| mode | wall s | pairs/min | vs sequential | CPU s per pair | of which command + workers "
        "| peak RSS per worker, MB | main process, MB | load avg (1 min) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(
        f"\nResuming the finished 2-worker run: {resume.seconds:.2f} s (load {resume.load[0]:.1f})."
    )
    same = f"1 worker {identical[0]}, 2 workers {identical[1]}"
    print(f"JSONL byte-identical to `compare --pairs`: {same}.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--make-pairs", type=Path, metavar="DIR", help="only write the pairs")
    args = parser.parse_args()
    if args.make_pairs is not None:
        print(make_pairs(args.make_pairs, args.pairs, args.words))
        return
    run(args.pairs, args.words)


if __name__ == "__main__":
    main()
