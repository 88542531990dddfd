"""Open an article file from disk: check it, read it (never for writing), parse it."""

from __future__ import annotations

import math
import os
import stat
from pathlib import Path

from reader.documents.errors import (
    EmptyFileError,
    TooLargeError,
    UnreadableError,
    UnsupportedTypeError,
)
from reader.documents.formats import document_from_bytes, size_limit
from reader.documents.model import Document

# File suffix (lower case) → the format it is read as.
FORMAT_BY_SUFFIX: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(FORMAT_BY_SUFFIX)


def load_document(path: str | os.PathLike[str]) -> Document:
    """Load an article from a .txt, .md, .html, .docx or .pdf file.

    Raises a LoadError subclass (never anything else) when the file cannot be
    used; `str(err)` names the file and says why.
    """
    path = Path(path)
    source_format = _format_of(path)
    limit, limit_text = size_limit(source_format)
    return document_from_bytes(_read_once(path, limit, limit_text), source_format, path)


def _format_of(path: Path) -> str:
    source_format = FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if source_format is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise UnsupportedTypeError(path, f"supported types are {supported}")
    return source_format


def _read_once(path: Path, limit: int, limit_text: str) -> bytes:
    """Open the file once and check what was opened, not what the name pointed to earlier.

    Checking the path and then opening it again left a gap in which the file could
    be swapped for a pipe that blocks forever. O_NONBLOCK keeps the open itself from
    blocking on a FIFO; the type and size come from the open descriptor.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError) as err:
        raise UnreadableError(path, _os_reason(err)) from err
    try:
        size = _regular_size(path, os.fstat(fd))
        if size > limit:
            raise TooLargeError(path, f"{_megabytes(size)}; {limit_text}")
        if size == 0:
            raise EmptyFileError(path, "0 bytes")
        # A regular file never blocks, so non-blocking mode makes no difference to reads.
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            # One byte past the limit tells us if the file grew since fstat.
            data = handle.read(limit + 1)
    except OSError as err:
        raise UnreadableError(path, _os_reason(err)) from err
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:
        raise TooLargeError(path, limit_text)
    return data


def _regular_size(path: Path, info: os.stat_result) -> int:
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableError(path, "it is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        # Pipes and devices could block or never end.
        raise UnreadableError(path, "it is not a regular file")
    return info.st_size


def _megabytes(size: int) -> str:
    # Rounded up, so a file just over the limit never reads as "20.0 MB".
    tenths = math.ceil(size * 10 / (1024 * 1024))
    return f"it is {tenths / 10:.1f} MB"


def _os_reason(err: Exception) -> str:
    if isinstance(err, FileNotFoundError):
        return "there is no such file"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return str(err) or type(err).__name__
