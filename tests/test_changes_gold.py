"""The change-ledger evaluation set: every gold entry points at words that are in its texts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "changes"
GOLD = sorted(DATA.glob("*.gold.json"))


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "changes_accuracy", ROOT / "benchmarks" / "changes_accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["changes_accuracy"] = module
    spec.loader.exec_module(module)
    return module


def test_the_set_is_big_enough_and_covers_every_kind() -> None:
    pairs = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD]
    own = [p for p in pairs if p["split"] in ("dev", "check1", "check", "check2")]
    assert len(own) >= 10
    assert sum(p["split"] == "check" for p in own) >= 3
    assert sum(p["split"] == "check2" for p in own) >= 5
    assert sum(len(p["changes"]) for p in own) >= 150
    kinds = {c["kind"] for p in own for c in p["changes"]}
    assert kinds == {
        "number", "date", "name", "negation", "hedge", "attribution_verb",
        "source", "scare_quote", "wording", "style",
    }  # fmt: skip


@pytest.mark.parametrize("path", GOLD, ids=[p.name for p in GOLD])
def test_gold_snippets_resolve_to_one_place(path: Path) -> None:
    scorer = _scorer()
    data = json.loads(path.read_text(encoding="utf-8"))
    old = (path.parent / data["old"]).resolve().read_text(encoding="utf-8")
    new = (path.parent / data["new"]).resolve().read_text(encoding="utf-8")
    assert len(scorer.load_gold(path, old, new)) == len(data["changes"])


def test_scoring_counts_overlaps_once_and_by_kind() -> None:
    scorer = _scorer()
    from reader.changes import Change, ChangeKind, Severity
    from reader.documents.model import Span

    gold = [
        scorer.GoldChange("number", Span(0, 2), Span(0, 2), "a"),
        scorer.GoldChange("date", Span(5, 9), None, "b"),
    ]
    found = [
        Change(ChangeKind.NUMBER, Severity.HIGH, Span(1, 2), Span(1, 2), "", "", ""),
        Change(ChangeKind.NUMBER, Severity.HIGH, Span(0, 1), None, "", "", ""),
        Change(ChangeKind.NAME, Severity.HIGH, Span(5, 9), None, "", "", ""),
    ]
    counts = scorer.Counts()
    scorer.score(found, gold, counts, set())
    assert counts.matched == {"number": 1}
    assert counts.found == {"number": 2, "name": 1}
    assert counts.gold == {"number": 1, "date": 1}
