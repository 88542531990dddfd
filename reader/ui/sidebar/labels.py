"""The small upper-case headings of the sidebar's sections (Quotes, Speakers, What changed)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setProperty("role", "sectionLabel")
    return label
