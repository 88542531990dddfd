"""What a highlighted passage means, in words, for the hover tooltip."""

from __future__ import annotations

from bisect import bisect_right
from html import escape
from typing import Any

MAX_QUOTE = 280


def mark_at(marks: list[tuple[int, int, str]], offset: int) -> str | None:
    starts = [m[0] for m in marks]
    i = bisect_right(starts, offset) - 1
    # moved sentences and the words inside them overlap: prefer the word mark
    found = None
    while i >= 0 and marks[i][0] <= offset:
        if offset < marks[i][1]:
            if marks[i][2] != "moved":
                return marks[i][2]
            found = found or marks[i][2]
        i -= 1
        if found and i >= 0 and marks[i][1] < offset - 2000:
            break
    return found


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE].rsplit(" ", 1)[0] + " …")


def mark_tooltip(
    comparison: Any,
    side: str,
    marks: list[tuple[int, int, str]],
    offset: int,
    link: tuple[Any, ...] | None,
) -> str | None:
    mark = mark_at(marks, offset)
    if mark is None:
        return None
    other_label = "revised version" if side == "old" else "original"
    if mark == "moved":
        return (
            f"<b>Moved</b><br>This sentence sits elsewhere in the {other_label}. Click to go there."
        )
    if mark == "deleted":
        head = "<b>Removed</b><br>Not in the revised version."
    elif mark == "inserted":
        head = "<b>Added</b><br>Not in the original."
    else:
        head = "<b>Reworded</b>"
    if link is not None:
        start, end = (link[3], link[4]) if side == "old" else (link[1], link[2])
        other_text = (comparison.new if side == "old" else comparison.old).text[start:end]
        if other_text.strip():
            head += f"<br><br><i>The {other_label} reads:</i><br>{_excerpt(other_text)}"
    return head
