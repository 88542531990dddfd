"""Rebuilding paragraphs from PDF lines, on lines given by hand."""

from __future__ import annotations

from reader.documents.pdf_layout import PdfLine, join_lines, paragraphs_from_lines


def column(page: int, texts: list[str], top: float = 700.0, spacing: float = 12.0) -> list[PdfLine]:
    """Lines set one under another; an empty string leaves the gap of one line."""
    lines: list[PdfLine] = []
    y = top
    for text in texts:
        if text:
            lines.append(PdfLine(text, page, y=y, size=10.0))
        y -= spacing
    return lines


def test_hyphens_that_split_a_word_are_removed_and_others_kept() -> None:
    assert join_lines("the agree-", "ment was") == "the agreement was"
    assert join_lines("a well-", "Known name") == "a well- Known name"
    assert join_lines("in 1990-", "91 the") == "in 1990- 91 the"
    assert join_lines("a pause \u2013", "then") == "a pause \u2013 then"


def test_a_wider_gap_starts_a_paragraph() -> None:
    lines = column(0, ["First line of one", "and its end", "", "Second starts", "and ends"])
    assert paragraphs_from_lines(lines) == [
        "First line of one and its end",
        "Second starts and ends",
    ]


def test_a_change_of_font_size_starts_a_paragraph() -> None:
    lines = [PdfLine("Big headline", 0, y=720, size=20.0), *column(0, ["Body text", "goes on"])]
    assert paragraphs_from_lines(lines)[0] == "Big headline"


def test_a_short_line_ending_a_sentence_ends_its_paragraph() -> None:
    full = "A long line of body text that fills the whole measure of the column"
    lines = column(0, [full, full, "Short end.", full, full])
    paragraphs = paragraphs_from_lines(lines)
    assert len(paragraphs) == 2
    assert paragraphs[0].endswith("Short end.")


def test_a_paragraph_continues_across_pages_unless_the_sentence_ended() -> None:
    lines = [
        *column(0, ["The talks went on", "late into the"]),
        *column(1, ["night, aides said.", "", "A new paragraph."]),
    ]
    assert paragraphs_from_lines(lines) == [
        "The talks went on late into the night, aides said.",
        "A new paragraph.",
    ]


def test_page_numbers_and_running_heads_are_dropped() -> None:
    lines: list[PdfLine] = []
    for page in range(3):
        lines += column(
            page, ["The Coastal Courier", "", f"Story text on page {page}.", "", "", ""]
        )
        lines.append(PdfLine(f"Page {page + 1} of 3", page, y=40.0, size=8.0))
    paragraphs = paragraphs_from_lines(lines)
    assert paragraphs == [f"Story text on page {page}." for page in range(3)]


def test_lines_without_positions_are_still_joined() -> None:
    lines = [PdfLine("no position here", 0), PdfLine("and none here", 0), PdfLine("", 0)]
    assert paragraphs_from_lines(lines) == ["no position here and none here"]
