"""A quote's words on one line: line breaks read as spaces, shortening says so with "…"."""

from __future__ import annotations

from reader.present.quote_text import ELLIPSIS, one_line, quote_display, shortened


def test_line_breaks_and_runs_of_space_read_as_one_space() -> None:
    assert one_line("the new container\nyard will\r\n  bring\tjobs ") == (
        "the new container yard will bring jobs"
    )
    assert quote_display("sure the new\nyard") == "“sure the new yard”"


def test_a_shortened_quote_ends_after_a_whole_word_with_an_ellipsis() -> None:
    text = "the council is sure the new container yard will bring jobs"
    assert shortened(text, len(text)) == text
    cut = shortened(text, 30)
    assert cut == "the council is sure the new…" and len(cut) <= 30
    assert shortened("the council, is", 13) == "the council" + ELLIPSIS  # no comma before it
    assert shortened("unbreakablewordhere", 8) == "unbreak" + ELLIPSIS
    assert shortened("ab cd", 4) == "ab" + ELLIPSIS


def test_guillemets_opened_inside_a_quote_are_closed() -> None:
    assert quote_display("il a dit «non") == "“il a dit «non»”"
