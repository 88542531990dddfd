"""The window's only door to the engine.

Every engine call the UI makes goes through these functions, so tests can
swap in hand-built results and the window still starts (with a clear
message) if part of the engine is missing. Imports happen lazily inside the
functions: nothing here loads spaCy on the GUI thread.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from reader.documents.model import Document

FALLBACK_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


class EngineMissing(RuntimeError):
    """A part of the engine this action needs is not installed or not written yet."""


def _attr(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as err:
        raise EngineMissing(f"{module}.{name} is not available ({err})") from err


def load_document(path: str | Path) -> Document:
    document: Document = _attr("reader.documents", "load_document")(Path(path))
    return document


def document_from_text(text: str, title: str | None = None) -> Document:
    document: Document = _attr("reader.documents", "document_from_text")(text, title=title)
    return document


def document_from_html_bytes(data: bytes, url: str) -> Document:
    document: Document = _attr("reader.documents", "document_from_html_bytes")(data, url)
    return document


def supported_suffixes() -> tuple[str, ...]:
    try:
        return tuple(_attr("reader.documents", "SUPPORTED_SUFFIXES"))
    except EngineMissing:
        return FALLBACK_SUFFIXES


def load_error_type() -> type[BaseException]:
    try:
        return _attr("reader.documents", "LoadError")  # type: ignore[no-any-return]
    except EngineMissing:
        from reader.documents.errors import LoadError

        return LoadError


def compare_documents(old: Document, new: Document, options: Any, cancel: Any = None) -> Any:
    return _attr("reader.compare", "compare_documents")(old, new, options, cancel=cancel)


def cancelled_type() -> type[BaseException]:
    try:
        return _attr("reader.compare", "Cancelled")  # type: ignore[no-any-return]
    except EngineMissing:
        return _NeverRaised


def extract_quotes(document: Document) -> Any:
    return _attr("reader.quotes", "extract_quotes")(document)


def audit_quotes(comparison: Any, old_quotes: Any, new_quotes: Any) -> Any:
    return _attr("reader.audit", "audit_quotes")(comparison, old_quotes, new_quotes)


def render_html_report(comparison: Any, audit: Any) -> str:
    return str(_attr("reader.report.html_report", "render_html")(comparison, audit))


def model_description() -> str:
    """'en_core_web_sm 3.8.0' or why there is none, from package metadata (no model load)."""
    try:
        info = _attr("reader.quotes", "pipeline_info")()
    except EngineMissing as err:
        return f"quote pipeline unavailable ({err})"
    if info is None:
        return "no English spaCy model installed"
    return f"{info.name} {info.version}"


class _NeverRaised(Exception):
    pass
