"""Colours and palettes: one light and one dark theme, picked from the system by default.

Highlight colours are soft backgrounds with a darker (light: darker, dark:
lighter) text tint so that changed words stay as readable as the rest.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_NAMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    page: str
    text: str
    muted: str
    border: str
    accent: str
    selection: str
    deleted_bg: str
    deleted_fg: str
    inserted_bg: str
    inserted_fg: str
    replaced_bg: str
    replaced_fg: str
    moved_bg: str
    moved_fg: str
    mention_bg: str
    flash_bg: str
    ghost: str
    verbatim: str
    altered: str
    dropped: str
    unsupported: str
    speaker_changed: str
    error_bg: str
    error_fg: str
    notice_bg: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


LIGHT = Theme(
    name="light",
    window="#f4f2ed",
    page="#fffefb",
    text="#22252a",
    muted="#6f7278",
    border="#dedad1",
    accent="#2f5d8a",
    selection="#cfe0f3",
    deleted_bg="#f8dedb",
    deleted_fg="#6e1d15",
    inserted_bg="#d9efdc",
    inserted_fg="#174a26",
    replaced_bg="#faefcf",
    replaced_fg="#3d3010",
    moved_bg="#e4def6",
    moved_fg="#3b2c78",
    mention_bg="#d9e8f6",
    flash_bg="#ffe27a",
    ghost="#b8a9e6",
    verbatim="#2e7d4f",
    altered="#b26b00",
    dropped="#b3372e",
    unsupported="#3d6fa8",
    speaker_changed="#7b4bb8",
    error_bg="#fbe4e1",
    error_fg="#8a2219",
    notice_bg="#f3ecd7",
)

DARK = Theme(
    name="dark",
    window="#1d1e21",
    page="#25272b",
    text="#e3e1dc",
    muted="#9a9ca1",
    border="#3a3c41",
    accent="#8bb6e3",
    selection="#34506e",
    deleted_bg="#5a2b28",
    deleted_fg="#ffd9d3",
    inserted_bg="#23472e",
    inserted_fg="#d2f0d6",
    replaced_bg="#4a3f22",
    replaced_fg="#f3e6c4",
    moved_bg="#3b3462",
    moved_fg="#e0d9ff",
    mention_bg="#2c4663",
    flash_bg="#7a6420",
    ghost="#7d6fc0",
    verbatim="#5cb984",
    altered="#e0a040",
    dropped="#e46f64",
    unsupported="#78a7dc",
    speaker_changed="#b392e6",
    error_bg="#4a2725",
    error_fg="#ffd2cc",
    notice_bg="#3a3424",
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> Theme:
    """'system' follows the desktop's colour scheme; 'light'/'dark' force one."""
    if name == "dark" or (name == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def palette_for(theme: Theme) -> QPalette:
    pal = QPalette()
    c = theme.color
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, c("window"))
        pal.setColor(group, QPalette.ColorRole.WindowText, c("text"))
        pal.setColor(group, QPalette.ColorRole.Base, c("page"))
        pal.setColor(group, QPalette.ColorRole.AlternateBase, c("window"))
        pal.setColor(group, QPalette.ColorRole.Text, c("text"))
        pal.setColor(group, QPalette.ColorRole.Button, c("window"))
        pal.setColor(group, QPalette.ColorRole.ButtonText, c("text"))
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, c("page"))
        pal.setColor(group, QPalette.ColorRole.ToolTipText, c("text"))
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, c("muted"))
        # Same selection colour when the pane has no focus: a selected quote
        # must stay visible in both panes at once.
        pal.setColor(group, QPalette.ColorRole.Highlight, c("selection"))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, c("text"))
        pal.setColor(group, QPalette.ColorRole.Link, c("accent"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, c("muted"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, c("muted"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, c("muted"))
    return pal


def stylesheet_for(theme: Theme) -> str:
    """The QSS in resources/styles/reader.qss with @name placeholders filled from the theme."""
    try:
        qss = (importlib.resources.files("reader.resources") / "styles" / "reader.qss").read_text(
            encoding="utf-8"
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return ""
    # Longest names first so "@moved_bg" is not eaten by a shorter "@moved".
    for key, value in sorted(theme.as_dict().items(), key=lambda kv: -len(kv[0])):
        qss = qss.replace("@" + key, value)
    return qss


def apply_theme(app: QApplication, theme: Theme) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
    app.setStyleSheet(stylesheet_for(theme))
