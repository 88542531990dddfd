"""The paragraphs and title of a Word (.docx) document."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from reader.documents.errors import CorruptFileError, TooLargeError

# A .docx is a zip; these caps stop a small "zip bomb" from unpacking into gigabytes.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
# The XML parts are what python-docx parses into a tree: 32 MB of dense paragraphs is
# about 3 million words and takes ~15 s and ~600 MB; a 300k-word article needs far less.
MAX_MARKUP_BYTES = 32 * 1024 * 1024
_MARKUP_SUFFIXES = (".xml", ".rels")
_OLD_WORD_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TITLE_STYLES = ("title",)
_HEADING_STYLES = ("heading 1",)
_CELL_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class DocxProse:
    blocks: tuple[str, ...]
    title: str | None


def docx_to_prose(data: bytes, path: Path | str) -> DocxProse:
    """Read a .docx's body paragraphs (tables row by row) and its title.

    Raises CorruptFileError for anything that is not a sound .docx, and
    TooLargeError for an archive that would unpack past MAX_UNPACKED_BYTES.
    """
    check_zip_archive(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        return DocxProse(tuple(_blocks(document)), _title(document))
    except Exception as err:  # python-docx and lxml raise many kinds for damaged parts
        raise CorruptFileError(path, f"not a readable Word document: {_describe(err)}") from err


def check_zip_archive(data: bytes, path: Path | str) -> None:
    """Make sure `data` is a zip whose members would unpack to a sane size."""
    if data.startswith(_OLD_WORD_MAGIC):
        raise CorruptFileError(path, "this is an old-style Word .doc file; save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception as err:  # BadZipFile, but also ValueError/OverflowError on odd headers
        raise CorruptFileError(path, "a .docx should be a zip archive, and this is not") from err
    if len(members) > MAX_ZIP_MEMBERS:
        raise TooLargeError(path, f"the archive holds more than {MAX_ZIP_MEMBERS} parts")
    # zipfile never reads past a member's declared size, so the declared sizes are a bound.
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise TooLargeError(path, f"it would unpack to more than {limit} MB")
    markup = (m.file_size for m in members if m.filename.lower().endswith(_MARKUP_SUFFIXES))
    if sum(markup) > MAX_MARKUP_BYTES:
        limit = MAX_MARKUP_BYTES // (1024 * 1024)
        raise TooLargeError(path, f"its text and markup would unpack to more than {limit} MB")


def _blocks(document: WordDocument) -> Iterator[str]:
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item.text
        elif isinstance(item, Table):
            yield from _table_rows(item)


def _table_rows(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            # A merged cell is listed once per grid column it spans.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        yield _CELL_SEPARATOR.join(cells)


def _title(document: WordDocument) -> str | None:
    names = _style_names(document)
    styled = _first_styled(document, names, _TITLE_STYLES)
    core = (document.core_properties.title or "").strip()
    return styled or core or _first_styled(document, names, _HEADING_STYLES)


def _style_names(document: WordDocument) -> dict[str, str]:
    """Lower-case style names by style id, looked up once.

    `Paragraph.style` searches the styles part on every call: on a long
    document that made finding the title take most of the load time.
    """
    return {style.style_id: (style.name or "").lower() for style in document.styles}


def _first_styled(
    document: WordDocument, names: dict[str, str], style_names: tuple[str, ...]
) -> str | None:
    for paragraph in document.paragraphs:
        style_id = paragraph._p.style  # the paragraph's own style id; None means Normal
        if style_id is not None and names.get(style_id) in style_names:
            text = paragraph.text.strip()
            if text:
                return text
    return None


def _describe(err: Exception) -> str:
    return str(err).splitlines()[0][:120] if str(err) else type(err).__name__
