"""A corpus run: skip what the database already has, send the rest to Dask, store each result.

The client keeps only a small window of pairs in flight and writes every result in its own
transaction as it arrives, so Ctrl+C or a crash loses at most the pairs in flight. When a
worker dies, the scheduler re-runs its pairs on the other workers; a pair that kills
workers again and again ends as a failed row instead of stopping the run. A result from a
worker running another Reader build than the client (`reader.corpus.build`) stops the run
unstored: its JSON could differ from what `compare` prints here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from reader.corpus.build import process_build
from reader.corpus.errors import ClusterError
from reader.corpus.pairs import AuditOptions, PairSpec, file_sha256
from reader.corpus.progress import Progress
from reader.corpus.store import CorpusStore, Done, RunCounts, reader_version
from reader.corpus.work import PairResult, PairTask, Timings, audit_pair

# A connected Dask client and the cluster's description, opened only when work remains.
ClientSource = Callable[[], AbstractContextManager[tuple[Any, Any]]]
ProgressFactory = Callable[[int], Progress]
_PER_WORKER = 2  # pairs in flight per worker: one running, one ready to start


@dataclass(frozen=True, slots=True)
class Plan:
    tasks: list[PairTask]
    skipped: int
    other_build: int = 0  # of the tasks, pairs stored by another Reader build: done again


@dataclass(frozen=True, slots=True)
class RunOutcome:
    run_id: int
    status: str  # "finished" or "interrupted"
    counts: RunCounts
    failures: list[str]  # the failed pairs' messages, in arrival order


def plan_run(
    store: CorpusStore, pairs: Sequence[PairSpec], options: AuditOptions, retry_failed: bool
) -> Plan:
    """The pairs still to do: new, changed since stored, stored by another Reader build (its
    results could differ from this one's), or failed (with `retry_failed`)."""
    done = store.done(options.key())
    version = reader_version()
    tasks, skipped, other_build = [], 0, 0
    for pair in pairs:
        old_key, new_key = pair.key
        old_sha, new_sha = file_sha256(pair.old), file_sha256(pair.new)
        stored = done.get((old_key, new_key))
        if stored is not None and _is_done(stored, old_sha, new_sha, retry_failed):
            if stored.reader_version == version:
                skipped += 1
                continue
            other_build += 1
        tasks.append(
            PairTask(
                pair.line, str(pair.old), str(pair.new), old_key, new_key, old_sha, new_sha, options
            )
        )
    return Plan(tasks, skipped, other_build)


def _is_done(stored: Done, old_sha: str | None, new_sha: str | None, retry: bool) -> bool:
    """Stored with the same inputs (both readable) and not a failure to retry."""
    if old_sha is None or new_sha is None:
        return False
    same = (stored.old_sha256, stored.new_sha256) == (old_sha, new_sha)
    return same and (stored.ok or not retry)


def run_corpus(
    store: CorpusStore,
    plan: Plan,
    *,
    pairs_file: Path | None,
    options: AuditOptions,
    scheduler: str,
    workers: int,
    clients: ClientSource,
    progress: ProgressFactory,
    on_result: Callable[[PairResult], None] | None = None,
) -> RunOutcome:
    """Do the plan; the run is recorded as interrupted if Ctrl+C (or anything) stops it."""
    build = process_build()
    run_id = store.begin_run(pairs_file, options.key(), scheduler, workers)
    tally = _Tally(len(plan.tasks) + plan.skipped, plan.skipped)
    try:
        if plan.tasks:
            bar = progress(len(plan.tasks))
            try:
                with clients() as (client, info):
                    for result in _results(client, plan.tasks, run_id, info.workers):
                        _check_build(result, build)
                        store.write(run_id, result)
                        tally.add(result)
                        bar.update(result.ok)
                        if on_result is not None:
                            on_result(result)
            finally:
                bar.close()
    except BaseException as error:
        status = "interrupted" if isinstance(error, KeyboardInterrupt) else "failed"
        store.finish_run(run_id, status, tally.counts())
        raise
    store.finish_run(run_id, "finished", tally.counts())
    return RunOutcome(run_id, "finished", tally.counts(), tally.failures)


def _check_build(result: PairResult, build: str) -> None:
    if result.build and result.build != build:
        raise ClusterError(
            f"the worker {result.worker} runs another Reader build ({result.build}, here "
            f"{build}): its Reader files or spaCy model differ from this command's, so its "
            "results could differ from `compare`; install the same version on every worker "
            "(or let a changed checkout settle) and run again"
        )


class _Tally:
    def __init__(self, total: int, skipped: int) -> None:
        self.total, self.skipped, self.done, self.failures = total, skipped, 0, list[str]()

    def add(self, result: PairResult) -> None:
        self.done += 1
        if result.error is not None:
            self.failures.append(result.error)

    def counts(self) -> RunCounts:
        return RunCounts(self.total, self.skipped, self.done, len(self.failures))


def _results(
    client: Any, tasks: Sequence[PairTask], run_id: int, workers: int
) -> Iterator[PairResult]:
    """Results as they arrive, with at most `_PER_WORKER * workers` pairs in flight."""
    from distributed import as_completed

    queue = iter(tasks)
    flight: dict[str, PairTask] = {}
    completed = as_completed(loop=client.loop)  # type: ignore[no-untyped-call]
    tag = uuid.uuid4().hex[:8]

    def submit(task: PairTask) -> None:
        key = f"reader-pair-{run_id}-{task.line}-{tag}"
        future = client.submit(audit_pair, task, key=key, pure=False)
        flight[future.key] = task
        completed.add(future)  # type: ignore[no-untyped-call]

    for task in islice(queue, max(1, _PER_WORKER * workers)):
        submit(task)
    try:
        for future in completed:
            yield _outcome(future, flight.pop(future.key))
            follow = next(queue, None)
            if follow is not None:
                submit(follow)
    finally:
        if flight:  # interrupted: drop what is still queued or running
            client.cancel(list(completed.futures))


def _outcome(future: Any, task: PairTask) -> PairResult:
    from distributed import KilledWorker

    try:
        result = future.result()
    except KilledWorker:
        message = "workers died while comparing this pair (out of memory or killed)"
        return _lost(task, message)
    except Exception as error:  # the task could not run at all: record why
        return _lost(task, f"could not be compared ({type(error).__name__}: {error})")
    assert isinstance(result, PairResult)
    return result


def _lost(task: PairTask, reason: str) -> PairResult:
    name = Path(task.old).name
    return PairResult(task, f"{name}: {reason}", "", Timings(0.0, 0.0, 0.0))
