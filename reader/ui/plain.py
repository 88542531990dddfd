"""Text from documents and servers reaches the screen as plain text, never as markup.

Qt guesses whether a label or tooltip holds rich text; a guessed `<img src=file:…>`
in an article title would make Qt open that local file. Labels showing such text
are set to `Qt.PlainText`; tooltips (which have no format switch) are escaped
fragments inside markup we build ourselves.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(label: QLabel) -> QLabel:
    """Make a label show its text literally, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally (line breaks kept)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"
