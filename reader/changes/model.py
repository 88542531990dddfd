"""The typed changes of a comparison: what the ledger lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reader.documents.model import Span


class ChangeKind(StrEnum):
    NUMBER = "number"
    DATE = "date"
    NAME = "name"
    NEGATION = "negation"
    HEDGE = "hedge"
    ATTRIBUTION_VERB = "attribution_verb"
    SOURCE = "source"
    SCARE_QUOTE = "scare_quote"
    WORDING = "wording"
    STYLE = "style"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


@dataclass(frozen=True, slots=True)
class Change:
    """One change an editor would weigh: where it is in each version and what it is.

    `old`/`new` are spans of the old and new text; either is None when the
    thing only exists on one side (a number added, a source dropped).
    """

    kind: ChangeKind
    severity: Severity
    old: Span | None
    new: Span | None
    old_text: str
    new_text: str
    note: str

    @property
    def hidden_by_default(self) -> bool:
        return self.kind is ChangeKind.STYLE

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "severity": str(self.severity),
            "old": self.old.as_list() if self.old is not None else None,
            "new": self.new.as_list() if self.new is not None else None,
            "old_text": self.old_text,
            "new_text": self.new_text,
            "note": self.note,
        }
