"""What comes out of a corpus database: CSV tables, the JSONL, the summary page, progress."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

from reader.cli import main as cli_main
from reader.corpus.export import export_csv, export_jsonl
from reader.corpus.pairs import read_pairs
from reader.corpus.progress import Progress
from reader.corpus.summary import write_summary

from .conftest import OPTIONS, PAIRS


def test_csv_tables_hold_every_row(expected_db: Path, tmp_path: Path) -> None:
    db = sqlite3.connect(expected_db)
    written = export_csv(db, tmp_path / "csv")
    assert [p.name for p in written] == [
        "runs.csv",
        "pairs.csv",
        "speakers.csv",
        "quotes.csv",
        "audit.csv",
        "changes.csv",
    ]
    for path in written:
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
        count = db.execute(f"SELECT COUNT(*) FROM {path.stem}").fetchone()[0]
        assert len(rows) == count + 1 and count > 0
    header = next(csv.reader((tmp_path / "csv" / "audit.csv").open(encoding="utf-8")))
    assert header[:5] == ["pair_id", "entry", "old_quote", "new_quote", "status"]


def test_jsonl_is_byte_for_byte_what_compare_pairs_writes(
    corpus_dir: Path, expected_db: Path, tmp_path: Path
) -> None:
    pairs = read_pairs(corpus_dir / "pairs.tsv")
    few = tmp_path / "few.tsv"  # absolute paths: the documents spell them as the corpus run did
    few.write_text("".join(f"{p.old}\t{p.new}\n" for p in pairs[:3]), encoding="utf-8")
    assert (
        cli_main(
            ["compare", "--pairs", str(few), "--format", "jsonl", "-o", str(tmp_path / "cli.jsonl")]
        )
        == 0
    )
    count = export_jsonl(sqlite3.connect(expected_db), tmp_path / "db.jsonl", pairs[:3], OPTIONS)
    assert count == 3
    assert (tmp_path / "db.jsonl").read_bytes() == (tmp_path / "cli.jsonl").read_bytes()
    everything = export_jsonl(sqlite3.connect(expected_db), tmp_path / "all.jsonl", pairs, OPTIONS)
    assert everything == PAIRS  # the failed pairs have no document


def test_summary_page_has_charts_and_every_link_works(expected_db: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.html"
    written = write_summary(sqlite3.connect(expected_db), summary)
    page = summary.read_text(encoding="utf-8")
    assert page.count("<svg") == 3  # statuses, speakers, similarity
    assert f"{PAIRS} pairs compared, 3 failed" in page
    assert "binary.txt: the file is binary, not text" in page
    links = set(re.findall(r"href='([^']+)'", page))
    assert links and all((tmp_path / link).is_file() for link in links)
    assert {tmp_path / link for link in links} == set(written[1:])
    report = (tmp_path / sorted(links)[0]).read_text(encoding="utf-8")
    assert report.startswith("<!DOCTYPE html>")


def test_summary_names_the_speakers_whose_quotes_changed(expected_db: Path, tmp_path: Path) -> None:
    db = sqlite3.connect(expected_db)
    names = {
        r[0] for r in db.execute("SELECT speaker_old_name FROM audit WHERE status = 'dropped'")
    }
    write_summary(db, tmp_path / "s.html")
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert names and all(name in page for name in names if name)


def test_progress_on_a_terminal_redraws_one_line() -> None:
    stream, now = io.StringIO(), [0.0]
    progress = Progress(4, stream, tty=True, clock=lambda: now[0])
    now[0] = 10.0
    progress.update(True)
    now[0] = 20.0
    progress.update(False)
    assert (
        stream.getvalue()
        .split("\r")[-1]
        .startswith("[##############..............] 2/4 pairs, 1 failed, ETA 0:20")
    )


def test_progress_elsewhere_prints_a_line_now_and_then() -> None:
    stream, now = io.StringIO(), [0.0]
    progress = Progress(3, stream, tty=False, every=10.0, clock=lambda: now[0])
    for moment in (1.0, 12.0, 13.0):
        now[0] = moment
        progress.update(True)
    assert stream.getvalue().splitlines() == [
        "audit-corpus: 2/3 pairs, 0 failed, ETA 0:06 (0:12 elapsed)",
        "audit-corpus: 3/3 pairs, 0 failed, ETA 0:00 (0:13 elapsed)",
    ]


def test_summary_uses_the_windows_words_for_statuses(expected_db: Path, tmp_path: Path) -> None:
    # The window says "Added" and "speaker changed"; the page must not say otherwise.
    write_summary(sqlite3.connect(expected_db), tmp_path / "s.html")
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert ">added<" in page and ">speaker changed<" in page
    assert "unsupported" not in page and "re-attributed" not in page.lower()
