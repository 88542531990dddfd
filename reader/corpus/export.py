"""Out of the database: CSV tables for R and pandas, and the JSONL of comparison documents."""

from __future__ import annotations

import csv
import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path

from reader.corpus.pairs import AuditOptions, PairSpec

CSV_TABLES = ("runs", "pairs", "speakers", "quotes", "audit", "changes")


def export_csv(connection: sqlite3.Connection, folder: Path) -> list[Path]:
    """One UTF-8 CSV per table (header row, NULL as empty); the document blobs stay in the DB."""
    folder.mkdir(parents=True, exist_ok=True)
    present = {
        r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    written = []
    for table in (t for t in CSV_TABLES if t in present):
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY rowid")
        path = folder / f"{table}.csv"
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(column[0] for column in cursor.description)
            writer.writerows(cursor)
        written.append(path)
    return written


def export_jsonl(
    connection: sqlite3.Connection,
    path: Path,
    pairs: Sequence[PairSpec] | None,
    options: AuditOptions,
) -> int:
    """The `compare --pairs --format jsonl` lines of the compared pairs, in the pairs file's order.

    Without a pairs file, every compared pair stored with these options, in line order.
    """
    key = options.key()
    query = (
        "SELECT p.old_path, p.new_path, d.comparison FROM pairs p JOIN documents d "
        "ON d.pair_id = p.id WHERE p.options = ? AND p.status = 'ok' ORDER BY p.line, p.id"
    )
    documents = {(r[0], r[1]): bytes(r[2]) for r in connection.execute(query, (key,))}
    order = list(documents) if pairs is None else [pair.key for pair in pairs]
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for pair_key in order:
            blob = documents.get(pair_key)
            if blob is not None:
                stream.write(zlib.decompress(blob).decode("utf-8") + "\n")
                count += 1
    return count
