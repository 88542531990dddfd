"""Quotes and speakers of one document (spaCy-based; imports no Qt)."""

from reader.quotes.extract import extract_many, extract_quotes
from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind, QuoteSet, Speaker
from reader.quotes.pipeline import PipelineInfo, pipeline_info

__all__ = [
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
