"""A readable word diff for the terminal, in the manner of `git diff --word-diff`.

Figures, legend words, statuses and speaker labels come from `reader.present`,
so the terminal says what the window and the HTML report say.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reader.audit.model import QuoteAudit
from reader.changes.model import Change
from reader.compare.model import Comparison, Edit, EditOp
from reader.present.changes import checklist_lines
from reader.present.cues import EntryCues, with_cue
from reader.present.legend import LEGEND
from reader.present.quote_text import one_line, shortened
from reader.present.quotes import (
    entry_status_text,
    quotes_line,
    speaker_label,
    speaker_names,
    wording,
)
from reader.present.stats import stats_line
from reader.quotes.model import AuditEntry

_RED, _GREEN, _BLUE, _BOLD, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[34m", "\x1b[1m", "\x1b[0m"
_WRAPS = {"removed": ("[-", "-]"), "added": ("{+", "+}"), "moved": ("[moved:", "]")}
_STATUS_CODES = {"verbatim": _GREEN, "altered": _BLUE, "dropped": _RED, "unsupported": _RED}


def render_text(
    comparison: Comparison,
    audit: QuoteAudit | None = None,
    colour: bool = False,
    changes: Sequence[Change] | None = None,
) -> str:
    parts = [_header(comparison), _legend(colour), ""]
    if changes is not None:  # the checklist first: what to check before the full diff
        parts += [*checklist_lines(changes), ""]
    parts.append("".join(_diff_pieces(comparison, colour)))
    if audit is not None:
        parts += ["", *_audit_lines(audit, comparison, colour)]
    return "\n".join(parts).rstrip() + "\n"


def _header(comparison: Comparison) -> str:
    names = f"{comparison.old.display_name} -> {comparison.new.display_name}"
    return f"{names}: {stats_line(comparison.stats)}"


def _legend(colour: bool) -> str:
    """The window's legend words, each written the way this report marks it."""
    shown = {
        "removed": _wrap("Removed", "removed", _RED, colour),
        "added": _wrap("Added", "added", _GREEN, colour),
        "reworded": "Reworded "
        + _wrap("old", "removed", _RED, colour)
        + _wrap("new", "added", _GREEN, colour),
        "moved": _wrap("Moved", "moved", _BLUE, colour),
    }
    return "Legend: " + "  ".join(shown[entry.key] for entry in LEGEND)


def _diff_pieces(comparison: Comparison, colour: bool) -> Iterator[str]:
    old_text, new_text = comparison.old.text, comparison.new.text
    for edit in comparison.edits:
        if edit.op is EditOp.EQUAL and edit.new is not None:
            yield _equal_piece(edit, new_text[edit.new.start : edit.new.end], colour)
        elif edit.op is EditOp.DELETE and edit.old is not None:
            yield _wrap(old_text[edit.old.start : edit.old.end], "removed", _RED, colour)
        elif edit.op is EditOp.INSERT and edit.new is not None:
            yield _wrap(new_text[edit.new.start : edit.new.end], "added", _GREEN, colour)


def _equal_piece(edit: Edit, text: str, colour: bool) -> str:
    if edit.moved and text.strip():
        return _wrap(text, "moved", _BLUE, colour)
    return text


def _wrap(text: str, key: str, code: str, colour: bool) -> str:
    if not text.strip():
        return text
    if colour:
        return f"{code}{text}{_RESET}"
    opener, closer = _WRAPS[key]
    return f"{opener}{text}{closer}"


def _audit_lines(audit: QuoteAudit, comparison: Comparison, colour: bool) -> list[str]:
    names = speaker_names(audit)
    cues = EntryCues(audit, comparison)
    lines = [f"{quotes_line(audit)} ({len(audit.entries)} checked)"]
    for entry in audit.entries:
        words = wording(entry, comparison)
        shown = words.new_text if words.new is not None else words.old_text
        credit = with_cue(speaker_label(entry, names), cues.words(entry))
        lines.append(_audit_line(entry, credit, shown, colour))
    return lines


def _audit_line(entry: AuditEntry, speaker: str, words: str, colour: bool) -> str:
    label = f"[{entry_status_text(entry)}]"
    if colour:
        label = f"{_STATUS_CODES[entry.status.value]}{_BOLD}{label}{_RESET}"
    short = shortened(one_line(words), 90)
    return f"  {label} {speaker}: \u201c{short}\u201d"
