"""Quotes and speakers of one document (spaCy-based; imports no Qt).

The extractor is imported on first use, so the data model (`reader.quotes.model`)
can be read without loading spaCy: the window unpickles audits made in its helper
process, and importing spaCy there would cost it about 100 MB.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reader.quotes.model import (
    AttributionChange,
    AuditEntry,
    AuditStatus,
    Quote,
    QuoteKind,
    QuoteSet,
    Speaker,
)
from reader.quotes.pipeline import PipelineInfo, pipeline_info

if TYPE_CHECKING:
    from reader.quotes.extract import extract_many, extract_quotes

_LAZY = {"extract_quotes": "reader.quotes.extract", "extract_many": "reader.quotes.extract"}

__all__ = [
    "AttributionChange",
    "AuditEntry",
    "AuditStatus",
    "PipelineInfo",
    "Quote",
    "QuoteKind",
    "QuoteSet",
    "Speaker",
    "extract_many",
    "extract_quotes",
    "pipeline_info",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
