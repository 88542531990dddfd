"""The window breaks paragraphs where the text report does (`reading_paragraphs` decides)."""

from __future__ import annotations

import re

from conftest import wait_idle

from reader.analysis import Span, reading_paragraphs
from reader.report.text_report import render_text

NBSP = "\u00a0"
# A headline over a subheadline, lines ending in a space or a no-break space, and
# one paragraph hard-wrapped at about forty characters (its lines are joined).
OLD = (
    "Bridge reopens after repairs; \n"
    "Council says traffic will be light for a week.\n"
    "\n"
    f"The bridge over the river opened again on Tuesday morning.{NBSP} \n"
    "Engineers had worked on it since the spring floods. \n"
    f"A spokesman thanked drivers for their patience.{NBSP}\n"
    "\n"
    "The toll will stay at the old price until the\n"
    "end of the year, the council said in a short\n"
    "statement published on its website.\n"
)
NEW = OLD.replace("since the spring floods", "since the floods in April")


def shown_blocks(view) -> list[str]:
    doc, out = view.document(), []
    block = doc.begin()
    while block.isValid():
        if block.isVisible() and block.text().strip():
            out.append(block.text().strip())
        block = block.next()
    return out


def test_each_line_is_a_paragraph_unless_it_was_hard_wrapped():
    lines = [OLD[s.start : s.end] for s in reading_paragraphs(OLD, [Span(0, len(OLD))])]
    assert lines[:2] == [
        "Bridge reopens after repairs;",
        "Council says traffic will be light for a week.",
    ]
    assert lines[2].endswith("morning.") and lines[4].endswith("patience.")
    assert len(lines) == 6
    assert lines[5].startswith("The toll") and lines[5].endswith("website.")


def test_the_panes_break_lines_where_the_text_report_does(window, write, qtbot):
    window.open_pair(write("old.txt", OLD), write("new.txt", NEW))
    wait_idle(qtbot, window, quotes=False)
    report = render_text(window.diff.comparison)
    body = report.split("\n", 3)[3]  # after the header, the legend and a blank line
    as_new = re.sub(r"\[-.*?-\]", "", body).replace("{+", "").replace("+}", "")
    report_lines = [line.strip() for line in as_new.splitlines() if line.strip()]
    assert len(report_lines) == 8
    pane = shown_blocks(window.views["new"])
    # every line the report shows is a paragraph of its own in the pane, but the
    # hard-wrapped lines of the last paragraph, which the pane joins into one
    assert pane == [*report_lines[:5], " ".join(report_lines[5:])]
    assert pane[1] == "Council says traffic will be light for a week."
