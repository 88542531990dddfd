"""'Changes only' hides the same aligned paragraphs on both sides, folded into rows that expand."""

from __future__ import annotations

import pytest
from conftest import wait_idle
from PySide6.QtCore import Qt

from reader.documents.model import Span
from reader.ui.panes.folding import fold_label, paragraph_groups

PARAS = [
    "Harbour deal signed.",
    "The council met on Monday to discuss the harbour.",
    "Members spoke for two hours about the plan.",
    "The mayor said it was a good day for the town.",
    "Residents were not consulted about the lorries.",
    "The port will open next spring, officials said.",
    "A union leader promised to watch the hiring closely.",
    "The meeting ended shortly after nine.",
]


def pair() -> tuple[str, str]:
    new = list(PARAS)
    new[3] = 'The mayor said "it was a good day for the town."'  # marks added only
    del new[4]  # a paragraph dropped
    new.insert(6, "Analysts suggest the port could double in size.")  # one invented
    return "\n\n".join(PARAS) + "\n", "\n\n".join(new) + "\n"


def shown(view) -> list[str]:
    doc, out = view.document(), []
    block = doc.begin()
    while block.isValid():
        if block.isVisible() and block.text().strip():
            out.append(block.text())
        block = block.next()
    return out


def test_both_sides_hide_the_same_paragraphs(window, write, qtbot):
    old, new = pair()
    window.open_pair(write("old.txt", old), write("new.txt", new))
    wait_idle(qtbot, window, quotes=False)
    window.acts.only_changed.setChecked(True)
    left, right = shown(window.views["old"]), shown(window.views["new"])
    hidden = set(PARAS) - set(left)
    assert hidden and hidden == set(new.split("\n\n")[:-1]) - set(right) - {""}
    assert hidden.isdisjoint(right)  # what is hidden on the left is hidden on the right
    assert PARAS[3] in left  # its counterpart changed only in quote marks
    assert any("good day" in text for text in right)
    assert PARAS[4] in left and "Analysts suggest the port could double in size." in right
    folds = {side: window.views[side].fold_rows.folds for side in ("old", "new")}
    assert [f.count for f in folds["old"]] == [f.count for f in folds["new"]]
    assert sum(f.count for f in folds["old"]) == len(hidden)


def test_a_fold_row_expands_on_click_on_both_sides(window, write, qtbot):
    old, new = pair()
    window.open_pair(write("old.txt", old), write("new.txt", new))
    wait_idle(qtbot, window, quotes=False)
    window.acts.only_changed.setChecked(True)
    view = window.views["new"]
    fold, rect = view.fold_rows.rects(view.column_margin(), view.scroll_y())[0]
    assert f"{fold.count} unchanged paragraph" in fold_label(fold)
    before = len(shown(window.views["old"]))
    rows = len(view.fold_rows.folds)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert len(view.fold_rows.folds) == rows - 1
    assert len(shown(window.views["old"])) > before
    assert not any(fold.groups & f.groups for f in window.views["old"].fold_rows.folds)
    window.acts.only_changed.setChecked(False)
    assert window.views["old"].fold_rows.folds == []
    assert len(shown(window.views["old"])) == len(PARAS)


def test_groups_follow_the_alignment_both_ways():
    old = [Span(0, 10), Span(12, 20)]
    new = [Span(0, 4), Span(5, 10), Span(12, 20)]
    old_groups, new_groups = paragraph_groups(old, new, lambda o: o, lambda o: o)
    assert new_groups[0] == new_groups[1] == old_groups[0]  # one old paragraph split in two
    assert old_groups[1] == new_groups[2] != old_groups[0]


def _text_bottom(view, number: int) -> float:
    """The bottom of the last laid-out line of block `number`, in document pixels."""
    block = view.document().findBlockByNumber(number)
    layout = block.layout()
    line = layout.lineAt(layout.lineCount() - 1)
    return layout.position().y() + line.rect().bottom()


def _next_text_top(view, number: int) -> float | None:
    doc = view.document()
    block = doc.findBlockByNumber(number).next()
    while block.isValid():
        if block.isVisible() and block.text().strip():
            return doc.documentLayout().blockBoundingRect(block).top()
        block = block.next()
    return None


@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # blank lines between paragraphs, or none
def test_fold_rows_sit_in_the_gap_and_line_up_on_both_sides(window, write, qtbot, gap):
    old, new = (text.replace("\n\n", gap) for text in pair())
    window.resize(1400, 900)
    window.open_pair(write("old.txt", old), write("new.txt", new))
    wait_idle(qtbot, window, quotes=False)
    window.acts.only_changed.setChecked(True)
    wait_idle(qtbot, window, quotes=False)
    tops = {}
    for side in ("old", "new"):
        view = window.views[side]
        rows = view.fold_rows.rects(view.column_margin(), 0)
        assert rows
        for fold, rect in rows:
            assert rect.top() >= _text_bottom(view, fold.anchor_block)  # not over the text
            below = _next_text_top(view, fold.anchor_block)
            assert below is None or rect.bottom() <= below  # nor over the next paragraph
            assert rect.height() > 10
        tops[side] = [rect.top() for _, rect in rows]
    # the first fold follows the same (unchanged) paragraphs on both sides
    assert tops["old"][0] == tops["new"][0]
    assert window.views["old"].scroll_y() == window.views["new"].scroll_y()
