"""A quote's words as a line of text: the sidebar's cards, the text report and `reader-cli
quotes` show them the same way.

A quote may run over the hard line breaks of wire copy or e-mailed text; shown as they
are, a card's lines and a terminal's are cut where the file broke them and words go
missing. Every run of white space reads as one space, and a quote too long for its place
is cut after a whole word with an explicit "…", never in the middle and never silently.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.documents.model import Span

ELLIPSIS = "…"
_OPENING = {"“": "”", "‘": "’", '"': '"', "'": "'", "«": "»", "‹": "›"}
_CLOSING = frozenset(("”", "’", '"', "'", "»", "›"))
_OUTER = ("“", '"')
_AFTER_OPEN = frozenset("([“‘«‹—–-")


def one_line(text: str) -> str:
    """The words of `text` with each run of white space (line breaks too) as one space."""
    return " ".join(text.split())


def quoted_pieces(text: str, pieces: Sequence[Span]) -> str:
    """A quote's words on one line: the parts of a quote its attribution interrupts
    (`"A," X said, "B."`) joined by " … ", so the attribution never reads as quoted."""
    return f" {ELLIPSIS} ".join(one_line(text[p.start : p.end]) for p in pieces)


def shortened(text: str, limit: int) -> str:
    """`text` if it has at most `limit` characters, else its words up to the last that fits,
    then "…" (a single word longer than the limit is cut, still followed by "…")."""
    if len(text) <= limit:
        return text
    head = text[: max(1, limit - 1)]
    cut = head.rfind(" ")
    if cut > 0 and not text[len(head)].isspace():
        head = head[:cut]
    return head.rstrip(" ,;:") + ELLIPSIS


def quote_display(text: str) -> str:
    """The quoted words on one line in curly marks, with any quote opened inside them closed.

    A quote span can start inside a nested quotation (“Trump's 'very constructive
    efforts”); closing the inner mark keeps what is shown balanced.
    """
    inner = one_line(text)
    if len(inner) >= 2 and inner[0] in _OUTER and inner[-1] in ("”", '"'):
        inner = inner[1:-1]
    return f"“{inner}{closing_marks(inner)}”"


def closing_marks(text: str) -> str:
    """The marks that close quotations opened in `text` and left open, innermost first."""
    stack: list[str] = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = ch in _OPENING and (before.isspace() or before in _AFTER_OPEN)
        opens = opens and not after.isspace() and not after.isdigit()  # the '90s
        closes = ch in _CLOSING and not after.isalnum() and not before.isspace()
        if stack and closes and _OPENING[stack[-1]] == ch:
            stack.pop()
        elif opens:
            stack.append(ch)
    return "".join(_OPENING[mark] for mark in reversed(stack))
