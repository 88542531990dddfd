"""The one pipeline from files to an audited comparison, and the records front ends read.

Front ends (the CLI, the window, the self-test, the benchmarks) reach the
engine packages only through here and through `reader.present`. Plain Python:
no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reader.analysis.child import AuditReady, ChildFailed, NoChildProcess
from reader.analysis.findings import Findings
from reader.analysis.info import SUPPORTED_SUFFIXES, model_description
from reader.analysis.pipeline import (
    Analysis,
    Cancel,
    LocalPipeline,
    Pipeline,
    analyse_pair,
    audit,
    audit_comparison,
    compare,
    find_changes,
    findings,
    load,
    load_html,
    load_model,
    load_text,
    never,
    quotes,
)
from reader.changes.model import SEVERITY_ORDER, Change, ChangeKind, Severity
from reader.compare.engine import Cancelled
from reader.compare.mirror import mirrored
from reader.compare.model import Block, BlockKind, CompareOptions, Comparison, Edit, EditOp, Stats
from reader.documents.errors import LoadError
from reader.documents.model import Document, Span
from reader.documents.segment import reading_paragraphs
from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind, QuoteSet, Speaker

if TYPE_CHECKING:
    from reader.audit.model import QuoteAudit
    from reader.documents.url import FetchLimits, PageRequest


def __getattr__(name: str) -> Any:
    """QuoteAudit on first use: importing reader.audit costs the window ~0.4 s at start."""
    if name == "QuoteAudit":
        from reader.audit.model import QuoteAudit

        return QuoteAudit
    if name in ("FetchLimits", "PageRequest"):  # web pages: ssl and http.client on first use
        from reader.documents import url

        return getattr(url, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SEVERITY_ORDER",
    "SUPPORTED_SUFFIXES",
    "Analysis",
    "AuditEntry",
    "AuditReady",
    "AuditStatus",
    "Block",
    "BlockKind",
    "Cancel",
    "Cancelled",
    "Change",
    "ChangeKind",
    "ChildFailed",
    "CompareOptions",
    "Comparison",
    "Document",
    "Edit",
    "EditOp",
    "FetchLimits",
    "Findings",
    "LoadError",
    "LocalPipeline",
    "NoChildProcess",
    "PageRequest",
    "Pipeline",
    "Quote",
    "QuoteAudit",
    "QuoteKind",
    "QuoteSet",
    "Severity",
    "Span",
    "Speaker",
    "Stats",
    "analyse_pair",
    "audit",
    "audit_comparison",
    "compare",
    "find_changes",
    "findings",
    "load",
    "load_html",
    "load_model",
    "load_text",
    "mirrored",
    "model_description",
    "never",
    "quotes",
    "reading_paragraphs",
]
