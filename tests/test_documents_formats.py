"""Markdown, saved web pages, Word and PDF files, each made inside the test."""

from __future__ import annotations

import os
import socket
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
import trafilatura
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from reader.documents import (
    CorruptFileError,
    Document,
    EncryptedFileError,
    NoTextFoundError,
    NotTextError,
    TooLargeError,
    document_from_html_bytes,
    load_document,
)
from reader.documents.docx_text import MAX_UNPACKED_BYTES

LEAD = "The harbour flooded on Tuesday night after the sea wall gave way near the old pier."
QUOTE = "\u201cWe have never seen water this high,\u201d said Maria L\u00f3pez, the harbour master."
CLOSE = "Repairs will take at least a week, officials said, and the pier stays shut until then."


def paragraph_texts(document: Document) -> list[str]:
    return [document.text[span.start : span.end] for span in document.paragraphs]


# --- markdown -----------------------------------------------------------------------------


def test_markdown_keeps_the_prose_and_drops_the_markup(tmp_path: Path) -> None:
    source = (
        "# Sea wall *gives way*\n\n"
        "The **harbour** flooded on [Tuesday](https://example.org/tuesday) night\n"
        "after the sea wall gave way near the `old pier`.\n\n"
        "> \u201cWe have never seen water this high,\u201d said _Maria L\u00f3pez_.\n\n"
        "## What happens next\n\n"
        "- Repairs take a week\n"
        "- The pier stays shut\n\n"
        "![a flooded street](street.jpg)\n\n"
        "[ref]: https://example.org/ignored\n"
    )
    path = tmp_path / "story.md"
    path.write_text(source, encoding="utf-8")
    document = load_document(path)
    assert document.title == "Sea wall gives way"
    assert document.source_format == "md"
    assert paragraph_texts(document) == [
        "Sea wall gives way",
        "The harbour flooded on Tuesday night after the sea wall gave way near the old pier.",
        "\u201cWe have never seen water this high,\u201d said Maria L\u00f3pez.",
        "What happens next",
        "Repairs take a week",
        "The pier stays shut",
    ]
    for markup in ("#", "*", "_", "](", "https://", "`", ">", "street.jpg"):
        assert markup not in document.text


def test_markdown_front_matter_gives_a_title_and_is_not_prose(tmp_path: Path) -> None:
    path = tmp_path / "post.markdown"
    path.write_text('---\ntitle: "Wall breached"\ndate: 2024-01-01\n---\n\nBody text.\n')
    document = load_document(path)
    assert document.title == "Wall breached"
    assert document.text == "Body text."


def test_markdown_with_only_markup_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "rules.md"
    path.write_text("---\n\n***\n\n![](x.png)\n")
    with pytest.raises(NoTextFoundError, match=r"^rules\.md: no article text was found"):
        load_document(path)


