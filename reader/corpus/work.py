"""What a Dask worker does for one pair: load, analyse, and turn the result into rows.

Everything here runs in the worker process; it returns a picklable `PairResult` and never
touches the database (the client is the only writer). spaCy is loaded once per process:
`reader.quotes.pipeline` caches the model, and `ModelPlugin` loads it when a worker starts.
"""

from __future__ import annotations

import os
import time
import zlib
from dataclasses import dataclass
from typing import Any

from reader.analysis import LoadError
from reader.analysis import load as load_document
from reader.cli import json_text  # the JSONL line, spelt as `compare --pairs` spells it
from reader.corpus.build import process_build
from reader.corpus.pairs import AuditOptions
from reader.corpus.rows import PairRows, pair_rows

_ZLIB_LEVEL = 6


@dataclass(frozen=True, slots=True)
class PairTask:
    """One pair sent to a worker, with the hashes the client read (they key the result)."""

    line: int
    old: str  # as `compare --pairs` spells the path: it appears in the JSON document
    new: str
    old_key: str  # absolute paths
    new_key: str
    old_sha256: str | None
    new_sha256: str | None
    options: AuditOptions


@dataclass(frozen=True, slots=True)
class Timings:
    load: float
    analyse: float
    total: float


@dataclass(frozen=True, slots=True)
class PairResult:
    task: PairTask
    error: str | None  # None when the pair was compared
    worker: str
    timings: Timings
    rows: PairRows | None = None
    document: bytes | None = None  # zlib of the JSON line `compare --pairs` writes
    report: bytes | None = None  # zlib of `compare --format html`
    build: str = ""  # the worker's `process_build()`; empty for a result the client made

    @property
    def ok(self) -> bool:
        return self.error is None


def audit_pair(task: PairTask) -> PairResult:
    """Compare one pair; a file that cannot be used becomes a failed result, not an exception."""
    start = time.perf_counter()
    try:
        old, new = load_document(task.old), load_document(task.new)
    except LoadError as error:
        return _failed(task, str(error), start, start)
    loaded = time.perf_counter()
    try:
        document, report = _analyse(old, new, task.options)
    except Exception as error:  # an engine bug must not stop the corpus: record it
        return _failed(task, _internal_error(task, error), start, loaded)
    line = json_text(document)
    return PairResult(
        task,
        None,
        worker_name(),
        _timings(start, loaded),
        pair_rows(document),
        zlib.compress(line.encode("utf-8"), _ZLIB_LEVEL),
        zlib.compress(report.encode("utf-8"), _ZLIB_LEVEL),
        process_build(),
    )


def _analyse(old: Any, new: Any, options: AuditOptions) -> tuple[dict[str, Any], str]:
    """The JSON document and HTML page that `reader-cli compare` would write for this pair."""
    from reader.analysis import analyse_pair, find_changes
    from reader.report.html_report import render_html
    from reader.report.json_report import comparison_json

    comparison, audit = analyse_pair(old, new, options.compare, options.with_quotes)
    changes = find_changes(comparison, audit=audit) if options.with_changes else None
    return comparison_json(comparison, audit, changes), render_html(
        comparison, audit, changes=changes
    )


def _internal_error(task: PairTask, error: Exception) -> str:
    name = os.path.basename(task.old)
    return f"{name}: could not be compared (internal error: {type(error).__name__}: {error})"


def _failed(task: PairTask, message: str, start: float, loaded: float) -> PairResult:
    return PairResult(task, message, worker_name(), _timings(start, loaded), build=process_build())


def _timings(start: float, loaded: float) -> Timings:
    now = time.perf_counter()
    return Timings(loaded - start, now - loaded, now - start)


def worker_name() -> str:
    """The Dask worker's address, or `local:<pid>` outside a worker."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return f"local:{os.getpid()}"


def load_model() -> None:
    """Load the spaCy model into this process's cache (a no-op once loaded)."""
    from reader.analysis import load_model as load

    load()


def start_worker() -> None:
    """What a worker does as it starts: load the model, and read its build while the files it
    has just imported are the ones on disk."""
    load_model()
    process_build()
