"""Real and hostile input, end to end: the loader, `reader-cli compare` and the engine.

Every case ends either in a LoadError whose message names the file (and, through the
command line, exit status 2 with exactly one line on stderr) or in a correct result.
"""

from __future__ import annotations

import io
import random
import socket
import struct
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from reader.cli import EXIT_BAD_INPUT, main
from reader.compare import Comparison, EditOp, compare_documents
from reader.documents import (
    MAX_FILE_BYTES,
    MAX_MARKUP_FILE_BYTES,
    CorruptFileError,
    Document,
    EmptyFileError,
    EncryptedFileError,
    LoadError,
    NotTextError,
    TooLargeError,
    document_from_html_bytes,
    document_from_text,
    load_document,
)
from reader.documents.docx_text import MAX_MARKUP_BYTES, MAX_UNPACKED_BYTES

ARTICLE = (
    "The city council approved the harbour expansion on Tuesday. "
    "Critics warned it would cost far more than planned.\n\n"
    "Mayor Lena Kowalski said the plan had support from most of the public."
)


# ------------------------------------------------------------------ helpers


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def cli_refuses(capfd: pytest.CaptureFixture[str], bad: Path, good: Path, reason: str) -> None:
    """`reader-cli compare` exits 2 with one stderr line naming the bad file and the reason."""
    for argv in (["compare", str(bad), str(good)], ["compare", str(good), str(bad)]):
        code = main([*argv, "--no-quotes", "--format", "json"])
        out, err = capfd.readouterr()
        assert code == EXIT_BAD_INPUT
        assert out == ""
        lines = err.splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith(f"reader-cli: {bad.name}: ")
        assert reason in lines[0]


def cli_compares(capfd: pytest.CaptureFixture[str], old: Path, new: Path) -> str:
    code = main(["compare", str(old), str(new), "--no-quotes", "--format", "text"])
    out, err = capfd.readouterr()
    assert code == 0, err
    # Nothing on stderr but the documents' notices (what was changed or guessed in loading).
    assert all(line.startswith("reader-cli: note: ") for line in err.splitlines()), err
    return out


def rebuilds(result: Comparison) -> None:
    """The edits' spans, put together in order, give back both texts exactly."""
    old, new = result.old.text, result.new.text
    old_spans = [e.old for e in result.edits if e.op is not EditOp.INSERT and e.old]
    new_spans = sorted(
        (e.new for e in result.edits if e.op is not EditOp.DELETE and e.new),
        key=lambda span: span.start,
    )
    assert "".join(old[s.start : s.end] for s in old_spans) == old
    assert "".join(new[s.start : s.end] for s in new_spans) == new


