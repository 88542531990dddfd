"""The corpus database's tables and indexes (documented in docs/corpus.md)."""

from __future__ import annotations

SCHEMA_VERSION = "2"

# Schema 2 added how an altered quote changed and whether its credit went or came (last,
# as ALTER TABLE puts them); a schema 1 database gains the two columns, NULL in the rows
# it already holds, and is kept.
MIGRATIONS = {
    "1": (
        "ALTER TABLE audit ADD COLUMN alteration TEXT",
        "ALTER TABLE audit ADD COLUMN attribution TEXT",
    ),
}

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted', 'failed')),
    pairs_file TEXT,
    options TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    scheduler TEXT,
    workers INTEGER,
    pairs_total INTEGER NOT NULL DEFAULT 0,
    pairs_skipped INTEGER NOT NULL DEFAULT 0,
    pairs_done INTEGER NOT NULL DEFAULT 0,
    pairs_failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS pairs (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    line INTEGER NOT NULL,
    old_path TEXT NOT NULL,
    new_path TEXT NOT NULL,
    old_sha256 TEXT,
    new_sha256 TEXT,
    options TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error TEXT,
    worker TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    seconds_load REAL NOT NULL,
    seconds_analyse REAL NOT NULL,
    seconds_total REAL NOT NULL,
    similarity REAL,
    words_old INTEGER,
    words_new INTEGER,
    words_equal INTEGER,
    words_deleted INTEGER,
    words_inserted INTEGER,
    words_moved INTEGER,
    degraded INTEGER,
    quotes_old INTEGER,
    quotes_new INTEGER,
    verbatim INTEGER,
    altered INTEGER,
    dropped INTEGER,
    unsupported INTEGER,
    speaker_changed INTEGER,
    changes_high INTEGER,
    UNIQUE (old_path, new_path, options)
);
CREATE TABLE IF NOT EXISTS speakers (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    speaker_id TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    old_mentions INTEGER NOT NULL,
    new_mentions INTEGER NOT NULL,
    PRIMARY KEY (pair_id, speaker_id)
);
CREATE TABLE IF NOT EXISTS quotes (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    version TEXT NOT NULL CHECK (version IN ('old', 'new')),
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_id TEXT,
    speaker_name TEXT,
    PRIMARY KEY (pair_id, version, quote_id)
);
CREATE TABLE IF NOT EXISTS audit (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    entry INTEGER NOT NULL,
    old_quote TEXT,
    new_quote TEXT,
    status TEXT NOT NULL,
    speaker_old TEXT,
    speaker_old_name TEXT,
    speaker_new TEXT,
    speaker_new_name TEXT,
    speaker_changed INTEGER NOT NULL,
    score REAL NOT NULL,
    old_text TEXT,
    new_text TEXT,
    alteration TEXT,
    attribution TEXT,
    PRIMARY KEY (pair_id, entry)
);
CREATE TABLE IF NOT EXISTS documents (
    pair_id INTEGER PRIMARY KEY REFERENCES pairs(id) ON DELETE CASCADE,
    comparison BLOB NOT NULL,
    report BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS pairs_status ON pairs (status);
CREATE INDEX IF NOT EXISTS pairs_hashes ON pairs (old_sha256, new_sha256);
CREATE INDEX IF NOT EXISTS pairs_similarity ON pairs (similarity);
CREATE INDEX IF NOT EXISTS pairs_run ON pairs (run_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_name);
CREATE INDEX IF NOT EXISTS audit_status ON audit (status);
CREATE INDEX IF NOT EXISTS audit_speaker_old ON audit (speaker_old_name, status);
CREATE INDEX IF NOT EXISTS audit_speaker_new ON audit (speaker_new_name, status);
"""

# Created only when the changes ledger (reader.changes, issue 14) is installed.
CHANGES_TABLE = """
CREATE TABLE IF NOT EXISTS changes (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    entry INTEGER NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    old_start INTEGER,
    old_end INTEGER,
    new_start INTEGER,
    new_end INTEGER,
    old_text TEXT,
    new_text TEXT,
    note TEXT,
    PRIMARY KEY (pair_id, entry)
);
CREATE INDEX IF NOT EXISTS changes_kind ON changes (kind, severity);
CREATE INDEX IF NOT EXISTS changes_severity ON changes (severity);
"""

STAT_COLUMNS = (
    "similarity",
    "words_old",
    "words_new",
    "words_equal",
    "words_deleted",
    "words_inserted",
    "words_moved",
    "degraded",
    "quotes_old",
    "quotes_new",
    "verbatim",
    "altered",
    "dropped",
    "unsupported",
    "speaker_changed",
    "changes_high",
)
