"""Bytes or text in one of the supported formats → Document."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.documents.decoding import clean_text, decode_text_bytes, letter_count, looks_binary
from reader.documents.errors import (
    CorruptFileError,
    EmptyFileError,
    LoadError,
    NoTextFoundError,
    NotTextError,
    TooDeepError,
    TooLargeError,
    UnsupportedTypeError,
)
from reader.documents.model import Document
from reader.documents.paragraphs import document_from_blocks
from reader.documents.segment import paragraph_spans

# The parsers for the richer formats (trafilatura, pypdf, python-docx, markdown-it) are
# imported when first needed: together they took 0.7 s, paid by every start of the CLI
# and the window even when only .txt files are opened.

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILE_MEGABYTES = MAX_FILE_BYTES // (1024 * 1024)
# Markdown and HTML parsers take about 1-5 s per MB of markup-heavy input (a 16 MB
# markdown file took over a minute), so these formats get a lower cap. A 300,000-word
# article is about 2 MB.
MAX_MARKUP_FILE_BYTES = 5 * 1024 * 1024
_MARKUP_NAMES = {"md": "Markdown", "html": "HTML"}
PASTED_TEXT_NAME = "pasted text"
TEXT_FORMATS = ("txt", "md", "html")
# Less than this share of the letters in a file's visible text reaching the document
# means text was lost on the way (a parser that gave up, content Word keeps elsewhere).
MIN_KEPT_SHARE = 0.5
_MIN_LETTERS_TO_JUDGE = 200


@dataclass(frozen=True, slots=True)
class _Source:
    """Where content came from: `name` is what error messages call it."""

    name: Path | str
    path: Path | None = None
    url: str | None = None


def document_from_bytes(data: bytes, source_format: str, path: Path) -> Document:
    """Read a file's bytes as `source_format` ("txt", "md", "html", "docx" or "pdf").

    Every failure is a LoadError naming `path`: parser exceptions we did not
    foresee become CorruptFileError instead of escaping as they are.
    """
    return _guarded(data, source_format, _Source(path, path=path))


def document_from_html_bytes(data: bytes, path_or_url: str) -> Document:
    """A Document from a web page's bytes, e.g. a page the user opened by URL.

    Only `data` is read; the URL just names the document. Nothing is fetched.
    """
    if "://" in path_or_url:
        source = _Source(path_or_url, url=path_or_url)
    else:
        source = _Source(path_or_url, path=Path(path_or_url))
    return _guarded(data, "html", source)


def document_from_text(
    text: str,
    title: str | None = None,
    path: Path | str | None = None,
    source_format: str = "txt",
) -> Document:
    """A Document from text already in memory (pasted text, tests).

    `source_format` is "txt" (text kept as given, line endings normalised), "md"
    (markup stripped) or "html" (the article extracted from the page).
    """
    where = Path(path) if path is not None else None
    source = _Source(where or title or PASTED_TEXT_NAME, path=where)
    if source_format not in TEXT_FORMATS:
        raise UnsupportedTypeError(source.name, f"text can be read as {', '.join(TEXT_FORMATS)}")
    limit, limit_text = size_limit(source_format)
    if len(text) > limit:  # characters, not bytes: close enough for a cap
        raise TooLargeError(source.name, limit_text)
    cleaned, _ = clean_text(text)
    if not cleaned.strip():
        raise EmptyFileError(source.name)
    if source_format == "md":
        return _markdown_document(cleaned, source, None, (), title)
    if source_format == "html":
        return _html_document(cleaned, lambda: cleaned, source, title)
    return Document(cleaned, paragraph_spans(cleaned), title, where, "txt")


def size_limit(source_format: str) -> tuple[int, str]:
    """The largest file of this format we read, in bytes, and how to say so."""
    name = _MARKUP_NAMES.get(source_format)
    if name is None:
        return MAX_FILE_BYTES, f"the limit is {MAX_FILE_MEGABYTES} MB"
    megabytes = MAX_MARKUP_FILE_BYTES // (1024 * 1024)
    return MAX_MARKUP_FILE_BYTES, f"the limit for {name} files is {megabytes} MB"


def _guarded(data: bytes, source_format: str, source: _Source) -> Document:
    limit, limit_text = size_limit(source_format)
    if len(data) > limit:
        raise TooLargeError(source.name, limit_text)
    if not data.strip():
        raise EmptyFileError(source.name)
    try:
        return _dispatch(data, source_format, source)
    except LoadError:
        raise
    except Exception as err:
        detail = f"it could not be parsed: {type(err).__name__}"
        raise CorruptFileError(source.name, detail) from err


def _dispatch(data: bytes, source_format: str, source: _Source) -> Document:
    if source_format == "docx":
        from reader.documents.docx_text import docx_to_prose

        docx = docx_to_prose(data, source.name)
        document = _from_blocks(docx.blocks, docx.title, source, "docx", None, docx.notes)
        return with_kept_share_note(document, docx.source_letters, "the document")
    if source_format == "pdf":
        from reader.documents.pdf_text import pdf_to_prose

        pdf = pdf_to_prose(data, source.name)
        return _from_blocks(pdf.blocks, pdf.title, source, "pdf")
    if source_format == "html":
        if looks_binary(data):
            raise NotTextError(source.name, "it contains NUL bytes")
        return _html_document(data, lambda: decode_text_bytes(data, source.name).text, source)
    decoded = decode_text_bytes(data, source.name)
    if not decoded.text.strip():
        raise EmptyFileError(source.name, "it holds only whitespace")
    if source_format == "md":
        return _markdown_document(decoded.text, source, decoded.encoding, decoded.notes)
    text = decoded.text
    return Document(
        text, paragraph_spans(text), None, source.path, "txt", decoded.encoding, decoded.notes
    )


def _markdown_document(
    text: str,
    source: _Source,
    encoding: str | None,
    notes: tuple[str, ...],
    title: str | None = None,
) -> Document:
    from reader.documents.markdown_text import NestingTooDeep, markdown_to_prose

    try:
        prose = markdown_to_prose(text)
    except NestingTooDeep as err:
        raise TooDeepError(source.name, str(err)) from err
    document = _from_blocks(prose.blocks, title or prose.title, source, "md", encoding, notes)
    return with_kept_share_note(document, prose.source_letters, "the file")


def _html_document(
    page: bytes | str, decode: Callable[[], str], source: _Source, title: str | None = None
) -> Document:
    from reader.documents.html_text import MarkupTooDeep, html_to_prose

    try:
        prose = html_to_prose(page, decode)
    except MarkupTooDeep as err:
        raise TooDeepError(source.name, str(err)) from err
    notes = (prose.note,) if prose.note else ()
    document = _from_blocks(prose.blocks, title or prose.title, source, "html", None, notes)
    return with_kept_share_note(document, prose.source_letters, "the page's article")


def _from_blocks(
    blocks: Iterable[str],
    title: str | None,
    source: _Source,
    source_format: str,
    encoding: str | None = None,
    notes: tuple[str, ...] = (),
) -> Document:
    document = document_from_blocks(
        blocks,
        title=clean_text(title)[0] if title else title,  # a PDF or Word title may hold controls
        path=source.path,
        source_format=source_format,
        encoding=encoding,
        notes=notes,
        source_url=source.url,
    )
    if not document.paragraphs:
        raise NoTextFoundError(source.name, f"no text could be extracted from this {source_format}")
    return document


def with_kept_share_note(document: Document, source_letters: int | None, what: str) -> Document:
    """The document, with a notice if much less of its source's text reached it."""
    if source_letters is None or source_letters < _MIN_LETTERS_TO_JUDGE:
        return document
    kept = letter_count(document.text)
    if kept >= MIN_KEPT_SHARE * source_letters:
        return document
    share = 100 * kept // source_letters
    note = f"only {share} % of the text of {what} was read; the rest may be missing here"
    return dataclasses.replace(document, notes=(*document.notes, note))
