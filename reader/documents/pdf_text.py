"""The text of a PDF, page by page, with the positions paragraph rebuilding needs."""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from reader.documents.errors import CorruptFileError, EncryptedFileError
from reader.documents.pdf_layout import PdfLine, paragraphs_from_lines

# Titles that PDF producers fill in by themselves and that say nothing about the article.
_JUNK_TITLE = re.compile(
    r"\A(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|txt|rtf|odt|indd))\Z", re.IGNORECASE
)
# pypdf logs damage it works around as warnings; with no logging set up they would
# reach stderr past the one-line message the command line promises. Errors still raise.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
# A first line this much larger than the body text is a headline.
_HEADLINE_SIZE_FACTOR = 1.3


@dataclass(frozen=True, slots=True)
class PdfProse:
    blocks: tuple[str, ...]
    title: str | None


def pdf_to_prose(data: bytes, path: Path | str) -> PdfProse:
    """Paragraphs and title of a PDF's text layer.

    Raises EncryptedFileError for a PDF that needs a password, CorruptFileError
    for one pypdf cannot read.
    """
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _unlock(reader, path)
        lines = [line for number, page in enumerate(reader.pages) for line in _lines(page, number)]
        title = _metadata_title(reader) or _headline(lines)
    except (EncryptedFileError, CorruptFileError):
        raise
    except (DependencyError, FileNotDecryptedError) as err:
        raise EncryptedFileError(path, "its encryption could not be opened") from err
    except Exception as err:  # pypdf raises many kinds on damaged files
        raise CorruptFileError(path, f"not a readable PDF: {_describe(err)}") from err
    return PdfProse(tuple(paragraphs_from_lines(lines)), title)


def _unlock(reader: PdfReader, path: Path | str) -> None:
    """Open an encrypted PDF if it only has an owner password (an empty user password)."""
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise EncryptedFileError(path, "a password is needed to open it")


def _lines(page: PageObject, number: int) -> list[PdfLine]:
    """The page's text lines, each with the height and font size where it starts."""
    fragments: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], _font: Any, size: float) -> None:
        # Where the text matrix puts this fragment in page space: tm × cm.
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        fragments.append((text, y, size * scale))

    page.extract_text(visitor_text=visit)
    lines: list[PdfLine] = []
    parts: list[str] = []
    start: tuple[float, float] | None = None
    for text, y, size in fragments:
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append(_line("".join(parts), number, start))
                parts, start = [], None
            if start is None and piece.strip():
                start = (y, size)
            parts.append(piece)
    if parts:
        lines.append(_line("".join(parts), number, start))
    return lines


def _line(text: str, page: int, start: tuple[float, float] | None) -> PdfLine:
    if start is None:
        return PdfLine(text, page)
    return PdfLine(text, page, y=start[0], size=start[1])


def _metadata_title(reader: PdfReader) -> str | None:
    metadata = reader.metadata
    title = metadata.title if metadata is not None else None
    if not isinstance(title, str) or not title.strip() or _JUNK_TITLE.match(title.strip()):
        return None
    return title.strip()


def _headline(lines: Sequence[PdfLine]) -> str | None:
    """The first line of the first page, if it is set clearly larger than the body text."""
    sizes = [line.size for line in lines if line.size and line.text.strip()]
    first = next((line for line in lines if line.text.strip()), None)
    if first is None or first.page != 0 or not first.size or not sizes:
        return None
    if first.size >= _HEADLINE_SIZE_FACTOR * statistics.median(sizes):
        return first.text.strip()
    return None


def _describe(err: Exception) -> str:
    return str(err).splitlines()[0][:120] if str(err) else type(err).__name__
