"""What the summary page shows, read from the corpus database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

TOP_SPEAKERS = 15
TOP_PAIRS = 25
SHOWN_FAILURES = 50


@dataclass(frozen=True, slots=True)
class PairLine:
    pair_id: int
    old_path: str
    new_path: str
    similarity: float | None
    figures: tuple[int, ...]  # what the table counts for this pair, in its column order


@dataclass(frozen=True, slots=True)
class SpeakerLine:
    name: str
    altered: int
    dropped: int
    reattributed: int
    pair_ids: tuple[int, ...]  # a few pairs where it happened


@dataclass(frozen=True, slots=True)
class Failure:
    old_path: str
    new_path: str
    error: str


@dataclass(frozen=True, slots=True)
class SummaryData:
    pairs_ok: int
    pairs_failed: int
    runs: int
    statuses: dict[str, int]  # verbatim/altered/dropped/unsupported/re-attributed
    speakers: list[SpeakerLine]
    similarities: list[float]
    quote_pairs: list[PairLine]  # most quotes altered, dropped, unsupported or re-attributed
    change_pairs: list[PairLine] | None  # most high-severity changes; None without a ledger
    failures: list[Failure]


def read_summary(db: sqlite3.Connection) -> SummaryData:
    ok, failed = db.execute(
        "SELECT COALESCE(SUM(status = 'ok'), 0), COALESCE(SUM(status = 'failed'), 0) FROM pairs"
    ).fetchone()
    return SummaryData(
        int(ok),
        int(failed),
        int(db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]),
        _statuses(db),
        _speakers(db),
        [float(r[0]) for r in db.execute("SELECT similarity FROM pairs WHERE status = 'ok'")],
        _quote_pairs(db),
        _change_pairs(db),
        [Failure(*r) for r in db.execute(_FAILURES, (SHOWN_FAILURES,))],
    )


_FAILURES = (
    "SELECT old_path, new_path, error FROM pairs WHERE status = 'failed' ORDER BY line LIMIT ?"
)


def _statuses(db: sqlite3.Connection) -> dict[str, int]:
    counts = dict.fromkeys(("verbatim", "altered", "dropped", "unsupported"), 0)
    for status, count in db.execute("SELECT status, COUNT(*) FROM audit GROUP BY status"):
        counts[status] = int(count)
    counts["re-attributed"] = int(
        db.execute("SELECT COUNT(*) FROM audit WHERE speaker_changed").fetchone()[0]
    )
    return counts


def _speakers(db: sqlite3.Connection) -> list[SpeakerLine]:
    """Speakers of the old version whose quotes the rewrites changed most often."""
    rows = db.execute(
        "SELECT speaker_old_name, SUM(status = 'altered'), SUM(status = 'dropped'), "
        "SUM(speaker_changed), GROUP_CONCAT(DISTINCT pair_id) FROM audit "
        "WHERE speaker_old_name IS NOT NULL "
        "AND (status IN ('altered', 'dropped') OR speaker_changed) "
        "GROUP BY speaker_old_name "
        "ORDER BY SUM(status IN ('altered', 'dropped')) + SUM(speaker_changed) DESC, "
        "speaker_old_name "
        "LIMIT ?",
        (TOP_SPEAKERS,),
    )
    return [SpeakerLine(name, int(a), int(d), int(r), _ids(ids)[:5]) for name, a, d, r, ids in rows]


def _ids(text: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(i) for i in text.split(","))) if text else ()


def _quote_pairs(db: sqlite3.Connection) -> list[PairLine]:
    rows = db.execute(
        "SELECT id, old_path, new_path, similarity, altered, dropped, unsupported, speaker_changed "
        "FROM pairs WHERE status = 'ok' AND altered + dropped + unsupported + speaker_changed > 0 "
        "ORDER BY altered + dropped + unsupported + speaker_changed DESC, line, id LIMIT ?",
        (TOP_PAIRS,),
    )
    return [PairLine(r[0], r[1], r[2], r[3], tuple(int(v) for v in r[4:])) for r in rows]


def _change_pairs(db: sqlite3.Connection) -> list[PairLine] | None:
    has_ledger = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'changes'"
    ).fetchone()
    if has_ledger is None:
        return None
    rows = db.execute(
        "SELECT p.id, p.old_path, p.new_path, p.similarity, p.changes_high, "
        "(SELECT COUNT(*) FROM changes c WHERE c.pair_id = p.id) AS total FROM pairs p "
        "WHERE p.status = 'ok' AND p.changes_high > 0 "
        "ORDER BY p.changes_high DESC, total DESC, p.line, p.id LIMIT ?",
        (TOP_PAIRS,),
    )
    return [PairLine(r[0], r[1], r[2], r[3], (int(r[4]), int(r[5]))) for r in rows]
