"""Persistent preferences (QSettings), written through on every change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reader.analysis import CompareOptions

MAX_RECENT = 8
OPTION_KEYS = ("ignore_case", "ignore_punctuation", "ignore_quote_style")


def _bool(value: Any, default: bool = False) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings()

    def _set(self, key: str, value: Any) -> None:
        self.q.setValue(key, value)
        self.q.sync()

    # options
    def options(self) -> CompareOptions:
        return CompareOptions(**{k: _bool(self.q.value(f"options/{k}")) for k in OPTION_KEYS})

    def set_options(self, options: CompareOptions) -> None:
        for key in OPTION_KEYS:
            self.q.setValue(f"options/{key}", getattr(options, key))
        self.q.sync()

    def flag(self, name: str, default: bool) -> bool:
        return _bool(self.q.value(f"view/{name}"), default)

    def set_flag(self, name: str, value: bool) -> None:
        self._set(f"view/{name}", value)

    def theme(self) -> str:
        return str(self.q.value("view/theme", "system"))

    def set_theme(self, name: str) -> None:
        self._set("view/theme", name)

    def font_size(self) -> float:
        try:
            return float(str(self.q.value("view/font_size", 12.5)))
        except (TypeError, ValueError):
            return 12.5

    def set_font_size(self, size: float) -> None:
        self._set("view/font_size", size)

    # recent pairs
    def recent_pairs(self) -> list[tuple[str, str]]:
        value = self.q.value("recent/pairs", []) or []
        raw: list[Any] = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
        pairs = []
        for item in raw:
            old, _, new = str(item).partition("\t")
            if old and new:
                pairs.append((old, new))
        return pairs

    def add_recent_pair(self, old: Path | str, new: Path | str) -> None:
        pair = (str(old), str(new))
        pairs = [pair] + [p for p in self.recent_pairs() if p != pair]
        self._set("recent/pairs", ["\t".join(p) for p in pairs[:MAX_RECENT]])

    def clear_recent(self) -> None:
        self._set("recent/pairs", [])

    # first run
    def first_launch(self) -> bool:
        return not _bool(self.q.value("app/launched"))

    def mark_launched(self) -> None:
        self._set("app/launched", True)

    # window
    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._set(f"window/{key}", value)
