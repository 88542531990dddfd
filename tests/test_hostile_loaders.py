"""Loaders never drop text silently: deep nesting is read in full or refused with a
stated limit, Word entities are expanded (internal ones only), and a document that
kept much less text than its source carries a notice."""

from __future__ import annotations

import io
import os
import socket
import threading
import zipfile
from pathlib import Path

import docx
import pytest

from reader.cli import EXIT_BAD_INPUT, main
from reader.documents import (
    CorruptFileError,
    TooDeepError,
    UnreadableError,
    document_from_html_bytes,
    document_from_text,
    load_document,
)
from reader.documents.formats import with_kept_share_note
from reader.documents.html_text import MAX_ELEMENTS_FOR_ARTICLE

SENTENCES = [
    f"Paragraph {n}: the harbour board met on day {n} and agreed to dredge channel {n}, "
    f"a decision fishermen had sought, said chair number {n} to reporters."
    for n in range(40)
]


def nested_list(depth: int) -> str:
    return "".join("  " * i + f"- item {i}\n" for i in range(depth)) + "\nAFTER the list.\n"


# ------------------------------------------------------------------ Markdown


@pytest.mark.parametrize("depth", [12, 45])
def test_deep_markdown_lists_are_read_to_the_end(depth: int) -> None:
    # markdown-it's CommonMark preset stopped at 10 levels and dropped the rest.
    document = document_from_text(nested_list(depth), source_format="md")
    assert f"item {depth - 1}" in document.text
    assert document.text.endswith("AFTER the list.")


@pytest.mark.parametrize(
    "markdown", [nested_list(60), ">" * 200 + " deep\n\nAFTER.\n", "- " * 2000 + "x\n\nAFTER.\n"]
)
def test_markdown_past_the_depth_limit_is_refused_not_cut(markdown: str) -> None:
    with pytest.raises(TooDeepError, match=r"nested too deeply .*over 100 levels"):
        document_from_text(markdown, source_format="md")


def test_the_cli_refuses_deep_markdown_in_one_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    deep, fine = tmp_path / "deep.md", tmp_path / "fine.md"
    deep.write_text(nested_list(60), encoding="utf-8")
    fine.write_text(nested_list(5), encoding="utf-8")
    code = main(["compare", str(deep), str(fine), "--no-quotes"])
    _out, err = capfd.readouterr()
    assert code == EXIT_BAD_INPUT
    assert (
        err.startswith("reader-cli: deep.md: the file is nested too deeply")
        and err.count("\n") == 1
    )


# ------------------------------------------------------------------ HTML


def deep_page(depth: int) -> bytes:
    head = "".join(f"<p>{s}</p>" for s in SENTENCES[:5])
    deep = "<p>DEEPTEXT sits inside the nesting, the chair said.</p>"
    tail = "".join(f"<p>{s}</p>" for s in SENTENCES[5:10])
    body = head + "<div>" * depth + deep + "</div>" * depth + tail + "<p>AFTERTEXT ends it.</p>"
    page = f"<html><head><title>Deep</title></head><body><article>{body}</article></body></html>"
    return page.encode()


@pytest.mark.parametrize("depth", [300, 1500])
def test_html_deeper_than_256_is_read_in_full(depth: int) -> None:
    # lxml without huge_tree stopped at 256 levels and dropped everything after.
    document = document_from_html_bytes(deep_page(depth), "https://example.org/deep")
    assert "DEEPTEXT" in document.text and "AFTERTEXT" in document.text
    assert SENTENCES[9] in document.text
    assert document.notes == ()


def test_html_past_the_depth_limit_is_refused_not_cut() -> None:
    with pytest.raises(TooDeepError, match="more than 2048 levels deep"):
        document_from_html_bytes(deep_page(3000), "https://example.org/deep")


def test_a_deep_fragment_is_read_in_full_too() -> None:
    fragment = "<div>" * 400 + "Deep words here." + "</div>" * 400 + "<p>After words.</p>"
    document = document_from_text(fragment, source_format="html")
    assert "Deep words here." in document.text and "After words." in document.text


def test_template_and_noscript_text_is_not_the_article() -> None:
    article = "".join(f"<p>{s}</p>" for s in SENTENCES[:8])
    page = (
        "<html><head><title>T</title><noscript>HEADNOSCRIPT</noscript></head><body>"
        f"<article>{article}<template><p>TEMPLATETEXT is inert markup, not prose.</p>"
        "</template><noscript><p>NOSCRIPTTEXT: please turn JavaScript on.</p></noscript>"
        "</article></body></html>"
    )
    for source in (page, article + "<template>TEMPLATETEXT</template>"):
        document = document_from_html_bytes(source.encode(), "https://example.org/t")
        assert SENTENCES[7] in document.text
        for hidden in ("TEMPLATETEXT", "NOSCRIPTTEXT", "HEADNOSCRIPT"):
            assert hidden not in document.text


