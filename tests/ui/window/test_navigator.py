"""Next/Previous change: from the top, a note at the ends, wrap on the next press."""

from __future__ import annotations

from reader.ui.window.change_cursor import ChangeCursor


def test_next_starts_at_the_first_change_and_previous_at_the_last():
    cursor = ChangeCursor()
    cursor.reset(3)
    assert cursor.label() == "3 changed passages"
    assert cursor.step(+1).index == 0
    assert cursor.label() == "Changed passage 1 of 3"
    cursor.reset(3)
    assert cursor.step(-1).index == 2


def test_the_last_change_leaves_a_note_then_wraps():
    cursor = ChangeCursor()
    cursor.reset(2)
    assert [cursor.step(+1).index for _ in range(2)] == [0, 1]
    note = cursor.step(+1)
    assert note.index is None and "Last change" in note.note
    assert cursor.label() == "Changed passage 2 of 2"
    assert cursor.step(+1).index == 0


def test_going_back_past_the_first_also_asks_first():
    cursor = ChangeCursor()
    cursor.reset(2)
    cursor.step(+1)
    assert "First change" in cursor.step(-1).note
    assert cursor.step(-1).index == 1


def test_a_direct_choice_cancels_a_pending_wrap():
    cursor = ChangeCursor()
    cursor.reset(3)
    cursor.set_index(2)
    cursor.step(+1)  # note
    cursor.set_index(1)
    assert cursor.step(+1).index == 2


def test_no_changes():
    cursor = ChangeCursor()
    cursor.reset(0)
    assert cursor.step(+1).index is None
    assert cursor.label() == ""
