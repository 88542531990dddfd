"""A result is stored only if the worker runs the client's Reader build (reader.corpus.build)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.corpus.build import current_build, process_build, source_digest
from reader.corpus.errors import ClusterError
from reader.corpus.pairs import read_pairs
from reader.corpus.runner import plan_run, run_corpus
from reader.corpus.store import CorpusStore, reader_version

from .conftest import OPTIONS, PAIRS, clients_for, quiet_progress

OTHER_BUILD = "0123456789abcdef"


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_source_digest_changes_with_any_engine_file_and_only_with_those(tmp_path: Path) -> None:
    root = _tree(
        tmp_path / "pkg",
        {"a.py": "A = 1\n", "sub/b.py": "B = 2\n", "data.json": "{}", "ui/w.py": "W = 3\n"},
    )
    first = source_digest(root)
    assert source_digest(root) == first and len(first) == 64
    (root / "ui" / "w.py").write_text("W = 4\n", encoding="utf-8")  # the window: not in a worker
    (root / "notes.txt").write_text("not code", encoding="utf-8")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "a.py").write_text("stale", encoding="utf-8")
    assert source_digest(root) == first
    (root / "sub" / "b.py").write_text("B = 3\n", encoding="utf-8")
    changed = source_digest(root)
    assert changed != first
    (root / "data.json").write_text('{"x": 1}', encoding="utf-8")
    assert source_digest(root) != changed
    (root / "data.json").write_text("{}", encoding="utf-8")
    (root / "sub" / "b.py").rename(root / "b.py")  # same bytes under another name
    assert source_digest(root) != changed


def test_a_process_reads_its_build_once() -> None:
    assert process_build() == current_build()
    assert len(process_build()) == 16 and int(process_build(), 16) >= 0


def _pretend_build(build: str | None) -> None:
    """Run on every worker by `client.run`: its results claim `build` (None: its own again)."""
    import reader.corpus.build
    import reader.corpus.work

    own = reader.corpus.build.process_build
    reader.corpus.work.process_build = own if build is None else (lambda: build)  # type: ignore[assignment]


@pytest.mark.cluster
def test_results_of_workers_running_another_build_are_refused_unstored(
    tmp_path: Path, corpus_dir: Path, dask_client: Any
) -> None:
    db = tmp_path / "r.sqlite"
    store = CorpusStore(db)
    plan = plan_run(store, read_pairs(corpus_dir / "pairs.tsv"), OPTIONS, False)
    dask_client.run(_pretend_build, OTHER_BUILD)
    try:
        with pytest.raises(ClusterError) as refused:
            run_corpus(
                store,
                plan,
                pairs_file=corpus_dir / "pairs.tsv",
                options=OPTIONS,
                scheduler="test",
                workers=2,
                clients=clients_for(dask_client),
                progress=quiet_progress,
            )
    finally:
        dask_client.run(_pretend_build, None)
        store.close()
    message = str(refused.value)
    assert f"runs another Reader build ({OTHER_BUILD}, here {process_build()})" in message
    rows = sqlite3.connect(db)
    assert rows.execute("SELECT COUNT(*) FROM pairs").fetchone()[0] == 0
    assert rows.execute("SELECT status FROM runs").fetchall() == [("failed",)]


def test_pairs_stored_by_another_build_are_compared_again_on_resume(
    corpus_dir: Path, expected_db: Path, tmp_path: Path
) -> None:
    db = Path(shutil.copy(expected_db, tmp_path / "r.sqlite"))
    pairs = read_pairs(corpus_dir / "pairs.tsv")
    store = CorpusStore(db)
    try:
        assert store.connection.execute("SELECT reader_version FROM runs").fetchall() == [
            (reader_version(),)
        ]
        assert reader_version().endswith("+" + process_build())
        same = plan_run(store, pairs, OPTIONS, retry_failed=False)
        assert (same.skipped, same.other_build) == (PAIRS + 2, 0)  # the missing file is retried
        with store.connection:
            store.connection.execute("UPDATE runs SET reader_version = '0.1.0+" + OTHER_BUILD + "'")
        other = plan_run(store, pairs, OPTIONS, retry_failed=False)
    finally:
        store.close()
    assert (other.skipped, other.other_build) == (0, PAIRS + 2)
    assert sorted(t.line for t in other.tasks) == list(range(1, PAIRS + 4))