def test_a_page_with_too_many_elements_is_read_as_visible_text_with_a_notice() -> None:
    cells = "".join(f"<span>w{n} </span>" for n in range(MAX_ELEMENTS_FOR_ARTICLE + 10))
    page = f"<html><body><p>{cells}</p><p>The last line.</p></body></html>".encode()
    document = document_from_html_bytes(page, "https://example.org/many")
    assert "w0 w1 w2" in document.text and document.text.endswith("The last line.")
    assert any("too many elements" in note for note in document.notes)


# ------------------------------------------------------------------ Word


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_file(body: str, doctype: str = "") -> bytes:
    blank = io.BytesIO()
    docx.Document().save(blank)
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    if doctype:
        xml += f"<!DOCTYPE w:document [{doctype}]>\n"
    xml += f"<w:document {W}><w:body>{body}</w:body></w:document>"
    out = io.BytesIO()
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = xml.encode() if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, content)
    return out.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def load_word(tmp_path: Path, data: bytes, name: str = "story.docx"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return load_document(path)


def test_internal_entities_in_a_run_are_expanded(tmp_path: Path) -> None:
    # python-docx alone keeps "The" and loses everything after the entity in the run.
    data = word_file(
        paragraph("The &co; met on &day; and voted &amp; left.") + paragraph("Second paragraph."),
        '<!ENTITY co "city &amp; harbour council"><!ENTITY day "&#84;uesday">',
    )
    document = load_word(tmp_path, data)
    assert document.text == (
        "The city & harbour council met on Tuesday and voted & left.\n\nSecond paragraph."
    )
    assert document.notes == ()


def test_external_entities_are_never_read_or_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET CONTENTS", encoding="utf-8")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        doctype = (
            f'<!ENTITY file SYSTEM "{secret.as_uri()}">'
            f'<!ENTITY web SYSTEM "http://127.0.0.1:{port}/x">'
        )
        data = word_file(paragraph("Before &file; middle &web; after."), doctype)
        document = load_word(tmp_path, data)
        with pytest.raises(TimeoutError):
            listener.accept()  # nobody called
    assert document.text == "Before middle after."
    assert "SECRET" not in document.text
    assert document.notes == (
        "2 reference(s) to outside files or addresses were left out, never fetched",
    )


def test_an_entity_bomb_is_refused(tmp_path: Path) -> None:
    levels = ['<!ENTITY a0 "laugh laugh laugh laugh laugh laugh laugh laugh">']
    levels += [f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 9)]
    with pytest.raises(CorruptFileError, match=r"bomb\.docx: "):
        load_word(tmp_path, word_file(paragraph("x &a8; y"), "".join(levels)), "bomb.docx")


def test_text_word_keeps_outside_the_body_paragraphs_gets_a_notice(tmp_path: Path) -> None:
    # A block-level content control: python-docx's paragraphs do not see inside it.
    hidden = "".join(paragraph(s) for s in SENTENCES[:10])
    body = (
        paragraph("A short visible line.") + f"<w:sdt><w:sdtContent>{hidden}</w:sdtContent></w:sdt>"
    )
    document = load_word(tmp_path, word_file(body))
    assert document.text == "A short visible line."
    assert len(document.notes) == 1
    assert (
        document.notes[0].startswith("only ")
        and "of the text of the document was read" in document.notes[0]
    )


def test_a_short_extraction_notice_is_given_only_when_much_is_missing() -> None:
    document = document_from_text(" ".join(SENTENCES[:3]))
    letters = sum(ch.isalnum() for ch in document.text)
    assert with_kept_share_note(document, letters * 3, "the file").notes == (
        "only 33 % of the text of the file was read; the rest may be missing here",
    )
    assert with_kept_share_note(document, letters, "the file").notes == ()
    assert with_kept_share_note(document, None, "the file").notes == ()


# ------------------------------------------------------------------ one open


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "swapped.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            load_document(fifo)
        except BaseException as err:
            outcome.append(err)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the open so the test run can end, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("loading a FIFO blocked")
    assert len(outcome) == 1 and isinstance(outcome[0], UnreadableError)
    assert str(outcome[0]) == "swapped.txt: the file could not be read (it is not a regular file)"
