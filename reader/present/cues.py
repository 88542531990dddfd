"""The words that report a quote ('said', 'declined', 'is expected'), worded once for the
window and the reports.

What kind of report a quote is matters to a reader: 'denied' is not 'said', and an
unattributed 'is expected' is a hedge, not a statement. When the two versions report the
same words with different verbs ('said' → 'admitted'), both are shown.
"""

from __future__ import annotations

from reader.audit.model import QuoteAudit
from reader.compare.model import Comparison
from reader.present.quote_text import one_line, shortened
from reader.quotes.model import AuditEntry, QuoteSet

CUE_LIMIT = 32  # a longer cue is shortened with an ellipsis
SEPARATOR = " · "
NONE = "—"  # the side of a credit removed or added that reports nothing


class EntryCues:
    """Reads each audit entry's cue words from both versions' texts (built once per audit)."""

    def __init__(self, audit: QuoteAudit, comparison: Comparison) -> None:
        self._old = _cues(audit.old_quotes, comparison.old.text)
        self._new = _cues(audit.new_quotes, comparison.new.text)

    def words(self, entry: AuditEntry) -> str:
        """'said', 'said → admitted' when the versions differ, 'said → —' when the credit
        was removed, or '' when no cue was found."""
        old = self._old.get(entry.old or "", "")
        new = self._new.get(entry.new or "", "")
        if old and new and old != new:
            return f"{old} → {new}"
        if entry.attribution is not None and (old or new):
            return f"{old or NONE} → {new or NONE}"  # the credit came or went with its verb
        return new or old


def with_cue(speaker: str, cue: str) -> str:
    """'Port authority · declined': a speaker label and its cue words, when there are any."""
    return f"{speaker}{SEPARATOR}{cue}" if cue else speaker


def _cues(quotes: QuoteSet, text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for quote in quotes.quotes:
        if quote.cue is None:
            continue
        words = one_line(text[quote.cue.start : quote.cue.end]).strip(" ,;:")
        if words:
            found[quote.id] = shortened(_lower_opening(words), CUE_LIMIT)
    return found


def _lower_opening(words: str) -> str:
    """'Says' (a headline's capital) reads 'says'; 'AP reported' keeps its acronym."""
    first = words[:1]
    if first.isupper() and words[1:2].islower():
        return first.lower() + words[1:]
    return words
