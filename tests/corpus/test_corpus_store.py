"""The corpus database: refusing files it did not make, skipping what is done, the ledger hook."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from reader.cli import main as cli_main
from reader.corpus.pairs import read_pairs
from reader.corpus.rows import pair_rows
from reader.corpus.runner import plan_run
from reader.corpus.store import CorpusStore, StoreError
from reader.corpus.work import PairResult, PairTask, Timings

from .conftest import OPTIONS, PAIRS


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("My notes, not a database.\n", encoding="utf-8")
    assert cli_main(["audit-corpus", "--db", str(article), "--export", "csv"]) == 2
    assert (
        "article.txt: this file is not a SQLite database; not touching it"
        in capsys.readouterr().err
    )
    assert article.read_text(encoding="utf-8") == "My notes, not a database.\n"


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(
        StoreError, match=r"other\.sqlite: this database was not made by reader-cli"
    ):
        CorpusStore(path)


def test_a_finished_corpus_has_nothing_left_to_do(
    corpus_dir: Path, expected_db: Path, tmp_path: Path
) -> None:
    db = shutil.copy(expected_db, tmp_path / "r.sqlite")
    store = CorpusStore(Path(db))
    plan = plan_run(store, read_pairs(corpus_dir / "pairs.tsv"), OPTIONS, retry_failed=False)
    # Only the missing file is tried again: it has no hash to compare.
    assert (plan.skipped, [t.line for t in plan.tasks]) == (PAIRS + 2, [PAIRS + 1])
    retry = plan_run(store, read_pairs(corpus_dir / "pairs.tsv"), OPTIONS, retry_failed=True)
    assert [t.line for t in retry.tasks] == [PAIRS + 1, PAIRS + 2, PAIRS + 3]
    other = dataclasses.replace(OPTIONS, with_quotes=False)
    assert (
        len(plan_run(store, read_pairs(corpus_dir / "pairs.tsv"), other, False).tasks) == PAIRS + 3
    )


def test_an_edited_file_has_its_pair_done_again(
    corpus_dir: Path, expected_db: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus_dir, copy)
    store = CorpusStore(Path(shutil.copy(expected_db, tmp_path / "r.sqlite")))
    # The stored paths are the original folder's: point the copy's plan at them.
    pairs = read_pairs(corpus_dir / "pairs.tsv")
    edited = pairs[4].new
    original = edited.read_bytes()
    try:
        edited.write_bytes(original + b"\nA late correction.\n")
        plan = plan_run(store, pairs, OPTIONS, retry_failed=False)
    finally:
        edited.write_bytes(original)
    assert [t.line for t in plan.tasks] == [5, PAIRS + 1]


def _with_ledger(document: dict[str, object]) -> dict[str, object]:
    """A document as issue 14's ledger will write it (the shape its JSON schema gives)."""
    changes = [
        {"kind": "number", "severity": "high", "old": [10, 12], "new": [10, 12],
         "old_text": "26", "new_text": "25", "note": "a count changed"},
        {"kind": "wording", "severity": "low", "old": None, "new": [0, 4],
         "old_text": None, "new_text": "Also", "note": "a word added"},
    ]  # fmt: skip
    return {**document, "changes": changes}


def test_the_changes_table_is_filled_from_the_ledger_when_there_is_one(
    expected_db: Path, tmp_path: Path
) -> None:
    source = sqlite3.connect(expected_db)
    blob, report = source.execute("SELECT comparison, report FROM documents LIMIT 1").fetchone()
    document = _with_ledger(json.loads(zlib.decompress(blob)))
    store = CorpusStore(tmp_path / "ledger.sqlite", changes=True)
    task = PairTask(
        1, "old.txt", "new.txt", "/a/old.txt", "/a/new.txt", "1" * 64, "2" * 64, OPTIONS
    )
    line = json.dumps(document, ensure_ascii=False).encode("utf-8")
    result = PairResult(
        task, None, "w", Timings(0, 0, 0), pair_rows(document), zlib.compress(line), report
    )
    pair_id = store.write(store.begin_run(None, OPTIONS.key(), "test", 1), result)
    rows = store.connection.execute("SELECT * FROM changes ORDER BY entry").fetchall()
    assert rows == [
        (pair_id, 0, "number", "high", 10, 12, 10, 12, "26", "25", "a count changed"),
        (pair_id, 1, "wording", "low", None, None, 0, 4, None, "Also", "a word added"),
    ]
    high = store.connection.execute("SELECT changes_high FROM pairs").fetchone()[0]
    assert high == 1


def test_without_the_ledger_there_is_no_changes_table(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path / "plain.sqlite", changes=False)
    assert not store.has_changes_table()


def test_the_audit_table_says_how_an_altered_quote_changed_as_the_window_does(
    expected_db: Path,
) -> None:
    with sqlite3.connect(expected_db) as db:
        rows = db.execute(
            "SELECT status, alteration, attribution FROM audit ORDER BY pair_id, entry"
        ).fetchall()
    altered = [how for status, how, _ in rows if status == "altered"]
    assert altered and all(
        how in {"trimmed", "words cut", "words added", "reworded", None} for how in altered
    )
    assert any(how is not None for how in altered)
    assert all(how is None for status, how, _ in rows if status != "altered")
    assert {who for *_, who in rows} <= {"removed", "added", None}


def test_a_schema_1_database_gains_the_new_columns_and_keeps_its_rows(
    expected_db: Path, tmp_path: Path
) -> None:
    path = Path(shutil.copy(expected_db, tmp_path / "old.sqlite"))
    with sqlite3.connect(path) as db:
        before = db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        db.execute("ALTER TABLE audit DROP COLUMN alteration")
        db.execute("ALTER TABLE audit DROP COLUMN attribution")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    CorpusStore(path).close()
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(audit)")]
        assert columns[-2:] == ["alteration", "attribution"]
        assert db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "2"


def test_a_database_of_a_newer_schema_is_refused(expected_db: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(expected_db, tmp_path / "new.sqlite"))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '9' WHERE key = 'schema'")
    with pytest.raises(StoreError, match=r"new\.sqlite: schema 9, this reader-cli writes 2"):
        CorpusStore(path)
