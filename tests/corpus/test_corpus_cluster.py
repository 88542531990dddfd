"""Corpus runs on a real local Dask cluster of 2 worker processes (marked `cluster`)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main as cli_main
from reader.corpus.pairs import read_pairs
from reader.corpus.runner import plan_run, run_corpus
from reader.corpus.store import CorpusStore
from reader.corpus.work import PairResult

from .conftest import OPTIONS, PAIRS, clients_for, quiet_progress, table_rows

pytestmark = pytest.mark.cluster
LINES = PAIRS + 3  # the generated pairs, a missing file and two hostile ones


def _run(db: Path, corpus: Path, client: Any, on_result: Any = None) -> Any:
    store = CorpusStore(db)
    try:
        plan = plan_run(store, read_pairs(corpus / "pairs.tsv"), OPTIONS, False)
        return plan, run_corpus(
            store,
            plan,
            pairs_file=corpus / "pairs.tsv",
            options=OPTIONS,
            scheduler="test",
            workers=2,
            clients=clients_for(client),
            progress=quiet_progress,
            on_result=on_result,
        )
    finally:
        store.close()


def test_two_workers_store_exactly_the_single_process_results(
    tmp_path: Path, corpus_dir: Path, expected_db: Path, dask_client: Any
) -> None:
    workers: set[str] = set()
    _plan, outcome = _run(
        tmp_path / "r.sqlite", corpus_dir, dask_client, lambda r: workers.add(r.worker)
    )
    assert outcome.counts.done == LINES and outcome.counts.failed == 3
    assert len(workers) == 2  # both worker processes compared pairs
    assert table_rows(tmp_path / "r.sqlite") == table_rows(expected_db)


def test_stored_documents_are_what_compare_format_json_prints(
    tmp_path: Path, corpus_dir: Path, expected_db: Path
) -> None:
    db = sqlite3.connect(expected_db)
    rows = db.execute(
        "SELECT p.line, d.comparison FROM pairs p JOIN documents d ON d.pair_id = p.id"
    ).fetchall()
    assert len(rows) == PAIRS
    pairs = {p.line: p for p in read_pairs(corpus_dir / "pairs.tsv")}
    # Lines 1, 3, 6, 11 hold every kind of edit (trimmed, dropped, reworded, re-attributed, moved)
    for line, blob in (row for row in rows if row[0] in {1, 3, 6, 11}):
        out = tmp_path / f"{line}.json"
        assert (
            cli_main(
                [
                    "compare",
                    str(pairs[line].old),
                    str(pairs[line].new),
                    "--format",
                    "json",
                    "-o",
                    str(out),
                ]
            )
            == 0
        )
        assert json.loads(zlib.decompress(blob)) == json.loads(out.read_text(encoding="utf-8"))


def test_failed_pairs_carry_their_message(expected_db: Path) -> None:
    db = sqlite3.connect(expected_db)
    errors = dict(db.execute("SELECT line, error FROM pairs WHERE status = 'failed'").fetchall())
    assert errors == {
        PAIRS + 1: "missing.txt: the file could not be read (there is no such file)",
        PAIRS + 2: "binary.txt: the file is binary, not text (it contains NUL bytes)",
        PAIRS + 3: "empty.txt: the file is empty (0 bytes)",
    }


def test_a_worker_killed_mid_run_has_its_pairs_done_elsewhere_exactly_once(
    tmp_path: Path, corpus_dir: Path, expected_db: Path, dask_client: Any
) -> None:
    pids = dask_client.run(os.getpid)
    seen: list[int] = []
    killed: dict[str, Any] = {}

    def kill_once(result: PairResult) -> None:
        seen.append(result.task.line)
        if killed:
            return
        busy = {w: keys for w, keys in dask_client.processing().items() if keys}
        if busy:
            address, keys = next(iter(busy.items()))
            killed.update(address=address, lines={int(k.split("-")[3]) for k in keys})
            os.kill(pids[address], signal.SIGKILL)

    _plan, outcome = _run(tmp_path / "r.sqlite", corpus_dir, dask_client, kill_once)
    assert killed["lines"], "no pair was in flight on the killed worker"
    assert sorted(seen) == list(range(1, LINES + 1))  # every pair stored exactly once
    assert outcome.counts.done == LINES and outcome.counts.failed == 3
    assert table_rows(tmp_path / "r.sqlite") == table_rows(expected_db)
    db = sqlite3.connect(tmp_path / "r.sqlite")
    redone = db.execute(
        f"SELECT worker FROM pairs WHERE line IN ({','.join(map(str, killed['lines']))})"
    ).fetchall()
    assert killed["address"] not in {w for (w,) in redone}  # finished on another worker


def test_interrupted_run_resumes_with_only_the_pairs_not_stored(
    tmp_path: Path, corpus_dir: Path, expected_db: Path, dask_client: Any
) -> None:
    db_path = tmp_path / "r.sqlite"
    first: list[int] = []

    def interrupt(result: PairResult) -> None:
        first.append(result.task.line)
        if len(first) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _run(db_path, corpus_dir, dask_client, interrupt)
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0] == 5
    assert db.execute("SELECT status, pairs_done FROM runs").fetchall() == [("interrupted", 5)]
    db.close()

    second: list[int] = []
    plan, outcome = _run(db_path, corpus_dir, dask_client, lambda r: second.append(r.task.line))
    # Stored pairs are skipped, but for the missing file's (it has no hash to compare).
    assert plan.skipped == 5 - (PAIRS + 1 in first)
    assert not set(second) & (set(first) - {PAIRS + 1})
    assert outcome.status == "finished"
    assert table_rows(db_path) == table_rows(expected_db)


def test_the_command_on_an_existing_scheduler_then_resumed(
    tmp_path: Path, corpus_dir: Path, expected_db: Path, dask_client: Any, capsys: Any
) -> None:
    db, address = tmp_path / "r.sqlite", dask_client.scheduler.address
    outputs = ["--jsonl", str(tmp_path / "r.jsonl"), "--report", str(tmp_path / "s.html")]
    command = ["audit-corpus", str(corpus_dir / "pairs.tsv"), "--db", str(db), *outputs]
    assert cli_main([*command, "--scheduler", address, "--export", "csv"]) == 2  # 3 pairs failed
    err = capsys.readouterr().err
    assert f"{LINES} pairs: {LINES} compared, 0 already in r.sqlite, 3 failed" in err
    assert "reader-cli: empty.txt: the file is empty (0 bytes)" in err
    assert table_rows(db) == table_rows(expected_db)
    assert len((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()) == PAIRS
    assert (tmp_path / "r_csv" / "audit.csv").is_file() and (tmp_path / "s.html").is_file()
    # Resuming: no cluster is needed for pairs already stored; the missing file is tried again.
    assert cli_main([*command, "--scheduler", address]) == 2
    assert (
        f"{LINES} pairs: 1 compared, {LINES - 1} already in r.sqlite, 1 failed"
        in capsys.readouterr().err
    )
    assert table_rows(db) == table_rows(expected_db)


def test_an_unreachable_scheduler_is_one_clear_line(
    tmp_path: Path, corpus_dir: Path, capsys: Any
) -> None:
    args = ["audit-corpus", str(corpus_dir / "pairs.tsv"), "--db", str(tmp_path / "r.sqlite")]
    assert cli_main([*args, "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader-cli: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in err


def _worker_settings(dask_worker: Any) -> tuple[bool, str | None]:
    """Run by `client.run`, which passes the worker as `dask_worker`."""
    profiling = "profile" in dask_worker.periodic_callbacks
    return profiling, os.environ.get("MALLOC_TRIM_THRESHOLD_")


def test_local_workers_run_without_the_profiler_and_the_eager_malloc_trim(
    dask_client: Any,
) -> None:
    # Both cost a pair a fifth more CPU than `compare --pairs` (docs/corpus.md, "Speed").
    settings = dask_client.run(_worker_settings)
    assert len(settings) == 2
    assert set(settings.values()) == {(False, None)}
