"""The text, JSON and HTML reports of the bundled sample pair, held against golden files.

After an intended change to the engine or the reports, regenerate them with
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_report_golden.py
and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader import analysis
from reader.cli import json_text
from reader.report.html_report import render_html
from reader.report.json_report import comparison_json
from reader.report.text_report import render_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
GOLDEN = Path(__file__).parent / "golden"
WHEN = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample() -> analysis.Analysis:
    old = analysis.load(SAMPLES / "harbour-original.txt")
    new = analysis.load(SAMPLES / "harbour-rewrite.txt")
    return analysis.analyse_pair(old, new)


def _portable(text: str) -> str:
    """The checkout's own path replaced, so the files hold in any clone."""
    return text.replace(str(SAMPLES), "<samples>")


def _check(name: str, produced: str) -> None:
    path = GOLDEN / name
    produced = _portable(produced)
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(produced, encoding="utf-8")
    assert path.exists(), f"no golden file {name}: run with UPDATE_GOLDEN=1"
    assert produced == path.read_text(encoding="utf-8")


def test_text_report(sample: analysis.Analysis) -> None:
    _check("sample.txt", render_text(sample.comparison, sample.audit))


def test_json_report(sample: analysis.Analysis) -> None:
    _check("sample.json", json_text(comparison_json(*sample), indent=1) + "\n")


def test_html_report(sample: analysis.Analysis) -> None:
    _check("sample.html", render_html(sample.comparison, sample.audit, generated=WHEN))


def test_json_is_compact_unless_indented(sample: analysis.Analysis) -> None:
    compact = json_text(comparison_json(*sample))
    assert "\n" not in compact and ", " not in compact.replace('", "', "")[:200]
    assert json.loads(compact) == json.loads(json_text(comparison_json(*sample), indent=2))
