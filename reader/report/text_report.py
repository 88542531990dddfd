"""A readable word diff for the terminal, in the manner of `git diff --word-diff`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reader.audit.model import QuoteAudit
from reader.changes.model import Change
from reader.changes.render import checklist_lines
from reader.compare.model import Comparison, Edit, EditOp
from reader.quotes.model import AuditEntry
from reader.report.wording import entry_speaker_label, entry_wording, speaker_names

_RED, _GREEN, _BLUE, _DIM, _BOLD, _RESET = (
    "\x1b[31m",
    "\x1b[32m",
    "\x1b[34m",
    "\x1b[2m",
    "\x1b[1m",
    "\x1b[0m",
)


def render_text(
    comparison: Comparison,
    audit: QuoteAudit | None = None,
    colour: bool = False,
    changes: Sequence[Change] | None = None,
) -> str:
    parts = [_header(comparison), ""]
    if changes is not None:  # the checklist first: what to check before the full diff
        parts += [*checklist_lines(changes), ""]
    parts.append("".join(_diff_pieces(comparison, colour)))
    if audit is not None:
        parts += ["", *_audit_lines(audit, comparison, colour)]
    return "\n".join(parts).rstrip() + "\n"


def _header(comparison: Comparison) -> str:
    s = comparison.stats
    line = (
        f"{comparison.old.display_name} -> {comparison.new.display_name}: "
        f"similarity {s.similarity:.0%}, {s.words_equal} words equal, "
        f"{s.words_deleted} deleted, {s.words_inserted} inserted, {s.words_moved} moved"
    )
    if s.degraded:
        line += " (degraded: part of the diff fell back to a coarser comparison)"
    return line


def _diff_pieces(comparison: Comparison, colour: bool) -> Iterator[str]:
    old_text, new_text = comparison.old.text, comparison.new.text
    for edit in comparison.edits:
        if edit.op is EditOp.EQUAL and edit.new is not None:
            yield _equal_piece(edit, new_text[edit.new.start : edit.new.end], colour)
        elif edit.op is EditOp.DELETE and edit.old is not None:
            yield _wrap(old_text[edit.old.start : edit.old.end], "[-", "-]", _RED, colour)
        elif edit.op is EditOp.INSERT and edit.new is not None:
            yield _wrap(new_text[edit.new.start : edit.new.end], "{+", "+}", _GREEN, colour)


def _equal_piece(edit: Edit, text: str, colour: bool) -> str:
    if edit.moved and text.strip():
        return _wrap(text, "[moved:", "]", _BLUE, colour)
    return text


def _wrap(text: str, opener: str, closer: str, code: str, colour: bool) -> str:
    if not text.strip():
        return text
    if colour:
        return f"{code}{text}{_RESET}"
    return f"{opener}{text}{closer}"


_STATUS_CODES = {"verbatim": _GREEN, "altered": _BLUE, "dropped": _RED, "unsupported": _RED}


def _audit_lines(audit: QuoteAudit, comparison: Comparison, colour: bool) -> list[str]:
    names = speaker_names(audit)
    lines = [f"Quotes: {len(audit.entries)} checked"]
    for entry in audit.entries:
        old_words, new_words = entry_wording(entry, comparison)
        lines.append(
            _audit_line(entry, entry_speaker_label(entry, names), new_words or old_words, colour)
        )
    return lines


def _audit_line(entry: AuditEntry, speaker: str, words: str, colour: bool) -> str:
    status = entry.status.value
    label = f"{status:<11}"
    if colour:
        label = f"{_STATUS_CODES[status]}{_BOLD}{label}{_RESET}"
    short = words if len(words) <= 90 else words[:87] + "..."
    return f"  {label} {speaker}: \u201c{short}\u201d"
