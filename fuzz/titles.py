"""Fuzz target `titles`: random markup through every path a title or a message takes.

Each input puts one random string (tags such as `<img src="file:///…">`, entities,
quotes, control characters, newlines, other scripts) where a loader finds a title:
an HTML <title>, og:title or <h1>, a Word document's core title, a PDF's /Title, a
Markdown heading or front matter; or into the file's name, which every error
message quotes. The oracle:

* loading gives a Document or a LoadError naming the file, nothing else;
* nothing is opened but the input (a canary file named in the markup stays unread);
* a title is one line of plain text, with no control characters;
* where Qt can be loaded: the pane header's labels and the message bar show the
  title, the name and the error message as plain text (Qt's automatic rich-text
  detection would load the <img> the markup names).
"""

from __future__ import annotations

import builtins
import html
import io
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from reader.documents import Document, LoadError, load_document

CANARY = "reader-fuzz-canary.txt"
FORMATS = ("html-title", "html-og", "html-h1", "docx", "pdf", "md-heading", "md-front", "name")
_TAG = re.compile("<[A-Za-z!/?]")  # where Qt's rich-text parser would start a tag
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
BODY = " ".join(
    f"Sentence {n}: the harbour board met and agreed to dredge the channel, the chair said."
    for n in range(6)
)


CANARY_URI = "@CANARY@"  # replaced by the canary's file:// address when the input is built


def markup_pieces() -> tuple[str, ...]:
    canary = CANARY_URI
    return (
        f'<img src="{canary}">',
        f"<img src={canary}>",
        '<img src="file:///dev/zero">',
        "<h1 style=color:green>VERIFIED ORIGINAL</h1>",
        "<b>",
        "</b>",
        "<a href='x'>",
        "&lt;",
        "&amp;",
        "&#60;img&#62;",
        '"',
        "'",
        "<!--",
        "-->",
        "]]>",
        "\n",
        "\t",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "كان",
        "“quoted”",
        " | Site name",
        "Headline",
        "\\",
        "%s",
    )


def title_inputs() -> st.SearchStrategy[tuple[str, str]]:
    piece = st.one_of(st.sampled_from(markup_pieces()), st.text(max_size=12))
    markup = st.lists(piece, min_size=1, max_size=12).map("".join)
    return st.tuples(st.sampled_from(FORMATS), markup)


def build_input(kind: str, markup: str, folder: Path) -> Path:
    """Write a file of format `kind` whose title (or name) is `markup`."""
    if kind == "name":
        safe = markup.replace("/", "∕").replace("\x00", "")[:60] or "x"
        path = folder / f"{safe}.html"
        path.write_bytes(b"\x00\x01 not a page")  # refused, so the message shows the name
        return path
    suffix, data = _FORMAT_BUILDERS[kind](markup)
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


def _html_page(head: str, body_start: str = "") -> bytes:
    page = f"<html><head>{head}</head><body><article>{body_start}<p>{BODY}</p></article></body>"
    return (page + "</html>").encode("utf-8", "surrogatepass")


def _docx(markup: str) -> tuple[str, bytes]:
    import docx

    document = docx.Document()
    document.add_paragraph(BODY)
    document.core_properties.title = _XML_INVALID.sub("", markup)[:255]
    buffer = io.BytesIO()
    document.save(buffer)
    return ".docx", buffer.getvalue()


_PDF_BASE: list[bytes] = []


def _pdf(markup: str) -> tuple[str, bytes]:
    from pypdf import PdfReader, PdfWriter

    if not _PDF_BASE:
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        sheet = canvas.Canvas(buffer)
        sheet.drawString(72, 720, BODY[:90])
        sheet.save()
        _PDF_BASE.append(buffer.getvalue())
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_PDF_BASE[0])))
    writer.add_metadata({"/Title": _XML_INVALID.sub("", markup)})
    out = io.BytesIO()
    writer.write(out)
    return ".pdf", out.getvalue()


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text.strip() else "x"


def _text(data: str) -> bytes:
    return data.encode("utf-8", "surrogatepass")


