"""`reader-cli audit-corpus`: its arguments, and what it does with them."""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from reader.analysis import CompareOptions
from reader.corpus.errors import ClusterError
from reader.corpus.pairs import AuditOptions, PairsFileError, PairSpec, read_pairs
from reader.corpus.store import CorpusStore, StoreError

EXIT_BAD_INPUT = 2
_SHOWN_FAILURES = 10
_SQLITE_HEADER = b"SQLite format 3\x00"


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "audit-corpus",
        help="compare many pairs on a Dask cluster into a SQLite database",
        description="Compare every OLD<TAB>NEW pair of a pairs file, with quotes and audit, "
        "on Dask workers; results go to a SQLite database. Re-running skips pairs already done.",
    )
    parser.add_argument("pairs", nargs="?", type=Path, help="a file of OLD<TAB>NEW lines")
    parser.add_argument("--db", type=Path, required=True, help="the SQLite database to fill")
    parser.add_argument("--scheduler", metavar="tcp://HOST:8786", help="an existing Dask cluster")
    parser.add_argument(
        "--workers", type=int, help="local worker processes (default: one per core)"
    )
    parser.add_argument("--jsonl", type=Path, help="also write the comparison documents here")
    parser.add_argument("--report", type=Path, help="write a summary page (HTML) here")
    parser.add_argument("--export", choices=("csv",), help="write the tables as CSV files")
    parser.add_argument("--export-dir", type=Path, help="folder for --export (default: DB_csv)")
    parser.add_argument("--retry-failed", action="store_true", help="redo pairs that failed")
    parser.add_argument("--ignore-case", action="store_true")
    parser.add_argument("--ignore-punctuation", action="store_true")
    parser.add_argument("--ignore-quote-style", action="store_true")
    parser.add_argument("--no-quotes", action="store_true", help="skip speakers and quotes")
    parser.add_argument("--no-changes", action="store_true", help="skip the change ledger")
    parser.set_defaults(handler=run_command)


def audit_options(args: argparse.Namespace) -> AuditOptions:
    compare = CompareOptions(
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_quote_style=args.ignore_quote_style,
    )
    return AuditOptions(compare, not args.no_quotes, not args.no_changes)


def run_command(args: argparse.Namespace) -> int:
    """Exit status: 0, 2 for bad input or failed pairs; Ctrl+C propagates (the CLI gives 130)."""
    try:
        return _run(args)
    except (PairsFileError, StoreError, ClusterError, _UsageError) as error:
        print(f"reader-cli: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


class _UsageError(Exception):
    pass


def _run(args: argparse.Namespace) -> int:
    if args.pairs is None and not (args.report or args.export or args.jsonl):
        raise _UsageError("audit-corpus needs PAIRS.tsv, or --report/--export/--jsonl to read --db")
    if args.workers is not None and args.workers < 1:
        raise _UsageError("--workers must be at least 1")
    pairs = read_pairs(args.pairs) if args.pairs is not None else None
    store = _open_store(args.db)
    try:
        status = _audit(args, store, pairs) if pairs is not None else 0
        _outputs(args, store, pairs)
    finally:
        store.close()
    return status


def _open_store(path: Path) -> CorpusStore:
    """Refuses any existing non-empty file that is not SQLite: never overwrite the user's file."""
    try:
        with path.open("rb") as stream:
            header = stream.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        header = b""
    except OSError as error:
        raise StoreError(f"{path.name}: cannot open the database ({error.strerror})") from error
    if header and header != _SQLITE_HEADER:
        raise StoreError(f"{path.name}: this file is not a SQLite database; not touching it")
    return CorpusStore(path)


def _audit(args: argparse.Namespace, store: CorpusStore, pairs: list[PairSpec]) -> int:
    from reader.corpus.runner import plan_run, run_corpus

    options = audit_options(args)
    workers = args.workers or default_workers()
    start = time.monotonic()
    plan = plan_run(store, pairs, options, args.retry_failed)
    if plan.other_build:
        print(
            f"reader-cli: note: {plan.other_build} pairs were stored by another Reader build "
            "(other files or spaCy model); comparing them again",
            file=sys.stderr,
        )
    try:
        outcome = run_corpus(
            store,
            plan,
            pairs_file=args.pairs,
            options=options,
            scheduler=args.scheduler or "local",
            workers=workers,
            clients=lambda: _clients(args.scheduler, workers, options),
            progress=_progress,
        )
    except KeyboardInterrupt:
        print(f"\nreader-cli: interrupted; run again to resume ({args.db})", file=sys.stderr)
        raise
    counts = outcome.counts
    print(
        f"audit-corpus: {counts.total} pairs: {counts.done} compared, {counts.skipped} already "
        f"in {args.db.name}, {counts.failed} failed ({time.monotonic() - start:.1f} s)",
        file=sys.stderr,
    )
    for message in outcome.failures[:_SHOWN_FAILURES]:
        print(f"reader-cli: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT if counts.failed else 0


def default_workers() -> int:
    """One worker per core this process may use (importing Dask here would cost seconds)."""
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return max(1, len(cores) if cores else os.cpu_count() or 1)


def _clients(
    scheduler: str | None, workers: int, options: AuditOptions
) -> AbstractContextManager[Any]:
    from reader.corpus.cluster import open_client

    return open_client(scheduler, workers, preload=options.with_quotes)


def _progress(total: int) -> Any:
    from reader.corpus.progress import Progress

    return Progress(total, sys.stderr, tty=sys.stderr.isatty())


def _outputs(args: argparse.Namespace, store: CorpusStore, pairs: list[PairSpec] | None) -> None:
    try:
        if args.jsonl is not None:
            from reader.corpus.export import export_jsonl

            export_jsonl(store.connection, args.jsonl, pairs, audit_options(args))
        if args.export == "csv":
            from reader.corpus.export import export_csv

            folder = args.export_dir or args.db.with_name(args.db.stem + "_csv")
            export_csv(store.connection, folder)
        if args.report is not None:
            from reader.corpus.summary import write_summary

            write_summary(store.connection, args.report)
    except OSError as error:
        name = Path(error.filename).name if error.filename else "output"
        raise _UsageError(f"{name}: cannot write ({error.strerror})") from error
