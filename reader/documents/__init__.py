"""Loading articles: files (.txt, .md, .html, .docx, .pdf), web pages and pasted text.

Everything here is plain Python (no Qt). Every failure to load is a LoadError
whose message names the file and says what is wrong.
"""

from __future__ import annotations

from reader.documents.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    LoadError,
    NoTextFoundError,
    NotTextError,
    TooDeepError,
    TooLargeError,
    UnreadableError,
    UnsupportedTypeError,
)
from reader.documents.formats import (
    MAX_FILE_BYTES,
    MAX_MARKUP_FILE_BYTES,
    document_from_html_bytes,
    document_from_text,
)
from reader.documents.loader import SUPPORTED_SUFFIXES, load_document
from reader.documents.model import Document, Span
from reader.documents.segment import paragraph_spans

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_MARKUP_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "CorruptFileError",
    "Document",
    "EmptyFileError",
    "EncryptedFileError",
    "LoadError",
    "NoTextFoundError",
    "NotTextError",
    "Span",
    "TooDeepError",
    "TooLargeError",
    "UnreadableError",
    "UnsupportedTypeError",
    "document_from_html_bytes",
    "document_from_text",
    "load_document",
    "paragraph_spans",
]
