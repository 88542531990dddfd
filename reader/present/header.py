"""What a report records about its inputs: when, which files (with SHA-256), which options."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader import __version__
from reader.compare.model import CompareOptions, Comparison
from reader.documents.model import Document

OPTION_LABELS = {
    "ignore_case": "Ignore case",
    "ignore_punctuation": "Ignore punctuation",
    "ignore_quote_style": "Ignore quote style",
    "ignore_whitespace": "Ignore whitespace",
}


@dataclass(frozen=True, slots=True)
class VersionInfo:
    role: str  # "Original" or "Revised"
    name: str  # the full path, the web address, or the title of pasted text
    sha256: str
    hashed: str  # what the digest is of: "file" or "text"


@dataclass(frozen=True, slots=True)
class OptionInfo:
    key: str
    label: str
    on: bool


@dataclass(frozen=True, slots=True)
class ReportHeader:
    generated: datetime
    app_version: str
    old: VersionInfo
    new: VersionInfo
    options: tuple[OptionInfo, ...]


def report_header(comparison: Comparison, generated: datetime) -> ReportHeader:
    return ReportHeader(
        generated=generated,
        app_version=__version__,
        old=version_info("Original", comparison.old),
        new=version_info("Revised", comparison.new),
        options=option_infos(comparison.options),
    )


def version_info(role: str, document: Document) -> VersionInfo:
    """The file's own digest when it can be read (so `sha256sum` confirms it), else the text's."""
    if document.path is not None:
        digest = file_sha256(document.path)
        if digest is not None:
            return VersionInfo(role, str(document.path), digest, "file")
    name = document.source_url or document.title or "pasted text"
    digest = hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest()
    return VersionInfo(role, name, digest, "text")


def file_sha256(path: Path) -> str | None:
    """The digest of a regular file, or None (gone, unreadable, or no longer a plain file).

    Opened without blocking and checked on the open descriptor, so a file swapped
    for a FIFO since it was loaded cannot hang the report.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        digest = hashlib.sha256()
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def option_infos(options: CompareOptions) -> tuple[OptionInfo, ...]:
    return tuple(
        OptionInfo(key, OPTION_LABELS.get(key, key), on) for key, on in options.to_json().items()
    )


def options_text(options: tuple[OptionInfo, ...]) -> str:
    """'Ignore case: no · Ignore punctuation: yes · …'."""
    return " · ".join(f"{info.label}: {'yes' if info.on else 'no'}" for info in options)
