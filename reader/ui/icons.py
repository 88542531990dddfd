"""Line icons from resources/icons, tinted to the theme's text colour."""

from __future__ import annotations

import importlib.resources
from functools import lru_cache

from PySide6.QtGui import QIcon, QPixmap


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    try:
        path = importlib.resources.files("reader.resources") / "icons" / f"{name}.svg"
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return ""


def icon(name: str, color: str) -> QIcon:
    svg = _svg(name)
    if not svg:
        return QIcon()
    pixmap = QPixmap()
    pixmap.loadFromData(svg.replace("currentColor", color).encode("utf-8"), "SVG")
    result = QIcon()
    if not pixmap.isNull():
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    result = QIcon()
    base = importlib.resources.files("reader.resources") / "icons"
    for size in (16, 32, 48, 64, 128, 256):
        png = base / f"reader-{size}.png"
        if png.is_file():
            result.addFile(str(png))
    return result
