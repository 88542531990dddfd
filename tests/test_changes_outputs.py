"""reader-cli's text, JSON and HTML outputs list the same changes (the change ledger)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from reader.cli import main

OLD = (
    "Harbour board backs yard\n\n"
    "The board voted on Tuesday to lease the quay for 25 years, according to the council. "
    "The mayor said the yard may bring 180 jobs.\n\n"
    "Okafor said the union would not stand by. The harbour is finalising its plans.\n"
)
NEW = (
    "Harbour board backs yard\n\n"
    "The board voted to lease the quay for 20 years. "
    "The mayor claimed the yard will bring 180 jobs.\n\n"
    "Okafor said the union would stand by. The harbour is finalizing its plans.\n"
)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return str(old), str(new)


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["compare", *argv, "--no-quotes"]) == 0
    return capsys.readouterr().out


def _by_severity(items: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(items, key=lambda item: order[item[0]])


def test_text_json_and_html_list_the_same_changes(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str]
) -> None:
    data = json.loads(_out(capsys, *pair, "--format", "json"))
    assert data["schema"] == "reader.comparison/2"
    changes = data["changes"]
    kinds = {c["kind"] for c in changes}
    assert {"date", "number", "source", "attribution_verb", "hedge", "negation", "style"} <= kinds
    starts = [c["new"][0] if c["new"] else None for c in changes]
    assert [s for s in starts if s is not None] == sorted(s for s in starts if s is not None)
    from_json = _by_severity(
        [(c["severity"], c["kind"], c["old_text"], c["new_text"]) for c in changes]
    )

    text = _out(capsys, *pair)
    rows = [line[6:] for line in text.splitlines() if line.startswith(("  [ ] ", "      "))]
    assert len(rows) == len(from_json)
    for row, (severity, kind, _, _) in zip(rows, from_json, strict=True):
        assert row.split()[:2] == [severity, kind]
    boxes = [line for line in text.splitlines() if line.startswith("  [ ] ")]
    assert len(boxes) == sum(severity != "low" for severity, *_ in from_json)

    html = _out(capsys, *pair, "--format", "html")
    cells = re.findall(
        r"<tr data-kind='(\w+)'><td class='(\w+)'>\w+</td><td class='kind'>[^<]*</td>"
        r"<td>([^<]*)</td><td>([^<]*)</td>",
        html,
    )
    from_html = [(sev, kind, unescape(old), unescape(new)) for kind, sev, old, new in cells]
    non_style = [item for item in from_json if item[1] != "style"]
    style = [item for item in from_json if item[1] == "style"]
    assert from_html == non_style + style


def test_no_changes_leaves_the_ledger_out(
    capsys: pytest.CaptureFixture[str], pair: tuple[str, str]
) -> None:
    data = json.loads(_out(capsys, *pair, "--format", "json", "--no-changes"))
    assert "changes" not in data and data["schema"] == "reader.comparison/2"
    assert "What changed" not in _out(capsys, *pair, "--no-changes")
