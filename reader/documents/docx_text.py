"""The paragraphs and title of a Word (.docx) document."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from reader.documents.decoding import letter_count
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
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_TEXT_RUN = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_REFERENCE = re.compile(r"&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_:][\w.:-]*);")
_TAG = re.compile(r"<[^>]*>")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_MAX_ENTITY_DEPTH = 20
_MAX_ENTITY_CHARS = 1024 * 1024
_EXTERNAL_NOTE = "{} reference(s) to outside files or addresses were left out, never fetched"


@dataclass(frozen=True, slots=True)
class DocxProse:
    blocks: tuple[str, ...]
    title: str | None
    notes: tuple[str, ...] = ()
    # Letters and digits in the body's text runs: what the paragraphs are measured against.
    source_letters: int | None = None


@dataclass(frozen=True, slots=True)
class _Resolved:
    data: bytes
    external: int  # entity references to outside files, dropped unread


def docx_to_prose(data: bytes, path: Path | str) -> DocxProse:
    """Read a .docx's body paragraphs (tables row by row) and its title.

    Raises CorruptFileError for anything that is not a sound .docx, and
    TooLargeError for an archive that would unpack past MAX_UNPACKED_BYTES.
    """
    check_zip_archive(data, path)
    try:
        resolved = _resolve_internal_entities(data)
        document = docx.Document(io.BytesIO(resolved.data))
        notes = (_EXTERNAL_NOTE.format(resolved.external),) if resolved.external else ()
        body = _body_letters(document)
        return DocxProse(tuple(_blocks(document)), _title(document), notes, body)
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


def _resolve_internal_entities(data: bytes) -> _Resolved:
    """Expand a part's own entities (`<!ENTITY co "Council">`) before python-docx reads it.

    python-docx parses with resolve_entities=False, which keeps `&co;` as a node whose
    text and everything after it in the run are then lost. Entities that name an outside
    file or address are never resolved: they are dropped and counted. libxml2's limit on
    entity amplification still refuses a "billion laughs" part.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {
            info.filename: archive.read(info)
            for info in archive.infolist()
            if info.filename.lower().endswith(_MARKUP_SUFFIXES)
        }
        declared = {name: xml for name, xml in parts.items() if _DOCTYPE.search(xml)}
        if not declared:
            return _Resolved(data, 0)
        external = 0
        rewritten: dict[str, bytes] = {}
        for name, xml in declared.items():
            rewritten[name], dropped = _expanded(xml)
            external += dropped
        return _Resolved(_rezipped(archive, rewritten), external)


def _expanded(xml: bytes) -> tuple[bytes, int]:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(xml, parser)
    dtd = root.getroottree().docinfo.internalDTD
    table = {e.name: e.content for e in dtd.iterentities()} if dtd is not None else {}
    expander = _Entities(table)
    external = 0
    for node in list(root.iter(etree.Entity)):
        value = expander.value(str(node.name))
        external += value is None
        _replace_keeping_tail(node, value or "")
    text = etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)
    return text, external


class _Entities:
    """Internal entity values, expanded by hand within a budget (no file, no network)."""

    def __init__(self, table: dict[str, str | None]) -> None:
        self._table = table
        self._done: dict[str, str | None] = {}

    def value(self, name: str, depth: int = 0) -> str | None:
        """The entity's text; None for one that names an outside file or is not declared."""
        if name in _PREDEFINED:
            return _PREDEFINED[name]
        if name in self._done:
            return self._done[name]
        if depth > _MAX_ENTITY_DEPTH:
            raise ValueError("its entities refer to each other too deeply")
        content = self._table.get(name)
        if content is None:
            self._done[name] = None
            return None
        text = _REFERENCE.sub(lambda m: self._reference(m.group(1), depth), content)
        text = _TAG.sub("", text)  # an entity holding markup: keep its words
        if len(text) > _MAX_ENTITY_CHARS:
            raise ValueError("its entities expand past 1 MB of text (an entity bomb)")
        self._done[name] = text
        return text

    def _reference(self, ref: str, depth: int) -> str:
        if ref.startswith("#"):
            code = int(ref[2:], 16) if ref[1:2] in ("x", "X") else int(ref[1:])
            return chr(code) if 0 < code < 0x110000 else ""
        return self.value(ref, depth + 1) or ""


def _replace_keeping_tail(node: etree._Element, text: str) -> None:
    parent = node.getparent()
    if parent is None:
        return
    added = text + (node.tail or "")
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + added
    else:
        parent.text = (parent.text or "") + added
    parent.remove(node)


def _rezipped(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            copy.writestr(info, replaced.get(info.filename) or archive.read(info))
    return out.getvalue()


def _body_letters(document: WordDocument) -> int:
    """Letters in every text run of the body, wherever Word keeps it (text boxes too)."""
    body = etree.tostring(document.element.body, encoding="unicode")
    return sum(letter_count(match) for match in _TEXT_RUN.findall(body))


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
