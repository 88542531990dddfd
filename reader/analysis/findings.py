"""What the quote process finds for a comparison: the quote audit and the change ledger."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.changes.model import Change

if TYPE_CHECKING:
    from reader.audit.model import QuoteAudit  # importing reader.audit costs ~0.4 s


@dataclass(frozen=True)
class Findings:
    """Both need spaCy's parse, so one process computes them together."""

    audit: QuoteAudit
    changes: tuple[Change, ...]
