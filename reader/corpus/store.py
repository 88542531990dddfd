"""The corpus database: one writer (the client process), one transaction per pair, WAL."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from reader import __version__
from reader.corpus.build import process_build
from reader.corpus.schema import (
    CHANGES_TABLE,
    MIGRATIONS,
    SCHEMA_VERSION,
    STAT_COLUMNS,
    TABLES,
)
from reader.corpus.work import PairResult, PairTask, Timings

_APPLICATION = "reader.corpus"


class StoreError(Exception):
    """The database cannot be used; `str(err)` is the one-line message."""


class Done(NamedTuple):
    """What the database holds for a pair key: enough to decide whether to skip it."""

    old_sha256: str | None
    new_sha256: str | None
    ok: bool
    reader_version: str  # of the run that stored it: `reader_version()` then


class RunCounts(NamedTuple):
    total: int
    skipped: int
    done: int
    failed: int


def ledger_available() -> bool:
    """True when the changes ledger (reader.changes) is installed: then a changes table."""
    return importlib.util.find_spec("reader.changes") is not None


def reader_version() -> str:
    """Reader's version and this process's build (`reader.corpus.build`): `0.1.0+4b5d...`."""
    return f"{__version__}+{process_build()}"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class CorpusStore:
    """Reads and writes one corpus database. Not shared between processes or threads."""

    def __init__(self, path: Path, *, changes: bool | None = None) -> None:
        self.path = path
        self.connection = _connect(path)
        self.changes = ledger_available() if changes is None else changes
        try:
            self._create()
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise StoreError(f"{path.name}: not a usable database ({error})") from error

    def _create(self) -> None:
        db = self.connection
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "meta" not in tables:
            raise StoreError(f"{self.path.name}: this database was not made by reader-cli")
        if "meta" in tables:
            self._check_meta()
        script = TABLES + (CHANGES_TABLE if self.changes else "")
        db.executescript(f"BEGIN IMMEDIATE; {script} COMMIT;")  # one transaction
        with _transaction(db):
            db.execute("INSERT OR IGNORE INTO meta VALUES ('application', ?)", (_APPLICATION,))
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))

    def _check_meta(self) -> None:
        meta = dict(self.connection.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("application") != _APPLICATION:
            raise StoreError(f"{self.path.name}: this database was not made by reader-cli")
        found = meta.get("schema")
        if found in MIGRATIONS:
            self._migrate(found)
        elif found != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path.name}: schema {found}, this reader-cli writes {SCHEMA_VERSION}"
            )

    def _migrate(self, found: str) -> None:
        """Bring an older database up to SCHEMA_VERSION, all or nothing."""
        with _transaction(self.connection) as db:
            for statement in MIGRATIONS[found]:
                db.execute(statement)
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))

    def has_changes_table(self) -> bool:
        query = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='changes'"
        return self.connection.execute(query).fetchone() is not None

    def close(self) -> None:
        self.connection.close()

    # Runs

    def begin_run(self, pairs_file: Path | None, options: str, scheduler: str, workers: int) -> int:
        with _transaction(self.connection) as db:
            cursor = db.execute(
                "INSERT INTO runs (started_at, status, pairs_file, options, reader_version, "
                "scheduler, workers) VALUES (?, 'running', ?, ?, ?, ?, ?)",
                (
                    now(),
                    str(pairs_file) if pairs_file else None,
                    options,
                    reader_version(),
                    scheduler,
                    workers,
                ),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, counts: RunCounts) -> None:
        with _transaction(self.connection) as db:
            db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, pairs_total = ?, pairs_skipped = ?, "
                "pairs_done = ?, pairs_failed = ? WHERE id = ?",
                (now(), status, *counts, run_id),
            )

    # Pairs

    def done(self, options: str) -> dict[tuple[str, str], Done]:
        """Every pair already in the database for these options, by absolute paths."""
        rows = self.connection.execute(
            "SELECT p.old_path, p.new_path, p.old_sha256, p.new_sha256, p.status, "
            "r.reader_version FROM pairs p JOIN runs r ON r.id = p.run_id WHERE p.options = ?",
            (options,),
        )
        return {(r[0], r[1]): Done(r[2], r[3], r[4] == "ok", r[5]) for r in rows}

    def write(self, run_id: int, result: PairResult) -> int:
        """Replace the pair's row and its quotes, audit and documents, all or nothing."""
        with _transaction(self.connection) as db:
            pair_id = self._write_pair(db, run_id, result)
            if result.rows is not None and result.document is not None:
                self._write_details(db, pair_id, result)
        return pair_id

    def write_failure(self, run_id: int, task: PairTask, message: str) -> int:
        """A pair that never produced a result (e.g. its workers kept dying)."""
        return self.write(run_id, PairResult(task, message, "", Timings(0.0, 0.0, 0.0)))

    def _write_pair(self, db: sqlite3.Connection, run_id: int, result: PairResult) -> int:
        task = result.task
        options = task.options.key()
        db.execute(
            "DELETE FROM pairs WHERE old_path = ? AND new_path = ? AND options = ?",
            (task.old_key, task.new_key, options),
        )
        stats = result.rows.stats if result.rows is not None else {}
        values = (
            run_id, task.line, task.old_key, task.new_key, task.old_sha256, task.new_sha256,
            options, "ok" if result.ok else "failed", result.error, result.worker, now(),
            result.timings.load, result.timings.analyse, result.timings.total,
            *(stats.get(column) for column in STAT_COLUMNS),
        )  # fmt: skip
        marks = ", ".join("?" * len(values))
        cursor = db.execute(f"INSERT INTO pairs {_PAIR_COLUMNS} VALUES ({marks})", values)
        return int(cursor.lastrowid or 0)

    def _write_details(self, db: sqlite3.Connection, pair_id: int, result: PairResult) -> None:
        assert result.rows is not None and result.document is not None
        rows = result.rows
        _insert(db, "speakers", pair_id, rows.speakers)
        _insert(db, "quotes", pair_id, rows.quotes)
        _insert(db, "audit", pair_id, rows.audit)
        if rows.changes is not None and self.changes:
            _insert(db, "changes", pair_id, rows.changes)
        db.execute(
            "INSERT INTO documents VALUES (?, ?, ?)", (pair_id, result.document, result.report)
        )


_PAIR_COLUMNS = (
    "(run_id, line, old_path, new_path, old_sha256, new_sha256, options, status, error, worker, "
    "finished_at, seconds_load, seconds_analyse, seconds_total, " + ", ".join(STAT_COLUMNS) + ")"
)


def _insert(
    db: sqlite3.Connection, table: str, pair_id: int, rows: Iterable[tuple[object, ...]]
) -> None:
    rows = list(rows)
    if rows:
        marks = ", ".join("?" * (len(rows[0]) + 1))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", [(pair_id, *row) for row in rows])


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=30)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL: durable at checkpoints, never torn
        connection.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        raise StoreError(f"{path.name}: cannot open the database ({error})") from error
    return connection


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (Ctrl+C included)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")
