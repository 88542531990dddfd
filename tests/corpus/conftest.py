"""Fixtures for the corpus tests: generated pairs, a shared 2-worker Dask cluster, helpers."""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest

from reader.compare.model import CompareOptions
from reader.corpus.pairs import AuditOptions, read_pairs
from reader.corpus.progress import Progress
from reader.corpus.runner import plan_run
from reader.corpus.store import CorpusStore
from reader.corpus.work import audit_pair

from .corpus_texts import write_pairs

OPTIONS = AuditOptions(CompareOptions(), with_quotes=True)
PAIRS = 20
_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")  # the page's "Compared" time
_VOLATILE = {"id", "run_id", "worker", "finished_at", "seconds_load", "seconds_analyse"}


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 generated pairs plus a missing file and two hostile ones (binary, empty)."""
    folder = tmp_path_factory.mktemp("corpus")
    pairs = write_pairs(folder, PAIRS)
    (folder / "old" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    (folder / "old" / "empty.txt").write_bytes(b"")
    extra = (
        "old/missing.txt\tnew/000.txt\nold/binary.txt\tnew/001.txt\nold/empty.txt\tnew/002.txt\n"
    )
    pairs.write_text(pairs.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def expected_db(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The single-process results: every pair run in this process and written the same way."""
    path = tmp_path_factory.mktemp("expected") / "expected.sqlite"
    store = CorpusStore(path)
    run_id = store.begin_run(None, OPTIONS.key(), "in-process", 1)
    for task in plan_run(store, read_pairs(corpus_dir / "pairs.tsv"), OPTIONS, False).tasks:
        store.write(run_id, audit_pair(task))
    store.close()
    return path


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    """A real local cluster: 2 worker processes (one thread each), spaCy loaded by the plugin."""
    from reader.corpus.cluster import open_client

    with open_client(None, 2) as (client, _info):
        yield client


def clients_for(client: Any) -> Any:
    from reader.corpus.cluster import ClusterInfo

    return lambda: nullcontext((client, ClusterInfo("test", 2)))


def quiet_progress(total: int) -> Progress:
    import io

    return Progress(total, io.StringIO(), tty=False)


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows keyed by pair line, without ids, workers and times of day."""
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    line_of = {r["id"]: r["line"] for r in db.execute("SELECT id, line FROM pairs")}
    tables: dict[str, list[tuple[Any, ...]]] = {}
    pairs = db.execute("SELECT * FROM pairs ORDER BY line").fetchall()
    tables["pairs"] = [
        tuple(r[k] for k in r.keys() if k not in _VOLATILE and k != "seconds_total")  # noqa: SIM118
        for r in pairs
    ]
    for table in ("speakers", "quotes", "audit"):
        rows = db.execute(f"SELECT * FROM {table}").fetchall()
        tables[table] = sorted((line_of[r[0]], *tuple(r)[1:]) for r in rows)
    documents = db.execute("SELECT pair_id, comparison, report FROM documents").fetchall()
    tables["documents"] = sorted(
        (line_of[r[0]], zlib.decompress(r[1]), _STAMP.sub(b"", zlib.decompress(r[2])))
        for r in documents
    )
    db.close()
    return tables
