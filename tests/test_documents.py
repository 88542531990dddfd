"""Plain-text loading: decoding, line endings, paragraphs, pasted text and every error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.documents import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    CorruptFileError,
    Document,
    EmptyFileError,
    LoadError,
    NotTextError,
    Span,
    TooLargeError,
    UnreadableError,
    UnsupportedTypeError,
    document_from_text,
    load_document,
    paragraph_spans,
)

STORY = (
    "The council approved the budget on Monday.\n"
    "\n"
    "\u201cIt is a fair deal,\u201d said the mayor, Ren\u00e9e Dubois.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def paragraph_texts(document: Document) -> list[str]:
    return [document.text[span.start : span.end] for span in document.paragraphs]


# --- decoding -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
    ],
)
def test_text_with_a_byte_order_mark_is_decoded_and_the_mark_dropped(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    path = write(tmp_path, "story.txt", bom + STORY.encode(encoding))
    document = load_document(path)
    assert document.text == STORY
    assert not document.text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "story.txt", STORY.encode(encoding))
    document = load_document(path)
    assert document.text == STORY
    assert document.encoding == encoding


def test_cp1252_with_curly_quotes_and_accents_is_decoded(tmp_path: Path) -> None:
    story = (
        "\u201cWe will not move the caf\u00e9,\u201d the owner said \u2013 and the "
        "town\u2019s planners agreed after a long, tense meeting on the future of the square.\n"
    )
    path = write(tmp_path, "cafe.txt", story.encode("cp1252"))
    document = load_document(path)
    assert document.text == story
    assert document.notes and "guessed" in document.notes[0]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Caf\u00e9", "cp1252"),
        ("\u201cNon,\u201d dit-il. Na\u00efve r\u00e9sum\u00e9 \u00e0 Z\u00fcrich.", "cp1252"),
        (
            "\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430?",
            "cp1251",
        ),
        ("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144", "cp1250"),
    ],
)
def test_legacy_code_pages_are_guessed_even_for_short_text(
    tmp_path: Path, text: str, encoding: str
) -> None:
    document = load_document(write(tmp_path, "note.txt", text.encode(encoding)))
    assert document.text == text
    assert document.encoding == encoding


def test_plain_utf8_is_reported_as_utf8(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "story.txt", STORY.encode("utf-8")))
    assert document.encoding == "utf-8"
    assert document.notes == ()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings_become_newlines(tmp_path: Path, newline: str) -> None:
    path = write(tmp_path, "story.txt", STORY.replace("\n", newline).encode("utf-8"))
    document = load_document(path)
    assert document.text == STORY
    assert paragraph_texts(document) == [
        "The council approved the budget on Monday.",
        "\u201cIt is a fair deal,\u201d said the mayor, Ren\u00e9e Dubois.",
    ]


def test_stray_control_characters_are_dropped_and_noted(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", b"First \x01line.\n\nSecond\x7f line.\x1a\n")
    document = load_document(path)
    assert document.text == "First line.\n\nSecond line.\n"
    assert any("3 control" in note for note in document.notes)


def test_tabs_are_kept(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "t.txt", b"Name\tScore\nAda\t10\n"))
    assert document.text == "Name\tScore\nAda\t10\n"


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    with pytest.raises(NotTextError) as caught:
        load_document(path)
    assert str(caught.value).startswith("image.txt: the file is binary, not text")


def test_many_control_characters_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "blob.txt", bytes(range(1, 32)) * 20 + b"some words")
    with pytest.raises(NotTextError, match=r"control characters"):
        load_document(path)


# --- the text of a .txt is the file's text --------------------------------------------------


def test_txt_text_is_not_rewritten(tmp_path: Path) -> None:
    story = "  Indented lead line.\n\n\n   Second   paragraph  with  spaces.   \n\n  \n"
    document = load_document(write(tmp_path, "s.txt", story.encode("utf-8")))
    assert document.text == story
    assert paragraph_texts(document) == [
        "Indented lead line.",
        "Second   paragraph  with  spaces.",
    ]


def test_paragraph_offsets_point_into_the_text(tmp_path: Path) -> None:
    story = "One.\r\n\r\nTwo \u201cquoted\u201d words.\r\n\r\nThree."
    document = load_document(write(tmp_path, "s.txt", story.encode("utf-8")))
    assert document.paragraphs == (Span(0, 4), Span(6, 25), Span(27, 33))
    assert document.text[27:33] == "Three."


# --- paragraphs ---------------------------------------------------------------------------


def test_blank_lines_separate_paragraphs_and_single_newlines_do_not() -> None:
    text = "Line one\nstill one.\n\nTwo.\n \t \nThree."
    assert [text[s.start : s.end] for s in paragraph_spans(text)] == [
        "Line one\nstill one.",
        "Two.",
        "Three.",
    ]


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    text = "First paragraph.\nSecond paragraph.\n   Third, indented.  \n"
    assert [text[s.start : s.end] for s in paragraph_spans(text)] == [
        "First paragraph.",
        "Second paragraph.",
        "Third, indented.",
    ]


def test_blank_text_has_no_paragraphs() -> None:
    assert paragraph_spans(" \n\t\n ") == ()


# --- pasted text --------------------------------------------------------------------------


def test_pasted_text_is_normalised_like_a_file() -> None:
    document = document_from_text("\ufeffA.\r\n\r\nB.\r", title="Draft")
    assert document.text == "A.\n\nB.\n"
    assert document.title == "Draft"
    assert document.path is None
    assert document.display_name == "Draft"
    assert paragraph_texts(document) == ["A.", "B."]


def test_pasted_markdown_and_html_are_converted() -> None:
    markdown = document_from_text("# Head\n\nSome *emphasis* here.", source_format="md")
    assert markdown.text == "Head\n\nSome emphasis here."
    assert markdown.title == "Head"
    page = "<html><body><p>Hello <b>there</b>.</p><script>x = 1</script></body></html>"
    html = document_from_text(page, source_format="html")
    assert "Hello there." in html.text
    assert "x = 1" not in html.text


def test_empty_pasted_text_is_an_error_naming_pasted_text() -> None:
    with pytest.raises(EmptyFileError, match=r"^pasted text: the file is empty$"):
        document_from_text(" \n\t ")


def test_pasted_text_in_a_binary_format_is_refused() -> None:
    with pytest.raises(UnsupportedTypeError):
        document_from_text("x", source_format="pdf")


# --- errors -------------------------------------------------------------------------------


def test_an_empty_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError) as caught:
        load_document(write(tmp_path, "empty.txt", b""))
    assert str(caught.value) == "empty.txt: the file is empty (0 bytes)"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_a_whitespace_only_file_is_empty(tmp_path: Path, suffix: str) -> None:
    with pytest.raises(EmptyFileError, match=f"^blank{suffix}: the file is empty"):
        load_document(write(tmp_path, "blank" + suffix, b" \r\n\t \n"))


def test_utf16_whitespace_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError, match=r"only whitespace"):
        load_document(write(tmp_path, "blank.txt", " \n \n".encode("utf-16")))


def test_an_unknown_suffix_lists_the_supported_ones(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedTypeError) as caught:
        load_document(write(tmp_path, "sheet.xlsx", b"PK\x03\x04"))
    message = str(caught.value)
    assert message.startswith("sheet.xlsx: this type of file is not supported")
    for suffix in (".txt", ".md", ".html", ".htm", ".docx", ".pdf"):
        assert suffix in message
    assert set(SUPPORTED_SUFFIXES) >= {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def test_suffixes_are_matched_whatever_their_case(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "LOUD.TXT", b"Quiet words."))
    assert document.text == "Quiet words."


def test_a_too_large_file_is_refused_from_its_size_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: big on paper, nothing written

    def refuse_to_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", refuse_to_open)
    with pytest.raises(TooLargeError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith("huge.txt: the file is too large")
    assert message.endswith("(it is 20.1 MB; the limit is 20 MB)")


def test_a_file_at_the_limit_is_not_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * (MAX_FILE_BYTES // 5))
    assert load_document(path).word_count() == MAX_FILE_BYTES // 5


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableError) as caught:
        load_document(tmp_path / "gone.txt")
    assert str(caught.value) == "gone.txt: the file could not be read (there is no such file)"


def test_a_folder_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "notes.txt"
    folder.mkdir()
    with pytest.raises(UnreadableError, match=r"^notes\.txt: .* \(it is a folder, not a file\)$"):
        load_document(folder)


def test_a_pipe_is_refused_rather_than_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableError, match=r"not a regular file"):
        load_document(fifo)


def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", b"hidden")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(UnreadableError) as caught:
        load_document(path)
    assert str(caught.value) == "secret.txt: the file could not be read (permission denied)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files whatever their mode")
def test_an_unreadable_mode_is_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.txt", b"hidden")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableError, match=r"permission denied"):
            load_document(path)
    finally:
        path.chmod(0o600)


def test_every_load_error_names_the_file_and_the_reason(tmp_path: Path) -> None:
    error = CorruptFileError(tmp_path / "report.docx", "not a zip")
    assert str(error) == "report.docx: the file is damaged or not what its name says (not a zip)"
    assert isinstance(error, LoadError)