_FORMAT_BUILDERS: dict[str, Callable[[str], tuple[str, bytes]]] = {
    "html-title": lambda m: (".html", _html_page(f"<title>{html.escape(m)}</title>")),
    "html-og": lambda m: (
        ".html",
        _html_page(f'<meta property="og:title" content="{html.escape(m, quote=True)}">'),
    ),
    "html-h1": lambda m: (".html", _html_page("", f"<h1>{html.escape(m)}</h1>")),
    "docx": _docx,
    "pdf": _pdf,
    "md-heading": lambda m: (".md", _text(f"# {m}\n\n{BODY}\n")),
    "md-front": lambda m: (".md", _text(f"---\ntitle: {_first_line(m)}\n---\n{BODY}\n")),
}


@contextmanager
def opens_watched(allowed: Path) -> Iterator[list[str]]:
    """Record every file Python opens, other than `allowed` and the libraries' own files."""
    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open
    library = (os.path.realpath(sys.prefix), os.path.realpath(sys.base_prefix))

    def note(target: Any) -> None:
        if isinstance(target, int):
            return
        path = os.path.realpath(os.fsdecode(target))
        if path != os.path.realpath(allowed) and not path.startswith(library):
            seen.append(path)

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        note(file)
        return real_open(file, *args, **kwargs)

    def spy_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        note(path)
        return real_os_open(path, *args, **kwargs)

    builtins.open, os.open = spy_open, spy_os_open  # type: ignore[assignment]
    try:
        yield seen
    finally:
        builtins.open, os.open = real_open, real_os_open  # type: ignore[assignment]


def check_titles(data: tuple[str, str], folder: Path) -> None:
    kind, markup = data
    canary = folder / CANARY
    canary.write_text("canary", encoding="utf-8")
    markup = markup.replace(CANARY_URI, canary.as_uri())
    path = build_input(kind, markup, folder)
    try:
        with opens_watched(path) as opened:
            try:
                document: Document | None = load_document(path)
                message = None
            except LoadError as err:
                document, message = None, str(err)
        assert not opened, f"loading opened another file, e.g. {Path(opened[0]).name}"
        if message is not None:
            assert message.startswith(f"{path.name}: "), f"message names no file: {message!r}"
        if document is not None:
            _assert_plain_title(document.title)
        _show_in_qt(document, message)
    finally:
        path.unlink(missing_ok=True)


def _assert_plain_title(title: str | None) -> None:
    if title is None:
        return
    assert title == title.strip() and title, "title not trimmed"
    assert "\n" not in title and "\r" not in title, "title has a line break"
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in title), "control in title"


_QT: dict[str, Any] = {}


def qt_available() -> bool:
    """Build the pane header and message bar once, offscreen, if Qt and the UI import."""
    if "header" in _QT:
        return _QT["header"] is not None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:  # no Qt here: the loaders are still checked
        _QT["header"] = None
        return False
    from reader.ui.panes.pane import MessageBar, PaneHeader  # moved? then fail loudly

    _QT["app"] = QApplication.instance() or QApplication([])
    _QT["header"], _QT["bar"] = PaneHeader("old"), MessageBar()
    return True


def _show_in_qt(document: Document | None, message: str | None) -> None:
    if not qt_available():
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace

    header, bar = _QT["header"], _QT["bar"]
    header.set_document(document)
    if message is not None:
        bar.show_message(message)
    outside = [message or ""]
    if document is not None:
        outside += [document.title or "", document.display_name]
    for label in (*header.findChildren(type(bar.label)), bar.label):
        if GuiQt.mightBeRichText(label.text()):
            plain = label.textFormat() == Qt.TextFormat.PlainText
            assert plain, "a label shows document or error text as rich text"
        tip = label.toolTip()
        if GuiQt.mightBeRichText(tip):
            # A rich tooltip must be built from escaped pieces: no raw outside markup in it
            # (only text with a tag in it: a lone "<" is in every tooltip's own markup).
            raw = [text for text in outside if _TAG.search(text) and text in tip]
            assert not raw, "a rich-text tooltip holds raw markup from a document"
