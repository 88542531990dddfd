"""Property tests: whatever the bytes, loading gives a sound Document or a LoadError."""

from __future__ import annotations

import io
import itertools
import tempfile
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from reader.documents import Document, LoadError, load_document, paragraph_spans

FILE_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def load_bytes(data: bytes, suffix: str) -> Document | LoadError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            return load_document(path)
        except LoadError as err:
            assert str(err).startswith(f"input{suffix}: ")
            return err


def assert_sound(document: Document) -> None:
    text = document.text
    assert text.strip(), "a loaded document has some text"
    assert "\r" not in text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text)
    previous_end = 0
    for span in document.paragraphs:
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip()
        assert span.start >= previous_end
        previous_end = span.end
    assert previous_end <= len(text)


def small_pdf() -> bytes:
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.drawString(72, 780, "A line of an article about the harbour.")
    drawing.drawString(72, 766, "A second line that ends the paragraph.")
    drawing.save()
    return buffer.getvalue()


def small_docx() -> bytes:
    word = docx.Document()
    word.add_paragraph("A paragraph of an article about the harbour.")
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


PDF = small_pdf()
DOCX = small_docx()


@FILE_SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_in_a_txt_load_or_fail_cleanly(data: bytes) -> None:
    result = load_bytes(data, ".txt")
    if isinstance(result, Document):
        assert_sound(result)


@FILE_SETTINGS
@given(
    st.one_of(
        st.binary(max_size=600),
        st.text(max_size=600).map(lambda text: text.encode("utf-8")),
        st.text(max_size=300).map(lambda text: text.encode("utf-16")),
    )
)
def test_any_bytes_or_text_in_a_txt_load_or_fail_cleanly(data: bytes) -> None:
    result = load_bytes(data, ".txt")
    if isinstance(result, Document):
        assert_sound(result)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".md", ".html", ".docx", ".pdf"]), st.binary(max_size=1500))
def test_any_bytes_in_other_formats_load_or_fail_cleanly(suffix: str, data: bytes) -> None:
    result = load_bytes(data, suffix)
    if isinstance(result, Document):
        assert_sound(result)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([(".pdf", PDF), (".docx", DOCX)]),
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=8),
)
def test_damaged_pdf_and_word_files_load_or_fail_cleanly(
    kind: tuple[str, bytes], damage: list[tuple[float, int]]
) -> None:
    suffix, original = kind
    data = bytearray(original)
    for where, value in damage:
        data[int(where * len(data))] = value
    result = load_bytes(bytes(data), suffix)
    if isinstance(result, Document):
        assert_sound(result)


@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u2028."), max_size=80))
def test_paragraph_spans_cover_every_word_in_order(text: str) -> None:
    spans = paragraph_spans(text)
    pieces = [text[span.start : span.end] for span in spans]
    assert all(piece and piece == piece.strip() for piece in pieces)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert " ".join(pieces).split() == text.split()
