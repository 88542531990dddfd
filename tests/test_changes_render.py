"""The ledger's JSON, checklist and HTML forms list the same changes."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from changes_helpers import ledger

from reader.changes import ChangeKind, Severity
from reader.changes.render import (
    by_severity,
    change_from_json,
    changes_from_document,
    changes_html,
    changes_json,
    checklist_lines,
)

OLD = (
    "Police said 26 allies met in Vilnius on Thursday. The harbour is busy. "
    "The plant may close, according to the union."
)
NEW = "Officials said 25 allies met in Vilnius. The harbor is busy. The plant will close."


@pytest.fixture(scope="module")
def changes():  # type: ignore[no-untyped-def]
    return ledger(OLD, NEW)


def test_json_round_trips_and_is_in_document_order(changes) -> None:  # type: ignore[no-untyped-def]
    items = json.loads(json.dumps(changes_json(changes)))
    assert [change_from_json(item) for item in items] == changes
    assert set(items[0]) == {"kind", "severity", "old", "new", "old_text", "new_text", "note"}


def test_checklist_puts_high_and_medium_first_as_boxes(changes) -> None:  # type: ignore[no-untyped-def]
    lines = checklist_lines(changes)
    boxes = [line for line in lines if line.startswith("  [ ]")]
    assert boxes and all(" low " not in line for line in boxes)
    assert len(boxes) == sum(c.severity is not Severity.LOW for c in changes)
    first_low = next(i for i, line in enumerate(lines) if line.startswith("Also changed"))
    assert all(lines.index(box) < first_low for box in boxes)


def test_html_section_rows_follow_the_checklist_order(changes) -> None:  # type: ignore[no-untyped-def]
    html = changes_html(changes)
    assert "<h2>What changed</h2>" in html
    kinds = re.findall(r"<tr data-kind='(\w+)'>", html)
    shown = [c for c in by_severity(changes) if c.kind is not ChangeKind.STYLE]
    style = [c for c in by_severity(changes) if c.kind is ChangeKind.STYLE]
    assert kinds == [c.kind.value for c in shown + style]
    assert "harbour" in unescape(html)


def test_a_version_1_document_has_no_ledger_and_a_version_2_document_has_one(changes) -> None:  # type: ignore[no-untyped-def]
    assert changes_from_document({"schema": "reader.comparison/1", "edits": []}) is None
    document = {"schema": "reader.comparison/2", "changes": changes_json(changes)}
    assert changes_from_document(document) == changes
    with pytest.raises(ValueError, match=r"not a reader\.comparison"):
        changes_from_document({"schema": "something/else"})