# --- saved web pages ----------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Sea wall gives way, harbour floods | The Coastal Courier</title>
<script>window.trackingId = "SCRIPT-SECRET-42";</script>
<style>.ad {{ color: red }} .STYLE-SECRET {{}}</style>
</head><body>
<header><div class="masthead">The Coastal Courier masthead</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport section menu</a></li>
<li><a href="/weather">Weather section menu</a></li></ul></nav></header>
<div class="ad advertisement">Advertisement: cheap ferry tickets to nowhere</div>
<main><article>
<h1>Sea wall gives way, harbour floods</h1>
<p>{LEAD} Residents were woken by sirens and many spent the night in the school hall.</p>
<p>{QUOTE} She stood beside a row of boats that had been lifted onto the quay.</p>
<p>{CLOSE} Insurers have already sent assessors to the worst-hit streets.</p>
</article></main>
<aside class="related">Related stories: ten things you missed this week</aside>
<footer>Copyright The Coastal Courier. All rights reserved. Contact us.</footer>
<script>document.write("SCRIPT-SECRET-99")</script>
</body></html>
"""


def test_a_saved_page_gives_the_article_without_the_page_around_it(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(PAGE.encode("utf-8"))
    document = load_document(path)
    assert document.source_format == "html"
    assert document.title == "Sea wall gives way, harbour floods"
    for sentence in (LEAD, QUOTE, CLOSE):
        assert sentence in document.text
    for clutter in (
        "SCRIPT-SECRET",
        "STYLE-SECRET",
        "section menu",
        "masthead",
        "Advertisement",
        "ferry tickets",
        "Related stories",
        "All rights reserved",
    ):
        assert clutter not in document.text
    assert any(text.startswith(LEAD) for text in paragraph_texts(document))


def test_a_page_in_its_declared_charset_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "story.htm"
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    path.write_bytes(page.encode("cp1252"))
    assert QUOTE in load_document(path).text


def test_loading_a_page_never_touches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("the loader tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    path = tmp_path / "story.html"
    # A canonical URL in the page must not tempt anything into fetching it.
    path.write_text(PAGE.replace("<head>", '<head><link rel="canonical" href="https://x.test/a">'))
    document = load_document(path)
    assert LEAD in document.text
    assert attempts == []


def test_page_bytes_from_a_url_keep_the_url_and_fetch_nothing() -> None:
    url = "https://news.example.org/2024/harbour-floods"
    document = document_from_html_bytes(PAGE.encode("utf-8"), url)
    assert document.source_url == url
    assert document.path is None
    assert document.display_name == "Sea wall gives way, harbour floods"
    assert CLOSE in document.text


def test_a_page_with_no_article_falls_back_to_its_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.html"
    path.write_text(
        "<html><head><title>Notice</title><style>p{}</style></head><body>"
        "<p>Road <b>closed</b>\n  today.</p><div>Back <i>tomorrow</i>.</div>"
        "<script>var hidden = 'SCRIPT-SECRET';</script><!-- COMMENT-SECRET --></body></html>"
    )
    document = load_document(path)
    assert paragraph_texts(document) == ["Road closed today.", "Back tomorrow."]
    assert document.title == "Notice"
    assert document.notes and "visible text" in document.notes[0]


def test_a_failing_extractor_still_leaves_the_visible_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    path = tmp_path / "story.html"
    path.write_text(PAGE)
    document = load_document(path)
    assert document.title == "Sea wall gives way, harbour floods"
    assert LEAD in document.text
    assert "SCRIPT-SECRET" not in document.text
    assert "STYLE-SECRET" not in document.text
    assert "visible text" in document.notes[0]


def test_a_page_with_no_text_at_all_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><script>x()</script></head><body><img src=a.png></body></html>")
    with pytest.raises(NoTextFoundError, match=r"^blank\.html: "):
        load_document(path)


def test_a_binary_file_named_html_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 10)
    with pytest.raises(NotTextError, match=r"^photo\.html: the file is binary"):
        load_document(path)


# --- Word ---------------------------------------------------------------------------------


def make_docx(path: Path, *, core_title: str = "", title_style: str | None = "Title") -> Path:
    word = docx.Document()
    word.core_properties.title = core_title
    if title_style is not None:
        word.add_paragraph("Sea wall gives way", style=title_style)
    word.add_paragraph(LEAD)
    word.add_paragraph("")  # an empty paragraph is spacing, not content
    quote = word.add_paragraph()
    quote.add_run("\u201cWe have never seen water this high,\u201d ")
    quote.add_run("said Maria L\u00f3pez").bold = True
    quote.add_run(", the harbour master.")
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Homes without power"
    table.rows[0].cells[1].text = "3,400"
    word.add_paragraph(CLOSE)
    word.save(str(path))
    return path


def test_a_word_document_gives_its_paragraphs_and_title(tmp_path: Path) -> None:
    document = load_document(make_docx(tmp_path / "story.docx"))
    assert document.source_format == "docx"
    assert document.title == "Sea wall gives way"
    assert paragraph_texts(document) == [
        "Sea wall gives way",
        LEAD,
        QUOTE,
        "Homes without power | 3,400",
        CLOSE,
    ]


def test_a_word_title_can_come_from_the_properties_or_a_heading(tmp_path: Path) -> None:
    from_core = make_docx(tmp_path / "a.docx", core_title="Harbour report", title_style=None)
    assert load_document(from_core).title == "Harbour report"
    from_heading = make_docx(tmp_path / "b.docx", title_style="Heading 1")
    assert load_document(from_heading).title == "Sea wall gives way"


def test_a_word_file_that_is_not_a_zip_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"This was never a Word document.")
    with pytest.raises(CorruptFileError) as caught:
        load_document(path)
    assert str(caught.value).startswith("broken.docx: the file is damaged or not what its name")
    assert "zip" in str(caught.value)


def test_an_old_doc_file_renamed_docx_says_so(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(CorruptFileError, match=r"\.doc file"):
        load_document(path)


def test_a_zip_that_is_not_a_word_document_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "not a word document")
    with pytest.raises(CorruptFileError, match=r"^photos\.docx: .*not a readable Word document"):
        load_document(path)


def test_a_truncated_word_file_is_corrupt(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(CorruptFileError):
        load_document(path)


def test_a_zip_bomb_is_refused_before_word_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.docx"
    chunk = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w") as member,
    ):
        for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 1):
            member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024

    def must_not_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx must not see a zip bomb")

    monkeypatch.setattr(docx, "Document", must_not_open)
    with pytest.raises(TooLargeError, match=r"^bomb\.docx: the file is too large .*200 MB"):
        load_document(path)


# --- PDF ----------------------------------------------------------------------------------


def draw_pdf(path: Path, pages: list[list[str]], *, encrypt: str | None = None) -> Path:
    """Draw lines at fixed 14 pt spacing; an empty string leaves a one-line gap."""
    drawing = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for lines in pages:
        y = 780.0
        for line in lines:
            if line:
                drawing.setFont("Helvetica", 11)
                drawing.drawString(72, y, line)
            y -= 14
        drawing.showPage()
    drawing.save()
    return path


def test_pdf_lines_are_joined_into_paragraphs_and_hyphens_undone(tmp_path: Path) -> None:
    path = draw_pdf(
        tmp_path / "story.pdf",
        [
            [
                "The minister said the agree-",
                "ment was signed on Monday after a long",
                "night of talks in the capital.",
                "",
                "Critics called it a well-known trick",
                "and vowed to fight it in court.",
            ],
            ["Page 1"],
        ],
    )
    document = load_document(path)
    assert document.source_format == "pdf"
    assert paragraph_texts(document) == [
        "The minister said the agreement was signed on Monday after a long night of talks in "
        "the capital.",
        "Critics called it a well-known trick and vowed to fight it in court.",
    ]


def test_pdf_paragraphs_from_a_typeset_document_and_its_title(tmp_path: Path) -> None:
    path = tmp_path / "typeset.pdf"
    styles = getSampleStyleSheet()
    body = [LEAD + " " + CLOSE, QUOTE + " " + LEAD, CLOSE + " " + QUOTE]
    story = [Paragraph("Sea wall gives way", styles["Title"])]
    story += [Paragraph(text, styles["BodyText"]) for text in body]
    SimpleDocTemplate(str(path), pagesize=A4, title="Harbour floods").build(story)
    document = load_document(path)
    assert document.title == "Harbour floods"
    assert paragraph_texts(document) == ["Sea wall gives way", *body]


def test_a_pdf_without_a_title_uses_a_large_first_line(tmp_path: Path) -> None:
    path = tmp_path / "headline.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("Helvetica-Bold", 24)
    drawing.drawString(72, 780, "Harbour floods")
    drawing.setFont("Helvetica", 11)
    drawing.drawString(72, 740, "Body text of the story goes here.")
    drawing.drawString(72, 726, "It continues on a second line.")
    drawing.save()
    document = load_document(path)
    assert document.title == "Harbour floods"
    assert paragraph_texts(document)[0] == "Harbour floods"


def test_a_password_protected_pdf_says_so(tmp_path: Path) -> None:
    path = draw_pdf(tmp_path / "locked.pdf", [[LEAD]], encrypt="secret")
    with pytest.raises(EncryptedFileError) as caught:
        load_document(path)
    assert str(caught.value).startswith("locked.pdf: the file is password-protected")


def test_a_pdf_locked_only_against_editing_opens(tmp_path: Path) -> None:
    plain = draw_pdf(tmp_path / "plain.pdf", [[LEAD]])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    path = tmp_path / "owner-only.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert load_document(path).text == LEAD


def test_a_pdf_with_no_text_layer_is_reported(tmp_path: Path) -> None:
    path = draw_pdf(tmp_path / "scan.pdf", [[""]])
    with pytest.raises(NoTextFoundError, match=r"^scan\.pdf: no article text was found"):
        load_document(path)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\nthis is not really a pdf\n%%EOF", b"plain words, not a PDF at all", b"\x00" * 64],
)
def test_a_damaged_pdf_is_corrupt(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data)
    with pytest.raises(CorruptFileError) as caught:
        load_document(path)
    assert str(caught.value).startswith("damaged.pdf: the file is damaged or not what its name")


def test_a_truncated_pdf_is_corrupt_or_partial_never_a_crash(tmp_path: Path) -> None:
    whole = draw_pdf(tmp_path / "whole.pdf", [[LEAD], [CLOSE]]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(CorruptFileError):
        load_document(path)


# --- loading never changes the file -------------------------------------------------------


def make_each_format(tmp_path: Path) -> list[Path]:
    text = tmp_path / "story.txt"
    text.write_bytes(f"{LEAD}\r\n\r\n{QUOTE}\r\n".encode("utf-16"))
    markdown = tmp_path / "story.md"
    markdown.write_text(f"# Title\n\n{LEAD}\n")
    page = tmp_path / "story.html"
    page.write_text(PAGE)
    word = make_docx(tmp_path / "story.docx")
    pdf = draw_pdf(tmp_path / "story.pdf", [[LEAD, "", CLOSE]])
    return [text, markdown, page, word, pdf]


def test_loading_leaves_every_file_exactly_as_it_was(tmp_path: Path) -> None:
    for path in make_each_format(tmp_path):
        before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_size)
        document = load_document(path)
        assert document.paragraphs, path.name
        after = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_size)
        assert after == before, path.name


def test_files_are_opened_once_for_reading_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One open per file, read-only and non-blocking (a FIFO swapped in cannot hang it)."""
    flags: list[int] = []
    real_open = os.open

    def spy(path: Any, flag: int, *args: Any, **kwargs: Any) -> int:
        flags.append(flag)
        return real_open(path, flag, *args, **kwargs)

    paths = make_each_format(tmp_path)
    monkeypatch.setattr(os, "open", spy)
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("opened again by path"))
    for path in paths:
        flags.clear()
        load_document(path)
        assert len(flags) == 1, path.name
        assert flags[0] & os.O_ACCMODE == os.O_RDONLY, path.name
        assert flags[0] & os.O_NONBLOCK, path.name