def changed_text(result: Comparison) -> tuple[list[str], list[str]]:
    """The deleted pieces of the old text and the inserted pieces of the new one."""
    old, new = result.old.text, result.new.text
    deleted = [
        old[e.old.start : e.old.end] for e in result.edits if e.op is EditOp.DELETE and e.old
    ]
    inserted = [
        new[e.new.start : e.new.end] for e in result.edits if e.op is EditOp.INSERT and e.new
    ]
    return deleted, inserted


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path, "good.txt", ARTICLE.encode("utf-8"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any attempt to open a connection fails the test (and is recorded)."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


# ------------------------------------------------------------------ empty and binary


def test_a_zero_byte_file_is_empty(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptyFileError, match=r"^empty\.txt: the file is empty \(0 bytes\)$"):
        load_document(path)
    cli_refuses(capfd, path, good, "the file is empty")


def test_a_binary_file_renamed_txt_is_not_text(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(4000)
    path = write(tmp_path, "photo.txt", png)
    with pytest.raises(NotTextError, match=r"^photo\.txt: the file is binary, not text"):
        load_document(path)
    cli_refuses(capfd, path, good, "binary")


def test_random_bytes_without_nuls_renamed_txt_are_not_text(tmp_path: Path) -> None:
    noise = bytes(b for b in random.Random(3).randbytes(6000) if b)
    with pytest.raises(NotTextError, match=r"^noise\.txt: the file is binary, not text"):
        load_document(write(tmp_path, "noise.txt", noise))


# ------------------------------------------------------------------ size


def test_a_50_mb_text_file_is_refused_before_it_is_read(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing written
    assert MAX_FILE_BYTES == 20 * 1024 * 1024

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(TooLargeError) as caught:
        load_document(path)
    assert str(caught.value) == (
        "huge.txt: the file is too large (it is 50.0 MB; the limit is 20 MB)"
    )
    monkeypatch.undo()  # the good file must be readable for the CLI's other order
    cli_refuses(capfd, path, good, "the limit is 20 MB")


@pytest.mark.parametrize(
    ("suffix", "kind"), [(".md", "Markdown"), (".html", "HTML"), (".htm", "HTML")]
)
def test_markup_over_5_mb_is_refused_with_its_own_limit(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str], suffix: str, kind: str
) -> None:
    path = tmp_path / f"long{suffix}"
    with path.open("wb") as handle:
        handle.truncate(MAX_MARKUP_FILE_BYTES + 1)
    with pytest.raises(TooLargeError) as caught:
        load_document(path)
    assert str(caught.value) == (
        f"long{suffix}: the file is too large (it is 5.1 MB; the limit for {kind} files is 5 MB)"
    )
    cli_refuses(capfd, path, good, f"the limit for {kind} files is 5 MB")


def test_markup_under_the_cap_and_text_over_it_still_load(tmp_path: Path) -> None:
    paragraph = "The mayor *said* the harbour plan was good.\n\n"
    markdown = paragraph * (MAX_MARKUP_FILE_BYTES // len(paragraph))
    assert len(markdown) <= MAX_MARKUP_FILE_BYTES
    document = load_document(write(tmp_path, "just-under.md", markdown.encode()))
    assert document.text.startswith("The mayor said the harbour plan was good.")
    plain = write(tmp_path, "over-5-mb.txt", b"word " * (MAX_MARKUP_FILE_BYTES // 4))
    assert load_document(plain).word_count() == MAX_MARKUP_FILE_BYTES // 4


def test_pages_and_pasted_markup_over_5_mb_are_refused_too() -> None:
    page = b"<p>" + b"a" * MAX_MARKUP_FILE_BYTES + b"</p>"
    with pytest.raises(TooLargeError, match=r"the limit for HTML files is 5 MB"):
        document_from_html_bytes(page, "https://example.org/page")
    with pytest.raises(TooLargeError, match=r"^pasted text: .*Markdown files is 5 MB"):
        document_from_text("# " + "a" * MAX_MARKUP_FILE_BYTES, source_format="md")


def test_a_one_megabyte_line_loads_and_compares(tmp_path: Path) -> None:
    # No clock here (its speed is bench_compare's); but "not degraded" still needs the
    # diff to end within DIFF_TIMEOUT (2 s): ~0.7 s for the whole comparison at load 3.5.
    rng = random.Random(11)
    words = ["the", "mayor", "said", "harbour", "plan", "was", "good", "and", "costs", "rose"]
    line = " ".join(rng.choice(words) for _ in range(190_000))[: 1024 * 1024]
    path = write(tmp_path, "one-line.txt", line.encode("utf-8"))
    old = load_document(path)
    assert old.text == line and len(old.paragraphs) == 1
    same = compare_documents(old, old)
    assert [e.op for e in same.edits] == [EditOp.EQUAL]
    edited_words = line.split(" ")
    for index in range(100, len(edited_words), 1000):
        edited_words[index] = "EDITED"
    new = document_from_text(" ".join(edited_words))
    result = compare_documents(old, new)
    assert not same.stats.degraded and not result.stats.degraded
    rebuilds(result)
    deleted, inserted = changed_text(result)
    assert set(inserted) == {"EDITED"}
    assert len(inserted) == len(range(100, len(edited_words), 1000))
    assert all(piece.strip() and " " not in piece for piece in deleted)


# ------------------------------------------------------------------ scripts and characters


def test_mixed_scripts_and_right_to_left_text_compare_exactly(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    old_text = (
        "The minister said «السلام عليكم» to the delegation. "
        "In Hebrew the sign read שלום עולם in large letters.\n\n"
        "\u202bمرحبا بكم في المدينة.\u202c The talks in القدس / ירושלים continued."
    )
    new_text = old_text.replace("عليكم", "عليكن").replace("שלום", "להתראות") + (
        "\n\nנוסף משפט חדש בעברית. And an English one."
    )
    old_path = write(tmp_path, "old.txt", old_text.encode("utf-8"))
    new_path = write(tmp_path, "new.txt", new_text.encode("utf-8"))
    old, new = load_document(old_path), load_document(new_path)
    assert (old.text, new.text) == (old_text, new_text)
    result = compare_documents(old, new)
    rebuilds(result)
    deleted, inserted = changed_text(result)
    assert "عليكم" in "".join(deleted) and "שלום" in "".join(deleted)
    assert "عليكن" in "".join(inserted) and "להתראות" in "".join(inserted)
    assert "נוסף משפט חדש בעברית." in "".join(inserted)
    assert "مرحبا" not in "".join(deleted + inserted)
    out = cli_compares(capfd, old_path, new_path)
    assert "להתראות" in out


def test_emoji_and_combining_characters_keep_offsets_exact(tmp_path: Path) -> None:
    family, flag, accent = "👩\u200d👩\u200d👧", "🇺🇦", "cafe\u0301"
    old_text = (
        f"We met at the {accent} with the {family}. The {flag} flag flew. Zalgo: a\u0336b\u0337."
    )
    new_text = (
        f"We met at the café with the {family} and 🐕. The {flag} flag flew. Zalgo: a\u0336b\u0338."
    )
    old = load_document(write(tmp_path, "old.txt", old_text.encode("utf-8")))
    new = load_document(write(tmp_path, "new.txt", new_text.encode("utf-8")))
    assert (old.text, new.text) == (old_text, new_text)
    result = compare_documents(old, new)
    rebuilds(result)
    deleted, inserted = changed_text(result)
    # Offsets count code points: each span cuts out exactly the characters that changed.
    assert accent in deleted and "café" in inserted
    assert any("🐕" in piece for piece in inserted)
    assert family not in "".join(deleted + inserted) and flag not in "".join(deleted + inserted)
    for edit in result.edits:
        if edit.op is EditOp.EQUAL and edit.old and edit.new:
            assert (
                old_text[edit.old.start : edit.old.end] == new_text[edit.new.start : edit.new.end]
            )
    # The offset map round-trips the unchanged emoji exactly.
    at = old_text.index(flag)
    assert new_text[result.old_to_new(at) : result.old_to_new(at) + len(flag)] == flag
    assert result.new_to_old(new_text.index(flag)) == at


def test_nul_bytes_in_text_are_dropped_but_binary_nuls_are_refused(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    stray = write(tmp_path, "stray.txt", ARTICLE.encode() + b"\x00 More\x00 words.")
    document = load_document(stray)
    assert "\x00" not in document.text
    assert document.text.endswith("public. More words.")
    assert document.notes == ("2 control character(s) removed",)
    padded = write(tmp_path, "padded.txt", ARTICLE.encode() + b"\x00" * 4096)
    assert load_document(padded).text == ARTICLE
    binary = write(tmp_path, "mostly-nul.txt", b"ab\x00\x00cd\x00\x00" * 64)
    with pytest.raises(NotTextError, match=r"^mostly-nul\.txt: .*NUL bytes"):
        load_document(binary)
    cli_refuses(capfd, binary, good, "NUL bytes")
    out = cli_compares(capfd, stray, good)
    assert "More words" in out


def test_invalid_utf8_is_read_in_a_guessed_code_page_and_says_so(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], good: Path
) -> None:
    data = "The café’s owner said “no”.".encode("cp1252") + b" Broken: \xc3\x28 and \xff."
    path = write(tmp_path, "mixed.txt", data)
    document = load_document(path)
    assert document.text.startswith("The café’s owner said “no”.")
    assert document.encoding == "cp1252"
    assert document.notes == ("the encoding was guessed as cp1252",)
    rebuilds(compare_documents(document, load_document(good)))
    assert "café" in cli_compares(capfd, path, good)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_decoded_with_non_latin_text(tmp_path: Path, encoding: str) -> None:
    text = "The harbour plan was approved. Ελληνικά, русский, مرحبا, 日本語 and 😀 too."
    path = write(tmp_path, "wide.txt", text.encode(encoding))
    document = load_document(path)
    assert document.text == text
    assert document.encoding == encoding
    result = compare_documents(document, document_from_text(text.replace("approved", "passed")))
    assert changed_text(result) == (["approved"], ["passed"])


# ------------------------------------------------------------------ Word


def _word_file() -> bytes:
    word = docx.Document()
    word.add_paragraph(ARTICLE)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _with_member(original: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = content if info.filename == name else source.read(info)
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_docx_zip_bomb_of_compressible_markup_is_refused_unopened(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real Word file whose body is 40 MB of paragraphs squeezed into well under 1 MB.
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    body += b"<w:body>" + b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (40 * 1024 * 1024 // 34)
    path = write(tmp_path, "bomb.docx", _with_member(_word_file(), "word/document.xml", body))
    assert path.stat().st_size < 1024 * 1024
    assert MAX_MARKUP_BYTES < len(body) < MAX_UNPACKED_BYTES

    def must_not_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx must not see a zip bomb")

    monkeypatch.setattr(docx, "Document", must_not_open)
    with pytest.raises(TooLargeError) as caught:
        load_document(path)
    assert str(caught.value) == (
        "bomb.docx: the file is too large (its text and markup would unpack to more than 32 MB)"
    )
    cli_refuses(capfd, path, good, "would unpack to more than 32 MB")


def test_a_docx_whose_members_claim_huge_sizes_is_refused(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(_word_file())
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 0xFFFF_FFF0)  # the first member "unpacks" to 4 GB
    path = write(tmp_path, "liar.docx", bytes(data))
    with pytest.raises(TooLargeError, match=r"^liar\.docx: .*would unpack to more than 200 MB"):
        load_document(path)
    cli_refuses(capfd, path, good, "200 MB")


def test_a_docx_that_is_not_a_zip_is_corrupt(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "letter.docx", ARTICLE.encode())
    with pytest.raises(CorruptFileError, match=r"^letter\.docx: .*should be a zip archive"):
        load_document(path)
    cli_refuses(capfd, path, good, "zip archive")


def test_a_long_word_document_loads_without_a_style_lookup_per_paragraph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Finding the title used to look each paragraph's style up afresh (Paragraph.style
    # searches the styles part): minutes for 200k words. Styles are now read once.
    paragraph = b"<w:p><w:r><w:t>The mayor said the harbour plan was good.</w:t></w:r></w:p>"
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    body += b"<w:body>" + paragraph * 20_000 + b"</w:body></w:document>"
    path = write(tmp_path, "long.docx", _with_member(_word_file(), "word/document.xml", body))
    lookups: list[int] = []
    monkeypatch.setattr(Paragraph, "style", property(lambda _p: lookups.append(1)))
    document = load_document(path)
    assert lookups == []
    assert len(document.paragraphs) == 20_000 and document.title is None


# ------------------------------------------------------------------ PDF


def _pdf_with_text() -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.drawString(72, 780, "The city council approved the harbour expansion on Tuesday.")
    drawing.save()
    return buffer.getvalue()


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(_pdf_with_text())))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_encrypted_pdf_is_refused_and_says_it_needs_a_password(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "locked.pdf", _encrypted("reader-secret"))
    with pytest.raises(EncryptedFileError) as caught:
        load_document(path)
    assert str(caught.value) == (
        "locked.pdf: the file is password-protected (a password is needed to open it)"
    )
    cli_refuses(capfd, path, good, "password-protected")
    # Locked only against editing: readable, so it opens.
    opened = load_document(write(tmp_path, "owner-only.pdf", _encrypted("")))
    assert opened.text == "The city council approved the harbour expansion on Tuesday."


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda pdf: pdf[: len(pdf) // 3], id="truncated"),
        pytest.param(lambda pdf: b"%PDF-1.7\n" + bytes(range(256)) * 8, id="garbage-body"),
        pytest.param(lambda pdf: b"<html>not a PDF at all</html>", id="not-a-pdf"),
    ],
)
def test_a_corrupt_pdf_fails_with_one_clean_line(
    tmp_path: Path, good: Path, capfd: pytest.CaptureFixture[str], damage: object
) -> None:
    assert callable(damage)
    path = write(tmp_path, "broken.pdf", damage(_pdf_with_text()))
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert str(caught.value).startswith("broken.pdf: ")
    assert capfd.readouterr().err == ""  # pypdf's warnings must not leak onto stderr
    cli_refuses(capfd, path, good, "broken.pdf")


def test_a_corrupt_pdf_prints_one_line_from_a_real_process(tmp_path: Path, good: Path) -> None:
    # Under pytest, logging is captured; a real process shows whether pypdf's warnings
    # ("EOF marker not found", ...) reach stderr next to our message.
    path = write(tmp_path, "broken.pdf", _pdf_with_text()[:-200])
    command = [sys.executable, "-m", "reader.cli", "compare", str(path), str(good), "--no-quotes"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "reader-cli: broken.pdf: the file is damaged or not what its name says "
        "(not a readable PDF: Stream has ended unexpectedly)"
    ]


def test_a_pdf_with_scrambled_object_markers_is_recovered_exactly(tmp_path: Path) -> None:
    scrambled = _pdf_with_text().replace(b" obj", b" jbo")
    document = load_document(write(tmp_path, "scrambled.pdf", scrambled))
    assert document.text == "The city council approved the harbour expansion on Tuesday."


# ------------------------------------------------------------------ HTML

HOSTILE_PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="refresh" content="0; url=http://evil.example/steal">
<title>Harbour plan approved | Daily Example</title>
<script>document.write("SCRIPT-MARKER"); fetch("http://evil.example/beacon");</script>
<script src="http://evil.example/tracker.js"></script>
<link rel="stylesheet" href="http://evil.example/style.css">
<style>body { background: url(http://evil.example/bg.png) }
p:after { content: "STYLE-MARKER" }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Harbour plan approved</h1>
<p>The city council approved the harbour expansion on Tuesday after a long debate about its
cost and the jobs it would bring to the port.</p>
<img src="http://evil.example/pixel.gif" onerror="alert('HANDLER-MARKER')">
<p>"We will not accept a deal at any price," Mayor Lena Kowalski said outside the ministry,
adding that the plan had support from most of the public.</p>
<iframe src="http://evil.example/frame.html">IFRAME-MARKER</iframe>
<p>Critics of the harbour expansion warned it would cost far more than planned, and port
workers agreed with them on the figures.</p>
<noscript>NOSCRIPT-MARKER</noscript>
<script>var secret = "INLINE-SCRIPT-MARKER";</script>
</article>
<footer>Copyright Daily Example</footer>
</body></html>
"""
SHORT_HOSTILE_PAGE = """<html><head><script>SCRIPT-MARKER()</script>
<meta http-equiv="refresh" content="0; url=http://evil.example/"></head>
<body><p>A short note.</p><iframe src="http://evil.example/">IFRAME-MARKER</iframe>
<img src="http://evil.example/x.png"><script>INLINE-SCRIPT-MARKER</script><p>Second line.</p>
</body></html>"""


def _assert_no_page_machinery(document: Document) -> None:
    for marker in ("MARKER", "evil.example", "alert(", "fetch(", "document.write", "{"):
        assert marker not in document.text
        assert marker not in (document.title or "")


def test_a_hostile_web_page_gives_only_the_article_and_fetches_nothing(
    tmp_path: Path, no_network: list[object], capfd: pytest.CaptureFixture[str], good: Path
) -> None:
    path = write(tmp_path, "page.html", HOSTILE_PAGE.encode("utf-8"))
    document = load_document(path)
    _assert_no_page_machinery(document)
    assert document.title == "Harbour plan approved"
    paragraphs = [document.text[p.start : p.end] for p in document.paragraphs]
    assert paragraphs[-3].startswith("The city council approved the harbour expansion")
    assert paragraphs[-1].endswith("agreed with them on the figures.")
    assert "Home" not in document.text and "Copyright" not in document.text
    out = cli_compares(capfd, path, good)
    assert "MARKER" not in out


def test_a_short_hostile_page_falls_back_to_visible_text_only(
    tmp_path: Path, no_network: list[object]
) -> None:
    document = load_document(write(tmp_path, "note.htm", SHORT_HOSTILE_PAGE.encode()))
    _assert_no_page_machinery(document)
    assert document.text == "A short note.\n\nSecond line."
    from_url = document_from_html_bytes(HOSTILE_PAGE.encode(), "https://evil.example/a")
    _assert_no_page_machinery(from_url)
    assert from_url.source_url == "https://evil.example/a"


# ------------------------------------------------------------------ start-up cost


def test_importing_the_loaders_does_not_import_every_parser() -> None:
    # trafilatura, pypdf, python-docx and markdown-it took 0.7 s to import; a .txt pair
    # (and the start of the CLI and the window) should not pay for them.
    code = (
        "import sys, reader.documents, reader.compare; "
        "print(sorted(m for m in ('trafilatura', 'pypdf', 'docx', 'markdown_it') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
