"""Benchmark corpus audits: pairs per minute, sequential vs 1 and 2 Dask workers.

    .venv/bin/python benchmarks/bench_corpus.py [--pairs 200] [--words 1000] [--alternate 40]
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
output is checked byte for byte against the sequential one, and Reader's build
(`reader.corpus.build`: its files and spaCy model) is read before and after every mode: a
checkout changed while the benchmark ran (a merge, an edit) makes the later modes run other
code, and their JSONL is then no evidence either way. Prints a Markdown table with the
machine's 1-minute load average before and after each mode.

Even CPU time grows with the load (other processes evict the caches), and each mode runs at
a different moment. So first, `--alternate N` pairs (40; 0 skips it) run in chunks of 10,
alternately on 2 local Dask workers and in this process: the ratio of their CPU per pair is
the cost of a Dask worker that the load cannot skew.
"""

from __future__ import annotations

import argparse
import os
import resource
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


@dataclass
class Alternated:
    pairs: int
    worker: float  # CPU s per pair in the 2 worker processes (all their threads)
    local: float  # CPU s per pair of the sequential calls in this process's thread
    load: tuple[float, float]


def _process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _sequential_pair(old: str, new: str) -> str:
    """What `compare --pairs` does for one pair, with its default options."""
    from reader.analysis import CompareOptions, analyse_pair, find_changes, load
    from reader.cli import json_text
    from reader.report.json_report import comparison_json

    comparison, audit = analyse_pair(load(old), load(new), CompareOptions(), True)
    return json_text(comparison_json(comparison, audit, find_changes(comparison, audit=audit)))


def alternate(pairs_file: Path, count: int, chunk: int = 10) -> Alternated:
    """CPU per pair on 2 local Dask workers and in this process, in alternating chunks.

    Each chunk of pairs runs on both workers (this process waiting), then the same chunk
    runs here (the workers idle), so both sides see the same load on the machine.
    """
    from reader.analysis import CompareOptions
    from reader.analysis import load_model as load_here
    from reader.corpus.cluster import open_client
    from reader.corpus.pairs import AuditOptions, read_pairs
    from reader.corpus.work import PairTask, audit_pair

    options = AuditOptions(CompareOptions())
    specs = read_pairs(pairs_file)[:count]
    tasks = [PairTask(p.line, str(p.old), str(p.new), *p.key, None, None, options) for p in specs]
    load_here()
    before, worker, local = os.getloadavg()[0], 0.0, 0.0
    with open_client(None, 2) as (client, _info):
        client.gather([client.submit(audit_pair, t, pure=False) for t in tasks[:2]])  # warm
        for start in range(0, len(tasks), chunk):
            batch = tasks[start : start + chunk]
            first = client.run(_process_cpu)
            client.gather([client.submit(audit_pair, t, pure=False) for t in batch])
            last = client.run(_process_cpu)
            worker += sum(last[w] - first[w] for w in first)
            here = time.thread_time()
            for task in batch:
                _sequential_pair(task.old, task.new)
            local += time.thread_time() - here
    load = (before, os.getloadavg()[0])
    return Alternated(len(tasks), worker / len(tasks), local / len(tasks), load)


MISMATCH_DIR = Path("build/bench-corpus-mismatch")


def _same_lines(expected: Path, got: Path, workers: int, builds: list[str]) -> bool:
    """Whether two JSONL files are byte-identical; if not, keep the differing lines.

    The pairs live in a temporary folder, so a difference would otherwise be gone before
    anyone could look at it (one was seen once and could not be reproduced).
    """
    if expected.read_bytes() == got.read_bytes():
        return True
    old_lines = expected.read_bytes().splitlines()
    new_lines = got.read_bytes().splitlines()
    MISMATCH_DIR.mkdir(parents=True, exist_ok=True)
    differing = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b]
    for index in differing:
        (MISMATCH_DIR / f"pair{index:04d}-sequential.json").write_bytes(old_lines[index])
        (MISMATCH_DIR / f"pair{index:04d}-workers{workers}.json").write_bytes(new_lines[index])
    (MISMATCH_DIR / "builds.txt").write_text(" -> ".join(builds) + "\n", encoding="utf-8")
    print(
        f"JSONL of {workers} worker(s) differs from `compare --pairs` on lines {differing} "
        f"(line counts {len(old_lines)} / {len(new_lines)}); kept in {MISMATCH_DIR}/",
        file=sys.stderr,
    )
    return False


def _builds_note(builds: list[str]) -> str:
    """What the identity check is worth: nothing if Reader's build changed during the run."""
    if len(set(builds)) == 1:
        return f"Reader build {builds[0]} throughout."
    return (
        "NOT EVIDENCE: Reader's files or model changed while the benchmark ran (builds before "
        f"and after each mode: {' -> '.join(builds)}); run it again on a checkout nobody edits."
    )


def current_build() -> str:
    """The build the modes run, read by a child started as they are (same interpreter, same
    folder: `-m reader.cli` imports the `reader` of the working folder when it has one)."""
    code = "from reader.corpus.build import current_build; print(current_build())"
    child = [sys.executable, "-c", code]
    return subprocess.run(child, capture_output=True, text=True, check=True).stdout.strip()


def run(count: int, words: int, alternated: int) -> None:
    builds = [current_build()]
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        folder = Path(tmp)
        pairs = make_pairs(folder, count, words)
        ab = alternate(pairs, alternated) if alternated else None
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
        builds.append(current_build())
        rows = [_row("sequential `compare --pairs`", count, seq, seq.seconds)]
        identical = []
        for workers in (1, 2):
            db, jsonl = folder / f"w{workers}.sqlite", folder / f"w{workers}.jsonl"
            args = ["audit-corpus", str(pairs), "--db", str(db), "--workers", str(workers)]
            measure = timed([*CLI, *args, "--jsonl", str(jsonl)])
            builds.append(current_build())
            rows.append(_row(f"`audit-corpus --workers {workers}`", count, measure, seq.seconds))
            identical.append(_same_lines(folder / "seq.jsonl", jsonl, workers, builds))
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
    print(f"JSONL byte-identical to `compare --pairs`: {same}. {_builds_note(builds)}")
    if ab is not None:
        print(
            f"CPU per pair, {ab.pairs} pairs in alternating chunks: 2 Dask workers "
            f"{ab.worker:.3f} s, the sequential calls in one process {ab.local:.3f} s "
            f"({ab.worker / ab.local:.2f}×; load {ab.load[0]:.1f} → {ab.load[1]:.1f})."
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument(
        "--alternate",
        type=int,
        default=40,
        metavar="N",
        help="pairs for the load-proof worker-vs-sequential CPU check (0: skip it)",
    )
    parser.add_argument("--make-pairs", type=Path, metavar="DIR", help="only write the pairs")
    args = parser.parse_args()
    if args.make_pairs is not None:
        print(make_pairs(args.make_pairs, args.pairs, args.words))
        return
    run(args.pairs, args.words, args.alternate)


if __name__ == "__main__":
    main()
